"""Specificity from linguistic evidence: numbers, named entities, concrete and rarer words, examples,
references to an exercise or answer; vague stock phrases count against it. Length alone adds nothing:
the draft score is built from per-sentence scores, not from totals."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ..core.lexicon import count_any, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

_EVIDENCE_ENTS = {"ORG", "PRODUCT", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "FAC", "ORDINAL"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
#: Zipf frequency below which a content word counts as rare (domain-specific, concrete).
RARE_ZIPF = 3.6


@lru_cache(maxsize=50_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


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


def sentence_evidence(sent: "Span") -> SentenceEvidence:
    lower = sent.text.lower()
    evidence = set(lexicon("evidence_nouns"))
    numbers = sum(1 for t in sent if t.like_num or any(c.isdigit() for c in t.text))
    entities = sum(1 for e in sent.ents if e.label_ in _EVIDENCE_ENTS)
    nouns = sum(1 for t in sent if t.lemma_.lower() in evidence and t.pos_ in ("NOUN", "PROPN"))
    content = [t for t in sent if t.pos_ in _CONTENT_POS and t.is_alpha and not t.is_stop]
    rare = sum(1 for t in content if len(t.text) > 3 and _zipf(t.lower_) < RARE_ZIPF and not t.ent_type_ == "PERSON")
    quotes = lower.count('"') // 2 + lower.count("\u201c")
    return SentenceEvidence(numbers, entities, nouns, count_any(lower, lexicon("example_markers")), rare, quotes, len(content))


def draft_specificity(sentences: Iterable["Span"], vague_hits: int) -> int:
    """0..100 for a draft: the most concrete sentences and the average both count; vague phrases subtract."""
    scores = sorted((sentence_evidence(s).score for s in sentences), reverse=True)
    if not scores:
        return 0
    top = scores[:3]
    value = 100 * (0.6 * sum(top) / len(top) + 0.4 * sum(scores) / len(scores))
    return int(round(max(0.0, min(100.0, value - 12 * vague_hits))))
