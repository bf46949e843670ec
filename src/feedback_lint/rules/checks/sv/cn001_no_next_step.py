from __future__ import annotations

from ....core.context import Context
from ....core.lexicon import compound_head, lexicon
from ...base import RuleDoc, register
from ..cn001_no_next_step import NoNextStep


@register
class NoNextStepSv(NoNextStep):
    LANGUAGES = ("sv",)
    NEXT_STEP = "En sak som skulle stärka en framtida ansökan: [ett konkret nästa steg, till exempel en kurs, en övning eller en erfarenhet att skaffa].\n\n"
    MESSAGE = "Kritik utan nästa steg: kandidaten får veta vad som var fel men inte vad som skulle hjälpa"
    FIX_TITLE = "Lägg till ett konkret nästa steg som går att göra något åt"
    DOC = RuleDoc(
        what="Återkoppling som pekar ut en brist eller svaghet men aldrig säger vad kandidaten kan göra åt den.",
        why="Återkoppling är användbar när den går att agera på. En brist utan nästa steg läses som ett omdöme om personen.",
        example="Tyvärr var dina svar i den tekniska delen svaga.",
        instead="Dina svar i den tekniska delen var svaga på indexering; en kurs i frågeplaner skulle hjälpa innan du söker igen.",
    )
    FAIL = (
        "Hej Sam,\nTyvärr var dina svar i den tekniska delen svaga och caset saknade detaljer.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr glömde du två beställningar och kassan stämde inte. Hör av dig vid frågor.\nHälsningar\nAnna",
        # att vi återkommer, att något kom tillbaka eller att vanan saknades är inget steg
        "Hej Sam,\nTyvärr saknade rapporten en sammanfattning. Vi återkommer till dig om nästa rekrytering.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr kom referenserna tillbaka med anmärkningar på punktligheten.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr verkade du inte van vid kassasystemet och två kvitton blev fel.\nHälsningar\nAnna",
        # kontakt för frågor är inget steg, inte heller när det står som ett villkor med omvänd ordföljd
        "Hej Sam,\nTyvärr saknade caset en tidsplan. Vill du veta mer om beslutet kan du ringa mig.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte poängen på provet. Om du har några frågor kan du höra av dig.\nHälsningar\nAnna",
        # ett tips som redan gavs, en anmälan som redan gjordes, kandidatens eget förslag, ett pass som redan gicks
        "Hej Sam,\nDin kollega tipsade oss om dig, men tyvärr saknade din kalkyl momsen.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr kom din anmälan till provpasset in efter sista anmälningsdag.\nHälsningar\nAnna",
        "Hej Sam,\nDitt förslag till ny skiftplan saknade tyvärr helgerna.\nHälsningar\nAnna",
        "Hej Sam,\nDu gick bredvid Alva i fredags, men tyvärr glömde du att kolla legitimation.\nHälsningar\nAnna",
        # 'när du är' med ett tillstånd som inte är något att uppnå, kontakt när frågor finns, och en
        # uppmaning med 'gärna' som inte säger vad kandidaten ska göra åt bristen
        "Hej Sam,\nTyvärr märktes det att du tappar tråden när du är stressad, och två beställningar blev fel.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade caset en tidsplan. Hör av dig när du har frågor.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte poängen på provet. Gå gärna in på vår webbplats och se lediga tjänster.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade caset en tidsplan. Ta gärna kontakt om något är oklart.\nHälsningar\nAnna",
        # ett ord som bara slutar på samma bokstäver ('diskurs', 'rekurs') är ingen kurs
        "Hej Sam,\nTyvärr var diskursen i rapporten otydlig och kalkylen saknade momsen.\nHälsningar\nAnna",
        # en introduktion som kandidaten redan fått, och träning som redan gjorts, är inget steg
        "Hej Sam,\nDu fick en introduktion i kassasystemet, men tyvärr stämde inte kassan.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte träningen du hade fått, och två kvitton blev fel.\nHälsningar\nAnna",
        # skribentens egen artiga begäran ('jag vill be att få återkomma') är inget steg för kandidaten
        "Hej Sam,\nTyvärr saknade kalkylen momsen. Jag vill be att få återkomma om nästa rekrytering.\nHälsningar\nAnna",
        # nytta som arbetsgivaren skulle ha haft, och en auskultering som redan gjorts, är inget steg för kandidaten
        "Hej Sam,\nTyvärr räckte inte erfarenheten. Vi skulle ha haft stor nytta av någon med BVC-vana.\nHälsningar\nAnna",
        "Hej Sam,\nDu auskulterade hos oss i maj, men tyvärr saknade journalanteckningen tider.\nHälsningar\nAnna",
        # ett tempo som kandidaten redan jobbat upp, och att vi hör av oss, är inget steg för kandidaten
        "Hej Sam,\nDu har jobbat upp ett bra tempo, men tyvärr blev två kvitton fel.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte tempot i kassan. Vi hör av oss i vår om nästa rekrytering.\nHälsningar\nAnna",
        # en kontakt som kandidaten redan fått är inget erbjudande om en
        "Hej Sam,\nTyvärr saknade planen ledtiden för etikprövningen. Det var Eva som satte dig i kontakt med oss.\nHälsningar\nAnna",
        # något som panelen redan gick igenom eller såg över är inget steg för kandidaten
        "Hej Sam,\nTyvärr saknade din plan raster. Vi gick gärna igenom den med dig och såg över den en gång till.\nHälsningar\nAnna",
    )
    PASS = (
        # an offer to put the candidate on a list for other shifts
        "Hej Sam,\nTyvärr kan du inte ta nätter, och alla går med i nattjouren. Vill du att jag sätter upp dig på listan för dagpass i jul?\nHälsningar\nAnna",
        # a coming post pointed out in a formal letter, and papers the candidate may still send in
        "Hej Sam,\nDin examen är äldre än fem år, så du är inte behörig. Nämnden vill uppmärksamma dig på att universitetet avser att utlysa lektorat i ämnet i vår.\nMed vänlig hälsning\nAnna",
        "Hej Sam,\nTyvärr saknade ansökan intyg om ledighet, så behörighetskravet är inte uppfyllt. Fler intyg kan du inkomma med senast den 24 november.\nMed vänlig hälsning\nAnna",
        # a vacancy the writer would like to see the candidate apply for
        "Hej Sam,\nTyvärr saknade du erfarenhet av nattskift. Vi söker en laboratorietekniker i februari, och jag skulle gärna se att du sökte den.\nHälsningar\nAnna",
        # a way to get closer to the job, named as such
        "Hej Sam,\nTyvärr saknade du erfarenhet av triagering. Ett sätt att komma närmare är att ta timanställning hos oss på akutvårdsavdelningen.\nHälsningar\nAnna",
        # a place to read up and a coming vacancy the writer will get in touch about
        "Hej Sam,\nTyvärr missade du fotundersökningen. Riktlinjerna för diabetesvård är en bra genomgång, och vi räknar med att anställa igen i höst och hör gärna av oss då.\nHälsningar\nAnna",
        # det kandidaten skulle vinna på, och ett erbjudande att lägga fram kandidaten för ett annat uppdrag
        "Hej Sam,\nTyvärr låg du tolv minuter efter vid bord 4. Jag tror du skulle vinna mycket på några veckor i ett kök med högt tempo.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr låg du efter i tempot. Jag har ett uppdrag på Tjörn i januari; säg till, så lägger jag fram dig.\nHälsningar\nAnna",
        # en uppmaning att göra samma slags arbete som saknades
        "Hej Sam,\nTyvärr kunde du inte visa hur du följt upp de nationella proven. Gör en sådan analys för din klass i vår.\nHälsningar\nAnna",
        # ett villkor med omvänd ordföljd som är ett steg kandidaten kan ta
        "Hej Sam,\nTyvärr har du inte B-körkort än. Tar du körkortet under vintern får du gärna höra av dig.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr fick du 71 av 100 i den svenska delen. Du är välkommen att göra om testet om sex månader.\nHälsningar\nAnna",
        "Hej Sam,\nCaset saknade en budget. Jag rekommenderar att du övar på en kostnadsberäknad plan innan du söker igen.\nHälsningar\nAnna",
        "Hej Sam,\nTack för intervjun. Du var utmärkt och vi erbjuder dig en plats i nästa steg.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr glömde du att slå in två beställningar. Gör det till en vana att alltid slå först och blanda sen.\nHälsningar\nAnna",
        "Hej Sam,\nLogotypen följde tyvärr inte profilen. Inför kommande arbetsprov kan det löna sig att utgå från kundens manual.\nHälsningar\nAnna",
        "Hej Sam,\nDin kalkyl saknade effekten på intäkterna. Lägg mer tid på att koppla varje kostnad till dess effekt.\nHälsningar\nAnna",
        # ett steg som en uppmaning med 'gärna', eller som ett villkor med omvänd ordföljd
        "Hej Sam,\nDet som drog ned var ritningsläsningen. Be gärna din handledare att få göra mer utsättning själv.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr var tempot i plocket för lågt. Skriver du in dig hos bemanningsföretaget får du upplärning i röstplock.\nHälsningar\nAnna",
        # en vana som uppmaning, och en inbjudan att komma tillbaka
        "Hej Sam,\nDu hade tre fel i inventeringen. Vänj dig vid att räkna varje hylla två gånger.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr missade du två allergener i menyn. Vänj dig av med att lita på minnet och stäm av mot receptkortet.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr fastnade du på lastsäkringen. Det är vanligt i början, så du är välkommen tillbaka i vår.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte körvanan den här gången. Efter ett år med eget körkort får du gärna komma tillbaka till oss.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr var svarstiderna i kundtjänsttestet för långa. Återkom gärna till hösten.\nHälsningar\nAnna",
        # ett tips om ett program och hur man anmäler sig till det
        "Hej Sam,\nTyvärr saknade caset en riskanalys. Jag vill tipsa om vårt mentorprogram, som startar i mars.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte lagervanan. Vi har ett sommarprogram på lagret; anmälan görs på vår webbplats senast 1 maj.\nHälsningar\nAnna",
        # ett erbjudande som villkor med omvänd ordföljd, att gå bredvid någon, och skribentens eget förslag
        "Hej Sam,\nTyvärr blev två av drinkarna för utspädda. Vill du, så får du jobba ett extrapass med vår bartender i december.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr missade du två allergener. Du är välkommen att gå bredvid vår kock en lunch.\nHälsningar\nAnna",
        "Hej Sam,\nDin kalkyl saknade momsen. Mitt förslag är en kvällskurs i bokföring.\nHälsningar\nAnna",
        # ett villkor som kandidaten kan uppnå ('när du är registrerad'), och en kurs eller ett pass som
        # uppmaning med 'gärna' (kursen ofta som sammansatt ord)
        "Hej Sam,\nTyvärr saknar du registrering hos Fastighetsmäklarinspektionen. När du är registrerad, hör av dig!\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade du truckkort för motviktstruck. När du fått det, ring mig.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr satt spännbanden för glest på pallarna. Gå gärna en lastsäkringskurs så ringer jag dig i juni.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr blev svaren om bokslutet lite tunna. Jobba gärna lite mer med periodiseringar, så hörs vi i höst.\nHälsningar\nAnna",
        # en kurs eller utbildning som sammansatt ord, utan 'gärna' eller 'gå en kurs' runt sig
        "Hej Sam,\nTyvärr satt spännbanden för glest på pallarna. En lastsäkringskurs hos Transportföretagen vore nästa steg.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade du behörighet för motviktstruck. Truckkortsutbildningen på Komvux startar i mars.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade beslutet en överklagandehänvisning. Socialstyrelsens webbutbildning om dokumentation tar fyra timmar.\nHälsningar\nAnna",
        # träning som nästa steg, utan uppmaning (ofta som sammansatt ord), och en introduktion som
        # erbjuds, öppen för den som inte är anställd
        "Hej Sam,\nTyvärr hann du bara halva diktatet. Regelbunden skrivträning ger mycket på några veckor.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte tempot i plocket. Mer träning ger snabbt resultat.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr kunde du inte journalsystemet. Regionen har en introduktion i systemet för sökande.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr kunde du inte journalsystemet. Regionen har ett webbinarium om systemet som är öppet för externa.\nHälsningar\nAnna",
        # att be den nuvarande arbetsgivaren om att få öva (som engelskans 'ask your current employer to let you')
        "Hej Sam,\nTyvärr blev sex lappar liggande vid rusningen. Be att få stå på grillen några kvällar på ditt nuvarande jobb.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade du vana vid bokslut. Be din chef om att få ta hand om ett månadsbokslut.\nHälsningar\nAnna",
        # ett steg sagt som det kandidaten skulle ha nytta av (som engelskans 'you would benefit from'), och att
        # auskultera (som engelskans 'shadow')
        "Hej Sam,\nTyvärr saknade journalanteckningen tider. Vi tror att du skulle ha stor nytta av ett par pass med en erfaren kollega.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade journalanteckningen tider. Du är välkommen att auskultera hos oss en dag.\nHälsningar\nAnna",
        # en uppmaning att jobba upp det som saknades, och att höra av sig vid en viss tid
        "Hej Sam,\nTyvärr var tempot i disken för lågt under lunchen. Jobba upp farten i några månader, så ses vi igen.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr räckte inte tempot i kassan. Skaffa lite mer vana och hör av dig till hösten.\nHälsningar\nAnna",
        # ett erbjudande om att sätta kandidaten i kontakt med någon som kan hjälpa
        "Hej Sam,\nTyvärr saknade planen ledtiden för etikprövningen. Jag kan gärna sätta dig i kontakt med vår dataansvarige.\nHälsningar\nAnna",
        # en uppmaning med 'gärna' inne i ett partikelverb ('gå gärna igenom', 'se gärna över', 'sätt dig gärna in i')
        "Hej Sam,\nTyvärr körde chauffören fem timmar utan rast i din plan. Gå gärna igenom Transportstyrelsens vägledning om kör- och vilotider.\nHälsningar\nAnna",
        "Hej Sam,\nTyvärr saknade kalkylen momsen. Sätt dig gärna in i momsreglerna för byggtjänster.\nHälsningar\nAnna",
    )

    def has_next_step(self, ctx: Context) -> bool:
        """Utöver ``next_step_cues``: en kurs, utbildning, träning eller introduktion skriven som sammansatt
        ord ("en lastsäkringskurs", "truckkortsutbildningen", "tangentbordsträning"), det vill säga ett ord som slutar på ett av
        ``next_step_heads`` (med böjningsändelse) efter en förled på minst tre bokstäver, räknas som 'kurs'
        och 'utbildning' gör; ord som bara slutar likadant (``not_next_step_heads``: "diskurs", "konkurs")
        räknas inte."""
        return super().has_next_step(ctx) or any(_compound_step(t.lower_) for s in ctx.content_sentences for t in s)


#: The shortest first part of a compound course name ("last" in "lastsäkringskurs").
MIN_FIRST_PART = 3


def _compound_step(word: str) -> bool:
    if not word[:1].isalpha() or word.startswith(lexicon("not_next_step_heads", "sv")):
        return False
    head = compound_head(word, lexicon("next_step_heads", "sv"), "sv")
    return head is not None and len(word) - len(head) >= MIN_FIRST_PART
