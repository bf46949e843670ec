from __future__ import annotations

from ...base import RuleDoc, register
from ..fa001_protected_characteristic import ProtectedCharacteristic


@register
class ProtectedCharacteristicSv(ProtectedCharacteristic):
    """The English rule's decision, made from Swedish word lists and word order (rules/fairness/swedish.py)."""

    LANGUAGES = ("sv",)
    CHARACTERISTICS = {
        "age": "ålder", "family": "familj eller graviditet", "health": "hälsa eller funktionsnedsättning", "religion": "religion",
        "origin": "etnisk tillhörighet eller nationellt ursprung", "gender": "kön", "orientation": "sexuell läggning", "marital": "civilstånd",
    }
    REPLACEMENT = "[det arbetsrelaterade skälet: vilket krav i tjänsten, och vad ni såg i intervjun eller testet]"
    MESSAGE = "Tar upp {what} som skäl eller intryck: hur vänligt det än är menat är det här bevis i ett diskrimineringsärende mot arbetsgivaren"
    FIX_TITLE = "Ta bort det och ange det arbetsrelaterade, observerbara skälet i stället"
    DOC = RuleDoc(
        what="Återkoppling som tar upp en diskrimineringsgrund, eller en uppenbar ersättning för en, som skäl eller intryck: ålder ('i din ålder', 'ett ungt och energiskt team', 'någon som är lite yngre', 'nyutexaminerade' som skäl), familj och graviditet ('med tanke på dina barn', 'du har tre små barn hemma', 'planerar att bilda familj', 'när ni planerar för fler barn'), hälsa och funktionsnedsättning ('problem med ryggen', 'din sjukfrånvaro'), religion ('din slöja', 'din sabbat'), etnisk tillhörighet och nationellt ursprung ('infödd svensktalande', 'din brytning', 'personal från Östeuropa'), kön ('vi ville ha en kille', 'vi har dock valt en kille', 'laget är bara gubbar' eller 'som enda tjej' med ett tvivel på att du skulle trivas), sexuell läggning och civilstånd ('ditt bröllop', 'enligt vår erfarenhet slår gifta människor rot här, medan singlar flyttar'). Ordet måste vara knutet till mottagaren ('din brytning', 'du närmar dig pensionen') eller vara skälet eller arbetsgivarens syn ('eftersom…', 'vi sökte…', 'dåliga erfarenheter av…'). Regeln slår inte till på arbetsrelaterade krav som bara innehåller sådana ord ('tjänsten kräver flytande svenska i kundsamtal, vilket stod i annonsen'), på vardagliga ord ('ett ungt företag', 'vårt familjeföretag', 'sjuklönen står i handboken', 'du fick ner sjukfrånvaron i butiken') eller på en sökandes egen begäran där hen berättar om sin situation: bara återkoppling kontrolleras, och ett utkast som typmodellen läser som en begäran men är osäker på (med `--kind auto`; se models/sv/kind.md).",
        why="Diskrimineringslagen skyddar grunderna oavsett avsikt. Skriftlig återkoppling som nämner en av dem som skäl, eller som ett intryck panelen fick, är det första Diskrimineringsombudsmannen eller en domstol läser, och kandidaten får inget att arbeta med.",
        example="Vi är ett ungt och energiskt team, och i din ålder kan resandet bli tungt.",
        instead="Tjänsten kräver att man sköter norra distriktet på egen hand från första dagen; i caset tog du inte upp prisöversynen, som är halva det arbetet.",
    )
    FAIL = (
        "Hej Sam,\nDu är ju en tjej, och vi tror inte att du skulle trivas i betonglaget.\nHälsningar\nAnna",
        "Hej Sam,\nVi undrar om det är rätt att börja om i en junior roll i din ålder.\nHälsningar\nAnna",
        "Hej Sam,\nMed tanke på dina barn tror vi att de sena kvällarna blir svåra för dig.\nHälsningar\nAnna",
        "Hej Sam,\nVi tror att din brytning kan göra det svårt för kunderna i telefon.\nHälsningar\nAnna",
        "Hej Sam,\nÄrligt talat ville vi ha en kille i arbetslaget.\nHälsningar\nAnna",
        "Hej Sam,\nVi valde bort dig eftersom du nämnde att du har diabetes.\nHälsningar\nAnna",
        "Hej Sam,\nDu nämnde att du väntar barn i höst, och vi tror att projektstarten blir för tung för dig.\nHälsningar\nAnna",
        "Hej Sam,\nVi är ett ungt och hungrigt gäng, så vi tror att det passar bättre med någon som är lite yngre.\nHälsningar\nAnna",
        "Hej Sam,\nVi har dock valt en kille till platsen.\nHälsningar\nAnna",
        "Hej Sam,\nVi har haft dåliga erfarenheter av personal från Östeuropa.\nHälsningar\nAnna",
        "Hej Sam,\nDu nämnde att du vill kunna be mitt på dagen, och i kassan går det inte att gå ifrån.\nHälsningar\nAnna",
        "Hej Sam,\nVi tror helt enkelt att en mer klassiskt svensk framtoning passar bättre i just den här butiken.\nHälsningar\nAnna",
        "Hej Sam,\nEftersom ni vill ha fler barn tror vi att de långa passen blir för tunga för dig.\nHälsningar\nAnna",
        "Hej Sam,\nVi är bara killar på verkstan, och ärligt talat tror jag inte att du skulle känna dig hemma hos oss.\nHälsningar\nAnna",
        "Hej Sam,\nMed tanke på var du står i livet tror vi att du skulle trivas bättre med ett lugnare tempo.\nHälsningar\nAnna",
        "Hej Sam,\nLaget består av kollegor som är i början av sin karriär. Vi tror att du skulle trivas bättre på en mer etablerad byrå.\nHälsningar\nAnna",
        "Hej Sam,\nEftersom du är en gravid kvinna tror vi att nattpassen blir för tunga för dig.\nHälsningar\nAnna",
        # Staff from a part of town after a reaction to them; a definite form of religious dress under a view.
        "Hej Sam,\nVi har haft problem med personal som bor i Rinkeby, så vi valde någon annan.\nHälsningar\nAnna",
        "Hej Sam,\nVi hade svårt att se hur det skulle gå ihop med hijaben i receptionen.\nHälsningar\nAnna",
        # Religious dress at odds with a look, or reacted to; a diagnosis in a compound; the reader's children after "och har".
        "Hej Sam,\nHur du klär dig spelar roll, och sjalen går inte riktigt ihop med stilen i receptionen.\nHälsningar\nAnna",
        "Hej Sam,\nSäljarna sa att de blev ”lite ställda” av turbanen.\nHälsningar\nAnna",
        "Hej Sam,\nDu berättade att du har en adhd-diagnos, och vi tror att tempot blir för tufft för dig.\nHälsningar\nAnna",
        "Hej Sam,\nMed tanke på att du nyss börjat jobba igen och har två små barn tror vi att kvällarna blir för tunga för dig.\nHälsningar\nAnna",
        # Indirect: the client's doubt relayed, a view with a softener inside, a gender weighed in the role, the reader's
        # observance at the time of the shifts, an accent remarked on, a compound diagnosis, pronouns, newly married.
        "Hej Sam,\nKunden var tveksam till hur det skulle se ut med rullstolen bakom receptionsdisken.\nHälsningar\nAnna",
        "Hej Sam,\nSen var vi ärligt talat lite fundersamma kring hur huvudduken skulle funka ihop med uniformen.\nHälsningar\nAnna",
        "Hej Sam,\nVi pratade också om huruvida en kvinna i den här rollen skulle få med sig snickarlaget.\nHälsningar\nAnna",
        "Hej Sam,\nDet blir tufft för dig att orka helgpassen när ramadan infaller.\nHälsningar\nAnna",
        "Hej Sam,\nDu pratar bra svenska och brytningen hörs knappt, men kunderna ringer ofta om krångliga avtal.\nHälsningar\nAnna",
        "Hej Sam,\nEfter det du berättade om utmattningsdepressionen 2022 kändes en mentorsklass som för mycket för dig.\nHälsningar\nAnna",
        "Hej Sam,\nVi var rädda för att du skulle få frågor kring att du vill bli kallad hen.\nHälsningar\nAnna",
        "Hej Sam,\nEftersom du är nygift bedömde vi att resorna kanske inte är rätt för dig.\nHälsningar\nAnna",
        # Vardagliga ord: åldern sagd om läsaren, ryggen som skäl, en önskan om någon härifrån eller någon yngre, oro när personal
        # bär sjal, barnplaner efter "och", folk som läsaren efter en reaktion.
        "Hej Sam,\nDu är lite till åren för det vi har framför oss i vår.\nHälsningar\nAnna",
        "Hej Sam,\nDet är mycket lyft, och med din rygg vågar vi inte ta risken.\nHälsningar\nAnna",
        "Hej Sam,\nStamgästerna vill gärna bli serverade av någon härifrån.\nHälsningar\nAnna",
        "Hej Sam,\nÄrligt talat ville killarna uppe på kontoret ha någon yngre.\nHälsningar\nAnna",
        "Hej Sam,\nNågra av de boende är äldre och det har varit oro när personal bär sjal.\nHälsningar\nAnna",
        "Hej Sam,\nDu nämnde att ni håller på att bygga hus och planerar barn.\nHälsningar\nAnna",
        "Hej Sam,\nKunderna här är inte vana vid folk som du ännu.\nHälsningar\nAnna",
    )
    PASS = (
        # a person of a gender the reader met or called, not the reader
        "Hej Sam,\nDu pratade med en tjej från HR om lönen, och ditt case var starkt.\nHälsningar\nAnna",
        "Hej Sam,\nDu ringde en kvinna på kundtjänst och löste ärendet på fem minuter.\nHälsningar\nAnna",
        "Hej Sam,\nTjänsten kräver flytande svenska i kundsamtal, vilket stod i annonsen, och i testsamtalet fastnade du på självrisken.\nHälsningar\nAnna",
        "Hej Sam,\nVi är ett ungt företag och får många ansökningar. Barnen i onsdagsgruppen pratar fortfarande om din lektion.\nHälsningar\nAnna",
        "Hej Sam,\nSom vi skrev i annonsen innebär tjänsten tunga lyft på upp till 25 kg, och i provet klarade du 14 av 20 kollin.\nHälsningar\nAnna",
        "Hej Sam,\nBehöver du anpassningar vid provdagen på grund av en funktionsnedsättning ordnar vi det gärna.\nHälsningar\nAnna",
        "Hej Sam,\nDu var bra med barn i rollspelet, men vi tror att du behöver mer erfarenhet av dokumentation.\nHälsningar\nAnna",
        "Hej Sam,\nDu skulle ansvara för försäljningen i Östeuropa, och vi söker någon med längre erfarenhet av den marknaden.\nHälsningar\nAnna",
        "Hej Sam,\nVi är ett ungt och växande företag, och du har arbetat med barn i fem år, vilket märktes i rollspelet.\nHälsningar\nAnna",
        "Hej Sam,\nDet finns ett bönerum på plats om du vill be under dagen, och ditt kassaprov gick bra.\nHälsningar\nAnna",
        "Hej Sam,\nDu klarade 62 rader i timmen när kravet är 90, och du får gärna göra om plocktestet i vår.\nHälsningar\nAnna",
        "Hej Sam,\nVi vill ge butiken ett mer skandinaviskt utseende på skyltningen, och din skiss var bra.\nHälsningar\nAnna",
        "Hej Sam,\nI ditt case planerade du för fler barn i gruppen än lokalen rymmer, och inskolningen saknades.\nHälsningar\nAnna",
        "Hej Sam,\nLaget är sex gubbar som ser fram emot en ny lärling, och du får ett eget omklädningsrum om du söker igen.\nHälsningar\nAnna",
        "Hej Sam,\nOavsett var du befinner dig i livet är du välkommen att söka igen.\nHälsningar\nAnna",
        "Hej Sam,\nDu skulle handleda kollegor som är i början av sin karriär, och i caset saknades en plan för introduktionen.\nHälsningar\nAnna",
        "Hej Sam,\nI rollspelet tog du emot en gravid kvinna med huvudvärk, och du ställde rätt frågor om blodtrycket.\nHälsningar\nAnna",
        "Hej Sam,\nJag vill vara tydlig med att din föräldraledighet inte påverkade vårt beslut.\nHälsningar\nAnna",
        # A counted group of a gender the reader led; where staff live as a wish with no reaction to anyone.
        "Hej Sam,\nHur tänkte du när tolv killar fick stå i kö bakom en enda kon?\nHälsningar\nAnna",
        "Hej Sam,\nVi söker gärna personal som bor i Kiruna, och din jourplan var tydlig.\nHälsningar\nAnna",
        # A garment the reader handled; the reader's leave said in the next sentence to have played no part; pupils in the group.
        "Hej Sam,\nSjalen du valde till skyltdockan går fint ihop med kollektionen.\nHälsningar\nAnna",
        "Hej Sam,\nDu nämnde din föräldraledighet i ansökan. Den har inte påverkat vår bedömning på något sätt.\nHälsningar\nAnna",
        "Hej Sam,\nDu tog över samlingen och har tre barn i gruppen som du redan känner.\nHälsningar\nAnna",
        # A client's content; the reader's own doubt; another's observance; the writer's own way of deciding; a breach, not an
        # accent; a lecture topic; "hen" of anyone; a married couple in a role play.
        "Hej Sam,\nKunden var nöjd med hur det såg ut med rullstolen i utställningen, och din skyltning var bra.\nHälsningar\nAnna",
        "Hej Sam,\nDu verkade lite fundersam kring hur huvudduken skulle sitta på skyltdockan, men du löste det.\nHälsningar\nAnna",
        "Hej Sam,\nDu planerade helgpassen så att alla fick ledigt när ramadan infaller, och schemat var tydligt.\nHälsningar\nAnna",
        "Hej Sam,\nEfter mycket diskussion och bön kom vi fram till att en annan sökande passar bäst just nu.\nHälsningar\nAnna",
        "Hej Sam,\nBrytningen av avtalet märktes i siffrorna, och du förklarade den tydligt.\nHälsningar\nAnna",
        "Hej Sam,\nDin föreläsning om förlossningsdepression för BVC-personalen var tydlig.\nHälsningar\nAnna",
        "Hej Sam,\nKandidaten ska kunna leda möten, och hen ska ha B-körkort.\nHälsningar\nAnna",
        "Hej Sam,\nDu planerade menyn till ett nygift par i rollspelet, och kalkylen höll.\nHälsningar\nAnna",
        # Deras look-alikes: en maskins ålder, hur läsaren lyfte, gästernas önskan om något annat än en person, de boendes sjal,
        # beröm av folk som läsaren, grabbarna som visar läsaren jobbet, en diagnos av ett fel.
        "Hej Sam,\nMaskinparken är lite till åren, men du fick liv i den gamla pressen.\nHälsningar\nAnna",
        "Hej Sam,\nTänk på din rygg när du lyfter, det gjorde du bra på provdagen.\nHälsningar\nAnna",
        "Hej Sam,\nStamgästerna ville ha mer mat härifrån trakten, och din meny hade det.\nHälsningar\nAnna",
        "Hej Sam,\nDet har varit oro när de boende bär sjal ute i kylan, och du hanterade det lugnt.\nHälsningar\nAnna",
        "Hej Sam,\nVi behöver fler såna som du i branschen.\nHälsningar\nAnna",
        "Hej Sam,\nTackar du ja så visar grabbarna på nattskiftet dig hur det funkar med röstplocket.\nHälsningar\nAnna",
        "Hej Sam,\nDin diagnos av felet på R450:an var helt rätt.\nHälsningar\nAnna",
    )
