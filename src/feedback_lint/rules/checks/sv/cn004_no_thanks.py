from __future__ import annotations

from ...base import RuleDoc, register
from ..cn004_no_thanks import NoThanks


@register
class NoThanksSv(NoThanks):
    LANGUAGES = ("sv",)
    THANKS = "Tack för tiden du lade på att intervjua mig.\n\n"
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
