from __future__ import annotations

import re
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
        what=f"Drafts with more than {MAX_QUESTIONS} questions. A question that only asks leave to ask ('Could I ask a couple of things?') does not count.",
        why="The reader is doing you a favour; each extra question makes replying more work and the message more like a cross-examination.",
        example="What went wrong? Who decided? Was it the test? Did you read my CV? When will you reply?",
        instead="Is there one thing you would suggest I work on before applying again?",
    )
    #: A question that only asks leave to ask ("Could I ask a couple of things while it's fresh?", "May I ask
    #: you a few questions?"): it announces the questions that follow and is not one the reader must answer.
    #: A question with its content in it ("Can I ask why I was turned down?") is no announcement.
    ASK_LEAVE = re.compile(
        r"^(?:and\s+|so\s+)?(?:could|can|may|might)\s+i\s+(?:just\s+|quickly\s+|also\s+)?ask\s+(?:you\s+)?"
        r"(?:(?:a\s+)?(?:few|couple(?:\s+of)?|one|two|three|some)\s+|a\s+)?"
        r"(?:more\s+|quick\s+|short\s+|small\s+|follow-up\s+|specific\s+)*"
        r"(?:things?|questions?|something)\b"
        r"(?:\s+(?:while|since|now|if|before)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    FAIL = (
        "Hi,\nWhat went wrong? Who made the decision? Was it the test? When will I hear more?\nThanks,\nOmar",
        # asking leave with the question in it is a question, and four real asks after a leave are still many
        "Hi,\nCan I ask why I was turned down? Was it the test? Who decided? When will I hear more?\nThanks,\nOmar",
        "Hi,\nCould I ask a couple of things? Was it the test? Who decided? Was it my CV? When will I hear more?\nThanks,\nOmar",
    )
    PASS = (
        "Hi,\nCould you tell me how my case study came across? Is there anything you would suggest I work on?\nThanks,\nOmar",
        # a question that only asks leave to ask announces the ones that follow
        "Hi,\nCould I ask a couple of things while it's fresh? Did my wordmark read as too safe? Was the rough mobile layout a big factor? What would you want to see in my portfolio next time?\nThanks,\nOmar",
        "Hi,\nMay I ask you a few quick questions? How did my case study come across? Was the budget realistic? What should I work on first?\nThanks,\nOmar",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        questions = [
            s for s in ctx.sentences if s.text.rstrip().endswith("?") and not self.ASK_LEAVE.match(s.text.strip())
        ]
        if len(questions) > MAX_QUESTIONS:
            extra = questions[MAX_QUESTIONS]
            yield self.finding(extra.start_char, extra.start_char + len(extra.text.rstrip()), ctx=ctx,
                               message=self.COUNT_MESSAGE.format(questions=len(questions)))
