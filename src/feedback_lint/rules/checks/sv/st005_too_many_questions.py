from __future__ import annotations

import re

from ...base import RuleDoc, register
from ..st005_too_many_questions import MAX_QUESTIONS, TooManyQuestions


@register
class TooManyQuestionsSv(TooManyQuestions):
    LANGUAGES = ("sv",)
    COUNT_MESSAGE = "{questions} frågor: en lista med frågor läses som ett förhör och besvaras sällan"
    MESSAGE = "Fler än tre frågor: en lista med frågor läses som ett förhör och besvaras sällan"
    FIX_TITLE = "Behåll de en eller två frågor som betyder mest"
    NO_SUGGESTION_REASON = "Vilka frågor som betyder mest väljer skribenten."
    DOC = RuleDoc(
        what=f"Utkast med fler än {MAX_QUESTIONS} frågor. En fråga som bara ber om lov att fråga ('Får jag ställa ett par frågor?') räknas inte.",
        why="Mottagaren gör dig en tjänst; varje extra fråga gör det mer jobb att svara och mejlet mer likt ett korsförhör.",
        example="Vad gick fel? Vem bestämde? Var det testet? Läste ni mitt CV? När svarar ni?",
        instead="Finns det en sak du skulle föreslå att jag arbetar med innan jag söker igen?",
    )
    #: En fråga som bara ber om lov att fråga ("Får jag ställa ett par frågor medan det är färskt?", "Kan
    #: jag få fråga en sak till?"); "Får jag fråga varför det blev nej?" har sin fråga i sig och räknas.
    ASK_LEAVE = re.compile(
        r"^(?:och\s+|så\s+)?(?:får\s+jag|kan\s+jag\s+få|skulle\s+jag\s+kunna\s+få|kan\s+jag)\s+"
        r"(?:(?:bara|också|passa\s+på\s+att)\s+)?(?:ställa|fråga)\s+(?:dig\s+|er\s+)?"
        r"(?:(?:ett\s+par|några|en|ett|två|tre)\s+)?(?:(?:till|snabba|korta|små|konkreta)\s+)*"
        r"(?:frågor|fråga|saker|sak|något)\b(?:\s+till)?"
        r"(?:\s+(?:medan|nu|om|innan|eftersom)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    FAIL = (
        "Hej,\nVad gick fel? Vem fattade beslutet? Var det testet? När får jag veta mer?\nTack,\nOmar",
        # en fråga om lov med frågan i sig räknas, och fyra frågor efter en fråga om lov är fortfarande många
        "Hej,\nFår jag fråga varför det blev nej? Var det testet? Vem bestämde? När får jag veta mer?\nTack,\nOmar",
        "Hej,\nFår jag ställa ett par frågor? Var det testet? Vem bestämde? Var det mitt CV? När får jag veta mer?\nTack,\nOmar",
    )
    PASS = (
        "Hej,\nSkulle du kunna berätta hur mitt case uppfattades? Finns det något du skulle föreslå att jag arbetar med?\nTack,\nOmar",
        # en fråga som bara ber om lov att fråga annonserar de frågor som följer
        "Hej,\nFår jag ställa ett par frågor medan det är färskt? Kändes logotypen för försiktig? Vägde mobilvyn tungt? Vad vill ni se i min portfolio nästa gång?\nTack,\nOmar",
        "Hej,\nKan jag få fråga några saker? Hur uppfattades caset? Var budgeten rimlig? Vad borde jag jobba med först?\nTack,\nOmar",
    )
