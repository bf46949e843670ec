"""Specificity from linguistic evidence: numbers, named entities, concrete and rarer words, examples,
references to an exercise or answer, and how likely each sentence is to name a concrete detail of the
assessment (``detail`` model); vague stock phrases count against it. Length alone adds nothing: the
draft score is built from per-sentence scores, not from totals.

Swedish drafts have no tagger or entity recogniser (see core/nlp.py): there, names are capitalised
words inside a sentence, content words are the non-stop words, and evidence nouns are matched as parts
of compounds ("kodtestet", "caseuppgiften")."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..core.finding import Finding
from ..core.lexicon import compound_head, contains_any, count_any, lexicon, zipf_frequencies
from .detail import sentence_details
from .features import aggregate
from .model import load_model
from .vague import sentence_vagueness

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..core.context import Context

_EVIDENCE_ENTS = {"ORG", "PRODUCT", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "FAC", "ORDINAL"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
#: Zipf frequency below which a content word counts as rare (domain-specific, concrete).
RARE_ZIPF = 3.6


def _people(ctx: "Context") -> frozenset[int]:
    """The tokens inside a PERSON entity (their ``ent_type_``), once per draft."""
    if "people" not in ctx.cache:
        ctx.cache["people"] = frozenset(i for start, end, label in ctx.entities if label == "PERSON" for i in range(start, end))
    return ctx.cache["people"]


def _tagged(language: str) -> bool:
    """Whether the language's pipeline tags parts of speech and entities."""
    return language == "en"


def _capitalised_inside(t: "Token") -> bool:
    """Without a tagger: a name is a capitalised word inside a sentence."""
    return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and not t.is_stop and t.i > 0 and not t.doc[t.i - 1].is_space


@dataclass(frozen=True)
class SentenceEvidence:
    numbers: int
    entities: int
    evidence_nouns: int
    example_markers: int
    rare_words: int
    quotes: int
    content_words: int

    @property
    def weight(self) -> float:
        """Evidence points; each kind saturates so one long list of numbers does not dominate."""
        return (
            0.8 * min(self.numbers, 2)
            + 0.6 * min(self.entities, 2)
            + 0.7 * min(self.evidence_nouns, 2)
            + 0.9 * min(self.example_markers, 1)
            + 0.5 * min(self.rare_words, 3)
            + 0.5 * min(self.quotes, 1)
        )

    @property
    def score(self) -> float:
        """0..1: how concrete the sentence is."""
        return 1.0 - math.exp(-self.weight / 1.6)


def sentence_evidence(ctx: "Context", sent: "Span") -> SentenceEvidence:
    """The evidence in one sentence of a draft, read from the draft's token columns (this runs for
    every sentence of every draft)."""
    language = ctx.language
    lower = sent.text.lower()
    evidence = _evidence_nouns(language)
    tagged = _tagged(language)
    tokens, lowers, alpha, stop = ctx.tokens, ctx.lowers, ctx.alpha, ctx.stop
    pos, lemmas = (ctx.pos, ctx.lemmas) if tagged else (None, None)
    zipf, people = zipf_frequencies(language), _people(ctx)
    numbers = nouns = content = rare = 0
    for i in range(sent.start, sent.end):  # one pass
        t, word = tokens[i], lowers[i]
        if t.like_num or (not alpha[i] and any(c.isdigit() for c in word)):  # lowercasing keeps digits
            numbers += 1
        if tagged:
            if lemmas[i] in evidence and pos[i] in ("NOUN", "PROPN"):  # type: ignore[index]
                nouns += 1
            is_content = pos[i] in _CONTENT_POS and alpha[i] and not stop[i]  # type: ignore[index]
        else:
            if alpha[i] and compound_head(word, evidence, language) is not None:
                nouns += 1
            is_content = alpha[i] and not stop[i] and len(t) > 2
        if is_content:
            content += 1
            if len(t) > 3 and zipf[word] < RARE_ZIPF and i not in people:
                rare += 1
    entities = _entities_in(ctx, sent) if tagged else _names(ctx, sent)
    quotes = lower.count('"') // 2 + lower.count("\u201c")
    return SentenceEvidence(numbers, entities, nouns, count_any(lower, lexicon("example_markers", language)), rare, quotes, content)


def _entities_in(ctx: "Context", sent: "Span") -> int:
    """The evidence entities inside the sentence, counted as ``sent.ents`` lists them."""
    n = 0
    for start, end, label in ctx.entities:
        if start >= sent.start:
            if end > sent.end:
                break
            n += label in _EVIDENCE_ENTS
    return n


@lru_cache(maxsize=4)
def _evidence_nouns(language: str) -> frozenset[str]:
    return frozenset(lexicon("evidence_nouns", language))


def evidence_of(ctx: "Context", sent: "Span") -> SentenceEvidence:
    """``sentence_evidence`` computed once per sentence of a draft (rules and scorers share it)."""
    cache = ctx.cache.setdefault("evidence", {})
    if sent.start not in cache:
        cache[sent.start] = sentence_evidence(ctx, sent)
    return cache[sent.start]


def _actions(ctx: "Context", sent: "Span") -> int:
    """Past-tense verbs whose subject is you or I: a described behaviour ("you reinstalled the driver",
    "I led on the profit warning")."""
    tags, tokens = ctx.tags, ctx.tokens
    return sum(
        1 for i in range(sent.start, sent.end)
        if tags[i] in ("VBD", "VBN") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("you", "i") for c in tokens[i].children)
    )


def _names(ctx: "Context", sent: "Span") -> int:
    """Names of things (a product, place, organisation), not of people."""
    if _tagged(ctx.language):
        pos = ctx.pos
        people = _people(ctx)
        return sum(1 for i in range(sent.start, sent.end) if pos[i] == "PROPN" and i not in people)
    return sum(1 for t in sent if _capitalised_inside(t))


def _sentence_row(ctx: "Context", sent: "Span", vague_starts: list[int], e: SentenceEvidence) -> dict[str, float]:
    return {
        "numbers": min(e.numbers, 3),
        "entities": min(e.entities, 3),
        "evidence_nouns": min(e.evidence_nouns, 3),
        "example_markers": min(e.example_markers, 2),
        "rare_words": min(e.rare_words, 4),
        "quotes": min(e.quotes, 1),
        "actions": min(_actions(ctx, sent), 3),
        "names": min(_names(ctx, sent), 3),
        "specific_ask": float(contains_any(sent.text.lower(), lexicon("specific_ask", ctx.language))),
        "vague": float(sum(sent.start_char <= v < sent.end_char for v in vague_starts)),
        "evidence": e.score,
    }


#: Content words at least this common (Zipf scale) say nothing specific ("time", "hope", "decide").
WORD_ZIPF_MAX = 5.0
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ"}


def _content_words(ctx: "Context", sentences: "Sequence[Span]") -> list[str]:
    """Lemmas of the less common content words (Swedish: their lowercased forms, as there is no lemmatiser)."""
    language, lowers, alpha, stop = ctx.language, ctx.lowers, ctx.alpha, ctx.stop
    at = [i for s in sentences for i in range(s.start, s.end)]
    zipf = zipf_frequencies(language)
    if _tagged(language):
        pos, lemmas = ctx.pos, ctx.lemmas
        return sorted({
            lemmas[i] for i in at
            if pos[i] in _CONTENT and alpha[i] and not stop[i] and zipf[lowers[i]] < WORD_ZIPF_MAX
        })
    tokens = ctx.tokens
    return sorted({
        lowers[i] for i in at
        if alpha[i] and not stop[i] and len(tokens[i]) > 2 and zipf[lowers[i]] < WORD_ZIPF_MAX
    })


def _features(kind: str, rows: list[dict[str, float]], words: list[str], vague: int, vagueness: list[float], details: list[float]) -> dict[str, float]:
    feats = {f"{kind}:{k}": v for k, v in aggregate(rows, "").items()}
    feats[f"{kind}:evidence_share"] = sum(1 for r in rows if r["evidence"] > 0.3) / max(1, len(rows))
    feats[f"{kind}:vague_phrases"] = float(min(vague, 4))
    if vagueness:
        # No mean: padding a draft with filler sentences would dilute it, and length alone must add nothing.
        feats[f"{kind}:vague_max"] = max(vagueness)
        feats[f"{kind}:vague_sentences"] = float(min(sum(p > 0.5 for p in vagueness), 3))
    if details:
        feats[f"{kind}:detail_max"] = max(details)
        feats[f"{kind}:detail_mean"] = sum(details) / len(details)
        feats[f"{kind}:detail_sentences"] = float(min(sum(p > 0.5 for p in details), 3))
    feats[f"kind:{kind}"] = 1.0
    # Which less common content words are used, each weighted 1/(number of them): their total is an
    # average, the same for a two-line note and a long letter, so length alone adds nothing.
    for w in words:
        feats[f"w:{w}"] = 1.0 / len(words)
    return feats


def specificity_features(ctx: "Context", findings: Sequence[Finding]) -> dict[str, float]:
    """Length-free summary of the evidence in what the draft says (max and mean over its content
    sentences, greeting and signature aside, of each kind of evidence), the vague stock phrases found,
    how vague its sentences read (``vague`` model), which name a concrete detail (``detail`` model), and
    the words used."""
    vague = [f.start for f in findings if f.code == "SP001"]
    sentences = ctx.content_sentences
    rows = [_sentence_row(ctx, s, vague, evidence_of(ctx, s)) for s in sentences]
    words = _content_words(ctx, sentences)
    return _features(ctx.kind, rows, words, len(vague), sentence_vagueness(ctx), sentence_details(ctx))


def specificity_score(ctx: "Context", findings: Sequence[Finding]) -> int:
    """0..100 for the draft, from ``models/specificity.json`` (fitted on the corpus labels 0-2)."""
    return _to_score(load_model("specificity", ctx.language).predict(specificity_features(ctx, findings)))


def _to_score(label_scale: float) -> int:
    return int(round(max(0.0, min(100.0, 50.0 * label_scale))))
