"""Scores: pure functions from a parsed draft (and the rules' findings) to integers 0-100.

Each score comes from a trained model stored as data in ``models/`` (see the model cards there);
``overall`` combines the other scores and the findings with weights fitted on the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Sequence

from ..core.finding import Category, Finding, Severity
from . import confrontation, constructiveness
from .confrontation import confrontation_score, draft_confrontation
from .constructiveness import constructiveness_score
from .model import load_model
from .politeness import tone_score
from .specificity import specificity_score

if TYPE_CHECKING:
    from ..core.context import Context

__all__ = ["Scores", "corroborate", "score_draft", "overall_features"]

#: Findings that say the draft is unfinished, not that it is worse: they block sending instead.
NOT_SCORED = {"ST006"}
#: An error in these categories caps ``overall`` at 40: hostility, or a reason that exposes the employer
#: to a discrimination claim, is not outweighed by anything else in the draft.
CAPPING = (Category.CONFRONTATION, Category.FAIRNESS)
#: The corpus's overall labels (1 harmful … 3 acceptable … 5 send as is) on the 0-100 scale:
#: 60 means acceptable to send and 80 good, like a grade. Linear between the points.
LABEL_POINTS = ((1.0, 0.0), (2.0, 30.0), (3.0, 60.0), (4.0, 80.0), (5.0, 100.0))


def label_to_score(label: float) -> float:
    """Map the 1-5 label scale to 0-100 (monotone, piecewise linear, clipped)."""
    if label <= LABEL_POINTS[0][0]:
        return LABEL_POINTS[0][1]
    for (x0, y0), (x1, y1) in zip(LABEL_POINTS, LABEL_POINTS[1:]):
        if label <= x1:
            return y0 + (y1 - y0) * (label - x0) / (x1 - x0)
    return LABEL_POINTS[-1][1]


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


def overall_features(ctx: "Context", findings: Sequence[Finding], partial: dict[str, int]) -> dict[str, float]:
    """Every feature points the same way (higher is better), so the model is fitted with non-negative
    weights: a better score or one finding fewer can never lower ``overall``."""
    k = ctx.kind
    feats = {f"{k}:{name}": value / 100 for name, value in partial.items() if name != "confrontation"}
    feats[f"{k}:calm"] = 1 - partial["confrontation"] / 100
    for f in findings:
        for key in (f"{k}:severity:{f.severity.value}", f"{k}:category:{f.category.value}"):
            feats[key] = max(feats.get(key, 0.0) - 1.0, -5.0)
    feats[f"{k}:greeting"] = float(ctx.greeting_line is not None)
    feats[f"{k}:sign_off"] = float(ctx.sign_off_line is not None)
    return feats


def _judgement_scores(ctx: "Context", scored: Sequence[Finding]) -> tuple[int, int]:
    """Specificity and constructiveness, computed once per draft (the severities of the findings do not
    enter them, so they are the same before and after :func:`corroborate`)."""
    if "judgement_scores" not in ctx.cache:
        specificity = specificity_score(ctx, scored)
        ctx.cache["judgement_scores"] = (specificity, constructiveness_score(ctx, scored, specificity))
    return ctx.cache["judgement_scores"]


def corroborate(ctx: "Context", findings: Sequence[Finding], exempt: Collection[str] = ()) -> list[Finding]:
    """The linter's last step: a rule's warning that the trained model of the same judgement does not
    back is reported as info. Confrontation phrases need the draft model's probability (see
    ``confrontation.CORROBORATION``); a missing next step, strength, ask or thanks needs a
    constructiveness score under ``constructiveness.CONSTRUCTIVE``. Errors are never demoted, nor are
    the findings of the rules in ``exempt`` (those whose severity the user set)."""
    scored = [f for f in findings if f.code not in NOT_SCORED]
    out = confrontation.uncorroborated_as_info(findings, draft_confrontation(ctx, scored))
    out = constructiveness.uncorroborated_as_info(out, _judgement_scores(ctx, scored)[1])
    return [before if before.code in exempt else after for before, after in zip(findings, out)]


def score_draft(ctx: "Context", findings: Sequence[Finding]) -> Scores:
    scored = [f for f in findings if f.code not in NOT_SCORED]
    specificity, constructive = _judgement_scores(ctx, scored)
    partial = {
        "specificity": specificity,
        "constructiveness": constructive,
        "tone": tone_score(ctx, scored),
        "confrontation": confrontation_score(ctx, scored),
    }
    value = load_model("overall", ctx.language).predict(overall_features(ctx, scored, partial))
    overall = label_to_score(value)
    if any(f.severity is Severity.ERROR and f.category in CAPPING for f in scored):
        overall = min(overall, 40.0)
    return Scores(overall=int(round(max(0.0, min(100.0, overall)))), **partial)
