from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import lexicon
from ..base import CheckRule, RuleDoc, register

_RUN = re.compile(r"(?<![!?])[!?]{2,}(?![!?])")
#: The greeting at the start of the first line: its words up to the first punctuation mark ("hej Kim" in
#: "hej Kim!! sorry för sent svar, …"); a greeting is the opener and a name, at most this many words.
_GREETING_HEAD = re.compile(r"[^,.;:!?\n]*")
_GREETING_WORDS = 4


@register
class ShoutingPunctuation(CheckRule):
    CODE = "CF008"
    NAME = "shouting-punctuation"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    MESSAGE = "Repeated '!' or '?' reads as shouting or exasperation"
    FIX_TITLE = "Use a single full stop or question mark"
    DOC = RuleDoc(
        what="Runs of exclamation and question marks: '!!!', '??', '?!'. The '!!' that ends a greeting ('Hi Sam!!', also when the first line runs on: 'hey Sam!! sorry for the slow reply, …') and a double '!' that adds warmth (a sentence of thanks or praise, or from a writer whose greeting ends in '!', with nothing negated or complained of; a reassurance such as 'no rush', 'nothing you did wrong', 'it's nothing personal' or 'please don't take it personally' negates nothing) and a '?!' after a friendly question tag ('…, right?!') are left alone. An emoji followed by a capital letter ends a sentence ('…this time 😕 We loved meeting you!!').",
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
        # a reassurance does not excuse another negation or a complaint beside it
        "Thanks, but I still have not heard anything, no pressure!!",
        "No worries, but nobody has replied in three weeks!!",
        # a tag question that is not one ("right?!") is still exasperation after a complaint
        "You hired someone with no experience, right?!",
        "Hi Sam!!\nIt's not your fault, but nobody has replied in three weeks!!",
        # a run later in a first line that runs on is not the greeting's
        "hey Sam!! sorry for the slow reply, but nobody has told me anything!!",
        # an emoji with no capital after it ends nothing: the complaint is in the same sentence
        "Hey Sophie!!\nWe loved meeting you 😊 but nobody has replied in three weeks!!",
        # 'nothing personal' does not excuse a complaint beside it, and 'not personal enough' is criticism
        "Hi Sam!!\nIt's nothing personal, but nobody has replied in three weeks!!",
        "Hi Sam!!\nThe cover letter was generic; it was not personal enough!!",
        # 'don't take it personally' does not excuse a complaint beside it
        "Hey Ellie!\nDon't take it personally, but nobody has replied in three weeks!!",
    )
    PASS = (
        "Thank you so much!", "Could you share any feedback?", "Wow! What a great team.", "Hi Sam!!\nThank you for coming in on Friday.",
        # warmth: a double '!' in a sentence of thanks or praise, or from a writer whose greeting already has one
        "Thanks so much for coming in, it was lovely to meet you!!",
        # a reassurance that there is no hurry, in a warm sentence
        "Thanks again for the chat, would love any thoughts when you have a moment, no pressure!!",
        "Hey Tom! I'd be so grateful for a few pointers whenever suits, no rush at all!!",
        "Hey Sophie!!\nSadly we went with someone else this time, but honestly it was super close!!",
        # a reassurance that the reader did nothing wrong, from a writer whose greeting has a '!'
        "Hey Sophie!!\nWe went with an internal candidate in the end, nothing you did wrong!!",
        "Hi Tom!\nThe trial shift was cut short by the power cut, which was not your fault at all!!",
        # a cheerful tag question
        "Hi Natalie,\nIn sales, feedback is everything, right?! Could you share a few notes?",
        # the greeting's own '!!' when the first line runs on
        "hey Sam!! sorry for the slow reply, we went with another candidate for the growth role.",
        # an emoji and a capital letter end a sentence: the 'not' before it is not in the warm one
        "Hey Sophie!!\nSadly it's not you this time 😕 We loved meeting you!!",
        # a reassurance that the decision is not personal, from a writer whose greeting has a '!'
        "Hey Sophie!!\nWe went with someone else this time. It's nothing personal at all!!",
        "Hey Sophie!!\nWe went with someone else this time. It is not personal!!",
        # asking the reader not to take the news to heart, from a writer whose greeting has a '!'
        "Hey Ellie!\nWe went with someone else in the end. Please don't take it personally, and pop in for a coffee any time!!",
    )
    #: A reassurance that the reader need not hurry ("no pressure!!", "no worries!!"), did nothing wrong
    #: ("nothing you did wrong!!", "not your fault at all!!") or should not take the news to heart ("please
    #: don't take it personally!!") negates nothing the reader did: its negation word does not count against
    #: warmth. Other negations in the sentence still do.
    REASSURANCE = re.compile(
        r"\b(?:(?:no|not a)\s+(?:pressure|worries|worry|rush|hurry|stress|problem|bother)"
        r"|(?:nothing|not anything)\s+(?:that\s+)?you\s+(?:did|have\s+done|'ve\s+done|’ve\s+done)\s+wrong"
        r"|not\s+(?:at\s+all\s+)?your\s+fault|(?:through\s+)?no\s+fault\s+of\s+yours?(?:\s+own)?"
        r"|nothing\s+personal|(?:it'?s|it\s+is|it\s+was|it\s+wasn'?t|it\s+isn'?t)\s+(?:not\s+)?(?:at\s+all\s+)?personal(?!\s+enough)"
        r"|(?:do\s+not|don'?t|don’t|try\s+not\s+to)\s+take\s+(?:it|this|that|the\s+(?:decision|news|outcome))\s+personally)\b",
        re.IGNORECASE,
    )
    #: A question tag after a comma ("…, right?!") asks for agreement, not an answer.
    TAG = re.compile(r",\s*(?:right|eh|yeah|innit|isn't it|don't you think|wouldn't you say)\s*$", re.IGNORECASE)

    def run(self, ctx: Context) -> Iterator[Finding]:
        if not any(pair in ctx.draft.lintable for pair in ("!!", "??", "!?", "?!")):  # most drafts: skips the regex's scan
            return
        # Exclamation marks that end a short greeting line ("Hi Sam!!") are warmth, not exasperation; so are
        # those that end the greeting itself when the first line runs on ("hej Kim!! sorry för sent svar, …").
        greeting = ctx.greeting_line
        line = ctx.draft.lintable[greeting[0]:greeting[1]].rstrip() if greeting else ""
        head = _GREETING_HEAD.match(line).group() if line else ""
        short_head = bool(head.strip()) and len(head.split()) <= _GREETING_WORDS
        exclaimed_greeting = bool(line) and (line.endswith("!") or (short_head and line[len(head):].startswith("!")))
        for m in _RUN.finditer(ctx.draft.lintable):
            if line and m.end() == greeting[0] + len(line) and len(line.split()) <= 4 and "?" not in m.group():
                continue
            if short_head and m.start() == greeting[0] + len(head) and "?" not in m.group():
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
        language = ctx.language
        reassured = [(r.start() + sent.start_char, r.end() + sent.start_char) for r in self.REASSURANCE.finditer(sent.text)]
        words = {t.lower_ for t in sent if not any(a <= t.idx < b for a, b in reassured)}
        if not words.isdisjoint(lexicon("negations", language)):
            return False
        if m.group() == "!!":
            # "still" complains ("still no reply!!"); thanks or praise, or a greeting with '!', is warmth
            if not words.isdisjoint(lexicon("exasperation_words", language)):
                return False
            return exclaimed_greeting or not words.isdisjoint(lexicon("warm_words", language))
        if m.group() == "?!":
            # a tag after a complaint ("you hired someone else, right?!") is still exasperation
            tagged = self.TAG.search(ctx.draft.lintable[sent.start_char : m.start()])
            return bool(tagged) and words.isdisjoint(lexicon("complaint_words", language))
        return False
