from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import contains_any
from ...rewrite.spans import sentence_bounds
from ..base import CheckRule, RuleDoc, register

#: The writer restating their qualifications.
_CREDENTIALS = (
    "years of experience", "years' experience", "years experience", "years in", "my degree", "my masters", "my master's",
    "my phd", "my qualifications", "my experience", "my track record", "my background", "certified",
    "qualified", "overqualified", "over-qualified", "i have led", "i have managed", "i've led", "i've managed", "i have built",
    "i have worked", "i've worked", "i hold", "i graduated", "top of my class", "award", "awards", "every requirement",
    "all the requirements", "every box", "all the boxes", "every criterion", "exactly what", "perfect fit", "perfect candidate",
    "ideal candidate", "best candidate", "the best qualified", "the most qualified", "more experience than", "experience",
    "already covered", "already done", "offers that i", "my record", "my results", "my grades", "my references",
)
#: Disputing the decision with them.
_DISPUTE = (
    "don't see how", "do not see how", "fail to see", "don't understand how", "do not understand how", "how could",
    "how can you", "how on earth", "hard to believe", "difficult to believe", "can't believe", "cannot believe", "makes no sense",
    "doesn't make sense", "does not make sense", "clearly", "obviously", "surely", "more qualified than", "better qualified than",
    "more than qualified", "overqualified", "over-qualified", "a mistake", "the wrong decision", "wrong choice", "a poor decision",
    "reconsider", "should have been", "should have got", "should have gotten", "deserved", "i was the best", "ticked every box",
    "met every requirement", "met all the requirements", "i meet every", "i met every", "exceed", "exceeded", "yet you", "and yet",
    "despite", "still you", "and you still", "but you still", "struggling to see", "hard to accept", "difficult to accept",
    "counted for something", "count for something", "what more", "could have more", "how someone", "how is it possible",
    "i don't understand because", "i do not understand because", "that i don't", "that i do not",
)


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
        what="Sentences that set the writer's qualifications against the decision: 'With 12 years of experience I don't see how…', 'I met every requirement, yet…', 'I am more than qualified'.",
        why="The decision is made. Restating your CV as evidence that it was wrong makes the reader defend it, and tells them you would be hard to give feedback to.",
        example="I have 12 years of experience in logistics, so I don't see how I was not qualified.",
        instead="I would be grateful to know which parts of my experience were less relevant to this role.",
    )
    FAIL = (
        "I have 12 years of experience in logistics, so I don't see how I was not qualified.",
        "I met every requirement in the advert and yet you rejected me.",
        "With my degree and certifications I am clearly more qualified than whoever you hired.",
        "Surely my track record speaks for itself.",
    )
    PASS = (
        "I have 12 years of experience in logistics and would value your view on where to grow.",
        "I understand the role needed more experience with SAP.",
        "My degree is in chemistry, so I'd welcome advice on the lab-automation questions.",
    )
    REPLACEMENT = "I would be grateful to know which parts of my experience were less relevant to this role."

    def run(self, ctx: Context) -> Iterator[Finding]:
        for sent in ctx.sentences:
            lower = sent.text.lower()
            if contains_any(lower, _CREDENTIALS) and contains_any(lower, _DISPUTE):
                start, end = sentence_bounds(ctx, sent)
                yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, self.REPLACEMENT)])
