from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register

_RUN = re.compile(r"(?<![!?])[!?]{2,}(?![!?])")


@register
class ShoutingPunctuation(CheckRule):
    CODE = "CF008"
    NAME = "shouting-punctuation"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    MESSAGE = "Repeated '!' or '?' reads as shouting or exasperation"
    FIX_TITLE = "Use a single full stop or question mark"
    DOC = RuleDoc(
        what="Runs of exclamation and question marks: '!!!', '??', '?!'.",
        why="They signal anger or disbelief; in a message about a rejection the reader takes them personally.",
        example="I demand an explanation!!! Why was I rejected??",
        instead="I would appreciate any feedback. What would strengthen a future application?",
    )
    FAIL = ("I demand an explanation!!!", "Why was I rejected??", "Three rounds and no offer?!")
    PASS = ("Thank you so much!", "Could you share any feedback?", "Wow! What a great team.")

    def run(self, ctx: Context) -> Iterator[Finding]:
        for m in _RUN.finditer(ctx.draft.lintable):
            replacement = "?" if "?" in m.group() else "."
            yield self.finding(m.start(), m.end(), ctx=ctx, suggestions=[self.suggest(m.start(), m.end(), replacement, safe=True)])
