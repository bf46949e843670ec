from __future__ import annotations

from ...base import RuleDoc, register
from ..st001_missing_greeting import MissingGreeting


@register
class MissingGreetingSv(MissingGreeting):
    LANGUAGES = ("sv",)
    MESSAGE = "Ingen hälsning: utkastet börjar utan att vända sig till mottagaren"
    FIX_TITLE = "Börja med en hälsning som nämner mottagaren vid namn"
    DOC = RuleDoc(
        what="Ett utkast vars första rad inte är en hälsning ('Hej…', 'Hejsan…', 'Bästa…').",
        why="Ett mejl om ett avslag är personligt; att börja utan mottagarens namn läses som ett standardbrev eller som ilska.",
        example="Återkoppling tack på intervjun förra veckan.",
        instead="Hej Lena,\n\nTack för intervjun förra veckan.",
    )
    GREETING = "Hej"
    READER = {"feedback": "[kandidatens namn]", "request": "[intervjuarens namn]"}
    FAIL = ("Återkoppling tack på intervjun förra veckan.\nTack,\nOmar",)
    PASS = ("Hej Lena,\nTack för intervjun förra veckan.\nTack,\nOmar", "Hej Sam, tack för att du kom in.")
