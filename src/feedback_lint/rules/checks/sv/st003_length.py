from __future__ import annotations

from ...base import RuleDoc, register
from ..st003_length import LIMITS, Length


@register
class LengthSv(Length):
    LANGUAGES = ("sv",)
    WHICH = {"short": "kort", "long": "långt"}
    KIND_NAMES = {"request": "en begäran om återkoppling", "feedback": "en återkoppling"}
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
