"""Tone: politeness and respect.

A logistic model of politeness strategies and n-grams trained on the Stanford politeness requests
(``models/politeness.json``) scores each sentence; a small draft-level model (``models/tone.json``),
fitted on the corpus, turns those sentence scores and the e-mail's courtesies into the tone score.
Requests on Wikipedia are not e-mails about a rejection: the second model is what carries the first
over to this domain.

The politeness data are English: Swedish drafts are scored by a tone model of their own, fitted on the
Swedish corpus drafts from the e-mail's courtesies and findings alone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Sequence

from ..core.finding import Category, Finding
from ..core.lexicon import count_any, lexicon
from .features import strategy_features
from .model import load_model, sentence_probabilities

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..core.context import Context


#: Languages with a sentence politeness model (trained on the Stanford politeness requests).
POLITENESS_LANGUAGES = ("en",)


def strategies() -> Mapping[str, Mapping[str, Any]]:
    """Politeness-strategy marker lists, stored in the politeness model file."""
    return load_model("politeness").meta["strategies"]


def strategies_for(language: str) -> Mapping[str, Mapping[str, Any]]:
    """The marker lists for a language's sentence features (none where there is no politeness model)."""
    return strategies() if language in POLITENESS_LANGUAGES else {}


def sentence_strategies(ctx: "Context", sent: "Span") -> Mapping[str, float]:
    """The politeness strategies of a sentence in the draft's language (``strategy_features``),
    computed once per sentence (the politeness and confrontation models both read them); do not
    modify the result."""
    cache = ctx.cache.setdefault("strategies", {})
    if sent.start not in cache:
        cache[sent.start] = strategy_features(sent, strategies_for(ctx.language), ctx.language)
    return cache[sent.start]


def sentence_politeness(ctx: "Context") -> list[float]:
    """P(polite) for each body sentence, computed once per draft."""
    return sentence_probabilities(ctx, "politeness", ctx.body_sentences, sentence_strategies)


def _politeness_features(ctx: "Context") -> dict[str, float]:
    if ctx.language not in POLITENESS_LANGUAGES:
        return {}
    probs = sentence_politeness(ctx) or [0.5]
    return {
        "politeness_mean": sum(probs) / len(probs),
        "politeness_min": min(probs),
        "impolite_share": sum(p < 0.25 for p in probs) / len(probs),
    }


def tone_features(ctx: "Context", findings: Sequence[Finding]) -> dict[str, float]:
    return {
        **_politeness_features(ctx),
        "greeting": float(ctx.greeting_line is not None),
        "sign_off": float(ctx.sign_off_line is not None),
        "gratitude": float(ctx.has("gratitude")),
        "courtesy": min(count_any(ctx.lower, lexicon("politeness_markers", ctx.language)), 4) / 4,
        "harsh": min(count_any(ctx.lower, lexicon("harsh_markers", ctx.language)), 4) / 4,
        "tone_findings": min(sum(f.category in (Category.TONE, Category.CONFRONTATION) for f in findings), 4) / 4,
    }


def tone_score(ctx: "Context", findings: Sequence[Finding]) -> int:
    """0..100: probability that the draft reads as polite and respectful."""
    return int(round(100 * load_model("tone", ctx.language).predict(tone_features(ctx, findings))))
