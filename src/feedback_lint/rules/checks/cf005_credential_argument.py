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
        what="Sentences that set the writer's qualifications against the decision: 'With 12 years of experience I don't see how…', 'I met every requirement, yet…', 'I am more than qualified', 'my answer was actually correct', 'my lecturer agrees with my calculation'.",
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
    )
    PASS = (
        "I have 12 years of experience in logistics and would value your view on where to grow.",
        "I understand the role needed more experience with SAP.",
        "My degree is in chemistry, so I'd welcome advice on the lab-automation questions.",
        "Could you tell me which part of my answer on the retaining wall question was wrong?",
        "My supervisor agrees that the feedback will help me.",
    )
    REPLACEMENT = "I would be grateful to know which parts of my experience were less relevant to this role."

    def run(self, ctx: Context) -> Iterator[Finding]:
        # The writer restating their qualifications, and disputing the decision with them.
        credentials, dispute = lexicon("credential_cues", ctx.language), lexicon("dispute_cues", ctx.language)
        for sent in ctx.sentences:
            lower = sent.text.lower()
            if contains_any(lower, credentials) and contains_any(lower, dispute):
                start, end = sentence_bounds(ctx, sent)
                yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, self.REPLACEMENT)])
