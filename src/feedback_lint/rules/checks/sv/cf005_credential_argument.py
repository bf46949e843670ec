from __future__ import annotations

from ...base import RuleDoc, register
from ..cf005_credential_argument import CredentialArgument


@register
class CredentialArgumentSv(CredentialArgument):
    LANGUAGES = ("sv",)
    MESSAGE = "Argumenterar mot beslutet genom att räkna upp dina meriter: det läses som 'ni hade fel'"
    FIX_TITLE = "Släpp argumentet; fråga vad som skulle stärka en framtida ansökan"
    DOC = RuleDoc(
        what="Meningar som ställer skribentens meriter mot beslutet: 'Med tolv års erfarenhet förstår jag inte hur…', 'Jag uppfyller alla krav, men ändå…', 'Vilka kvalifikationer hade den valda kandidaten som inte jag har?', 'mitt svar var faktiskt rätt', 'min lärare håller med mig'. Också erbjudandet som någon skribenten känner fick med samma portfolio, cv eller betyg, ställt mot beslutet ('min kompis fick ett erbjudande på Brightwell med i princip samma portfolio, så jag har svårt att se vad som saknades'; inte en väns jobb som skäl att söka: 'en vän som ni anställde förra året med samma bakgrund tipsade mig om tjänsten').",
        why="Beslutet är fattat. Att räkna upp sitt CV som bevis för att det var fel får mottagaren att försvara det, och säger att du vore svår att ge återkoppling till.",
        example="Jag har tolv års erfarenhet av logistik, så jag förstår inte hur jag kunde anses okvalificerad.",
        instead="Jag skulle vara tacksam att få veta vilka delar av min erfarenhet som var mindre relevanta för tjänsten.",
    )
    FAIL = (
        "Jag har tolv års erfarenhet av logistik, så jag förstår inte hur jag kunde anses okvalificerad.",
        "Jag uppfyller alla krav i annonsen och ändå valde ni bort mig.",
        "Med min examen och mina certifieringar är jag uppenbarligen mer kvalificerad än den ni anställde.",
        "Jag anser att mitt svar på stödmursfrågan faktiskt var rätt.",
        "Jag har stämt av med min lärare och han håller med mig om min beräkning.",
        # en bekants erbjudande med samma portfolio ställt mot beslutet, i samma mening eller nästa
        "Min kompis sökte samma typ av traineetjänst på Brightwell med i princip samma portfolio och fick ett erbjudande direkt, så jag har svårt att se vad som saknades.",
        "En kurskamrat med samma betyg fick jobbet på Arkwright förra veckan. Jag förstår inte hur min ansökan var svagare.",
    )
    PASS = (
        "Jag har tolv års erfarenhet av logistik och skulle uppskatta din syn på vad jag kan utveckla.",
        "Jag förstår att tjänsten krävde mer erfarenhet av SAP.",
        "Min examen är i kemi, så jag tar gärna emot råd om frågorna om labbautomation.",
        "Kan du berätta vilken del av mitt svar på stödmursfrågan som var fel?",
        # en bekants jobb som skäl att söka, eller utan något som ställs mot beslutet
        "En vän till mig blev anställd hos er förra året med samma bakgrund, och det var därför jag sökte.",
        "Min kompis fick ett erbjudande på Brightwell förra månaden, så jag vet att marknaden rör sig; alla tips tas tacksamt emot.",
    )
    REPLACEMENT = "Jag skulle vara tacksam att få veta vilka delar av min erfarenhet som var mindre relevanta för tjänsten."
