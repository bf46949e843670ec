from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ...base import CheckRule, RuleDoc, register


@register
class MissingGreetingSv(CheckRule):
    CODE = "ST001"
    NAME = "missing-greeting"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.INFO
    LANGUAGES = ("sv",)
    MESSAGE = "Ingen hälsning: utkastet börjar utan att vända sig till mottagaren"
    FIX_TITLE = "Börja med en hälsning som nämner mottagaren vid namn"
    DOC = RuleDoc(
        what="Ett utkast vars första rad inte är en hälsning ('Hej…', 'Hejsan…', 'Bästa…').",
        why="Ett mejl om ett avslag är personligt; att börja utan mottagarens namn läses som ett standardbrev eller som ilska.",
        example="Återkoppling tack på intervjun förra veckan.",
        instead="Hej Lena,\n\nTack för intervjun förra veckan.",
    )
    FAIL = ("Återkoppling tack på intervjun förra veckan.\nTack,\nOmar",)
    PASS = ("Hej Lena,\nTack för intervjun förra veckan.\nTack,\nOmar", "Hej Sam, tack för att du kom in.")

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.lines and ctx.greeting_line is None:
            start, end = ctx.first_line
            greeting = "Hej [kandidatens namn],\n\n" if ctx.kind == "feedback" else "Hej [intervjuarens namn],\n\n"
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, start, greeting)])
