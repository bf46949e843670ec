from __future__ import annotations

from ...base import RuleDoc, register
from ..cn002_no_strength import NoStrength


@register
class NoStrengthSv(NoStrength):
    LANGUAGES = ("sv",)
    MESSAGE = "Nämner ingen styrka: återkoppling som bara handlar om brister är svår att ta till sig och ofullständig"
    FIX_TITLE = "Nämn minst en sak som kandidaten gjorde bra"
    DOC = RuleDoc(
        what="Återkoppling till en kandidat som inte nämner något som kandidaten gjorde bra, mellan hälsningen och avslutningen ('Bästa hälsningar' eller 'lycka till' är inte beröm).",
        why="Kandidater agerar på återkoppling när de litar på att den är balanserad. En verklig styrka säger också vad de ska fortsätta med.",
        example="Dina SQL-svar missade join-villkoren och rapporten kom in sent.",
        instead="Din dashboard var den tydligaste vi såg; dina SQL-svar missade join-villkoren.",
    )
    STRENGTH = "En verklig styrka vi såg var [en konkret styrka från intervjun]."
    FAIL = (
        "Hej Sam,\nDina SQL-svar missade join-villkoren och rapporten kom in sent. Öva på joins i en exempeldatabas.\nHälsningar\nAnna",
        "Hej Sam,\nDina SQL-svar missade join-villkoren. Öva på joins i en exempeldatabas. Lycka till!\nBästa hälsningar\nAnna",
    )
    PASS = (
        "Hej Sam,\nDin dashboard var den tydligaste vi såg, men dina SQL-svar missade join-villkoren.\nHälsningar\nAnna",
        "Hej Sam,\nDin Excelmodell var prydlig och lätt att följa, men budgetfrågan saknade underlag.\nHälsningar\nAnna",
        "Hej Sam,\nFörpackningsskissen var stilsäker, men logotypen följde inte profilen.\nHälsningar\nAnna",
    )
