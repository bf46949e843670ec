from __future__ import annotations

from typing import Iterator

from ....core.context import Context
from ....core.finding import Category, Finding, Severity
from ....core.lexicon import contains_any, lexicon
from ...base import CheckRule, RuleDoc, register
from ..sp002_reason_without_evidence import enough_evidence


@register
class ReasonWithoutEvidenceSv(CheckRule):
    CODE = "SP002"
    NAME = "reason-without-evidence"
    CATEGORY = Category.SPECIFICITY
    SEVERITY = Severity.WARNING
    KINDS = ("feedback",)
    LANGUAGES = ("sv",)
    MESSAGE = "Ger ett skäl utan något konkret belägg: ingen uppgift, inget svar, ingen färdighet, inget exempel eller tal"
    FIX_TITLE = "Backa upp skälet med ett exempel ni faktiskt såg"
    DOC = RuleDoc(
        what="Återkoppling som säger att kandidaten inte blev vald, eller varför, men aldrig pekar på något konkret: en uppgift, ett svar, en färdighet, ett exempel, ett tal. 'Tyvärr har vi valt att gå vidare med en annan kandidat' utan skäl hör hit.",
        why="Ett skäl utan belägg går inte att lära sig av och väcker misstanken att det verkliga skälet var något annat.",
        example="Vi bedömde att din erfarenhet inte riktigt räckte för tjänsten.",
        instead="I budgetövningen räknade du inte med momsen, och tjänsten ansvarar för en budget på 20 miljoner kronor.",
    )
    FAIL = ("Hej Sam,\nTack för din ansökan. Tyvärr har vi valt att gå vidare med en annan kandidat.\nHälsningar\nAnna",)
    PASS = ("Hej Sam,\nTack för din ansökan. I budgetövningen räknade du inte med momsen, vilket spelade roll eftersom tjänsten ansvarar för en budget på 20 miljoner kronor.\nHälsningar\nAnna",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        sentences = ctx.body_sentences
        cues = lexicon("vague_reason_cues", ctx.language) + lexicon("criticism_cues", ctx.language)
        reasons = [s for s in sentences if contains_any(s.text.lower(), cues)]
        if not reasons or enough_evidence(ctx, sentences):
            return
        sent = reasons[0]
        start, end = sent.start_char, sent.start_char + len(sent.text.rstrip())
        yield self.finding(start, end, ctx=ctx, suggestions=[
            self.suggest(end, end, " Till exempel: [det konkreta svaret, uppgiften eller färdigheten som avgjorde].")
        ])
