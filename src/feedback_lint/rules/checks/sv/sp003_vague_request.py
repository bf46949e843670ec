from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ....scoring.specificity import evidence_of
from ...base import CheckRule, RuleDoc, register


@register
class VagueRequestSv(CheckRule):
    CODE = "SP003"
    NAME = "vague-request"
    CATEGORY = Category.SPECIFICITY
    SEVERITY = Severity.INFO
    KINDS = ("request",)
    LANGUAGES = ("sv",)
    MESSAGE = "Frågar inte efter något särskilt: en konkret fråga är lättare att besvara än 'någon återkoppling'"
    FIX_TITLE = "Fråga om en konkret del av processen"
    DOC = RuleDoc(
        what="En begäran om återkoppling som aldrig nämner någon del av processen (ett svar, en uppgift, presentationen, caset, en färdighet) som skribenten vill ha återkoppling på.",
        why="'Någon återkoppling?' ber mottagaren skriva en uppsats; 'hur uppfattades mitt svar på budgetfrågan?' kan besvaras på två rader och besvaras därför oftare.",
        example="Jag skulle uppskatta någon återkoppling.",
        instead="Jag skulle särskilt vilja höra hur mitt svar på budgetfrågan uppfattades.",
    )
    FAIL = ("Hej Lena,\nTack för din tid. Jag skulle uppskatta någon återkoppling.\nHälsningar\nOmar",)
    PASS = ("Hej Lena,\nTack för din tid. Jag skulle särskilt vilja höra hur mitt svar på budgetfrågan uppfattades.\nHälsningar\nOmar",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.has("specific_ask") or any(evidence_of(ctx, s).evidence_nouns for s in ctx.body_sentences):
            return
        start, end = ctx.first_line
        at = ctx.closing_insert_point
        yield self.finding(start, end, ctx=ctx, suggestions=[
            self.suggest(at, at, "Jag skulle särskilt vilja höra din syn på [den del av intervjun du vill ha återkoppling på].\n\n")
        ])
