from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register


@register
class MissingGreeting(CheckRule):
    CODE = "ST001"
    NAME = "missing-greeting"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.INFO
    MESSAGE = "No greeting: the draft starts without addressing the reader"
    FIX_TITLE = "Start with a greeting that names the reader"
    DOC = RuleDoc(
        what="A draft whose first line is not a greeting ('Dear…', 'Hi…', 'Hello…').",
        why="A message about a rejection is personal; opening without the reader's name reads as a form letter or as anger.",
        example="Feedback please on the interview last week.",
        instead="Dear Ms Lund,\n\nThank you for the interview last week.",
    )
    #: The greeting word, and the reader's name as a placeholder for each kind of draft.
    GREETING = "Dear"
    READER = {"feedback": "[candidate's name]", "request": "[interviewer's name]"}
    FAIL = ("Feedback please on the interview last week.\nThanks,\nOmar",)
    PASS = ("Dear Ms Lund,\nThank you for the interview last week.\nThanks,\nOmar", "Hi Sam, thanks for coming in.")

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.lines and ctx.greeting_line is None:
            start, end = ctx.first_line
            line = ctx.text_of(start, end).strip()
            reader = self.READER[ctx.kind]
            if line.endswith(",") and len(line.split()) <= 3:  # "Lena," / "Mr Mensah,": a name without "Dear"
                suggestion = self.suggest(start, start, f"{self.GREETING} ")
            elif line.endswith((",", ":")) and len(line.split()) <= 8:  # "To whoever reads this,"
                suggestion = self.suggest(start, end, f"{self.GREETING} {reader},")
            else:
                suggestion = self.suggest(start, start, f"{self.GREETING} {reader},\n\n")
            yield self.finding(start, end, ctx=ctx, suggestions=[suggestion])
