from __future__ import annotations

import re

from ...base import RuleDoc, register
from ..cf008_shouting_punctuation import ShoutingPunctuation


@register
class ShoutingPunctuationSv(ShoutingPunctuation):
    """The English rule's logic (punctuation is the same in Swedish), with Swedish wording."""

    LANGUAGES = ("sv",)
    MESSAGE = "Upprepade '!' eller '?' läses som att du skriker eller är irriterad"
    FIX_TITLE = "Använd en enda punkt eller ett frågetecken"
    DOC = RuleDoc(
        what="Rader av utropstecken och frågetecken: '!!!', '??', '?!'. Det '!!' som avslutar en hälsning ('Hej Julia!!', också när första raden fortsätter: 'hej Julia!! förlåt för sent svar, …') och ett dubbelt '!' som är värme (en mening med tack eller beröm, eller från någon vars hälsning slutar med '!', utan nekande eller klagomål; en försäkran som 'ingen stress', 'inget du gjort fel', 'det är inget personligt' eller 'ta det inte personligt' nekar ingenting) och ett '?!' efter en vänlig påhängsfråga ('…, eller hur?!') lämnas i fred. En emoji följd av stor bokstav avslutar en mening ('…den här gången 😕 Det är inget personligt alls!!').",
        why="De signalerar ilska eller misstro; i ett mejl om ett avslag tar mottagaren dem personligt.",
        example="Jag kräver en förklaring!!! Varför fick jag nej??",
        instead="Jag skulle uppskatta återkoppling. Vad skulle stärka en framtida ansökan?",
    )
    FAIL = ("Jag kräver en förklaring!!!", "Varför fick jag nej??", "Tre rundor och inget erbjudande?!", "Du kom 40 minuter sent utan att höra av dig!!",
            "Tack, men jag har fortfarande inte hört något, ingen stress!!", "Ingen fara, men ingen har svarat på tre veckor!!",
            # en försäkran om att kandidaten inte gjorde fel ursäktar inte ett klagomål bredvid
            "Hej Sam!!\nDet är inte ditt fel, men ingen har svarat på tre veckor!!",
            # en rad längre fram på en första rad som fortsätter hör inte till hälsningen
            "hej Julia!! förlåt att det dröjt, men ingen har hört av sig till mig!!",
            # 'inget personligt' ursäktar inte ett klagomål bredvid, och 'inte personligt nog' är kritik
            "Hej Sam!!\nDet är inget personligt, men ingen har svarat på tre veckor!!",
            # en emoji utan stor bokstav efter avslutar ingen mening
            "Hej Sam!!\nKul att träffas 😊 men ingen har svarat på tre veckor!!",
            "Hej Sam!!\nDitt personliga brev var inte personligt nog!!",
            # 'ta det inte personligt' ursäktar inte ett klagomål bredvid
            "Hej Sam!\nTa det inte personligt, men ingen har svarat på tre veckor!!")
    PASS = (
        "Tusen tack!", "Skulle du kunna ge mig återkoppling?", "Wow! Vilket bra team.", "Hej Julia!!\nTack för att du kom i fredags.",
        "Tack för en superhärlig intervju, det var så roligt att träffa dig!!",
        "Hej Julia!!\nVi valde en annan kandidat, men det var riktigt jämnt!!",
        # en försäkran om att det inte brådskar, i en varm mening
        "Tack igen för samtalet, jag vore så tacksam för några tankar när det passar, ingen stress!!",
        # en försäkran om att kandidaten inte gjorde något fel, från någon vars hälsning slutar med '!'
        "Hej Julia!!\nVi tog en kock med mer erfarenhet av fisk, inget fel av dig!!",
        "Hej Julia!\nProvpasset fick avbrytas när strömmen gick, inget som du gjorde fel!!",
        "Hej Julia,\nÅterkoppling är ju allt i försäljning, eller hur?! Skulle du kunna dela några anteckningar?",
        # hälsningens eget '!!' när första raden fortsätter
        "hej Julia!! förlåt för sent svar, vi har valt en annan kandidat till tjänsten.",
        # en försäkran om att beskedet inte är personligt, från någon vars hälsning slutar med '!', också efter
        # en emoji och stor bokstav, som avslutar meningen före
        "Hej Julia!!\nVi valde någon annan den här gången. Det är inget personligt alls!!",
        "Hej Julia!!\nTyvärr blev det inte du den här gången 😕 Det är inget personligt alls!!",
        # en uppmaning att inte ta beskedet personligt, från någon vars hälsning slutar med '!'
        "Hej Julia!\nVi valde någon annan till slut. Ta det inte personligt, och kom förbi på en kaffe när du vill!!",
    )
    REASSURANCE = re.compile(
        r"\b(?:(?:ingen|inga)\s+(?:stress|brådska|press|fara|problem|krav)"
        r"|(?:inget|ingenting)\s+(?:som\s+)?du\s+(?:har\s+|hade\s+)?(?:gjort|gjorde)\s+fel"
        r"|inte\s+(?:alls\s+)?(?:ditt|ert)\s+fel|(?:inget|utan)\s+fel\s+(?:av|från)\s+(?:dig|er|din\s+sida)"
        r"|(?:inget|ingenting|inte)\s+(?:alls\s+)?personligt(?!\s+(?:nog|tillräckligt|formulerat|skrivet|hållet))"
        r"|ta\s+(?:inte\s+(?:det|detta|det\s+här|beskedet|beslutet)|(?:det|detta|det\s+här|beskedet|beslutet)\s+inte)\s+(?:så\s+)?personligt)\b",
        re.IGNORECASE,
    )
    TAG = re.compile(r",?\s*(?:eller hur|va|visst|inte sant)\s*$", re.IGNORECASE)
