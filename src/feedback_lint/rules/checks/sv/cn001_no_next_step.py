from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ...base import CheckRule, RuleDoc, register


@register
class NoNextStepSv(CheckRule):
    CODE = "CN001"
    NAME = "no-next-step"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("feedback",)
    LANGUAGES = ("sv",)
    MESSAGE = "Kritik utan nästa steg: kandidaten får veta vad som var fel men inte vad som skulle hjälpa"
    FIX_TITLE = "Lägg till ett konkret nästa steg som går att göra något åt"
    DOC = RuleDoc(
        what="Återkoppling som pekar ut en brist eller svaghet men aldrig säger vad kandidaten kan göra åt den.",
        why="Återkoppling är användbar när den går att agera på. En brist utan nästa steg läses som ett omdöme om personen.",
        example="Tyvärr var dina svar i den tekniska delen svaga.",
        instead="Dina svar i den tekniska delen var svaga på indexering; en kurs i frågeplaner skulle hjälpa innan du söker igen.",
    )
    FAIL = ("Hej Sam,\nTyvärr var dina svar i den tekniska delen svaga och caset saknade detaljer.\nHälsningar\nAnna",)
    PASS = (
        "Hej Sam,\nCaset saknade en budget. Jag rekommenderar att du övar på en kostnadsberäknad plan innan du söker igen.\nHälsningar\nAnna",
        "Hej Sam,\nTack för intervjun. Du var utmärkt och vi erbjuder dig en plats i nästa steg.\nHälsningar\nAnna",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.has("criticism_cues") and not ctx.has("next_step_cues"):
            start, end = ctx.first_line
            at = ctx.closing_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[
                self.suggest(at, at, "En sak som skulle stärka en framtida ansökan: [ett konkret nästa steg, till exempel en kurs, en övning eller en erfarenhet att skaffa].\n\n")
            ])
