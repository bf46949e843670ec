from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ...base import CheckRule, RuleDoc, register


@register
class MissingSignOffSv(CheckRule):
    CODE = "ST002"
    NAME = "missing-sign-off"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.INFO
    LANGUAGES = ("sv",)
    MESSAGE = "Ingen avslutning: utkastet slutar utan hälsningsfras"
    FIX_TITLE = "Avsluta med en hälsning som 'Med vänliga hälsningar' och ditt namn"
    DOC = RuleDoc(
        what="Ett utkast som inte slutar med en avslutningsrad ('Med vänliga hälsningar', 'Hälsningar', 'Mvh', '/Maja').",
        why="Ett mejl som tar slut mitt i luften läses som snäsigt; avslutningen är det sista intrycket mottagaren får.",
        example="Hej Lena,\nTack för intervjun.",
        instead="Hej Lena,\nTack för intervjun.\n\nMed vänliga hälsningar\nOmar",
    )
    FAIL = ("Hej Lena,\nTack för intervjun förra veckan. Jag skulle uppskatta din syn på mitt case.",)
    PASS = ("Hej Lena,\nTack för intervjun förra veckan.\nMed vänliga hälsningar\nOmar", "Hej Sam,\nTack för din tid.\n/Omar")

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.lines and ctx.sign_off_line is None:
            start, end = ctx.lines[-1]
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(end, end, "\n\nMed vänliga hälsningar\n[ditt namn]")])
