from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import contains_any, lexicon
from ..base import CheckRule, RuleDoc, register


@register
class NoNextStep(CheckRule):
    CODE = "CN001"
    NAME = "no-next-step"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("feedback",)
    MESSAGE = "Criticism with no next step: the candidate learns what was wrong but not what would help"
    FIX_TITLE = "Add one concrete, actionable next step"
    #: Inserted after the last criticism; the placeholder is for the writer to fill.
    NEXT_STEP = "One thing that would strengthen a future application: [a concrete next step, such as a course, a practice exercise or an experience to gain].\n\n"
    DOC = RuleDoc(
        what="Feedback that names a gap or weakness but never says what the candidate could do about it.",
        why="Feedback is useful when it can be acted on. A gap with no next step reads as a verdict on the person.",
        example="Unfortunately your answers in the technical round were weak.",
        instead="Your answers in the technical round were weak on indexing; working through a course on query plans would help before you apply again.",
    )
    FAIL = ("Hi Sam,\nUnfortunately your answers in the technical round were weak and the case study lacked detail.\nRegards,\nAnna",)
    PASS = (
        "Hi Sam,\nYour case study lacked a budget. I would recommend practising a costed plan before you apply again.\nRegards,\nAnna",
        "Hi Sam,\nThank you for interviewing with us. You were excellent and we have made you an offer for the next stage.\nRegards,\nAnna",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        if ctx.has("criticism_cues") and not ctx.has("next_step_cues"):
            start, end = ctx.first_line
            cues = lexicon("criticism_cues", ctx.language)
            criticised = [s for s in ctx.body_sentences if contains_any(s.text.lower(), cues)]
            # After the paragraph with the last criticism: the next step follows the gap it answers.
            at = ctx.next_paragraph_point(criticised[-1].start_char) if criticised else ctx.closing_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[
                self.suggest(at, at, self.NEXT_STEP)
            ])
