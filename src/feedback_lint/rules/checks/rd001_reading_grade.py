from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register

MAX_GRADE = 14.0
MIN_WORDS = 40


@register
class ReadingGrade(CheckRule):
    CODE = "RD001"
    NAME = "reading-grade"
    CATEGORY = Category.READABILITY
    SEVERITY = Severity.INFO
    MESSAGE = "Hard to read: reading grade {grade:.0f} (aim for {max:.0f} or below)"
    FIX_TITLE = "Use shorter sentences and plainer words"
    NO_SUGGESTION_REASON = "Simplifying a whole draft is a rewrite only the writer can do well."
    DOC = RuleDoc(
        what=f"Drafts of at least {MIN_WORDS} words whose Flesch-Kincaid grade (textstat) is above {MAX_GRADE:.0f}.",
        why="Feedback is read by people of every background, sometimes in a second language; dense prose hides the point.",
        example="Notwithstanding the considerable organisational complexities inherent in the multidimensional evaluation framework…",
        instead="We scored every candidate on the same four criteria. Here is where you stood on each.",
    )
    FAIL = ("Dear applicant,\nNotwithstanding the considerable organisational complexities inherent in our multidimensional evaluation framework, the committee's deliberations necessitated prioritising candidates demonstrating comprehensive institutional familiarity, notwithstanding your commendable methodological sophistication and interdisciplinary versatility, which were unanimously acknowledged by all participating evaluators notwithstanding procedural considerations.\nRegards,\nThe Committee",)
    PASS = ("Dear Sam,\nThank you for coming in on Monday. Your answer on stock control was clear and you knew the till system well. The gap was in the cash-up task: the float was out by ten pounds. Try a practice cash-up before your next interview.\nBest,\nAnna",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        import textstat

        text = " ".join(s.text.strip() for s in ctx.sentences)
        if len(text.split()) < MIN_WORDS:
            return
        grade = textstat.flesch_kincaid_grade(text)
        if grade > MAX_GRADE:
            start, end = ctx.lines[0] if ctx.lines else ctx.body_span
            yield self.finding(start, end, ctx=ctx, message=self.message.format(grade=grade, max=MAX_GRADE))
