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
from typing import TYPE_CHECKING, Iterable, Sequence

from ..core.finding import Finding
from ..core.lexicon import compound_head, contains_any, count_any, lexicon
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


@lru_cache(maxsize=50_000)
def _zipf(word: str, language: str = "en") -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


def _tagged(language: str) -> bool:
    """Whether the language's pipeline tags parts of speech and entities."""
    return language == "en"


def _is_content(t: "Token", language: str) -> bool:
    if _tagged(language):
        return t.pos_ in _CONTENT_POS and t.is_alpha and not t.is_stop
    return t.is_alpha and not t.is_stop and len(t.text) > 2


def _is_name(t: "Token", language: str) -> bool:
    """A name of a thing (a product, place, organisation), not a person's name."""
    if _tagged(language):
        return t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
    return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and not t.is_stop and t.i > 0 and not t.doc[t.i - 1].is_space


def _is_evidence_noun(t: "Token", evidence: frozenset[str], language: str) -> bool:
    """English: a noun whose lemma is an evidence noun. Otherwise: a word whose compound head is one,
    with an inflectional ending ("kodtestet" ends in test + et)."""
    if _tagged(language):
        return t.lemma_.lower() in evidence and t.pos_ in ("NOUN", "PROPN")
    return t.is_alpha and compound_head(t.lower_, evidence, language) is not None


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


def sentence_evidence(sent: "Span", language: str = "en", tokens: "Sequence[Token] | None" = None) -> SentenceEvidence:
    """The evidence in one sentence; ``tokens`` are its tokens when the caller holds them as a list
    (iterating a span builds new Token objects each time)."""
    lower = sent.text.lower()
    evidence = _evidence_nouns(language)
    tagged = _tagged(language)
    numbers = names = nouns = content = rare = 0
    for t in sent if tokens is None else tokens:  # one pass (this runs for every sentence of every draft)
        if t.like_num or (not t.is_alpha and any(c.isdigit() for c in t.text)):
            numbers += 1
        if not tagged and _is_name(t, language):
            names += 1
        if _is_evidence_noun(t, evidence, language):
            nouns += 1
        if _is_content(t, language):
            content += 1
            if len(t.text) > 3 and _zipf(t.lower_, language) < RARE_ZIPF and t.ent_type_ != "PERSON":
                rare += 1
    entities = sum(1 for e in sent.ents if e.label_ in _EVIDENCE_ENTS) if tagged else names
    quotes = lower.count('"') // 2 + lower.count("\u201c")
    return SentenceEvidence(numbers, entities, nouns, count_any(lower, lexicon("example_markers", language)), rare, quotes, content)


@lru_cache(maxsize=4)
def _evidence_nouns(language: str) -> frozenset[str]:
    return frozenset(lexicon("evidence_nouns", language))


def evidence_of(ctx: "Context", sent: "Span") -> SentenceEvidence:
    """``sentence_evidence`` computed once per sentence of a draft (rules and scorers share it)."""
    cache = ctx.cache.setdefault("evidence", {})
    if sent.start not in cache:
        cache[sent.start] = sentence_evidence(sent, ctx.language, ctx.tokens[sent.start : sent.end])
    return cache[sent.start]


def _actions(tokens: "Sequence[Token]") -> int:
    """Past-tense verbs whose subject is you or I: a described behaviour ("you reinstalled the driver",
    "I led on the profit warning")."""
    return sum(
        1 for t in tokens
        if t.tag_ in ("VBD", "VBN") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("you", "i") for c in t.children)
    )


def _sentence_row(sent: "Span", tokens: "Sequence[Token]", vague_starts: list[int], e: SentenceEvidence, language: str = "en") -> dict[str, float]:
    return {
        "numbers": min(e.numbers, 3),
        "entities": min(e.entities, 3),
        "evidence_nouns": min(e.evidence_nouns, 3),
        "example_markers": min(e.example_markers, 2),
        "rare_words": min(e.rare_words, 4),
        "quotes": min(e.quotes, 1),
        "actions": min(_actions(tokens), 3),
        "names": min(sum(1 for t in tokens if _is_name(t, language)), 3),
        "specific_ask": float(contains_any(sent.text.lower(), lexicon("specific_ask", language))),
        "vague": float(sum(sent.start_char <= v < sent.end_char for v in vague_starts)),
        "evidence": e.score,
    }


#: Content words at least this common (Zipf scale) say nothing specific ("time", "hope", "decide").
WORD_ZIPF_MAX = 5.0
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ"}


def _content_words(tokens: "Iterable[Token]", language: str = "en") -> list[str]:
    """Lemmas of the less common content words (Swedish: their lowercased forms, as there is no lemmatiser)."""
    if _tagged(language):
        return sorted({
            t.lemma_.lower() for t in tokens
            if t.pos_ in _CONTENT and t.is_alpha and not t.is_stop and _zipf(t.lower_) < WORD_ZIPF_MAX
        })
    return sorted({t.lower_ for t in tokens if _is_content(t, language) and _zipf(t.lower_, language) < WORD_ZIPF_MAX})


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
    rows = [_sentence_row(s, ctx.tokens[s.start : s.end], vague, evidence_of(ctx, s), ctx.language) for s in sentences]
    words = _content_words((t for s in sentences for t in ctx.tokens[s.start : s.end]), ctx.language)
    return _features(ctx.kind, rows, words, len(vague), sentence_vagueness(ctx), sentence_details(ctx))


def specificity_score(ctx: "Context", findings: Sequence[Finding]) -> int:
    """0..100 for the draft, from ``models/specificity.json`` (fitted on the corpus labels 0-2)."""
    return _to_score(load_model("specificity", ctx.language).predict(specificity_features(ctx, findings)))


def _to_score(label_scale: float) -> int:
    return int(round(max(0.0, min(100.0, 50.0 * label_scale))))
