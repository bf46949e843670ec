from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register


@register
class NoStrength(CheckRule):
    CODE = "CN002"
    NAME = "no-strength"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("feedback",)
    MESSAGE = "Names no strength: feedback that is only about gaps is hard to hear and incomplete"
    FIX_TITLE = "Name at least one thing the candidate did well"
    DOC = RuleDoc(
        what="Feedback to a candidate that does not mention anything they did well.",
        why="Candidates act on feedback when they trust it is balanced. Naming a real strength also tells them what to keep doing.",
        example="Your SQL answers missed the join conditions and the dashboard was late.",
        instead="Your dashboard design was the clearest we saw; your SQL answers missed the join conditions.",
    )
    STRENGTH = "One real strength we saw was [a specific strength from the interview]."
    FAIL = ("Hi Sam,\nYour SQL answers missed the join conditions and the dashboard was late. Try practising joins on a sample schema.\nRegards,\nAnna",)
    PASS = ("Hi Sam,\nYour dashboard design was the clearest we saw, but your SQL answers missed the join conditions.\nRegards,\nAnna",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not ctx.has("strength_cues"):
            start, end = ctx.first_line
            at = ctx.second_paragraph_point
            opening = ctx.opening_insert_point
            first = next((s for s in ctx.body_sentences if s.start_char >= opening), None)
            if at != opening or first is None:
                suggestion = self.suggest(at, at, self.STRENGTH + "\n\n")
            else:  # one paragraph: after its first sentence (the thanks or the decision)
                after = first.start_char + len(first.text.rstrip())
                suggestion = self.suggest(after, after, " " + self.STRENGTH)
            yield self.finding(start, end, ctx=ctx, suggestions=[suggestion])
