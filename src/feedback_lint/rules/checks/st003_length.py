from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register

#: Word counts outside which a draft of each kind is far too short or too long.
LIMITS = {"request": (25, 300), "feedback": (30, 450)}


@register
class Length(CheckRule):
    CODE = "ST003"
    NAME = "length"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.INFO
    MESSAGE = "Far too {which} for a {kind}: {words} words (aim for {low}-{high})"
    FIX_TITLE = "Bring the draft within the usual length"
    #: Words the message is filled in with.
    WHICH = {"short": "short", "long": "long"}
    KIND_NAMES = {"request": "request", "feedback": "feedback"}
    NO_SUGGESTION_REASON = "What to cut or add is the writer's choice."
    DOC = RuleDoc(
        what=f"Drafts far outside the usual length: requests under {LIMITS['request'][0]} or over {LIMITS['request'][1]} words, feedback under {LIMITS['feedback'][0]} or over {LIMITS['feedback'][1]} words.",
        why="A two-line reply to a three-round interview reads as dismissive; a long letter is skimmed, and the ask gets lost.",
        example="Not selected. Regards.",
        instead="Three to eight sentences: thanks, the decision, one or two specifics, a next step, a closing.",
    )
    FAIL = ("Hi,\nNot selected, sorry.\nRegards",)
    PASS = ("Dear Ms Lund,\nThank you for interviewing me for the pharmacy technician post last Tuesday. I enjoyed meeting the team. Could you tell me which part of the dispensing exercise I could improve before applying again?\nKind regards,\nOmar",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        words = sum(1 for t in ctx.tokens if t.is_alpha)
        low, high = LIMITS[ctx.kind]
        if low <= words <= high:
            return
        start, end = ctx.body_span
        which = self.WHICH["short" if words < low else "long"]
        yield self.finding(start, min(end, ctx.lines[0][1]) if ctx.lines else end, ctx=ctx,
                           message=self.message.format(which=which, kind=self.KIND_NAMES[ctx.kind], words=words, low=low, high=high))
