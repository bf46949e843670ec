from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import contains_any, lexicon
from ...scoring.specificity import evidence_of
from ..base import CheckRule, RuleDoc, register

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Total evidence weight (see scoring.specificity) below which a draft has no concrete example at all.
MIN_EVIDENCE = 1.2


@lru_cache(maxsize=4)
def _reason_cues(language: str) -> tuple[str, ...]:
    """The phrases that give a reason (``vague_reason_cues`` and ``criticism_cues``), joined once per
    language: ``contains_any`` knows a list it has compiled by the tuple's identity, and finds a new
    tuple only by hashing all of it."""
    return lexicon("vague_reason_cues", language) + lexicon("criticism_cues", language)


def enough_evidence(ctx: Context, sentences: Iterable["Span"]) -> bool:
    """Whether the sentences' evidence weights add up to ``MIN_EVIDENCE``; the sentences after the
    one that gets there are not read."""
    total = 0.0
    for sent in sentences:
        total += evidence_of(ctx, sent).weight
        if total >= MIN_EVIDENCE:
            return True
    return False


@register
class ReasonWithoutEvidence(CheckRule):
    CODE = "SP002"
    NAME = "reason-without-evidence"
    CATEGORY = Category.SPECIFICITY
    SEVERITY = Severity.WARNING
    KINDS = ("feedback",)
    MESSAGE = "Gives a reason without any concrete evidence: no exercise, answer, skill, example or number"
    FIX_TITLE = "Back the reason with one observed example"
    DOC = RuleDoc(
        what="Feedback that states why the candidate was not chosen but never points to anything concrete: an exercise, an answer, a skill, an example, a number.",
        why="A reason without evidence cannot be learned from and invites the suspicion that the real reason was something else.",
        example="We felt your experience was not quite at the level we need.",
        instead="In the budgeting exercise you did not account for VAT, and the role manages a £2m budget.",
    )
    #: Where the example goes, after the sentence that gives the reason.
    EXAMPLE = " For example, [the specific answer, exercise or skill that decided it]."
    FAIL = ("Hi Sam,\nThank you for applying. We felt your experience was not quite at the level we need, and we decided to move forward with another candidate.\nBest,\nAnna",)
    PASS = ("Hi Sam,\nThank you for applying. In the budgeting exercise you left out VAT, which mattered because the role manages a £2m budget.\nBest,\nAnna",)

    def run(self, ctx: Context) -> Iterator[Finding]:
        sentences = ctx.body_sentences
        cues = _reason_cues(ctx.language)
        sent = next((s for s in sentences if contains_any(s.text.lower(), cues)), None)
        if sent is None or enough_evidence(ctx, sentences):
            return
        start, end = sent.start_char, sent.start_char + len(sent.text.rstrip())
        yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(end, end, self.EXAMPLE)])
