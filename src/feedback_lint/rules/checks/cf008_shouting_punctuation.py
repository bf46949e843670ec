from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register

_RUN = re.compile(r"(?<![!?])[!?]{2,}(?![!?])")


@register
class ShoutingPunctuation(CheckRule):
    CODE = "CF008"
    NAME = "shouting-punctuation"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    MESSAGE = "Repeated '!' or '?' reads as shouting or exasperation"
    FIX_TITLE = "Use a single full stop or question mark"
    DOC = RuleDoc(
        what="Runs of exclamation and question marks: '!!!', '??', '?!'. A double '!' that adds warmth (a sentence of thanks or praise, or from a writer whose greeting ends in '!', with nothing negated or complained of) and a '?!' after a friendly question tag ('…, right?!') are left alone.",
        why="They signal anger or disbelief; in a message about a rejection the reader takes them personally.",
        example="I demand an explanation!!! Why was I rejected??",
        instead="I would appreciate any feedback. What would strengthen a future application?",
    )
    FAIL = (
        "I demand an explanation!!!", "Why was I rejected??", "Three rounds and no offer?!", "Hi Sam, why didn't I get the job!!!",
        # a double '!' after a complaint, or in a draft with no warmth to read it by
        "You arrived without your licence check code, which was in the invite in bold!!",
        "Hi Sam!!\nIt's now Wednesday and nothing!!",
        "Hi Sam,\nI waited three weeks for this!!",
        # a tag question that is not one ("right?!") is still exasperation after a complaint
        "You hired someone with no experience, right?!",
    )
    PASS = (
        "Thank you so much!", "Could you share any feedback?", "Wow! What a great team.", "Hi Sam!!\nThank you for coming in on Friday.",
        # warmth: a double '!' in a sentence of thanks or praise, or from a writer whose greeting already has one
        "Thanks so much for coming in, it was lovely to meet you!!",
        "Hey Sophie!!\nSadly we went with someone else this time, but honestly it was super close!!",
        # a cheerful tag question
        "Hi Natalie,\nIn sales, feedback is everything, right?! Could you share a few notes?",
    )
    #: Words that make a sentence warm: a double '!' in it is enthusiasm.
    WARM_WORDS = frozenset([
        "thank", "thanks", "thankful", "grateful", "appreciate", "appreciated", "lovely", "loved", "love", "enjoyed",
        "glad", "pleased", "delighted", "happy", "excited", "congratulations", "wonderful", "amazing", "brilliant",
        "great", "fantastic", "luck", "welcome", "fun",
    ])
    #: Words that make a sentence a complaint: a double '!' in it is exasperation, whatever else it holds.
    NEGATIONS = frozenset(["not", "n't", "no", "never", "nothing", "nobody", "none", "without", "cannot", "nor", "still"])
    #: A question tag after a comma ("…, right?!") asks for agreement, not an answer.
    TAG = re.compile(r",\s*(?:right|eh|yeah|innit|isn't it|don't you think|wouldn't you say)\s*$", re.IGNORECASE)
    #: Words in the sentence before a tag that make it a complaint.
    COMPLAINT = frozenset(["not", "n't", "no", "never", "nothing", "nobody", "without", "hired", "rejected", "ignored", "wasted", "instead"])

    def run(self, ctx: Context) -> Iterator[Finding]:
        # Exclamation marks that end a short greeting line ("Hi Sam!!") are warmth, not exasperation.
        greeting = ctx.greeting_line
        line = ctx.draft.lintable[greeting[0]:greeting[1]].rstrip() if greeting else ""
        exclaimed_greeting = bool(line) and line.endswith("!")
        for m in _RUN.finditer(ctx.draft.lintable):
            if line and m.end() == greeting[0] + len(line) and len(line.split()) <= 4 and "?" not in m.group():
                continue
            if self._warm(ctx, m, exclaimed_greeting):
                continue
            replacement = "?" if "?" in m.group() else "."
            yield self.finding(m.start(), m.end(), ctx=ctx, suggestions=[self.suggest(m.start(), m.end(), replacement, safe=True)])

    def _warm(self, ctx: Context, m: "re.Match[str]", exclaimed_greeting: bool) -> bool:
        """A bare '!!' in a sentence that complains of nothing and is warm (thanks, praise) or written by
        someone whose greeting already ends in '!'; or '?!' after a friendly question tag ("…, right?!")."""
        sent = ctx.sentence_of(m.start()) or ctx.sentence_of(max(m.start() - 1, 0))
        if sent is None:
            return False
        words = {t.lower_ for t in sent}
        if m.group() == "!!":
            return not words & self.NEGATIONS and (exclaimed_greeting or bool(words & self.WARM_WORDS))
        if m.group() == "?!":
            before = ctx.draft.lintable[sent.start_char : m.start()]
            return bool(self.TAG.search(before)) and not words & self.COMPLAINT
        return False
