from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import contains_any, lexicon
from ...rewrite.spans import sentence_bounds
from ..base import CheckRule, RuleDoc, register



@register
class CredentialArgument(CheckRule):
    CODE = "CF005"
    NAME = "credential-argument"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    KINDS = ("request",)
    MESSAGE = "Argues the decision by restating your credentials: it reads as 'you got it wrong'"
    FIX_TITLE = "Drop the argument; ask what would strengthen a future application"
    DOC = RuleDoc(
        what="Sentences that set the writer's qualifications against the decision: 'With 12 years of experience I don't see how…', 'I met every requirement, yet…', 'I am more than qualified', 'my answer was actually correct', 'my lecturer agrees with my calculation', favours done for the employer ('after I covered all them doubles I sort of assumed I was in the running'). Also the offer someone the writer knows got with the same portfolio, CV or grades, held up against the decision ('my friend got an offer at Brightwell with basically the same portfolio, so I'm struggling to see what was missing'; not a friend's offer given as the reason for applying: 'a friend who was hired by you with the same background suggested I apply').",
        why="The decision is made. Restating your CV as evidence that it was wrong makes the reader defend it, and tells them you would be hard to give feedback to.",
        example="I have 12 years of experience in logistics, so I don't see how I was not qualified.",
        instead="I would be grateful to know which parts of my experience were less relevant to this role.",
    )
    FAIL = (
        "I have 12 years of experience in logistics, so I don't see how I was not qualified.",
        "I met every requirement in the advert and yet you rejected me.",
        "With my degree and certifications I am clearly more qualified than whoever you hired.",
        "Surely my track record speaks for itself.",
        # the writer's own answer set against the panel's verdict, or an outside authority brought in
        "However, I believe my answer on the retaining wall question was actually correct.",
        "I have checked with my university lecturer and he agrees with my calculation.",
        # an acquaintance's offer with the same portfolio set against the decision, in the sentence or the next
        "My friend interviewed for the same grad role at Brightwell with basically the same portfolio and got an offer on the spot, so I'm struggling to see what was missing.",
        "A classmate with the same grades got the job at Arkwright last week. I don't see how my application was any weaker.",
        # favours done for the employer held up against the decision
        "After I covered all them doubles when Sandra was off in the summer I sort of assumed I was in the running.",
    )
    PASS = (
        "I have 12 years of experience in logistics and would value your view on where to grow.",
        "I understand the role needed more experience with SAP.",
        "My degree is in chemistry, so I'd welcome advice on the lab-automation questions.",
        "Could you tell me which part of my answer on the retaining wall question was wrong?",
        "My supervisor agrees that the feedback will help me.",
        # an acquaintance's offer given as the reason for applying, or with nothing set against the decision
        "A friend of mine was hired by you last year with the same background, which is why I applied.",
        "My friend got an offer at Brightwell last month, so I know the market is moving; any pointers would help.",
        "I covered the extra shifts in August and enjoyed them; could you tell me what to work on?",
    )
    REPLACEMENT = "I would be grateful to know which parts of my experience were less relevant to this role."

    def run(self, ctx: Context) -> Iterator[Finding]:
        # The writer restating their qualifications, and disputing the decision with them; or the offer someone
        # the writer knows got with the same portfolio, disputed in the same sentence or the next.
        credentials, dispute = lexicon("credential_cues", ctx.language), lexicon("dispute_cues", ctx.language)
        sentences = list(ctx.sentences)
        lowered = [sent.text.lower() for sent in sentences]
        disputed = [contains_any(lower, dispute) for lower in lowered]
        for i, (sent, lower) in enumerate(zip(sentences, lowered)):
            # An offer is looked for only where this sentence or the next disputes the decision.
            if (disputed[i] and contains_any(lower, credentials)) or (
                any(disputed[i : i + 2]) and self._compared_offer(ctx, lower)
            ):
                start, end = sentence_bounds(ctx, sent)
                yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, self.REPLACEMENT)])

    @staticmethod
    def _compared_offer(ctx: Context, lower: str) -> bool:
        """An offer that someone the writer knows got with the same (or a weaker) portfolio, CV or grades:
        ``acquaintance_cues``, ``offer_cues`` and ``comparison_cues`` all in the sentence."""
        return all(contains_any(lower, lexicon(name, ctx.language)) for name in ("acquaintance_cues", "offer_cues", "comparison_cues"))
