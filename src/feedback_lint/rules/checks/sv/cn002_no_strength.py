from __future__ import annotations

from ....core.context import Context
from ....core.lexicon import lexicon
from ...base import RuleDoc, register
from ..cn002_no_strength import NoStrength


@register
class NoStrengthSv(NoStrength):
    LANGUAGES = ("sv",)
    MESSAGE = "Nämner ingen styrka: återkoppling som bara handlar om brister är svår att ta till sig och ofullständig"
    FIX_TITLE = "Nämn minst en sak som kandidaten gjorde bra"
    DOC = RuleDoc(
        what="Återkoppling till en kandidat som inte nämner något som kandidaten gjorde bra, mellan hälsningen och avslutningen ('Bästa hälsningar' eller 'lycka till' är inte beröm). Beröm skrivet ihop med en förstärkning ('supersnabb', 'jätteduktig') räknas.",
        why="Kandidater agerar på återkoppling när de litar på att den är balanserad. En verklig styrka säger också vad de ska fortsätta med.",
        example="Dina SQL-svar missade join-villkoren och rapporten kom in sent.",
        instead="Din dashboard var den tydligaste vi såg; dina SQL-svar missade join-villkoren.",
    )
    STRENGTH = "En verklig styrka vi såg var [en konkret styrka från intervjun]."
    FAIL = (
        "Hej Sam,\nDina SQL-svar missade join-villkoren och rapporten kom in sent. Öva på joins i en exempeldatabas.\nHälsningar\nAnna",
        # an intensifier before a word that is not praise is not praise
        "Hej Sam,\nPasset blev superstressigt och kassan stämde inte. Öva på kassarutinerna.\nHälsningar\nAnna",
        "Hej Sam,\nDina SQL-svar missade join-villkoren. Öva på joins i en exempeldatabas. Lycka till!\nBästa hälsningar\nAnna",
    )
    PASS = (
        "Hej Sam,\nDin dashboard var den tydligaste vi såg, men dina SQL-svar missade join-villkoren.\nHälsningar\nAnna",
        "Hej Sam,\nDin Excelmodell var prydlig och lätt att följa, men budgetfrågan saknade underlag.\nHälsningar\nAnna",
        "Hej Sam,\nFörpackningsskissen var stilsäker, men logotypen följde inte profilen.\nHälsningar\nAnna",
        # praise written as one compound with an intensifier, and praise by comparison
        "Hej Sam,\nDu var supersnabb vid borden. Läs på om våra husviner inför sommaren.\nHälsningar\nAnna",
        "Hej Sam,\nDu förklarade injusteringen bättre än någon annan vi träffat, men tjänsten kräver B-körkort.\nHälsningar\nAnna",
        "Hej Sam,\nGästerna älskade dig, men vi behövde någon med erfarenhet av vinservering.\nHälsningar\nAnna",
    )

    @staticmethod
    def names_strength(ctx: Context) -> bool:
        """The English rule's test, and also a praise word written together with an intensifier
        ("supersnabb", "jätteduktig": ``intensifying_prefixes`` in lexicons.sv.json), which a whole-word
        list cannot see."""
        if NoStrength.names_strength(ctx):
            return True
        cues = {c for c in lexicon("strength_cues", ctx.language) if " " not in c}
        prefixes = lexicon("intensifying_prefixes", ctx.language)
        return any(
            word.startswith(prefix) and word[len(prefix):] in cues
            for sent in ctx.content_sentences for word in ctx.sentence_words(sent) for prefix in prefixes
        )
