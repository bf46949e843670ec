from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...rewrite.rewordings import outcome
from ...rewrite.spans import sentence_bounds
from ...scoring.confrontation import HOSTILE_SENTENCE, most_hostile_sentence
from ..base import CheckRule, RuleDoc, register

#: A sentence with a [placeholder] (with a letter in it; "[0023]" is a reference) is unfinished (ST006 blocks it): its tone is judged once the
#: writer has filled it in.
PLACEHOLDER = re.compile(r"\[(?=[^\]\[\n]*[^\W\d_])[^\]\[\n]{2,120}\]")


@register
class HostileTone(CheckRule):
    CODE = "CF020"
    NAME = "hostile-tone"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    MESSAGE = "Reads as confrontational: the wording of this sentence is likely to put the reader on the defensive"
    FIX_TITLE = "Say what you want to happen next, without blame or pressure"
    READS_FINDINGS = True
    #: The model cannot tell which words are hostile, so the suggestion is to delete the sentence (the
    #: rewrite engine puts a neutral sentence in its place if nothing else would be left).
    DELETE_TITLE = "Delete the sentence; if it matters, say what you want to happen next, without blame"
    #: When the sentence pointed at is not confrontational on its own (the sentence model gives it less
    #: than HOSTILE_SENTENCE), the draft reads so as a whole: deleting that sentence would throw away what
    #: the writer had to say (the facts of a request, praise in feedback) and is not suggested.
    WHOLE_MESSAGE = ("Reads as confrontational: the draft as a whole is likely to put the reader on the defensive, "
                     "and this is the sentence that reads most so")
    OUTCOME_TITLE = "Describe what happened and what would help, instead of the verdict"
    DOC = RuleDoc(
        what="Drafts that the trained confrontation models (models/confrontation*.json: the project's labelled corpus, the receptiveness data set and ParaDetox) find confrontational; the finding points at the most hostile sentence, unless a phrase rule already flagged it or it still has a [placeholder] to fill. Deleting the sentence is suggested only when it reads as confrontational on its own; otherwise the draft does as a whole, and the finding says so. It catches veiled complaints, insinuations, contempt and pressure that no phrase list spells out.",
        why="Most hostility in professional e-mail is not a swear word but a turn of phrase: 'I'm sure that's a coincidence', 'a quick reply shouldn't take more than five minutes'. The reader hears it all the same.",
        example="Three weeks and still nothing. I guess candidates are not worth a reply at your company.",
        instead="I know things are busy; a short reply whenever you have a moment would be very welcome.",
    )
    FAIL = (
        "Hi Sam,\nThree weeks and still nothing. I guess candidates are not worth a reply at your company.\nMark",
        "Hi Sam,\nI find it hard to believe that a two-line reply takes a month. Maybe someone there could look into it.\nMark",
    )
    PASS = (
        "Hi Sam,\nThank you for the interview on Tuesday. Could you tell me how my answer on the budget question came across?\nBest,\nMark",
        "Hi Jordan,\nThank you for coming in. Your pitch was well structured; the pricing slide needed clearer numbers.\nBest,\nChris",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        found = most_hostile_sentence(ctx, ctx.cache.get("findings", ()))
        if found is None or PLACEHOLDER.search(found[0].text):
            return
        sent, prob = found
        start, end = sentence_bounds(ctx, sent)
        suggestions = []
        reworded = outcome(ctx, start, end) if ctx.language == "en" and ctx.kind == "feedback" else None
        if reworded is not None:
            suggestions.append(self.suggest(*reworded, title=self.OUTCOME_TITLE))
        if prob < HOSTILE_SENTENCE:
            yield self.finding(start, end, ctx=ctx, message=self.WHOLE_MESSAGE, suggestions=suggestions)
            return
        gap = len(ctx.draft.text[end:]) - len(ctx.draft.text[end:].lstrip(" \t"))
        suggestions.append(self.suggest(start, end + gap, "", title=self.DELETE_TITLE))
        yield self.finding(start, end, ctx=ctx, suggestions=suggestions)
