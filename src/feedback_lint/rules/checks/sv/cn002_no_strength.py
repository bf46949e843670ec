from __future__ import annotations

import re
from functools import lru_cache

from ....core.context import Context
from ....core.lexicon import contains_any, lexicon
from ...base import RuleDoc, register
from ..cn002_no_strength import NoStrength


@lru_cache(maxsize=1)
def _praise_patterns() -> tuple["re.Pattern[str]", ...]:
    """Praise that a whole-word list cannot see because of the words in between (``praise_patterns`` in
    lexicons.sv.json): something done right ("du gjorde det viktigaste rätt"; not "gjorde inte rätt", nor the
    counterfactual "hade gjort rätt om du …"), and what the candidate did named as what the team looks for
    ("precis den sortens bemötande vi letar efter", "precis det bemötandet vi vill ha"). A sentence with a word of ``not_praise`` is no praise."""
    return tuple(re.compile(p) for p in lexicon("praise_patterns", "sv"))


@register
class NoStrengthSv(NoStrength):
    LANGUAGES = ("sv",)
    MESSAGE = "Nämner ingen styrka: återkoppling som bara handlar om brister är svår att ta till sig och ofullständig"
    FIX_TITLE = "Nämn minst en sak som kandidaten gjorde bra"
    DOC = RuleDoc(
        what="Återkoppling till en kandidat som inte nämner något som kandidaten gjorde bra, mellan hälsningen och avslutningen ('Bästa hälsningar' eller 'lycka till' är inte beröm). Beröm skrivet ihop med en förstärkning ('supersnabb', 'jätteduktig') räknas, liksom en jämn nivå som hölls ('såserna höll jämn nivå') och att kandidaten var nära ('du var riktigt nära'; inte 'du var nära att köra på en cyklist'), liksom det som var helt rätt ('vilket var helt rätt'; inte 'var inte helt rätt' eller 'hade varit helt rätt').",
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
        # something not done right, or only right had the candidate done otherwise, and what the team looks
        # for named as what the candidate lacks
        "Hej Sam,\nDu gjorde inte rätt när kassan inte stämde. Öva på kassarutinerna.\nHälsningar\nAnna",
        "Hej Sam,\nDu hade gjort rätt om du ringt sjuksköterskan först. Läs på om vårdplanerna.\nHälsningar\nAnna",
        "Hej Sam,\nDet är precis den sortens erfarenhet vi letar efter, men den saknar du ännu. Öva på dosdispensering.\nHälsningar\nAnna",
        "Hej Sam,\nDet var inte precis rätt dos du angav. Öva på doseringarna.\nHälsningar\nAnna",
        # a manner word said of what was not done, or done too much
        "Hej Sam,\nDu bromsade inte mjukt vid hållplatserna. Öva på inbromsningarna.\nHälsningar\nAnna",
        "Hej Sam,\nDu förhandlade för mjukt och gav bort rabatten direkt. Öva på prisförhandling.\nHälsningar\nAnna",
        "Hej Sam,\nDu körde för lugnt och tappade fyra minuter på linjen. Öva på tidtabellen.\nHälsningar\nAnna",
        "Hej Sam,\nTa det lugnt i rondellerna nästa gång, du bytte körfält i sista stund. Öva på filbyten.\nHälsningar\nAnna",
        # 'lugnt' om läget, inte om hur kandidaten gjorde något
        "Hej Sam,\nDu stod mest vid telefonen när det var lugnt, och kassan stämde inte. Öva på kassarutinerna.\nHälsningar\nAnna",
        # det teamet vill ha, sagt om något kandidaten saknar eller inte visade
        "Hej Sam,\nDet är precis det bemötandet vi vill ha, men det saknar du ännu. Öva på bemötande.\nHälsningar\nAnna",
        "Hej Sam,\nDu visade inte exakt den noggrannheten vi söker. Öva på dokumentationen.\nHälsningar\nAnna",
        # 'nära att' är något som nästan hände, och en jämn nivå som inte hölls är ingen styrka
        "Hej Sam,\nTyvärr var du nära att köra på en cyklist vid rondellen. Öva på filbyten.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr höll såserna inte jämn nivå under kvällen. Öva på reduktioner.\nHälsningar\nAnna",
        # det som inte var helt rätt, och det som hade varit helt rätt, är ingen styrka
        "Hej Sam,\nDosen du angav var inte helt rätt. Öva på doseringarna.\nHälsningar\nAnna",
        "Hej Sam,\nDet hade varit helt rätt att ringa läkaren först. Öva på larmrutinen.\nHälsningar\nAnna",
    )
    PASS = (
        # en styrka i vardagliga ord
        "Hej Sam,\nDu plockade ordern snabbare än snittet, men truckkortet saknas.\nHälsningar\nAnna",
        "Hej Sam,\nLyften var inga problem för dig, men truckkortet saknas.\nHälsningar\nAnna",
        "Hej Sam,\nDin dashboard var den tydligaste vi såg, men dina SQL-svar missade join-villkoren.\nHälsningar\nAnna",
        "Hej Sam,\nDin Excelmodell var prydlig och lätt att följa, men budgetfrågan saknade underlag.\nHälsningar\nAnna",
        "Hej Sam,\nFörpackningsskissen var stilsäker, men logotypen följde inte profilen.\nHälsningar\nAnna",
        # praise written as one compound with an intensifier, and praise by comparison
        "Hej Sam,\nDu var supersnabb vid borden. Läs på om våra husviner inför sommaren.\nHälsningar\nAnna",
        "Hej Sam,\nDu förklarade injusteringen bättre än någon annan vi träffat, men tjänsten kräver B-körkort.\nHälsningar\nAnna",
        "Hej Sam,\nGästerna älskade dig, men vi behövde någon med erfarenhet av vinservering.\nHälsningar\nAnna",
        # something done right, exactly right, and what the candidate did named as what the team looks for
        "Hej Sam,\nI receptexpeditionen gjorde du det viktigaste rätt, men rådgivningen tog för lång tid.\nHälsningar\nAnna",
        "Hej Sam,\nDu stoppade expeditionen och frågade farmaceuten, precis rätt reflex. Rådgivningen tog däremot för lång tid.\nHälsningar\nAnna",
        # the manner of something done well
        "Hej Sam,\nDu körde mjukt hela sträckan, men du glömde rampen vid Centralen. Öva på hållplatsrutinen.\nHälsningar\nAnna",
        "Hej Sam,\nIncheckningen gick smidigt, men kassaavslutet stämde inte. Öva på kassaavslut.\nHälsningar\nAnna",
        "Hej Sam,\nDu satte dig ner hos Elsa, och det är precis den sortens bemötande vi letar efter. Tyvärr saknade du erfarenhet av palliativ vård.\nHälsningar\nAnna",
        # det kandidaten gjorde kallat precis det teamet vill ha, utan 'sortens', och ett lugnt sätt att göra något
        "Hej Sam,\nDu frågade Elsa om hon ville ha kaffet före tabletterna. Det är precis det bemötandet vi vill ha. Journalanteckningen blev för kort.\nHälsningar\nAnna",
        "Hej Sam,\nDu körde lugnt genom centrum, men i rondellen bytte du körfält i sista stund. Öva på filbyten.\nHälsningar\nAnna",
        # en jämn nivå som hölls, och att kandidaten var nära (som engelskans 'you came close')
        "Hej Sam,\nDina såser höll jämn nivå hela passet, men tempot vid rusningen räckte inte. Öva på stekstationen.\nHälsningar\nAnna",
        "Hej Sam,\nDu var riktigt nära, men den andra kandidaten hade mer erfarenhet av fisk. Öva på filéing.\nHälsningar\nAnna",
        # det kandidaten gjorde kallat helt rätt
        "Hej Sam,\nDu ringde läkaren direkt, vilket var helt rätt. Journalanteckningen saknade tider.\nHälsningar\nAnna",
    )

    @staticmethod
    def names_strength(ctx: Context) -> bool:
        """The English rule's test, and also a praise word written together with an intensifier
        ("supersnabb", "jätteduktig": ``intensifying_prefixes`` in lexicons.sv.json), which a whole-word
        list cannot see."""
        if NoStrength.names_strength(ctx):
            return True
        for sent in ctx.content_sentences:
            text = " ".join(sent.text.lower().split())
            if any(p.search(text) for p in _praise_patterns()) and not contains_any(text, lexicon("not_praise", ctx.language)):
                return True
        cues = {c for c in lexicon("strength_cues", ctx.language) if " " not in c}
        prefixes = lexicon("intensifying_prefixes", ctx.language)
        return any(
            word.startswith(prefix) and word[len(prefix):] in cues
            for sent in ctx.content_sentences for word in ctx.sentence_words(sent) for prefix in prefixes
        )
