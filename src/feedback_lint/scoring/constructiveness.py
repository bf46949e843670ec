"""Constructiveness: does the draft give the reader something to act on and keep the door open?

A ridge model (``models/constructiveness.json``) over which constructive parts the draft has, per kind,
fitted on the corpus labels 0-2."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..core.finding import Category, Finding, warnings_as_info
from .features import draft_lexicon_features
from .model import load_model

if TYPE_CHECKING:
    from ..core.context import Context

#: The rules that report a constructive part as missing (a next step, a strength, a forward-looking
#: ask, thanks). Their warnings stand only when the constructiveness model scores the draft under
#: :data:`CONSTRUCTIVE`; otherwise they are reported as info. A word list cannot know every way of
#: giving a next step or naming a strength, and the model reading the whole draft is the evidence
#: that the part is there in other words.
MISSING_PART_RULES = ("CN001", "CN002", "CN003", "CN004")
#: Chosen on the train and dev splits alone: with the models fitted on the older shards and the
#: independently written r4 drafts linted, warnings from these rules on clearly fine drafts fell from
#: 5 to 1 of 57, while the drafts labelled constructiveness 0 or 1 kept every such warning they had
#: (45 of 62 and 33 of 74). At 60, two drafts labelled 1 would have lost theirs.
CONSTRUCTIVE = 65


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
    lemmas = " ".join(
        lemma for t, lemma, space in zip(ctx.tokens, ctx.lemmas, ctx.spaces) if not space and outside(t.idx, t.idx + len(t))
    )
    return f"{lower}\n{lemmas}"


def constructiveness_features(ctx: "Context", findings: Sequence[Finding], specificity: int) -> dict[str, float]:
    # Stock phrases and hostile spans do not count as strengths or next steps ("other candidates were
    # stronger" is not praise; "improve your skills before applying again" is not a next step).
    discounted = [(f.start, f.end) for f in findings if f.code == "SP001" or f.category is Category.CONFRONTATION]
    feats = draft_lexicon_features(_text_without(ctx, discounted), ctx.kind, ctx.language)
    # A strength is read as rule CN002 reads it: in the content sentences, not in "Best," or "good luck".
    feats.pop(f"{ctx.kind}:strength_cues", None)
    if ctx.content_has("strength_cues", skip=discounted):
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


def uncorroborated_as_info(findings: Sequence[Finding], score: int) -> list[Finding]:
    """``findings`` with each warning that a constructive part is missing turned into info when the
    constructiveness ``score`` is :data:`CONSTRUCTIVE` or more."""
    if score < CONSTRUCTIVE:
        return list(findings)
    return warnings_as_info(findings, lambda f: f.code in MISSING_PART_RULES)
