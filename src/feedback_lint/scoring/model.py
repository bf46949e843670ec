"""Trained scorers stored as data: linear models in JSON, never pickles.

A model file is ``{"name", "type": "logistic"|"linear", "features": [...], "coef": [...],
"intercept", "mean": [...], "scale": [...], "meta": {...}}``. Loading parses JSON and nothing else, so a
model file cannot run code. Feature names are looked up in the sparse feature dicts built by
:mod:`feedback_lint.scoring.features`. English models live in ``models/``; another language's models,
trained on that language's corpus drafts, in ``models/<language>/`` under the same names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence, Tuple, Union

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
        "ng:thank you"), keyed by the word or the pair (standardisation folded in, as in
        :meth:`decision`)."""
        weights: dict[str, float] = self._weights  # type: ignore[attr-defined]
        return {_word_key(f[len(prefix):]): w for f, w in weights.items() if f.startswith(prefix)}

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
#: of ``Context.sentence_ngrams`` in training) plus a few features of their own.
NGRAM_SENTENCE_MODELS = ("confrontation", "politeness", "vague", "detail")
#: Every model that reads a draft's words, with the prefix of its word features: the sentence models
#: (each sentence's words and word pairs), the confrontation draft model (the whole draft's words and
#: word pairs) and the kind model (the draft's words, ``w:…``, no pairs).
WORD_MODELS = {**dict.fromkeys(NGRAM_SENTENCE_MODELS, "ng:"), "confrontation_draft": "ng:", "kind": "w:"}


@dataclass(frozen=True)
class _WordIndex:
    """The word weights of a language's :data:`WORD_MODELS`, for looking a whole draft up at once.

    Each word any of the models knows (alone or in a pair) has a number; a word is coded as its number
    and a pair as ``len(ids) + first * len(ids) + second``, so a draft's words and pairs become one array
    of codes, found in ``codes`` by binary search instead of one dict lookup per n-gram and model."""

    #: The language's word models (those it has files for), each as loaded.
    names: tuple[str, ...]
    models: tuple[LinearModel, ...]
    ids: dict[str, int]
    #: The known codes, sorted, and their weight in each model (a row per code, a column per model in
    #: the order of ``names``; 0 where the model does not know the n-gram).
    codes: Any
    weights: Any

    def current(self, language: str) -> bool:
        """Whether each model is still the one loaded (training writes and reloads them)."""
        return all(load_model(n, language) is m for n, m in zip(self.names, self.models))

    def column(self, name: str) -> int:
        return self.names.index(name)


_indexes: dict[str, _WordIndex] = {}


def _word_index(language: str, needed: str) -> _WordIndex:
    """The index of the language's word models, built again when one of them was loaded anew or the
    ``needed`` model is not in it."""
    import numpy as np

    index = _indexes.get(language)
    if index is None or needed not in index.names or not index.current(language):
        names = tuple(n for n in WORD_MODELS if _path(n, language).is_file())
        models = tuple(load_model(n, language) for n in names)
        each = [m.word_weights(WORD_MODELS[n]) for n, m in zip(names, models)]
        keys = set().union(*each)
        words = sorted({w for k in keys for w in ((k,) if isinstance(k, str) else k)})
        ids = {w: i for i, w in enumerate(words)}
        n = len(ids)
        coded = sorted((ids[k] if isinstance(k, str) else n + ids[k[0]] * n + ids[k[1]], k) for k in keys)
        codes = np.array([c for c, _ in coded], dtype=np.int64)
        weights = np.array([[w.get(k, 0.0) for w in each] for _, k in coded], dtype=np.float64).reshape(len(coded), len(names))
        index = _indexes[language] = _WordIndex(names, models, ids, codes, weights)
    return index


def _segment_sums(index: _WordIndex, ids: Any, segments: Any, count: int) -> Any:
    """For each of ``count`` segments of a run of words (``ids``: their numbers, -1 for a word no model
    knows; ``segments``: the segment of each word, in order), the weights of its distinct words and
    pairs of words in a row summed per model: a ``count`` × models array."""
    import numpy as np

    n = len(index.ids)
    known = ids >= 0
    pairs = known[:-1] & known[1:] & (segments[:-1] == segments[1:])
    codes = np.concatenate((ids[known], n + ids[:-1][pairs] * n + ids[1:][pairs]))
    owners = np.concatenate((segments[known], segments[:-1][pairs]))
    span = n + n * n  # above every code
    keys = np.sort(owners * span + codes)
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # each n-gram once per segment
    owners, codes = np.divmod(keys, span)
    at = np.minimum(np.searchsorted(index.codes, codes), len(index.codes) - 1)
    hit = index.codes[at] == codes
    owners, rows = owners[hit], index.weights[at[hit]]
    sums = np.zeros((count, len(index.names)))
    if len(owners):
        starts = np.flatnonzero(np.concatenate(([True], owners[1:] != owners[:-1])))  # owners are sorted
        sums[owners[starts]] = np.add.reduceat(rows, starts, axis=0)
    return sums


def _word_ids(ctx: "Context", index: _WordIndex) -> tuple[Any, Any]:
    """The number of each of the draft's words (:attr:`Context.words`; -1 for a word no model knows)
    and the index of each token's first word (the words before it), once per draft and index."""
    import numpy as np

    held = ctx.cache.get("word_ids")
    if held is None or held[0] is not index:
        get = index.ids.get
        ids = np.array([get(w, -1) for w in ctx.words], dtype=np.int64)
        before = np.concatenate(([0], np.cumsum(np.logical_not(ctx.spaces))))
        held = ctx.cache["word_ids"] = (index, ids, before)
    return held[1], held[2]


def ngram_sums(ctx: "Context", sent: "Span") -> dict[str, float]:
    """Each n-gram sentence model's weighted sum over the n-grams of ``sent``, one of the draft's
    sentences: worked out for all of them at once, once per draft."""
    import numpy as np

    index = _word_index(ctx.language, NGRAM_SENTENCE_MODELS[0])
    held = ctx.cache.get("ngram_sums")
    if held is None or held[0] is not index:
        sentences = ctx.sentences
        ids, before = _word_ids(ctx, index)
        bounds = np.array([before[s.start] for s in sentences] + [before[sentences[-1].end]])
        segments = np.repeat(np.arange(len(sentences)), np.diff(bounds))
        sums = _segment_sums(index, ids[bounds[0] : bounds[-1]], segments, len(sentences))
        columns = [(name, index.column(name)) for name in NGRAM_SENTENCE_MODELS if name in index.names]
        held = ctx.cache["ngram_sums"] = (index, {s.start: {name: float(row[c]) for name, c in columns} for s, row in zip(sentences, sums)})
    return held[1][sent.start]


def draft_word_sum(ctx: "Context", name: str) -> float:
    """Word model ``name``'s weighted sum over the draft's distinct words and word pairs (the kind model
    knows words only), for every such model at once, once per draft."""
    index = _word_index(ctx.language, name)
    held = ctx.cache.get("draft_word_sums")
    if held is None or held[0] is not index:
        import numpy as np

        ids, _ = _word_ids(ctx, index)
        sums = _segment_sums(index, ids, np.zeros(len(ids), dtype=np.int64), 1)[0]
        held = ctx.cache["draft_word_sums"] = (index, dict(zip(index.names, sums.tolist())))
    return held[1][name]


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
        _word_index(ctx.language, needed=name)
        ctx.cache[name] = [model.link(ngram_sums(ctx, s)[name] + model.decision(extras(ctx, s))) for s in sentences]
    return ctx.cache[name]
