"""Features shared by training and inference, computed from the spaCy parse.

Everything here is pure and cheap: sparse feature dicts ``{name: value}`` for a sentence or a draft.
Training (``feedback_lint.training``) and the scorers call the same functions, so a model always sees
the features it was trained on.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from ..core.lexicon import BLANKED_BY, count_any, lexicon, phrases_in, reads
from ..core.memo import Memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Per language: question words, first-person and second-person words.
PERSON_WORDS = {
    "en": (
        {"what", "why", "who", "how", "when", "where", "which"},
        {"i", "my", "mine", "myself", "me"},
        {"you", "your", "yours", "yourself", "yourselves"},
    ),
    "sv": (
        {"vad", "varför", "vem", "hur", "när", "var", "vilken", "vilket", "vilka"},
        {"jag", "mig", "min", "mitt", "mina"},
        {"du", "dig", "din", "ditt", "dina", "ni", "er", "ert", "era"},
    ),
}
_NUM = re.compile(r"\d")


def ngrams(tokens: Sequence[str], n_max: int = 2) -> list[str]:
    """Unigrams and bigrams of already-normalised tokens."""
    out = list(tokens)
    if n_max >= 2:
        out.extend(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
    return out


def normalised_tokens(span: "Span | Doc | Iterable[Token]") -> list[str]:
    """Lowercased word tokens; digits collapse to ``<num>`` so numbers do not become vocabulary."""
    return [w for w in map(normalised_word, span) if w is not None]


def normalised_word(t: "Token") -> str | None:
    """A token as :func:`normalised_tokens` has it, or None for a space."""
    return None if t.is_space else normalised_lower(t.lower_)


def normalised_lower(lower: str) -> str:
    """A word token's ``lower_`` as :func:`normalised_tokens` has it (lowercasing keeps every digit)."""
    return "<num>" if _NUM.search(lower) else lower


def normalised_lowers(lowers: Iterable[str | None]) -> list[str | None]:
    """:func:`normalised_lower` of each (None stays None), each word worked out once per process."""
    known = _NORMALISED
    return [None if lower is None else known[lower] for lower in lowers]


_NORMALISED: "Memo[str, str]" = Memo(normalised_lower, limit=200_000)


def strategy_features(span: "Span | Doc", strategies: Mapping[str, Mapping[str, object]], language: str = "en") -> dict[str, float]:
    """Politeness strategies of one sentence: marker lexicons (from the model file) plus parse-based cues.

    ``strategies`` maps a strategy name to ``{"markers": [...], "position": "any|start|not_start"}``.
    """
    question_words, first_person, second_person = PERSON_WORDS[language]
    tokens = list(span)
    lowers = getattr(span, "lowers", None) or [t.lower_ for t in tokens]  # a context's sentences keep them
    spoken = [(t, w) for t, w in zip(tokens, lowers) if not t.is_space]
    lower = " ".join(w for _, w in spoken)
    words = [(t, w) for t, w in spoken if not t.is_punct]
    first = words[0][1] if words else ""
    first_two = " ".join(w for _, w in words[:2])
    feats: dict[str, float] = {}
    plan = _marker_plan(strategies)
    found = phrases_in(lower, plan.anywhere) if plan.anywhere else frozenset()
    for name, markers, position in plan.strategies:
        if position == "start":
            hit = first in markers or first_two in markers
        elif position == "not_start":
            hit = not found.isdisjoint(markers) and first not in markers
        else:
            hit = not found.isdisjoint(markers)
        if hit:
            feats[f"strategy:{name}"] = 1.0
    if words:
        if first in question_words:
            feats["strategy:Direct.Question"] = 1.0
        if first in first_person:
            feats["strategy:First.Person.Start"] = 1.0
        if first in second_person:
            feats["strategy:Second.Person.Start"] = 1.0
        if words[0][0].pos_ == "VERB" and words[0][0].tag_ == "VB":
            feats["strategy:Imperative.Start"] = 1.0
    said = {w for _, w in words}
    if not said.isdisjoint(second_person):
        feats["strategy:Second.Person"] = 1.0
    if not said.isdisjoint(first_person):
        feats["strategy:First.Person"] = 1.0
    text = span.text
    if text.rstrip().endswith("?"):
        feats["strategy:Question"] = 1.0
    if "!" in text:
        feats["strategy:Exclamation"] = 1.0
    caps = sum(1 for t, _ in words if t.is_upper and t.is_alpha and len(t.text) > 1)  # is_upper: text.isupper()
    if caps:
        feats["strategy:Caps"] = min(caps, 3) / 3
    return feats


@dataclass(frozen=True)
class _MarkerPlan:
    #: (name, markers, position) of each strategy, in the order of the model file.
    strategies: tuple[tuple[str, frozenset[str], str], ...]
    #: Every marker looked for anywhere in a sentence, so one scan finds them all.
    anywhere: tuple[str, ...]


_plans: dict[int, tuple[Mapping[str, Mapping[str, object]], _MarkerPlan]] = {}


def _marker_plan(strategies: Mapping[str, Mapping[str, object]]) -> _MarkerPlan:
    """The strategies' marker lists as sets, made once per strategies mapping (the model file's)."""
    held = _plans.get(id(strategies))
    if held is None or held[0] is not strategies:
        rows = tuple(
            (name, frozenset(spec["markers"]), str(spec.get("position", "any")))  # type: ignore[arg-type]
            for name, spec in strategies.items()
        )
        anywhere = tuple(sorted({m for _, markers, position in rows if position != "start" for m in markers}))
        held = _plans[id(strategies)] = (strategies, _MarkerPlan(rows, anywhere))
    return held[1]


def ngram_features(words: Sequence[str]) -> dict[str, float]:
    """Presence of each unigram and bigram of already-normalised words, as the n-gram models read them."""
    return {f"ng:{g}": 1.0 for g in ngrams(words)}


def sentence_text_features(span: "Span | Doc", strategies: Mapping[str, Mapping[str, object]], language: str = "en",
                           ngram_feats: Mapping[str, float] | None = None) -> dict[str, float]:
    """N-grams (presence) and strategies of a sentence: the input of the politeness and
    confrontation models. ``ngram_feats`` are its :func:`ngram_features` when the caller has them."""
    feats = dict(ngram_feats) if ngram_feats is not None else ngram_features(normalised_tokens(span))
    feats.update(strategy_features(span, strategies, language))
    return feats


#: The word lists of the constructive parts of a draft.
DRAFT_LEXICONS = (
    "gratitude", "acceptance", "forward_ask", "specific_ask", "strength_cues", "next_step_cues",
    "door_open", "door_closed", "criticism_cues", "example_markers", "politeness_markers", "hedges",
)


def draft_lexicon_features(text: str, kind: str, language: str = "en") -> dict[str, float]:
    """Presence of the constructive parts of a draft (thanks, strengths, next steps, an open door…),
    per kind, from the packaged word lists of its language. ``text`` is lowercased text plus lemmas.
    The lists read as they are are looked for in one scan of their union; a list read with another
    blanked (``BLANKED_BY``) on its own."""
    plain, union = _plain_lists(language)
    found = phrases_in(text, union)
    feats = {
        f"{kind}:{name}": 1.0 for name in DRAFT_LEXICONS
        if (not found.isdisjoint(plain[name]) if name in plain else reads(text, name, language))
    }
    feats[f"{kind}:harsh"] = min(count_any(text, lexicon("harsh_markers", language)), 5) / 5
    return feats


@lru_cache(maxsize=4)
def _plain_lists(language: str) -> tuple[dict[str, frozenset[str]], tuple[str, ...]]:
    """The draft lists read as they are (each as a set), and all their phrases."""
    plain = {name: frozenset(lexicon(name, language)) for name in DRAFT_LEXICONS if name not in BLANKED_BY}
    return plain, tuple(sorted(set().union(*plain.values())))


def aggregate(rows: Iterable[Mapping[str, float]], prefix: str) -> dict[str, float]:
    """Max and mean of each feature over sentences (length-free summaries of a draft)."""
    rows = list(rows)
    if not rows:
        return {}
    keys = sorted({k for r in rows for k in r})
    out: dict[str, float] = {}
    for k in keys:
        values = [r.get(k, 0.0) for r in rows]
        out[f"{prefix}max:{k}"] = max(values)
        out[f"{prefix}mean:{k}"] = sum(values) / len(values)
    return out


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
