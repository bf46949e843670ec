from __future__ import annotations

from ...base import RuleDoc, register
from ..sp002_reason_without_evidence import ReasonWithoutEvidence


@register
class ReasonWithoutEvidenceSv(ReasonWithoutEvidence):
    LANGUAGES = ("sv",)
    MESSAGE = "Ger ett skäl utan något konkret belägg: ingen uppgift, inget svar, ingen färdighet, inget exempel eller tal"
    FIX_TITLE = "Backa upp skälet med ett exempel ni faktiskt såg"
    DOC = RuleDoc(
        what="Återkoppling som säger att kandidaten inte blev vald, eller varför, men aldrig pekar på något konkret: en uppgift, ett svar, en färdighet, ett exempel, ett tal. 'Tyvärr har vi valt att gå vidare med en annan kandidat' utan skäl hör hit.",
        why="Ett skäl utan belägg går inte att lära sig av och väcker misstanken att det verkliga skälet var något annat.",
        example="Vi bedömde att din erfarenhet inte riktigt räckte för tjänsten.",
        instead="I budgetövningen räknade du inte med momsen, och tjänsten ansvarar för en budget på 20 miljoner kronor.",
    )
    EXAMPLE = " Till exempel: [det konkreta svaret, uppgiften eller färdigheten som avgjorde]."
    FAIL = ("Hej Sam,\nTack för din ansökan. Tyvärr har vi valt att gå vidare med en annan kandidat.\nHälsningar\nAnna",)
    PASS = ("Hej Sam,\nTack för din ansökan. I budgetövningen räknade du inte med momsen, vilket spelade roll eftersom tjänsten ansvarar för en budget på 20 miljoner kronor.\nHälsningar\nAnna",)
