from __future__ import annotations

from ...base import RuleDoc, register
from ..cf008_shouting_punctuation import ShoutingPunctuation


@register
class ShoutingPunctuationSv(ShoutingPunctuation):
    """The English rule's logic (punctuation is the same in Swedish), with Swedish wording."""

    LANGUAGES = ("sv",)
    MESSAGE = "Upprepade '!' eller '?' läses som att du skriker eller är irriterad"
    FIX_TITLE = "Använd en enda punkt eller ett frågetecken"
    DOC = RuleDoc(
        what="Rader av utropstecken och frågetecken: '!!!', '??', '?!'.",
        why="De signalerar ilska eller misstro; i ett mejl om ett avslag tar mottagaren dem personligt.",
        example="Jag kräver en förklaring!!! Varför fick jag nej??",
        instead="Jag skulle uppskatta återkoppling. Vad skulle stärka en framtida ansökan?",
    )
    FAIL = ("Jag kräver en förklaring!!!", "Varför fick jag nej??", "Tre rundor och inget erbjudande?!")
    PASS = ("Tusen tack!", "Skulle du kunna ge mig återkoppling?", "Wow! Vilket bra team.", "Hej Julia!!\nTack för att du kom i fredags.")
