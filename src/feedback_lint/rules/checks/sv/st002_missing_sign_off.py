from __future__ import annotations

from ...base import RuleDoc, register
from ..st002_missing_sign_off import MissingSignOff


@register
class MissingSignOffSv(MissingSignOff):
    LANGUAGES = ("sv",)
    MESSAGE = "Ingen avslutning: utkastet slutar utan hälsningsfras"
    FIX_TITLE = "Avsluta med en hälsning som 'Med vänliga hälsningar' och ditt namn"
    DOC = RuleDoc(
        what="Ett utkast som inte slutar med en avslutningsrad ('Med vänliga hälsningar', 'Hälsningar', 'Mvh', '/Maja').",
        why="Ett mejl som tar slut mitt i luften läses som snäsigt; avslutningen är det sista intrycket mottagaren får.",
        example="Hej Lena,\nTack för intervjun.",
        instead="Hej Lena,\nTack för intervjun.\n\nMed vänliga hälsningar\nOmar",
    )
    CLOSING = "Med vänliga hälsningar"
    WRITER = "[ditt namn]"
    FAIL = ("Hej Lena,\nTack för intervjun förra veckan. Jag skulle uppskatta din syn på mitt case.",)
    PASS = ("Hej Lena,\nTack för intervjun förra veckan.\nMed vänliga hälsningar\nOmar", "Hej Sam,\nTack för din tid.\n/Omar")
