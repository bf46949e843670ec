"""Vague sentences: a logistic model (``models/vague.json``) over a sentence's words, fitted on the
sentences that hold a hand-labelled vague phrase in the corpus ("not the right fit", "any feedback").

It reads wordings the stock-phrase rule (SP001) has no pattern for, and feeds the specificity score;
the rule keeps pointing at the phrases it knows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import sentence_probabilities, with_ngrams

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..core.context import Context

#: The phrase rule whose matches are a feature of the sentence.
PHRASE_RULE = "SP001"


def sentence_extras(ctx: "Context", sent: "Span") -> dict[str, float]:
    """The model's feature besides the sentence's n-grams: whether the phrase rule matched in it."""
    if any(sent.start_char <= s < sent.end_char for s, _, _ in ctx.matches.get(PHRASE_RULE, ())):
        return {f"match:{PHRASE_RULE}": 1.0}
    return {}


def sentence_features(ctx: "Context", sent: "Span") -> dict[str, float]:
    return with_ngrams(ctx, sent, sentence_extras(ctx, sent))


def sentence_vagueness(ctx: "Context") -> list[float]:
    """P(vague) for each content sentence, computed once per draft."""
    return sentence_probabilities(ctx, "vague", ctx.content_sentences, sentence_extras)
