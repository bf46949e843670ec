from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ...base import CheckRule, RuleDoc, register


@register
class NoStrengthSv(CheckRule):
    CODE = "CN002"
    NAME = "no-strength"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("feedback",)
    LANGUAGES = ("sv",)
    MESSAGE = "Nämner ingen styrka: återkoppling som bara handlar om brister är svår att ta till sig och ofullständig"
    FIX_TITLE = "Nämn minst en sak som kandidaten gjorde bra"
    DOC = RuleDoc(
        what="Återkoppling till en kandidat som inte nämner något som kandidaten gjorde bra.",
        why="Kandidater agerar på återkoppling när de litar på att den är balanserad. En verklig styrka säger också vad de ska fortsätta med.",
        example="Dina SQL-svar missade join-villkoren och rapporten kom in sent.",
        instead="Din dashboard var den tydligaste vi såg; dina SQL-svar missade join-villkoren.",
    )
    FAIL = ("Hej Sam,\nDina SQL-svar missade join-villkoren och rapporten kom in sent. Öva på joins i en exempeldatabas.\nHälsningar\nAnna",)
    PASS = ("Hej Sam,\nDin dashboard var den tydligaste vi såg, men dina SQL-svar missade join-villkoren.\nHälsningar\nAnna",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.has("strength_cues"):
            start, end = ctx.first_line
            at = ctx.opening_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[
                self.suggest(at, at, "En verklig styrka vi såg var [en konkret styrka från intervjun].\n\n")
            ])
