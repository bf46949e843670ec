"""Concrete details: a logistic model (``models/detail.json``) of whether a sentence names a concrete,
checkable detail of the assessment or of what is asked ("joined on the wrong key", "my answer to the
capacity-planning question"), fitted on the sentences holding a hand-labelled ``specific_spans`` entry.

Counting evidence (numbers, names, rare words) cannot tell substance from background: "thanks for
coming in on Thursday for the store manager job" is full of it and says nothing about the assessment.
This model learns that difference from the labels, and feeds the specificity score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import sentence_probabilities, with_ngrams

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..core.context import Context


def sentence_extras(ctx: "Context", sent: "Span") -> dict[str, float]:
    """How much of each kind of evidence the sentence holds (capped): the model's features besides
    the sentence's words and word pairs."""
    from .specificity import evidence_of

    e = evidence_of(ctx, sent)
    feats: dict[str, float] = {}
    for name, value, cap in (
        ("numbers", e.numbers, 2), ("entities", e.entities, 2), ("evidence_nouns", e.evidence_nouns, 2),
        ("example_markers", e.example_markers, 1), ("rare_words", e.rare_words, 3), ("quotes", e.quotes, 1),
    ):
        if value:
            feats[f"ev:{name}"] = min(value, cap) / cap
    return feats


def sentence_features(ctx: "Context", sent: "Span") -> dict[str, float]:
    return with_ngrams(ctx, sent, sentence_extras(ctx, sent))


def sentence_details(ctx: "Context") -> list[float]:
    """P(names a concrete detail) for each content sentence, computed once per draft."""
    return sentence_probabilities(ctx, "detail", ctx.content_sentences, sentence_extras)
