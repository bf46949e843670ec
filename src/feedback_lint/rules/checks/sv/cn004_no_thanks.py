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
    FAIL = (
        "Hej Lena,\nJag vill ha återkoppling på min intervju för sjukskötersketjänsten.\nHälsningar\nOmar",
        # English words mixed in that are no thanks
        "Hej Lena!\nJag fick ert besked om marknadsrollen. Har du någon feedback på vad jag kan levla upp?\nCheers,\nOmar",
    )
    PASS = (
        "Hej Lena,\nTack för att du intervjuade mig. Jag skulle uppskatta återkoppling på intervjun.\nHälsningar\nOmar",
        "Hej Lena,\nJag uppskattar verkligen tiden du gav mig i tisdags.\nHälsningar\nOmar",
        # English words of thanks mixed into a Swedish draft are thanks too
        "Hej Lena!\nThanks för intervjun i går. Har du några tips inför nästa ansökan?\nCheers,\nOmar",
        "Hej Lena,\nJag fick ert besked, really appreciated att du ringde. Finns det något jag kan öva på?\nHälsningar\nOmar",
        # and so are a Norwegian writer's
        "Hei Lena,\nTakk för att du ringde i går. Finns det något i provåkningen jag kan öva på?\nHälsningar\nIngrid",
    )
