from __future__ import annotations

import re

from ...base import RuleDoc, register
from ..st005_too_many_questions import MAX_QUESTIONS, TooManyQuestions

#: Ett påstående om varför skribenten frågar, före själva frågan ("Jag vill bli bättre, så …", "Eftersom du
#: redan nämnde ett par saker, …"): ett påstående, inte en fråga, så det måste börja som ett.
PREAMBLE = r"^(?:(?:jag|eftersom|då|för\s+att|innan|nu\s+när)\b[^?]*?(?:,\s*(?:så|och)?|\s+så|\s+och)\s+)?"


@register
class TooManyQuestionsSv(TooManyQuestions):
    LANGUAGES = ("sv",)
    COUNT_MESSAGE = "{questions} frågor: en lista med frågor läses som ett förhör och besvaras sällan"
    MESSAGE = "Fler än tre frågor: en lista med frågor läses som ett förhör och besvaras sällan"
    FIX_TITLE = "Behåll de en eller två frågor som betyder mest"
    NO_SUGGESTION_REASON = "Vilka frågor som betyder mest väljer skribenten."
    DOC = RuleDoc(
        what=f"Utkast med fler än {MAX_QUESTIONS} frågor. En fråga som bara ber om lov att fråga ('Får jag ställa ett par frågor?', även efter ett skäl: 'Jag vill bli bättre, så får jag ställa några frågor?') räknas inte, inte heller en sista, bredare fråga framåt som skribenten ställer för sig ('Och mer generellt, bör jag bli klar med utbildningen innan jag söker igen?', eller i ett eget stycke: 'Skulle du föreslå något mer innan jag söker igen?'), lov att be om mer om saker som redan nämnts ('kan jag be dig utveckla två av dem?'), en begäran om svar på punkterna som följer ('Skulle du kunna återkomma kort kring några punkter?', 'Kan du hjälpa mig med några konkreta frågor?') eller en praktisk fråga om att skicka något senare eller hålla kontakten ('Går det bra om jag skickar de omarbetade skisserna efter nyår?') eller om det finns tjänster att söka ('Finns det sommarvikariat som är värda att söka?'). Frågor efter ett lov för mottagaren att bara svara på några av dem ('Svara gärna bara på dem som går snabbt:', 'hoppa över dem du inte hinner') är en meny, inte ett förhör, och räknas inte om de inte frågar varför. En lista kan ha bindestreck, tankstreck, punkter, siffror eller bokstäver, och en fråga som följer upp en annan i samma punkt ('1. Hur skötte jag förberedelsen? Var det tempot eller hygienen?') hör till den punkten.",
        why="Mottagaren gör dig en tjänst; varje extra fråga gör det mer jobb att svara och mejlet mer likt ett korsförhör.",
        example="Vad gick fel? Vem bestämde? Var det testet? Läste ni mitt CV? När svarar ni?",
        instead="Finns det en sak du skulle föreslå att jag arbetar med innan jag söker igen?",
    )
    #: En fråga som bara ber om lov att fråga ("Får jag ställa ett par frågor medan det är färskt?", "Kan
    #: jag få fråga en sak till?"); "Får jag fråga varför det blev nej?" har sin fråga i sig och räknas.
    #: Lovet kan komma efter ett påstående om varför skribenten frågar ("Jag vill bli bättre till nästa gång,
    #: så får jag ställa några frågor?"); ett påstående, inte en fråga, så det måste börja som ett.
    ASK_LEAVE = re.compile(
        PREAMBLE + r"(?:och\s+|så\s+)?(?:får\s+jag|kan\s+jag\s+få|skulle\s+jag\s+kunna\s+få|kan\s+jag)\s+"
        r"(?:(?:bara|också|passa\s+på\s+att)\s+)?(?:ställa|fråga)\s+(?:dig\s+|er\s+)?"
        r"(?:(?:ett\s+par|några|en|ett|två|tre)\s+)?(?:(?:till|snabba|korta|små|konkreta)\s+)*"
        r"(?:frågor|fråga|saker|sak|något)\b(?:\s+till)?"
        r"(?:\s+(?:medan|nu|om|innan|eftersom)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    #: Lov att be om mer om saker som redan nämnts, med hur många ("Eftersom du redan nämnde ett par saker,
    #: kan jag be dig utveckla två av dem?", "Skulle du kunna säga lite mer om ett par av punkterna?"):
    #: annonserar frågorna som följer. "Kan jag be dig utveckla varför det blev nej?" är en fråga.
    #: En begäran om svar på ett antal punkter som följer ("Skulle du kunna återkomma kort kring några punkter?", "Kan du svara
    #: på tre frågor?", "Kan du hjälpa mig med några konkreta frågor?"): den annonserar dem, som ``ASK_LEAVE``. Med
    #: sin fråga i sig ("kan du svara på varför?") räknas den.
    ASK_POINTS = re.compile(
        PREAMBLE + r"(?:och\s+|så\s+)?(?:(?:kan|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?|vill\s+(?:du|ni)\s+)(?:(?:kort|snabbt|gärna)\s+)?"
        r"(?:återkomma|svara|ge\s+(?:mig\s+)?(?:återkoppling|feedback|synpunkter|dina\s+synpunkter)|titta|hjälpa\s+mig)\s+(?:(?:kort|snabbt)\s+)?"
        r"(?:kring|på|om|med)\s+(?:ett\s+par|några|två|tre|följande)\s+(?:(?:korta|snabba|konkreta)\s+)?(?:punkter|frågor|saker)"
        r"(?:\s+(?:medan|nu|om|innan|nedan)\b[^?]*)?\s*\?$",
        re.IGNORECASE,
    )
    ASK_EXPAND = re.compile(
        PREAMBLE + r"(?:och\s+|så\s+)?"
        r"(?:(?:får|kan|skulle)\s+jag\s+(?:få\s+)?be\s+(?:dig|er)\s+(?:att\s+)?|(?:kan|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?)"
        r"(?:utveckla|berätta\s+(?:lite\s+|något\s+)?mer\s+om|säga\s+(?:lite\s+|något\s+)?mer\s+om)\s+"
        r"(?:(?:ett\s+par|några|en|ett|två|tre|båda)\s+(?:av\s+)?)?(?:dem|dessa|de\s+(?:punkterna|sakerna)|punkterna|sakerna)"
        r"(?:\s+(?:medan|nu|om|innan|eftersom)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    #: En praktisk fråga om att skribenten skickar något senare eller håller kontakten ("Går det bra om jag
    #: skickar de omarbetade skisserna efter nyår?", "Har du något emot att jag hör av mig i vår?").
    PRACTICAL = re.compile(
        r"^(?:och\s+|så\s+|till\s+sist,?\s+|slutligen,?\s+)?(?:"
        r"(?:går\s+det|gick\s+det|skulle\s+det\s+gå)\s+bra\s+(?:om|att)\s+jag"
        r"|(?:är|vore|skulle)\s+det\s+(?:vara\s+)?(?:okej|ok|okay|i\s+sin\s+ordning|möjligt)\s+(?:om|att)\s+jag"
        r"|har\s+(?:du|ni)\s+något\s+emot\s+(?:om|att)\s+jag"
        r"|(?:får|kan|skulle)\s+jag(?:\s+få)?)"
        r"\s+(?:också\s+)?(?:skicka|skickar|skickade|mejla|mejlar|mejlade|maila|mailar|mailade|dela|delar|delade|visa|visar|visade"
        r"|höra\s+av\s+mig|hör\s+av\s+mig|hörde\s+av\s+mig|återkomma|återkommer|hålla\s+kontakten|håller\s+kontakten|höll\s+kontakten)\b",
        re.IGNORECASE,
    )
    #: Den sista, bredare frågan som skribenten ställer för sig ("Och mer generellt, bör jag bli klar med
    #: utbildningen innan jag söker igen?", "Till sist, vad tycker du att jag ska öva på inför nästa gång?").
    BROADER = re.compile(
        r"^(?:och\s+|men\s+|så\s+)?(?:(?:lite\s+)?mer\s+(?:generellt|allmänt|övergripande)|generellt|allmänt\s+sett|övergripande"
        r"|slutligen|till\s+sist|sist\s+men\s+inte\s+minst|en\s+sista\s+(?:sak|fråga)|på\s+längre\s+sikt|framåt)\b",
        re.IGNORECASE,
    )
    #: En fråga om det finns tjänster att söka ("Finns det sommarvikariat som är värda att söka?", "Har ni fler
    #: tjänster på gång?"): den ser fram mot nästa ansökan, inte tillbaka på beslutet, som ``PRACTICAL``. Ett ord
    #: som slutar på vikariat, jobb eller tjänster räknas ("sommarvikariat", "extrajobb", "deltidstjänster").
    OPENINGS = re.compile(
        r"^(?:och\s+|så\s+|till\s+sist,?\s+|slutligen,?\s+)?(?:finns\s+det|har\s+ni|har\s+du|kommer\s+det\s+(?:att\s+)?(?:finnas|komma|dyka\s+upp)"
        r"|brukar\s+det\s+finnas|brukar\s+ni\s+ha)\s+(?:(?:några|något|någon|fler|flera|andra|också|även|lediga|kommande|ett|en|nya)\s+)*"
        r"(?:\w*vikariat|\w*jobb|\w*tjänster|roller|platser|anställningar|uppdrag)\b",
        re.IGNORECASE,
    )
    #: Lov för mottagaren att bara svara på några av frågorna som följer ("Svara gärna bara på dem som går snabbt:",
    #: "hoppa över dem du inte hinner", "du behöver inte svara på alla"): en meny att välja ur, inte ett förhör.
    CHOOSE = re.compile(
        r"\b(?:svara\s+(?:gärna\s+)?(?:bara|endast|enbart)\s+på\s+(?:de|dem|dom|den|det|några|någon|ett\s+par|vilka)\b"
        r"|(?:svara|välj)\s+(?:gärna\s+)?(?:på\s+|ut\s+)?(?:de|dem|dom|några)\s+(?:som\s+)?(?:du|ni)\s+(?:hinner|har\s+tid|vill)\b"
        r"|hoppa\s+(?:gärna\s+)?över\s+(?:de|dem|dom|resten)\b"
        r"|(?:du|ni)\s+behöver\s+(?:inte|inte\s+alls)\s+svara\s+på\s+(?:alla|allt|samtliga)\b)",
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
        # en rad varför-frågor ursäktas inte av en fråga framåt i ett eget stycke, och en fråga i ett eget
        # stycke som inte handlar om vad skribenten kan göra räknas
        "Hej,\nVarför fick jag nej? Varför ringde ingen? Varför var provet så långt? Varför tog det en månad?\n\nVad ska jag jobba på innan jag söker igen?\nTack,\nOmar",
        "Hej,\nVem bestämde? Var det testet? Läste någon mitt CV?\n\nNär blir nästa omgång klar?\nTack,\nOmar",
        # att be om mer om varför, och en praktisk fråga som frågar varför, är frågor
        "Hej,\nKan jag be dig utveckla varför det blev nej? Var det testet? Vem bestämde? När får jag veta mer?\nTack,\nOmar",
        "Hej,\nVem bestämde? Var det testet? Läste någon mitt CV?\nKan jag mejla dig och fråga varför ingen ringde?\nTack,\nOmar",
        # fyra frågor om beslutet i en lista med tankstreck, och en fråga om tjänster som frågar varför
        "Hej,\n– Vem bestämde?\n– Var det testet?\n– Läste någon mitt CV?\n– När svarar ni?\nTack,\nOmar",
        "Hej,\nVem bestämde? Var det testet? Läste någon mitt CV? Finns det andra tjänster, och varför fick jag inte den här?\nTack,\nOmar",
        # lov att bara svara på några ursäktar inte en rad varför-frågor, inte heller frågorna före lovet
        "Hej,\nSvara gärna bara på dem du vill:\n1. Varför fick jag nej?\n2. Varför ringde ingen?\n3. Varför var provet så långt?\n4. Varför tog det en månad?\nTack,\nOmar",
        "Hej,\nVem bestämde? Var det testet? Läste någon mitt CV? När svarar ni? Hoppa över dem du inte vill svara på.\nTack,\nOmar",
    )
    PASS = (
        "Hej,\nSkulle du kunna berätta hur mitt case uppfattades? Finns det något du skulle föreslå att jag arbetar med?\nTack,\nOmar",
        # en begäran om hjälp med frågorna som följer
        "Hej,\nKan du hjälpa mig med några konkreta frågor?\n• Hur påverkade schemat bedömningen?\n• Hur uppfattades mitt förslag om hemtentamen?\n• Vore det möjligt att jag ansvarar för kursplanerevisionen?\nTack,\nOmar",
        # en fråga som bara ber om lov att fråga annonserar de frågor som följer
        "Hej,\nFår jag ställa ett par frågor medan det är färskt? Kändes logotypen för försiktig? Vägde mobilvyn tungt? Vad vill ni se i min portfolio nästa gång?\nTack,\nOmar",
        "Hej,\nKan jag få fråga några saker? Hur uppfattades caset? Var budgeten rimlig? Vad borde jag jobba med först?\nTack,\nOmar",
        # en punkt som frågas och preciseras i en andra fråga är en punkt
        "Hej,\n1. Hur skötte jag kassaräkningen? Var det tempot eller papperen?\n2. Var mitt svar om returer rätt?\n3. Bör jag gå kursen i kontanthantering först?\nTack,\nOmar",
        # en begäran om svar på punkterna som följer annonserar dem
        "Hej,\nSkulle du kunna återkomma kort kring några punkter?\n• Hur uppfattades caset?\n• Var budgeten rimlig?\n• Vad borde jag jobba med först?\nTack,\nOmar",
        # lovet efter ett påstående om varför, och en avslutande bredare fråga framåt efter tre konkreta
        "Hej,\nJag vill bli bättre till nästa gång, så får jag ställa några frågor? Hur uppfattades caset? Var budgeten rimlig? Var tidsplanen för snäv?\nTack,\nOmar",
        "Hej,\nHur uppfattades caset? Var budgeten rimlig? Var tidsplanen för snäv? Och mer generellt, bör jag bli klar med utbildningen innan jag söker igen?\nTack,\nOmar",
        # den avslutande frågan framåt i ett eget stycke, efter ett påstående
        "Hej,\n- Kassaflödet: var tillväxten på 5 % för hög?\n- Kovenanten: använde jag rätt EBITDA?\n- PM:et: följde rekommendationen av siffrorna?\n\nJag börjar en kurs i maj. Skulle du föreslå något mer, till exempel en praktik, innan jag söker igen?\nTack,\nOmar",
        # lov att be om mer om saker som redan nämnts, och en praktisk fråga om att skicka något senare
        "Hej,\nEftersom du nämnde några saker i telefon, kan jag be dig utveckla tre av dem? Var färgerna för dova? Kändes gridden trång? Var logotypen för liten?\nTack,\nOmar",
        "Hej,\nVar färgerna för dova? Kändes gridden trång? Var logotypen för liten? Går det bra om jag skickar de omarbetade skisserna efter nyår?\nTack,\nOmar",
        "Hej,\nBlev presentationen för lång? Var budgeten rimlig? Höll tidsplanen?\nHar du något emot att jag hör av mig när nästa tjänst utlyses?\nTack,\nOmar",
        # en fråga om tjänster att söka ser framåt, också som sista punkt i en lista med tankstreck
        "Hej,\nJag har några frågor, om du har tid:\n– Var ingressen för svag?\n– Blev texten för lång?\n– Borde jag öva på att filma?\n– Finns det sommarvikariat som är värda att söka?\nTack,\nOmar",
        # en numrerad lista som mottagaren får besvara bara delvis är en meny, inte ett förhör
        "Hej,\nJag har numrerat frågorna, så svara gärna bara på de som går snabbt:\n1. Var prognosen för försiktig?\n2. Blev PM:et för långt?\n3. Var Power BI-sidan tydlig?\n4. Borde jag gå modelleringskursen först?\n5. Stämde mitt svar om kovenanterna?\nTack,\nOmar",
    )
