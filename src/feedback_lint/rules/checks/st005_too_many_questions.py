from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register

MAX_QUESTIONS = 3


@register
class TooManyQuestions(CheckRule):
    CODE = "ST005"
    NAME = "too-many-questions"
    CATEGORY = Category.STRUCTURE
    SEVERITY = Severity.WARNING
    MESSAGE = "More than three questions: a list of questions reads as an interrogation and is rarely answered"
    #: The message with the count filled in.
    COUNT_MESSAGE = "{questions} questions: a list of questions reads as an interrogation and is rarely answered"
    FIX_TITLE = "Keep the one or two questions that matter most"
    NO_SUGGESTION_REASON = "Which questions matter most is the writer's choice."
    DOC = RuleDoc(
        what=f"Drafts with more than {MAX_QUESTIONS} questions.",
        why="The reader is doing you a favour; each extra question makes replying more work and the message more like a cross-examination.",
        example="What went wrong? Who decided? Was it the test? Did you read my CV? When will you reply?",
        instead="Is there one thing you would suggest I work on before applying again?",
    )
    FAIL = ("Hi,\nWhat went wrong? Who made the decision? Was it the test? When will I hear more?\nThanks,\nOmar",)
    PASS = ("Hi,\nCould you tell me how my case study came across? Is there anything you would suggest I work on?\nThanks,\nOmar",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        questions = [s for s in ctx.sentences if s.text.rstrip().endswith("?")]
        if len(questions) > MAX_QUESTIONS:
            extra = questions[MAX_QUESTIONS]
            yield self.finding(extra.start_char, extra.start_char + len(extra.text.rstrip()), ctx=ctx,
                               message=self.COUNT_MESSAGE.format(questions=len(questions)))
