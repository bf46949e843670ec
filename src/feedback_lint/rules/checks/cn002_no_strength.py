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
        what="Feedback to a candidate that does not mention anything they did well, between the greeting and the closing (a sign-off such as 'Best,' or a 'good luck' is not praise).",
        why="Candidates act on feedback when they trust it is balanced. Naming a real strength also tells them what to keep doing.",
        example="Your SQL answers missed the join conditions and the dashboard was late.",
        instead="Your dashboard design was the clearest we saw; your SQL answers missed the join conditions.",
    )
    STRENGTH = "One real strength we saw was [a specific strength from the interview]."
    FAIL = (
        "Hi Sam,\nYour SQL answers missed the join conditions and the dashboard was late. Try practising joins on a sample schema.\nRegards,\nAnna",
        "Hi Sam,\nThanks for the quick reply. Your SQL answers missed the join conditions. Try practising joins on a sample schema.\nRegards,\nAnna",
        # the greeting, the sign-off and well-wishes are not praise
        "Good morning Sam,\nYour SQL answers missed the join conditions. Try practising joins on a sample schema. Good luck with your search.\nAll the best,\nAnna",
        # the pace of the place is not the candidate's
        "Hi Sam,\nThe lunch service was fast and you fell behind on the grill. Try a month on a busier section.\nRegards,\nAnna",
    )
    PASS = (
        # a strength in everyday words
        "Hi Sam,\nYou managed the feed barrow without any bother, but your calving answer waited too long for the vet.\nRegards,\nAnna",
        "Hi Sam,\nYour dashboard design was the clearest we saw, but your SQL answers missed the join conditions.\nRegards,\nAnna",
        # praise adjectives (and superlatives) on a named piece of work
        "Hi Sam,\nYour prep was the tidiest I have seen in ages, but the pass waited on your sauce for 12 minutes.\nRegards,\nAnna",
        "Hi Sam,\nYour carcass work was quick and level, no complaints there. The worktop scribe left a 6 mm gap.\nRegards,\nAnna",
        "Hi Sam,\nYour containment work was neat. The problem was the testing sequence.\nRegards,\nAnna",
        "Hi Sam,\nYour pastry work was fast, but the tart cases came out uneven.\nRegards,\nAnna",
    )

    @staticmethod
    def names_strength(ctx: Context) -> bool:
        """Whether a sentence between the greeting and the closing names a strength (as words or lemmas).
        The greeting and sign-off are left out ("Good morning", "Best wishes"), and so are well-wishes and
        set phrases whose words are praise words ("good luck", "all the best", "as well")."""
        return ctx.content_has("strength_cues")

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not self.names_strength(ctx):
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
