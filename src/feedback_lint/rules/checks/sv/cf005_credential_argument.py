from __future__ import annotations

from ...base import RuleDoc, register
from ..cf005_credential_argument import CredentialArgument


@register
class CredentialArgumentSv(CredentialArgument):
    LANGUAGES = ("sv",)
    MESSAGE = "Argumenterar mot beslutet genom att räkna upp dina meriter: det läses som 'ni hade fel'"
    FIX_TITLE = "Släpp argumentet; fråga vad som skulle stärka en framtida ansökan"
    DOC = RuleDoc(
        what="Meningar som ställer skribentens meriter mot beslutet: 'Med tolv års erfarenhet förstår jag inte hur…', 'Jag uppfyller alla krav, men ändå…', 'Vilka kvalifikationer hade den valda kandidaten som inte jag har?', 'mitt svar var faktiskt rätt', 'min lärare håller med mig'.",
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
    )
    PASS = (
        "Jag har tolv års erfarenhet av logistik och skulle uppskatta din syn på vad jag kan utveckla.",
        "Jag förstår att tjänsten krävde mer erfarenhet av SAP.",
        "Min examen är i kemi, så jag tar gärna emot råd om frågorna om labbautomation.",
        "Kan du berätta vilken del av mitt svar på stödmursfrågan som var fel?",
    )
    REPLACEMENT = "Jag skulle vara tacksam att få veta vilka delar av min erfarenhet som var mindre relevanta för tjänsten."
