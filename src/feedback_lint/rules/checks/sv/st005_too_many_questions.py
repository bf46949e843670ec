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
        what=f"Utkast med fler än {MAX_QUESTIONS} frågor. En fråga som bara ber om lov att fråga ('Får jag ställa ett par frågor?', även efter ett skäl: 'Jag vill bli bättre, så får jag ställa några frågor?') räknas inte, inte heller en sista, bredare fråga framåt som skribenten ställer för sig ('Och mer generellt, bör jag bli klar med utbildningen innan jag söker igen?').",
        why="Mottagaren gör dig en tjänst; varje extra fråga gör det mer jobb att svara och mejlet mer likt ett korsförhör.",
        example="Vad gick fel? Vem bestämde? Var det testet? Läste ni mitt CV? När svarar ni?",
        instead="Finns det en sak du skulle föreslå att jag arbetar med innan jag söker igen?",
    )
    #: En fråga som bara ber om lov att fråga ("Får jag ställa ett par frågor medan det är färskt?", "Kan
    #: jag få fråga en sak till?"); "Får jag fråga varför det blev nej?" har sin fråga i sig och räknas.
    #: Lovet kan komma efter ett påstående om varför skribenten frågar ("Jag vill bli bättre till nästa gång,
    #: så får jag ställa några frågor?"); ett påstående, inte en fråga, så det måste börja som ett.
    ASK_LEAVE = re.compile(
        r"^(?:(?:jag|eftersom|då|för\s+att|innan|nu\s+när)\b[^?]*?(?:,\s*(?:så|och)?|\s+så|\s+och)\s+)?"
        r"(?:och\s+|så\s+)?(?:får\s+jag|kan\s+jag\s+få|skulle\s+jag\s+kunna\s+få|kan\s+jag)\s+"
        r"(?:(?:bara|också|passa\s+på\s+att)\s+)?(?:ställa|fråga)\s+(?:dig\s+|er\s+)?"
        r"(?:(?:ett\s+par|några|en|ett|två|tre)\s+)?(?:(?:till|snabba|korta|små|konkreta)\s+)*"
        r"(?:frågor|fråga|saker|sak|något)\b(?:\s+till)?"
        r"(?:\s+(?:medan|nu|om|innan|eftersom)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    #: Den sista, bredare frågan som skribenten ställer för sig ("Och mer generellt, bör jag bli klar med
    #: utbildningen innan jag söker igen?", "Till sist, vad tycker du att jag ska öva på inför nästa gång?").
    BROADER = re.compile(
        r"^(?:och\s+|men\s+|så\s+)?(?:(?:lite\s+)?mer\s+(?:generellt|allmänt|övergripande)|generellt|allmänt\s+sett|övergripande"
        r"|slutligen|till\s+sist|sist\s+men\s+inte\s+minst|en\s+sista\s+(?:sak|fråga)|på\s+längre\s+sikt|framåt)\b",
        re.IGNORECASE,
    )
    WHY = re.compile(r"\bvarför\b", re.IGNORECASE)
    FAIL = (
        "Hej,\nVad gick fel? Vem fattade beslutet? Var det testet? När får jag veta mer?\nTack,\nOmar",
        # en fråga om lov med frågan i sig räknas, och fyra frågor efter en fråga om lov är fortfarande många
        "Hej,\nFår jag fråga varför det blev nej? Var det testet? Vem bestämde? När får jag veta mer?\nTack,\nOmar",
        "Hej,\nFår jag ställa ett par frågor? Var det testet? Vem bestämde? Var det mitt CV? När får jag veta mer?\nTack,\nOmar",
        # ett påstående före lovet döljer inte en fråga med innehåll, och en avslutande fråga om varför räknas
        "Hej,\nJag fick inget besked, så får jag fråga varför det blev nej? Var det testet? Vem bestämde? När får jag veta mer?\nTack,\nOmar",
        "Hej,\nVem bestämde? Var det testet? Läste någon mitt CV? Och mer generellt, varför svarar ingen sökande?\nTack,\nOmar",
    )
    PASS = (
        "Hej,\nSkulle du kunna berätta hur mitt case uppfattades? Finns det något du skulle föreslå att jag arbetar med?\nTack,\nOmar",
        # en fråga som bara ber om lov att fråga annonserar de frågor som följer
        "Hej,\nFår jag ställa ett par frågor medan det är färskt? Kändes logotypen för försiktig? Vägde mobilvyn tungt? Vad vill ni se i min portfolio nästa gång?\nTack,\nOmar",
        "Hej,\nKan jag få fråga några saker? Hur uppfattades caset? Var budgeten rimlig? Vad borde jag jobba med först?\nTack,\nOmar",
        # lovet efter ett påstående om varför, och en avslutande bredare fråga framåt efter tre konkreta
        "Hej,\nJag vill bli bättre till nästa gång, så får jag ställa några frågor? Hur uppfattades caset? Var budgeten rimlig? Var tidsplanen för snäv?\nTack,\nOmar",
        "Hej,\nHur uppfattades caset? Var budgeten rimlig? Var tidsplanen för snäv? Och mer generellt, bör jag bli klar med utbildningen innan jag söker igen?\nTack,\nOmar",
    )
