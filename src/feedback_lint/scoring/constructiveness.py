"""Constructiveness: does the draft give the reader something to act on and keep the door open?

A ridge model (``models/constructiveness.json``) over which constructive parts the draft has, per kind,
fitted on the corpus labels 0-2."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..core.finding import Category, Finding
from .features import draft_lexicon_features
from .model import load_model

if TYPE_CHECKING:
    from ..core.context import Context


def _text_without(ctx: "Context", spans: list[tuple[int, int]]) -> str:
    """Lowercased text and lemmas with the given character spans left out."""
    if not spans:
        return ctx.lower_and_lemmas

    def outside(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in spans)

    chars = list(ctx.lower)
    for start, end in spans:
        end = min(end, len(chars))
        chars[start:end] = " " * max(0, end - start)
    lower = "".join(chars)
    lemmas = " ".join(t.lemma_.lower() for t in ctx.tokens if not t.is_space and outside(t.idx, t.idx + len(t)))
    return f"{lower}\n{lemmas}"


def constructiveness_features(ctx: "Context", findings: Sequence[Finding], specificity: int) -> dict[str, float]:
    # Stock phrases and hostile spans do not count as strengths or next steps ("other candidates were
    # stronger" is not praise; "improve your skills before applying again" is not a next step).
    discounted = [(f.start, f.end) for f in findings if f.code == "SP001" or f.category is Category.CONFRONTATION]
    feats = draft_lexicon_features(_text_without(ctx, discounted), ctx.kind, ctx.language)
    # A strength is read as rule CN002 reads it: in the content sentences, not in "Best," or "good luck".
    feats.pop(f"{ctx.kind}:strength_cues", None)
    if ctx.content_has("strength_cues", unless="not_strength", skip=discounted):
        feats[f"{ctx.kind}:strength_cues"] = 1.0
    feats[f"{ctx.kind}:specificity"] = specificity / 100
    for f in findings:
        if f.category in (Category.CONSTRUCTIVENESS, Category.CONFRONTATION):
            key = f"{ctx.kind}:finding:{f.category.value}"
            feats[key] = min(feats.get(key, 0.0) + 1.0, 3.0)
    return feats


def constructiveness_score(ctx: "Context", findings: Sequence[Finding], specificity: int) -> int:
    value = load_model("constructiveness", ctx.language).predict(constructiveness_features(ctx, findings, specificity))
    return int(round(max(0.0, min(100.0, 50.0 * value))))
