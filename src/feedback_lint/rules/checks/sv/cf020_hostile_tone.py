from __future__ import annotations

from ...base import RuleDoc, register
from ..cf020_hostile_tone import HostileTone


@register
class HostileToneSv(HostileTone):
    """The English rule's logic; the confrontation models it reads are the Swedish ones (models/sv/). The
    suggestion deletes the sentence, as in English (the rewording of a verdict into an outcome is English only)."""

    LANGUAGES = ("sv",)
    MESSAGE = "Läses som konfrontativt: formuleringen i den här meningen riskerar att sätta mottagaren i försvarsställning"
    FIX_TITLE = "Skriv vad du vill ska hända härnäst, utan skuld eller påtryckning"
    DELETE_TITLE = "Stryk meningen; om den behövs, skriv vad du vill ska hända härnäst, utan skuld"
    WHOLE_MESSAGE = ("Läses som konfrontativt: utkastet som helhet riskerar att sätta mottagaren i försvarsställning, "
                     "och det är den här meningen som läses mest så")
    DOC = RuleDoc(
        what="Utkast som de tränade konfrontationsmodellerna för svenska (models/sv/confrontation*.json, tränade på projektets svenska korpus) bedömer som konfrontativa; fyndet pekar på den mest fientliga meningen, om inte en frasregel redan har flaggat den. Att stryka meningen föreslås bara när den läses som konfrontativ i sig; annars gör utkastet det som helhet, och fyndet säger det.",
        why="Det mesta av fientligheten i jobbmejl är inte svordomar utan vändningar: 'det borde inte vara så svårt att svara', 'kul att åtta timmars arbetsprov räckte till två rader'. Mottagaren hör det ändå.",
        example="Tre veckor och fortfarande ingenting. Sökande är tydligen inte värda ett svar hos er.",
        instead="Jag förstår att ni har mycket att göra; ett kort svar när du har tid vore mycket välkommet.",
    )
    FAIL = (
        "Hej,\nJag vill att ni tittar på min ansökan igen. Ni hade bestämt er innan jag ens satt ner.\nLinus",
        "Hej,\nTre veckor och fortfarande inget svar. Jag antar att sökande inte är värda ett svar hos er.\nLinus",
    )
    PASS = (
        "Hej Sara,\nTack för intervjun i tisdags. Skulle du kunna berätta hur mitt svar på budgetfrågan uppfattades?\nVänliga hälsningar\nLinus",
        "Hej Jonas,\nTack för att du kom till oss. Din presentation var välstrukturerad; prisbilden behövde tydligare siffror.\nVänliga hälsningar\nChris",
    )
