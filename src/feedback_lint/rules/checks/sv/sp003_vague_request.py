from __future__ import annotations

from ....core.context import Context
from ....scoring.specificity import evidence_of
from ...base import RuleDoc, register
from ..sp003_vague_request import VagueRequest


@register
class VagueRequestSv(VagueRequest):
    LANGUAGES = ("sv",)
    MESSAGE = "Frågar inte efter något särskilt: en konkret fråga är lättare att besvara än 'någon återkoppling'"
    FIX_TITLE = "Fråga om en konkret del av processen"
    DOC = RuleDoc(
        what="En begäran om återkoppling som aldrig nämner någon del av processen (ett svar, en uppgift, presentationen, caset, en färdighet) som skribenten vill ha återkoppling på.",
        why="'Någon återkoppling?' ber mottagaren skriva en uppsats; 'hur uppfattades mitt svar på budgetfrågan?' kan besvaras på två rader och besvaras därför oftare.",
        example="Jag skulle uppskatta någon återkoppling.",
        instead="Jag skulle särskilt vilja höra hur mitt svar på budgetfrågan uppfattades.",
    )
    ASK = "Jag skulle särskilt vilja höra din syn på [den del av intervjun du vill ha återkoppling på].\n\n"
    FAIL = ("Hej Lena,\nTack för din tid. Jag skulle uppskatta någon återkoppling.\nHälsningar\nOmar",)
    PASS = ("Hej Lena,\nTack för din tid. Jag skulle särskilt vilja höra hur mitt svar på budgetfrågan uppfattades.\nHälsningar\nOmar",)

    def asks_about_something(self, ctx: Context) -> bool:
        """Also a sentence naming a part of the process ("caset", "kodtestet"): the Swedish list of
        specific asks cannot follow every inflection and compound."""
        return super().asks_about_something(ctx) or any(evidence_of(ctx, s).evidence_nouns for s in ctx.body_sentences)
