"""Scores: pure functions from a parsed draft (and the rules' findings) to integers 0-100."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ..core.finding import Category, Finding, Severity
from .constructiveness import constructiveness_score
from .specificity import draft_specificity, sentence_evidence
from .tone import tone_score

if TYPE_CHECKING:
    from ..core.context import Context

__all__ = ["Scores", "score_draft", "sentence_evidence"]

#: How much each category of score counts towards ``overall``, per kind.
_WEIGHTS = {
    "request": {"specificity": 0.15, "constructiveness": 0.30, "tone": 0.30, "calm": 0.25},
    "feedback": {"specificity": 0.30, "constructiveness": 0.30, "tone": 0.20, "calm": 0.20},
}
_PENALTY = {Severity.ERROR: 12, Severity.WARNING: 5, Severity.INFO: 1}
_CONFRONTATION_POINTS = {Severity.ERROR: 35, Severity.WARNING: 20, Severity.INFO: 5}
#: Findings that say the draft is unfinished, not that it is worse: they block sending instead.
NOT_SCORED = {"ST006"}


@dataclass(frozen=True)
class Scores:
    overall: int
    specificity: int
    constructiveness: int
    tone: int
    confrontation: int

    def to_dict(self) -> dict[str, int]:
        return {
            "overall": self.overall,
            "specificity": self.specificity,
            "constructiveness": self.constructiveness,
            "tone": self.tone,
            "confrontation": self.confrontation,
        }


def _without(ctx: "Context", spans: list[tuple[int, int]]) -> str:
    """Lowercased text and lemmas of the draft with the given character spans left out."""
    if not spans:
        return ctx.lower_and_lemmas
    def outside(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in spans)
    lower = "".join(ch if outside(i, i + 1) else " " for i, ch in enumerate(ctx.lower))
    lemmas = " ".join(t.lemma_.lower() for t in ctx.doc if not t.is_space and outside(t.idx, t.idx + len(t)))
    return f"{lower}\n{lemmas}"


def score_draft(ctx: "Context", findings: Sequence[Finding], *, greeting: bool, sign_off: bool, body_sentences: Sequence) -> Scores:
    scored = [f for f in findings if f.code not in NOT_SCORED]
    confrontational = [f for f in scored if f.category is Category.CONFRONTATION]
    vague = sum(1 for f in scored if f.code.startswith("SP001"))
    specificity = draft_specificity(body_sentences, vague)
    points = sum(_CONFRONTATION_POINTS[f.severity] for f in confrontational)
    confrontation = int(round(100 * (1 - math.exp(-points / 45))))
    tone = tone_score(ctx.lower, greeting=greeting, sign_off=sign_off, harsh_findings=len(confrontational))
    door_closed = any(f.code == "CN005" for f in scored)
    # Stock phrases and hostile spans do not count as strengths or next steps ("other candidates were
    # stronger" is not praise; "improve your skills before applying again" is not a next step).
    discounted = [(f.start, f.end) for f in scored if f.code == "SP001" or f.category is Category.CONFRONTATION]
    constructiveness = constructiveness_score(
        _without(ctx, discounted), kind=ctx.kind, specificity=specificity, door_closed=door_closed
    )
    w = _WEIGHTS[ctx.kind]
    overall = (
        w["specificity"] * specificity
        + w["constructiveness"] * constructiveness
        + w["tone"] * tone
        + w["calm"] * (100 - confrontation)
    )
    overall -= sum(_PENALTY[f.severity] for f in scored)
    if any(f.severity is Severity.ERROR for f in confrontational):
        overall = min(overall, 40)
    return Scores(
        overall=int(round(max(0.0, min(100.0, overall)))),
        specificity=specificity,
        constructiveness=constructiveness,
        tone=tone,
        confrontation=confrontation,
    )
