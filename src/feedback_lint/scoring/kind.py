"""Which kind of draft this is: a candidate's feedback *request*, or an employer's *feedback*.

A logistic model (``models/kind.json``) over who is talking about whom (pronoun rates), cue phrases and
words, fitted on the corpus by ``feedback-lint train``. The words of a cue phrase the draft holds count
once, as the cue: the "me" of "come and see me" is the employer's invitation, not a candidate speaking.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ..core.lexicon import count_any, lexicon, phrases_in
from .model import load_model

if TYPE_CHECKING:
    from ..core.context import Context

KINDS = ("request", "feedback")
_PRONOUNS = {
    "en": {
        "i": ("i", "me", "my", "mine", "myself"),
        "you": ("you", "your", "yours", "yourself"),
        "we": ("we", "us", "our", "ours", "ourselves"),
    },
    "sv": {
        "i": ("jag", "mig", "min", "mitt", "mina"),
        "you": ("du", "dig", "din", "ditt", "dina", "ni", "er", "ert", "era"),
        "we": ("vi", "oss", "vår", "vårt", "våra"),
    },
}


def kind_features(ctx: "Context") -> dict[str, float]:
    """Which words the draft uses, who is talking about whom, cue phrases: everything the kind model
    reads, in one row (what training fits it on)."""
    loose = _loose_counts(ctx)
    return {**{f"w:{t}": 1.0 for t in _words(ctx, loose)}, **kind_extras(ctx, loose)}


@lru_cache(maxsize=None)
def _cues(language: str) -> tuple[str, ...]:
    """The request and feedback cue phrases of a language, as one list (one scan of the draft finds both)."""
    return lexicon("request_cues", language) + lexicon("feedback_cues", language)


def _loose_counts(ctx: "Context") -> Counter[str]:
    """How often each word is used outside the cue phrases the draft holds (each phrase found takes its words once)."""
    return Counter(ctx.words) - Counter(w for phrase in phrases_in(ctx.lower, _cues(ctx.language)) for w in phrase.split())


def _words(ctx: "Context", loose: Counter[str]) -> list[str]:
    """The words used outside the cue phrases, each once, in order."""
    return list(dict.fromkeys(t for t in ctx.words if t.isalpha() and loose[t] > 0))


def kind_extras(ctx: "Context", loose: Counter[str]) -> dict[str, float]:
    """The kind model's features besides the words used: pronoun rates (outside the cue phrases) and cue phrases."""
    n = max(1, len(ctx.words))
    feats = {f"rate:{name}": 10.0 * sum(loose[w] for w in words) / n for name, words in _PRONOUNS[ctx.language].items()}
    lower = ctx.lower  # the text the doc was parsed from, lowercased
    feats["cues:request"] = float(min(count_any(lower, lexicon("request_cues", ctx.language)), 5))
    feats["cues:feedback"] = float(min(count_any(lower, lexicon("feedback_cues", ctx.language)), 5))
    return feats


def request_probability(ctx: "Context") -> float:
    """P(the draft is a feedback request), from the model of its language."""
    model = load_model("kind", ctx.language)
    loose = _loose_counts(ctx)
    return model.link(model.words_decision("w:", _words(ctx, loose), kind_extras(ctx, loose)))


def detect_kind(ctx: "Context") -> str:
    """``request`` or ``feedback``, decided from the parsed draft by the model of its language."""
    return read_kind(ctx)[0]


def read_kind(ctx: "Context") -> tuple[str, bool]:
    """The kind (as :func:`detect_kind`) and whether the model is unsure of it: read as a request with a
    probability under ``meta.unsure_request_below``, chosen by ``feedback-lint train`` so that no request
    of the corpus's train and dev splits that names the candidate's own situation falls under it."""
    p = request_probability(ctx)
    if p < 0.5:
        return "feedback", False
    return "request", p < load_model("kind", ctx.language).meta.get("unsure_request_below", 0.5)
