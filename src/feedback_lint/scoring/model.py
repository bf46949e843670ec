"""Trained scorers stored as data: linear models in JSON, never pickles.

A model file is ``{"name", "type": "logistic"|"linear", "features": [...], "coef": [...],
"intercept", "mean": [...], "scale": [...], "meta": {...}}``. Loading parses JSON and nothing else, so a
model file cannot run code. Feature names are looked up in the sparse feature dicts built by
:mod:`feedback_lint.scoring.features`. English models live in ``models/``; another language's models,
trained on that language's corpus drafts, in ``models/<language>/`` under the same names.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence, Tuple, Union

from ..core.errors import FeedbackLintError
from .features import sigmoid

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..core.context import Context

MODEL_DIR = "models"


class ModelError(FeedbackLintError):
    """A trained model file is missing or malformed."""


#: A word, or a pair of words in a row: what a word feature ("ng:thanks", "ng:thank you") names.
WordKey = Union[str, Tuple[str, ...]]


def word_keys(words: Sequence[str]) -> set[WordKey]:
    """Each word and each pair of words in a row, once: the keys of :meth:`LinearModel.word_weights`
    present in a run of words."""
    keys: set[WordKey] = set(words)
    keys.update(zip(words, words[1:]))
    return keys


def _word_key(name: str) -> WordKey:
    words = name.split(" ")
    return words[0] if len(words) == 1 else tuple(words)


@dataclass(frozen=True)
class LinearModel:
    name: str
    type: str
    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...] = ()
    scale: tuple[float, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A standardised model, sum(coef * (x - mean) / scale), is folded into one weight per feature
        # and a constant, so a prediction costs the features present, not the whole vocabulary.
        if self.scale:
            weights = {f: c / s for f, c, s in zip(self.features, self.coef, self.scale)}
            offset = self.intercept - sum(c * m / s for c, m, s in zip(self.coef, self.mean, self.scale))
        else:
            weights = dict(zip(self.features, self.coef))
            offset = self.intercept
        object.__setattr__(self, "_weights", weights)
        object.__setattr__(self, "_offset", offset)
        object.__setattr__(self, "_by_words", {})

    def decision(self, feats: Mapping[str, float]) -> float:
        """The linear score for one sparse feature dict (standardised when the model was; absent
        features are 0 before centring)."""
        weights: dict[str, float] = self._weights  # type: ignore[attr-defined]
        total: float = self._offset  # type: ignore[attr-defined]
        for name, value in feats.items():
            w = weights.get(name)
            if w is not None:
                total += w * value
        return total

    def predict(self, feats: Mapping[str, float]) -> float:
        """Probability for a logistic model; the regression value for a linear one."""
        return self.link(self.decision(feats))

    def link(self, z: float) -> float:
        """The prediction for the linear score ``z``: its sigmoid for a logistic model, ``z`` otherwise."""
        return sigmoid(z) if self.type == "logistic" else z

    def word_weights(self, prefix: str) -> dict[WordKey, float]:
        """The weights of the features named ``prefix`` and a word or a pair of words ("ng:thanks",
        "ng:thank you"), keyed by the word or the pair (:func:`word_keys`): a draft's words are looked
        up as they are, without building a feature name for each, and the same word object (the
        context keeps one per vocabulary entry) keeps its hash from draft to draft."""
        by_words: dict[str, dict[WordKey, float]] = self._by_words  # type: ignore[attr-defined]
        if prefix not in by_words:
            weights: dict[str, float] = self._weights  # type: ignore[attr-defined]
            by_words[prefix] = {_word_key(f[len(prefix):]): w for f, w in weights.items() if f.startswith(prefix)}
        return by_words[prefix]

    def words_decision(self, prefix: str, keys: Iterable[WordKey], feats: Mapping[str, float]) -> float:
        """The linear score of the features named ``prefix`` and each of ``keys`` (present, value 1)
        and of the other features ``feats``: the same as :meth:`decision` of them all in one dict. The keys are a set, whose
        order changes with each process's string hashing, so the weights are summed exactly (``math.fsum``): a plain sum in
        that order differed in its last bits from run to run, and retraining then wrote coefficients one unit apart in the
        sixth decimal."""
        return math.fsum(filter(None, map(self.word_weights(prefix).get, keys))) + self.decision(feats)

    def to_json(self) -> str:
        data = {
            "name": self.name,
            "type": self.type,
            "features": list(self.features),
            "coef": [round(c, 6) for c in self.coef],
            "intercept": round(self.intercept, 6),
            "mean": [round(m, 6) for m in self.mean],
            "scale": [round(s, 6) for s in self.scale],
            "meta": self.meta,
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "LinearModel":
        d = json.loads(text)
        if d.get("type") not in ("logistic", "linear") or len(d["features"]) != len(d["coef"]):
            raise ValueError(f"model {d.get('name')!r}: malformed model file")
        return cls(
            name=d["name"], type=d["type"], features=tuple(d["features"]), coef=tuple(float(c) for c in d["coef"]),
            intercept=float(d["intercept"]), mean=tuple(d.get("mean", ())), scale=tuple(d.get("scale", ())),
            meta=d.get("meta", {}),
        )


_model_dir: Path | None = None


def use_model_dir(path: Path | None) -> None:
    """Read models from ``path`` instead of the package (training writes and re-reads its own output)."""
    global _model_dir
    _model_dir = path
    load_model.cache_clear()


def model_file(name: str, language: str = "en") -> str:
    """The model's path under ``models/``: ``<name>.json``, or ``<language>/<name>.json``."""
    return f"{name}.json" if language == "en" else f"{language}/{name}.json"


def _path(name: str, language: str) -> Any:
    file = model_file(name, language)
    return (_model_dir / file) if _model_dir else resources.files("feedback_lint") / MODEL_DIR / file


@lru_cache(maxsize=64)
def load_model(name: str, language: str = "en") -> LinearModel:
    """A model by name and language: ``models/<name>.json`` (English) or ``models/<language>/<name>.json``
    inside the package (or under the directory set by training)."""
    file = model_file(name, language)
    path = _path(name, language)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"model file {file} is missing; run 'feedback-lint train' to build models/") from None
    try:
        return LinearModel.from_json(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"model file {file} is malformed ({exc})") from None


#: The sentence models that read a sentence's words and word pairs (features named ``ng:…``, the rows
#: of ``Context.sentence_ngrams`` in training) plus a few features of their own. Their n-gram weights
#: are looked up together, one lookup per n-gram for all of them, instead of one per n-gram and model.
NGRAM_SENTENCE_MODELS = ("confrontation", "politeness", "vague", "detail")


@dataclass(frozen=True)
class _NgramTable:
    #: The language's n-gram sentence models (those it has files for), each as loaded.
    names: tuple[str, ...]
    models: tuple[LinearModel, ...]
    #: Each n-gram any of them knows (a word or a pair, as :func:`word_keys` has it), with its weight in
    #: each model (0 where unknown).
    weights: dict[WordKey, tuple[float, ...]]

    def current(self, language: str) -> bool:
        """Whether each model is still the one loaded (training writes and reloads them)."""
        return all(load_model(n, language) is m for n, m in zip(self.names, self.models))


_tables: dict[str, _NgramTable] = {}


def _ngram_table(language: str, needed: str | None = None) -> _NgramTable:
    """The table of the language's n-gram sentence models, built again when one of them was loaded
    anew or the ``needed`` model is not in it."""
    table = _tables.get(language)
    if table is None or (needed is not None and needed not in table.names) or not table.current(language):
        names = tuple(n for n in NGRAM_SENTENCE_MODELS if _path(n, language).is_file())
        models = tuple(load_model(n, language) for n in names)
        each = [m.word_weights("ng:") for m in models]
        known = set().union(*each)
        table = _tables[language] = _NgramTable(names, models, {k: tuple(w.get(k, 0.0) for w in each) for k in known})
    return table


def ngram_sums(ctx: "Context", sent: "Span") -> dict[str, float]:
    """Each n-gram sentence model's weighted sum over the sentence's n-grams, computed once per sentence."""
    cache = ctx.cache.setdefault("ngram_sums", {})
    if sent.start not in cache:
        table = _ngram_table(ctx.language)
        hits = [w for w in map(table.weights.get, word_keys(ctx.sentence_words(sent))) if w is not None]
        # Summed exactly, as in :meth:`LinearModel.words_decision`: the keys are a set, in an order that changes per process.
        cache[sent.start] = dict(zip(table.names, map(math.fsum, zip(*hits)) if hits else [0.0] * len(table.names)))
    return cache[sent.start]


def with_ngrams(ctx: "Context", sent: "Span", extras: Mapping[str, float]) -> dict[str, float]:
    """All the features an n-gram sentence model reads: the sentence's n-grams and ``extras`` (the rows
    training fits it on)."""
    return {**ctx.sentence_ngrams(sent), **extras}


def sentence_probabilities(ctx: "Context", name: str, sentences: Sequence["Span"],
                           extras: Callable[["Context", "Span"], Mapping[str, float]]) -> list[float]:
    """The probability from n-gram sentence model ``name`` for each of ``sentences``, from the
    sentence's n-grams (:func:`ngram_sums`) and ``extras(ctx, sent)``, the model's other features;
    computed once per draft (cached in the draft's context under the model's name, where training puts
    out-of-fold ones)."""
    if name not in ctx.cache:
        model = load_model(name, ctx.language)
        _ngram_table(ctx.language, needed=name)
        ctx.cache[name] = [model.link(ngram_sums(ctx, s)[name] + model.decision(extras(ctx, s))) for s in sentences]
    return ctx.cache[name]
