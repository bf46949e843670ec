from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ...base import CheckRule, RuleDoc, register

THANKS = "Tack för tiden du lade på att intervjua mig.\n\n"


@register
class NoThanksSv(CheckRule):
    CODE = "CN004"
    NAME = "no-thanks"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("request",)
    LANGUAGES = ("sv",)
    MESSAGE = "Inget tack: utkastet tackar aldrig mottagaren för tiden"
    FIX_TITLE = "Tacka mottagaren tidigt i mejlet"
    DOC = RuleDoc(
        what="En begäran om återkoppling utan ett enda tack eller uttryck för uppskattning. (Återkoppling till en kandidat bedöms i stället på styrkor och nästa steg.)",
        why="Båda sidor har lagt tid på processen. Ett tack kostar en mening och sätter tonen för resten.",
        example="Hej Lena,\nJag vill ha återkoppling på min intervju.\nHälsningar\nOmar",
        instead="Hej Lena,\nTack för tiden du lade på att intervjua mig. Jag skulle uppskatta återkoppling på intervjun.\nHälsningar\nOmar",
    )
    FAIL = ("Hej Lena,\nJag vill ha återkoppling på min intervju för sjukskötersketjänsten.\nHälsningar\nOmar",)
    PASS = (
        "Hej Lena,\nTack för att du intervjuade mig. Jag skulle uppskatta återkoppling på intervjun.\nHälsningar\nOmar",
        "Hej Lena,\nJag uppskattar verkligen tiden du gav mig i tisdags.\nHälsningar\nOmar",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.has("gratitude"):
            start, end = ctx.first_line
            at = ctx.opening_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(at, at, THANKS)])
