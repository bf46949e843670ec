from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register

MAX_WORDS = 40


@register
class LongSentence(CheckRule):
    CODE = "RD002"
    NAME = "long-sentence"
    CATEGORY = Category.READABILITY
    SEVERITY = Severity.INFO
    MESSAGE = "Very long sentence ({words} words): split it so each point lands"
    FIX_TITLE = "Split the sentence in two"
    NO_SUGGESTION_REASON = "Where to split depends on what the writer wants to stress."
    DOC = RuleDoc(
        what=f"Sentences of more than {MAX_WORDS} words.",
        why="Long sentences in a rejection bury the one thing the reader is looking for.",
        example="We wanted to let you know that after careful consideration of all the applications we received for this role, and after several rounds of discussion within the team about the needs of the department over the next year, we have decided not to progress your application.",
        instead="Thank you for applying. After several rounds of discussion, we have decided not to progress your application.",
    )
    FAIL = ("We wanted to let you know that after careful consideration of all of the many applications that we received for this role, and after several long rounds of discussion within the team about the needs of the department over the next year, we have decided not to progress your application at this time.",)
    PASS = ("Thank you for applying. After several rounds of discussion, we have decided not to progress your application.",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        for sent in ctx.sentences:
            words = sum(ctx.alpha[sent.start : sent.end])
            if words > MAX_WORDS:
                yield self.finding(sent.start_char, sent.start_char + len(sent.text.rstrip()), ctx=ctx,
                                   message=self.message.format(words=words))
