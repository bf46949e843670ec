from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register


@register
class VagueRequest(CheckRule):
    CODE = "SP003"
    NAME = "vague-request"
    CATEGORY = Category.SPECIFICITY
    SEVERITY = Severity.INFO
    KINDS = ("request",)
    MESSAGE = "Asks for nothing in particular: a specific question is easier to answer than 'any feedback'"
    FIX_TITLE = "Ask about one specific part of the process"
    DOC = RuleDoc(
        what="A feedback request that never names a part of the process (an answer, an exercise, the presentation, a skill) the writer wants feedback on.",
        why="'Any feedback?' asks the reader to write an essay; 'how did my answer to the budgeting question land?' can be answered in two lines, so it is answered more often.",
        example="I would appreciate any feedback you might have.",
        instead="I would especially value your view on my answer to the budgeting question.",
    )
    FAIL = ("Dear Ms Lund,\nThank you for your time. I would appreciate any feedback you might have.\nBest,\nOmar",)
    PASS = ("Dear Ms Lund,\nThank you for your time. I would especially value your view on my answer to the budgeting question.\nBest,\nOmar",)

    ASK = "In particular, I would value your view on [the part of the interview you want feedback on].\n\n"

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not self.asks_about_something(ctx):
            start, end = ctx.first_line
            at = ctx.closing_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(at, at, self.ASK)])

    def asks_about_something(self, ctx: Context) -> bool:
        """Whether the request names a part of the process it wants feedback on."""
        return ctx.has("specific_ask")
