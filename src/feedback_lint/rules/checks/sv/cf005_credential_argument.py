from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ....core.lexicon import contains_any
from ...base import CheckRule, RuleDoc, register

#: The writer restating their qualifications.
_CREDENTIALS = (
    "års erfarenhet", "år som", "år i branschen", "min examen", "examen", "min utbildning", "mina meriter", "min erfarenhet",
    "min bakgrund", "legitimation", "certifierad", "auktorisation", "kvalificerad", "överkvalificerad", "jag har arbetat",
    "jag har jobbat", "jag har lett", "jag har byggt", "jag har ansvarat", "alla krav", "varje krav", "perfekt för",
    "den bästa kandidaten", "mer erfarenhet än", "erfarenhet", "toppresultat", "mina betyg", "mina referenser",
)
#: Disputing the decision with them.
_DISPUTE = (
    "förstår inte hur", "ser inte hur", "svårt att förstå", "svårt att tro", "kan inte tro", "obegripligt", "märkligt",
    "uppenbarligen", "självklart", "mer kvalificerad än", "bättre kvalificerad", "överkvalificerad", "ett misstag",
    "fel beslut", "felaktigt beslut", "ompröva", "borde ha fått", "förtjänade", "och ändå", "men ändå", "trots att",
    "trots det", "hur kan det komma sig", "vilka kvalifikationer", "som inte jag har", "inte ens gå vidare", "och ni valde",
)


@register
class CredentialArgumentSv(CheckRule):
    CODE = "CF005"
    NAME = "credential-argument"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    KINDS = ("request",)
    LANGUAGES = ("sv",)
    MESSAGE = "Argumenterar mot beslutet genom att räkna upp dina meriter: det läses som 'ni hade fel'"
    FIX_TITLE = "Släpp argumentet; fråga vad som skulle stärka en framtida ansökan"
    DOC = RuleDoc(
        what="Meningar som ställer skribentens meriter mot beslutet: 'Med tolv års erfarenhet förstår jag inte hur…', 'Jag uppfyller alla krav, men ändå…', 'Vilka kvalifikationer hade den valda kandidaten som inte jag har?'.",
        why="Beslutet är fattat. Att räkna upp sitt CV som bevis för att det var fel får mottagaren att försvara det, och säger att du vore svår att ge återkoppling till.",
        example="Jag har tolv års erfarenhet av logistik, så jag förstår inte hur jag kunde anses okvalificerad.",
        instead="Jag skulle vara tacksam att få veta vilka delar av min erfarenhet som var mindre relevanta för tjänsten.",
    )
    FAIL = (
        "Jag har tolv års erfarenhet av logistik, så jag förstår inte hur jag kunde anses okvalificerad.",
        "Jag uppfyller alla krav i annonsen och ändå valde ni bort mig.",
        "Med min examen och mina certifieringar är jag uppenbarligen mer kvalificerad än den ni anställde.",
    )
    PASS = (
        "Jag har tolv års erfarenhet av logistik och skulle uppskatta din syn på vad jag kan utveckla.",
        "Jag förstår att tjänsten krävde mer erfarenhet av SAP.",
        "Min examen är i kemi, så jag tar gärna emot råd om frågorna om labbautomation.",
    )
    REPLACEMENT = "Jag skulle vara tacksam att få veta vilka delar av min erfarenhet som var mindre relevanta för tjänsten."

    def run(self, ctx: Context) -> Iterator[Finding]:
        for sent in ctx.sentences:
            lower = sent.text.lower()
            if contains_any(lower, _CREDENTIALS) and contains_any(lower, _DISPUTE):
                start = sent.start_char
                end = start + len(sent.text.rstrip())
                yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, self.REPLACEMENT)])
