from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register


@register
class NoThanks(CheckRule):
    CODE = "CN004"
    NAME = "no-thanks"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("request",)
    MESSAGE = "No thanks: the draft never thanks the reader for their time"
    FIX_TITLE = "Thank the reader near the start"
    THANKS = "Thank you for the time you spent interviewing me.\n\n"
    DOC = RuleDoc(
        what="A feedback request with no word of thanks or appreciation anywhere. (Feedback to a candidate is judged on strengths and next steps instead.)",
        why="Both sides gave time to the process. Thanks costs one sentence and sets the tone for everything after it.",
        example="Dear Ms Lund,\nI would like some feedback on my interview.\nBest,\nOmar",
        instead="Dear Ms Lund,\nThank you for the time you spent interviewing me. I would value any feedback on my interview.\nBest,\nOmar",
    )
    FAIL = ("Dear Ms Lund,\nI would like some feedback on my interview for the nursing post.\nBest,\nOmar",)
    PASS = (
        "Dear Ms Lund,\nThank you for interviewing me. I would value feedback on my interview.\nBest,\nOmar",
        "Dear Ms Lund,\nI really appreciate the time you gave me on Tuesday.\nBest,\nOmar",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.has("gratitude"):
            start, end = ctx.first_line
            at = ctx.opening_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(at, at, self.THANKS)])
