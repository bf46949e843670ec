from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...rewrite.spans import sentence_bounds
from ..base import CheckRule, RuleDoc, register

#: Words after "why" that make the question about the rejection itself.
_REJECTION_LEMMAS = {"reject", "decline", "unsuccessful", "turn", "pass", "overlook", "dismiss", "drop", "eliminate", "cut", "inferior", "weaker", "deem"}
#: Verbs that count as a rejection when negated ("why didn't I get the job").
_NEGATED_LEMMAS = {"get", "select", "choose", "hire", "offer", "pick", "shortlist", "progress", "advance", "make", "succeed", "successful", "consider", "move", "invite", "land", "win", "go", "appoint", "employ", "recruit"}
#: "Take me on" is hiring; "take" alone is not ("why the tour didn't take long").
_TAKEN_ON = re.compile(r"\b(?:take|took|taken|taking) me on\b")
_OTHER_CANDIDATE = {"someone", "somebody", "another", "other", "else"}
#: "I understand why you chose…" accepts the decision; it is not asking why.
_ACCEPTING_HEADS = {"understand", "see", "know", "appreciate", "accept", "respect", "get"}
_WANTING = {"like", "want", "wish", "love", "hope", "need", "curious", "help", "ask", "wonder", "explain", "tell", "share", "know"}
#: Saying the decision cannot be understood challenges it as plainly as asking why: "I find it hard to
#: understand the decision", "I fail to see how the successful candidate could have matched that".
_CANNOT_SEE = re.compile(
    r"\b(?:(?:hard|difficult|impossible) to|fail to|struggle to|do not|don't|cannot|can not|can't|could not|couldn't) (?:understand|see|fathom) "
    r"(?:(?:the|your|this) decision\b|how (?:the|a|your|this) (?:successful|other|chosen|appointed|preferred) (?:candidate|applicant|person)"
    r"|how (?:someone|anyone|another candidate) (?:else )?(?:could|would|can|was|had))"
)
#: The answer itself named as the outcome: "why it was a no", "why the answer was no".
_A_NO = re.compile(r"\b(?:(?:it|this|that) (?:was|is|'s|ended up as|ended up being) a (?:firm |straight )?no|the answer (?:was|is|'s) (?:a )?no|(?:got|get|getting) a no)\b")


@register
class WhyRejected(CheckRule):
    CODE = "CF001"
    NAME = "why-rejected"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    KINDS = ("request",)
    MESSAGE = "Asks why you were rejected: however politely it is worded, this reads as challenging the decision"
    FIX_TITLE = "Ask what would strengthen a future application instead"
    DOC = RuleDoc(
        what="Questions about why the writer was rejected or not chosen: 'Why didn't I get the job?', 'I'd like to know why I was rejected', 'I want to ask why it was a no', 'what was the reason you chose someone else?', 'just wondering why you didn't take me on?', and saying the decision cannot be understood: 'I find it hard to understand the decision', 'I fail to see how the successful candidate could have matched that'.",
        why="Employers have every reason not to explain a decision, and the question sounds confrontational no matter how delicately it is worded. A forward-looking question gets answered far more often.",
        example="Why didn't I get the job?",
        instead="Could you share what would strengthen a future application from me?",
    )
    REPLACEMENT = "Could you share what would strengthen a future application from me?"
    FAIL = (
        "Why didn't I get the job?",
        "I would like to know why I was rejected.",
        "Can you tell me why you chose someone else?",
        "Why was my application unsuccessful?",
        "What was the reason I was not selected?",
        "I should like to know precisely on what basis my application was deemed inferior.",
        "I don't understand why I wasn't shortlisted.",
        "I find it hard to understand the decision.",
        "I find it hard to see how the successful candidate could have matched that.",
        "I want to ask why it was a no for me.",
        "Just wondering why you didn't take me on?",
        "Could you tell me why I wasn't appointed?",
    )
    PASS = (
        "I understand why you chose another candidate.",
        "I'd love to learn why the team structures onboarding that way.",
        "Could you share what would strengthen a future application from me?",
        "I see why the role needed someone with Revit experience.",
        "I'm disappointed, but I understand the decision.",
        "I'd really like to understand the decision properly, so could we set up a call?",
        "I find it hard to see how I could have prepared any better.",
        "I was happy to meet you, even if this time the answer is no.",
        "I understand why it was a no this time, and I'd welcome advice for next year.",
        "I wondered why the site visit didn't take me past the loading bay, but the tour was great.",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        for sent in ctx.sentences:
            cue = self._cue(sent)
            if cue is None:
                continue
            start, end = sentence_bounds(ctx, sent)
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, self.REPLACEMENT)])

    def _cue(self, sent):  # type: ignore[no-untyped-def]
        """The token the question about the rejection starts at, or None: read from the parse."""
        lower = sent.text.lower()
        if _CANNOT_SEE.search(lower.replace("\u2019", "'")):
            return sent[0]
        if not any(word in lower for word in ("why", "reason", "basis", "grounds", "how")):  # most sentences: skips reading the tokens
            return None
        lowers = [t.lower_ for t in sent]
        reason_at = [i for i, w in enumerate(lowers) if w in ("why", "reason", "reasons", "reasoning", "basis", "grounds")]
        if not reason_at and "how come" not in " ".join(lowers):
            return None
        first = reason_at[0] if reason_at else lowers.index("how")
        tail = sent[first:]
        is_question = sent.text.rstrip().endswith("?")
        if lowers[first] != "why" and not is_question and not any(
            t.lemma_ in _WANTING for t in sent[:first]
        ):
            return None
        about_me = any(t.lower_ in ("i", "me", "my", "myself") for t in tail) or any(
            t.lower_ in ("i", "me", "my") for t in sent[:first]
        )
        rejection = any(t.lemma_.lower() in _REJECTION_LEMMAS or t.lower_ in ("unsuccessful", "rejected", "rejection") for t in tail) or bool(
            _A_NO.search(tail.text.lower().replace("\u2019", "'"))
        )
        negated = any(t.dep_ == "neg" or t.lower_ in ("not", "n't", "never") for t in tail) and (
            any(t.lemma_.lower() in _NEGATED_LEMMAS for t in tail) or bool(_TAKEN_ON.search(tail.text.lower()))
        )
        other = any(t.lower_ in _OTHER_CANDIDATE for t in tail) and any(t.lemma_ in ("choose", "select", "hire", "pick", "go", "offer") for t in tail)
        if not ((about_me and (rejection or negated)) or other):
            return None
        # "I understand why you chose another candidate": acceptance, unless negated or wished for.
        head = tail[0].head
        while head.dep_ not in ("ROOT",) and head.lemma_ not in _ACCEPTING_HEADS and head.head.i != head.i:
            head = head.head
        if head.lemma_ in _ACCEPTING_HEADS and not is_question:
            negated_head = any(c.dep_ == "neg" for c in head.children)
            # "I'd like to understand why…" wishes for the explanation; "…, and I understand why…" does not.
            wished = head.dep_ in ("xcomp", "ccomp", "advcl") and head.head.lemma_ in _WANTING - {"know", "understand"}
            if not negated_head and not wished:
                return None
        return tail[0]
