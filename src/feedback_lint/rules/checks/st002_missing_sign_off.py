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
    #: The closing line to add, and the writer's name as a placeholder.
    CLOSING = "Kind regards,"
    WRITER = "[your name]"
    FAIL = ("Dear Ms Lund,\nThank you for the interview last week. I would value your view on my case study.",)
    PASS = ("Dear Ms Lund,\nThank you for the interview last week.\nKind regards,\nOmar", "Hi Sam,\nThanks for your time.\nCheers,\nOmar")

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.lines or ctx.sign_off_line is not None:
            return
        start, end = ctx.lines[-1]
        at = ctx.closing_insert_point
        if at >= ctx.body_span[1]:
            suggestions = [self.suggest(end, end, f"\n\n{self.CLOSING}\n{self.WRITER}")]
        elif ctx.draft.text[at : ctx.draft.text.find("\n", at) % (len(ctx.draft.text) + 1)].rstrip().endswith(","):
            # A short line ending in a comma above the name: a closing the word list does not know
            # ("Best of luck with the search,"), so there is nothing to add.
            suggestions = []
        else:  # the draft ends with a name (and a title) but no closing line: the closing goes above them
            suggestions = [self.suggest(at, at, f"{self.CLOSING}\n")]
        yield self.finding(start, end, ctx=ctx, suggestions=suggestions)
