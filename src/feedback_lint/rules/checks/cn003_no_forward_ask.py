from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register


@register
class NoForwardAsk(CheckRule):
    CODE = "CN003"
    NAME = "no-forward-ask"
    CATEGORY = Category.CONSTRUCTIVENESS
    SEVERITY = Severity.WARNING
    KINDS = ("request",)
    MESSAGE = "No forward-looking ask: the request looks back at the decision instead of ahead"
    FIX_TITLE = "Ask what would strengthen a future application"
    FORWARD_ASK = "Is there anything you would suggest I work on to strengthen a future application?\n\n"
    DOC = RuleDoc(
        what="A feedback request that never asks what the writer could do next (improve, prepare, strengthen a future application) nor about a specific part of the process they could learn from (an answer, a task, a round).",
        why="A forward-looking question is easy and safe to answer; it also shows the reader you will use the feedback, which makes a reply more likely.",
        example="I was not selected for the role. I would like feedback on the interview.",
        instead="Is there anything you would suggest I work on to strengthen a future application?",
    )
    FAIL = (
        "Dear Ms Lund,\nI was not selected for the role. I would like feedback on the interview.\nBest,\nOmar",
        "Dear Ms Lund,\nThank you for letting me know. Could you tell me why I was not selected?\nBest,\nOmar",
        # what the writer did before applying, and what they did, are no ask about what to do next
        "Dear Ms Lund,\nThank you for letting me know. I read the advert twice before applying. Could you tell me why I was not selected?\nBest,\nOmar",
        "Dear Ms Lund,\nThank you for your email. I did everything I should do and heard nothing for three weeks. Why was I not selected?\nBest,\nOmar",
        # what the reader wanted from the writer, asked about the past, looks back
        "Dear Ms Lund,\nThank you for letting me know. What did you want to see from me that I didn't show?\nBest,\nOmar",
    )
    PASS = (
        "Dear Ms Lund,\nThank you for the interview. Is there anything I could work on to strengthen a future application?\nBest,\nOmar",
        "Dear Ms Lund,\nThank you for the interview. I would be grateful to hear how my answer on the migration question came across.\nBest,\nOmar",
        # which part let the writer down, what the panel wanted more of, what to sharpen before the next role
        "Dear Ms Lund,\nThanks for ringing me. Was it the inspection and testing side that let me down?\nBest,\nOmar",
        "Dear Ms Lund,\nThank you for your email. Would the panel have preferred more post-contract experience?\nBest,\nOmar",
        "Dear Ms Lund,\nThanks for the heads-up. Is the budget split the thing to sharpen before I go for another role like this?\nBest,\nOmar",
        # whether to wait before applying anywhere else, and what else to be doing meanwhile
        "Dear Ms Lund,\nThank you for the interview. I'm finishing my NVQ and wonder whether to wait until it's done before applying anywhere else.\nBest,\nOmar",
        "Dear Ms Lund,\nThank you for the interview. Is there something else I should be doing in the meantime?\nBest,\nOmar",
        "Dear Ms Lund,\nThanks for ringing me. Is there anything I could do while I finish my NVQ?\nBest,\nOmar",
        # what the reader would want to see before giving the writer another go
        "Chef,\nThanks for having me on Friday's service. What would you want to see from me on the grill before you'd try me again?\nCheers,\nOmar",
        "Dear Ms Lund,\nThanks for ringing me. Would you have me back for another trial shift once I've done a season on a busy line?\nBest,\nOmar",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        # A question about a named part of the process ("how my answer on the migration question came
        # across") is as usable as a question about the future; only a request with neither looks back.
        if not self.asks_forward(ctx) and not ctx.has("specific_ask"):
            start, end = ctx.first_line
            at = ctx.closing_insert_point
            yield self.finding(start, end, ctx=ctx, suggestions=[
                self.suggest(at, at, self.FORWARD_ASK)
            ])

    def asks_forward(self, ctx: Context) -> bool:
        """Whether the request asks about what to do next (``forward_ask``)."""
        return ctx.has("forward_ask")
