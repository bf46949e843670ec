from __future__ import annotations

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
        what=f"Utkast med fler än {MAX_QUESTIONS} frågor.",
        why="Mottagaren gör dig en tjänst; varje extra fråga gör det mer jobb att svara och mejlet mer likt ett korsförhör.",
        example="Vad gick fel? Vem bestämde? Var det testet? Läste ni mitt CV? När svarar ni?",
        instead="Finns det en sak du skulle föreslå att jag arbetar med innan jag söker igen?",
    )
    FAIL = ("Hej,\nVad gick fel? Vem fattade beslutet? Var det testet? När får jag veta mer?\nTack,\nOmar",)
    PASS = ("Hej,\nSkulle du kunna berätta hur mitt case uppfattades? Finns det något du skulle föreslå att jag arbetar med?\nTack,\nOmar",)
