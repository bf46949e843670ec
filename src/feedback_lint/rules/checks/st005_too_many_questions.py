from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import contains_any, lexicon
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
        what=f"Drafts with more than {MAX_QUESTIONS} questions. A question that only asks leave to ask ('Could I ask a couple of things?', also after a reason: 'I'd like to do better next time, so may I ask a few questions?') does not count, nor a last, broader forward-looking question set apart from the others ('And more broadly, should I finish my exams before reapplying?').",
        why="The reader is doing you a favour; each extra question makes replying more work and the message more like a cross-examination.",
        example="What went wrong? Who decided? Was it the test? Did you read my CV? When will you reply?",
        instead="Is there one thing you would suggest I work on before applying again?",
    )
    #: A question that only asks leave to ask ("Could I ask a couple of things while it's fresh?", "May I ask
    #: you a few questions?"): it announces the questions that follow and is not one the reader must answer.
    #: A question with its content in it ("Can I ask why I was turned down?") is no announcement.
    #: The leave may follow a statement of why the writer asks ("I would like to do better next time, so
    #: please can I ask you some questions?") and may carry a "please"; a preamble that is itself a question
    #: ("Why was I rejected, and can I ask a few things?") is no statement, so it must open like one.
    ASK_LEAVE = re.compile(
        r"^(?:(?:i|i'm|i'd|i've|as|since|because|to|before|while|now\s+that)\b[^?]*?(?:,\s*(?:so|and)?|\s+so|\s+and)\s+)?"
        r"(?:and\s+|so\s+)?(?:please\s*,?\s+)?(?:could|can|may|might)\s+i\s+(?:please\s+)?(?:just\s+|quickly\s+|also\s+)?ask\s+(?:you\s+)?"
        r"(?:(?:a\s+)?(?:few|couple(?:\s+of)?|one|two|three|some)\s+|a\s+)?"
        r"(?:more\s+|quick\s+|short\s+|small\s+|follow-up\s+|specific\s+)*"
        r"(?:things?|questions?|something)\b"
        r"(?:\s+(?:while|since|now|if|before)\b[^?]*)?\?$",
        re.IGNORECASE,
    )
    #: The one closing question set apart as the broader one ("And more broadly, should I finish the exams
    #: before reapplying?", "Finally, what would you suggest I work on before applying again?"): the
    #: forward-looking ask CN003 wants, put after the specific ones, is not one more item of a list. It has
    #: to open with such a marker, look forward (``forward_ask``) and not ask why.
    BROADER = re.compile(
        r"^(?:and\s+|but\s+|so\s+)?(?:more\s+(?:broadly|generally)|(?:on\s+a\s+)?(?:broader|wider|more\s+general)\s+(?:note|point|level)"
        r"|in\s+general|generally|broadly|finally|lastly|last\s+of\s+all|one\s+last\s+(?:thing|question)|looking\s+ahead"
        r"|beyond\s+(?:that|this|the\s+interview))\b",
        re.IGNORECASE,
    )
    WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
    FAIL = (
        "Hi,\nWhat went wrong? Who made the decision? Was it the test? When will I hear more?\nThanks,\nOmar",
        # asking leave with the question in it is a question, and four real asks after a leave are still many
        "Hi,\nCan I ask why I was turned down? Was it the test? Who decided? When will I hear more?\nThanks,\nOmar",
        "Hi,\nCould I ask a couple of things? Was it the test? Who decided? Was it my CV? When will I hear more?\nThanks,\nOmar",
        # a statement before the leave does not hide a question with its content in it
        "Hi,\nI was told nothing, so can I ask why I was turned down? Was it the test? Who decided? When will I hear more?\nThanks,\nOmar",
        # a closing 'more broadly' question still counts when it asks why, or when four asks come before it
        "Hi,\nWho decided? Was it the test? Did anyone read my CV? And more broadly, why does nobody reply to candidates?\nThanks,\nOmar",
        "Hi,\nWhy was I rejected? Who decided? Was it the test? Did anyone read my CV? Finally, what should I work on before I reapply?\nThanks,\nOmar",
        # the forward-looking ask in the middle of a barrage is one more question
        "Hi,\nWho decided? Finally, what should I work on before I reapply? Was it the test? Did anyone read my CV?\nThanks,\nOmar",
    )
    PASS = (
        "Hi,\nCould you tell me how my case study came across? Is there anything you would suggest I work on?\nThanks,\nOmar",
        # a question that only asks leave to ask announces the ones that follow
        "Hi,\nCould I ask a couple of things while it's fresh? Did my wordmark read as too safe? Was the rough mobile layout a big factor? What would you want to see in my portfolio next time?\nThanks,\nOmar",
        "Hi,\nMay I ask you a few quick questions? How did my case study come across? Was the budget realistic? What should I work on first?\nThanks,\nOmar",
        # the leave after a statement of why, with 'please'
        "Hi,\nI want to do better next time, so please can I ask you some questions?\n1) Did my answer on fire drills miss the log book? 2) Should I do the moving-and-handling refresher? 3) Was my shift-handover example too short?\nThanks,\nOmar",
        "Hi,\nAs I hope to apply again, may I please ask a few questions? How did my case study come across? Was the budget realistic? What should I work on first?\nThanks,\nOmar",
        # three specific asks and one closing, broader forward-looking question set apart
        "Hi,\n- the VAT question: did I miss the reverse charge? - the sampling task: was 25 invoices too few? - the role-play: was I too cautious?\nAnd more broadly, should I finish my exams before I reapply?\nThanks,\nOmar",
        "Hi,\nDid the budget add up? Was the timeline realistic? Did my slides run long? Finally, what would you suggest I work on before applying again?\nThanks,\nOmar",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        questions = [
            s for s in ctx.sentences if s.text.rstrip().endswith("?") and not self.ASK_LEAVE.match(s.text.strip())
        ]
        if questions and self._broader_closing(ctx, questions[-1]):
            questions = questions[:-1]
        if len(questions) > MAX_QUESTIONS:
            extra = questions[MAX_QUESTIONS]
            yield self.finding(extra.start_char, extra.start_char + len(extra.text.rstrip()), ctx=ctx,
                               message=self.COUNT_MESSAGE.format(questions=len(questions)))

    def _broader_closing(self, ctx: Context, sent) -> bool:  # type: ignore[no-untyped-def]
        """Whether the draft's last question is the broader, forward-looking one set apart after the
        others (``BROADER``), not a question about why."""
        text = sent.text.strip()
        text = re.sub(r"^(?:[-*\u2022]|\(?\d+[.)]|\(?[a-z][.)])\s+", "", text)
        if not self.BROADER.match(text) or self.WHY.search(text):
            return False
        lemmas = " ".join(t.lemma_.lower() for t in sent if not t.is_space)
        return contains_any(f"{text.lower()}\n{lemmas}", lexicon("forward_ask", ctx.language))
