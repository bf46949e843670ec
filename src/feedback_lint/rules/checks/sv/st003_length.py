from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ...base import CheckRule, RuleDoc, register
from ..st003_length import LIMITS

_WHICH = {"short": "kort", "long": "långt"}
_KIND = {"request": "en begäran om återkoppling", "feedback": "en återkoppling"}


@register
class LengthSv(CheckRule):
    CODE = "ST003"
    NAME = "length"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.INFO
    LANGUAGES = ("sv",)
    MESSAGE = "Alldeles för {which} för {kind}: {words} ord (sikta på {low}-{high})"
    FIX_TITLE = "Håll utkastet inom den vanliga längden"
    NO_SUGGESTION_REASON = "Vad som ska strykas eller läggas till väljer skribenten."
    DOC = RuleDoc(
        what=f"Utkast långt utanför den vanliga längden: begäranden under {LIMITS['request'][0]} eller över {LIMITS['request'][1]} ord, återkoppling under {LIMITS['feedback'][0]} eller över {LIMITS['feedback'][1]} ord.",
        why="Ett svar på två rader efter tre intervjurundor läses som avfärdande; ett långt brev skummas, och frågan försvinner.",
        example="Inte vald. Hälsningar.",
        instead="Tre till åtta meningar: tack, beslutet, en eller två konkreta saker, ett nästa steg, en avslutning.",
    )
    FAIL = ("Hej,\nDu blev inte vald, tyvärr.\nHälsningar",)
    PASS = ("Hej Lena,\nTack för intervjun för tjänsten som apotekstekniker i tisdags. Det var roligt att träffa teamet. Skulle du kunna berätta vilken del av expeditionsövningen jag kan förbättra innan jag söker igen?\nMed vänliga hälsningar\nOmar",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        words = sum(1 for t in ctx.tokens if t.is_alpha)
        low, high = LIMITS[ctx.kind]
        if low <= words <= high:
            return
        start, end = ctx.body_span
        which = _WHICH["short" if words < low else "long"]
        yield self.finding(start, min(end, ctx.lines[0][1]) if ctx.lines else end, ctx=ctx,
                           message=self.message.format(which=which, kind=_KIND[ctx.kind], words=words, low=low, high=high))
