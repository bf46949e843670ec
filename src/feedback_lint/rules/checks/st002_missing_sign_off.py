from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register


@register
class MissingSignOff(CheckRule):
    CODE = "ST002"
    NAME = "missing-sign-off"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.INFO
    MESSAGE = "No sign-off: the draft ends without a closing"
    FIX_TITLE = "End with a closing such as 'Kind regards,' and your name"
    DOC = RuleDoc(
        what="A draft that does not end with a closing line ('Best regards,', 'Thanks,', 'Sincerely,').",
        why="An e-mail that stops mid-air reads as curt; a closing is the last impression the reader has.",
        example="Dear Ms Lund,\nThank you for the interview.",
        instead="Dear Ms Lund,\nThank you for the interview.\n\nKind regards,\nOmar",
    )
    FAIL = ("Dear Ms Lund,\nThank you for the interview last week. I would value your view on my case study.",)
    PASS = ("Dear Ms Lund,\nThank you for the interview last week.\nKind regards,\nOmar", "Hi Sam,\nThanks for your time.\nCheers,\nOmar")

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.lines and ctx.sign_off_line is None:
            start, end = ctx.lines[-1]
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(end, end, "\n\nKind regards,\n[your name]")])
