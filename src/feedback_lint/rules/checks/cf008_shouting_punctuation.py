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
    FAIL = ("I demand an explanation!!!", "Why was I rejected??", "Three rounds and no offer?!", "Hi Sam, why didn't I get the job!!!")
    PASS = ("Thank you so much!", "Could you share any feedback?", "Wow! What a great team.", "Hi Sam!!\nThank you for coming in on Friday.")

    def run(self, ctx: Context) -> Iterator[Finding]:
        # Exclamation marks that end a short greeting line ("Hi Sam!!") are warmth, not exasperation.
        greeting = ctx.greeting_line
        line = ctx.draft.lintable[greeting[0]:greeting[1]].rstrip() if greeting else ""
        for m in _RUN.finditer(ctx.draft.lintable):
            if line and m.end() == greeting[0] + len(line) and len(line.split()) <= 4 and "?" not in m.group():
                continue
            replacement = "?" if "?" in m.group() else "."
            yield self.finding(m.start(), m.end(), ctx=ctx, suggestions=[self.suggest(m.start(), m.end(), replacement, safe=True)])
