"""Which kind of draft this is: a candidate's feedback *request*, or an employer's *feedback*.

A logistic model (``models/kind.json``) over who is talking about whom (pronoun rates), cue phrases and
words, fitted on the corpus by ``feedback-lint train``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..core.lexicon import count_any, lexicon
from .features import normalised_tokens
from .model import load_model

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


def kind_features(doc: "Doc", tokens: list[str] | None = None, language: str = "en") -> dict[str, float]:
    """``tokens`` are the draft's normalised tokens when the caller has them already."""
    tokens = tokens if tokens is not None else normalised_tokens(doc)
    n = max(1, len(tokens))
    counts = Counter(tokens)
    feats = {f"w:{t}": 1.0 for t in counts if t.isalpha()}
    for name, words in _PRONOUNS[language].items():
        feats[f"rate:{name}"] = 10.0 * sum(counts[w] for w in words) / n
    lower = doc.text.lower()
    feats["cues:request"] = float(min(count_any(lower, lexicon("request_cues", language)), 5))
    feats["cues:feedback"] = float(min(count_any(lower, lexicon("feedback_cues", language)), 5))
    return feats


def detect_kind(doc: "Doc", tokens: list[str] | None = None, language: str = "en") -> str:
    """``request`` or ``feedback``, decided from the parsed draft by the model of its language."""
    p_request = load_model("kind", language).predict(kind_features(doc, tokens, language))
    return "request" if p_request >= 0.5 else "feedback"
