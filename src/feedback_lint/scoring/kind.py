"""Which kind of draft this is: a candidate's feedback *request*, or an employer's *feedback*.

A logistic model (``models/kind.json``) over who is talking about whom (pronoun rates), cue phrases and
words, fitted on the corpus by ``feedback-lint train``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..core.lexicon import count_any, lexicon
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
    """Who is talking about whom, cue phrases and words, from the parsed draft."""
    tokens = ctx.words
    n = max(1, len(tokens))
    counts = Counter(tokens)
    feats = {f"w:{t}": 1.0 for t in counts if t.isalpha()}
    for name, words in _PRONOUNS[ctx.language].items():
        feats[f"rate:{name}"] = 10.0 * sum(counts[w] for w in words) / n
    lower = ctx.lower  # the text the doc was parsed from, lowercased
    feats["cues:request"] = float(min(count_any(lower, lexicon("request_cues", ctx.language)), 5))
    feats["cues:feedback"] = float(min(count_any(lower, lexicon("feedback_cues", ctx.language)), 5))
    return feats


def detect_kind(ctx: "Context") -> str:
    """``request`` or ``feedback``, decided from the parsed draft by the model of its language."""
    p_request = load_model("kind", ctx.language).predict(kind_features(ctx))
    return "request" if p_request >= 0.5 else "feedback"
