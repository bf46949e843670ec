from __future__ import annotations

from typing import ClassVar, Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ..base import CheckRule, RuleDoc, register
from ..fairness import culture_fit

REPLACEMENT = "[the job-related behaviour you observed that did not meet the role's needs, and when]"


@register
class CultureFit(CheckRule):
    CODE = "FA002"
    NAME = "culture-fit"
    CATEGORY = Category.FAIRNESS
    SEVERITY = Severity.ERROR
    KINDS = ("feedback",)
    #: A misread kind must not switch the check off: see ``Rule.checks_unsure_kind``.
    CHECKS_UNSURE_KIND = True
    MESSAGE = "'Not a culture fit' as the reason: it names nothing job-related, so it invites the suspicion that a protected characteristic was the real reason"
    FIX_TITLE = "Replace it with the job-related behaviour you observed"
    DOC = RuleDoc(
        what="Feedback telling the candidate they were not a (good, right) culture fit ('we don't see you as a culture fit for the studio'), or did not fit the culture or the team (did not slot in, gel or mesh with it), or saying the decision came down to culture or fit ('it came down to culture fit', 'it was mostly about culture'), or that the chemistry with the team was not there ('the chemistry with the team just wasn't there'), or that the reader did not feel like one of us, as the reason.",
        why="'Culture fit' is the phrase discrimination claims quote most: it gives no reason the candidate can check, so it reads as cover for age, origin, gender or anything else the panel did not say. A job-related, observable reason is fairer and safer.",
        example="In the end the team felt you weren't a culture fit.",
        instead="The role needs someone who raises problems early; in the group exercise you did not speak until the plan was fixed.",
    )
    FAIL = (
        "Hi Sam,\nIn the end the team felt you weren't a culture fit.\nBest,\nAnna",
        "Hi Sam,\nWe felt you were not quite the right cultural fit for the studio.\nBest,\nAnna",
        "Hi Sam,\nTo be honest it came down to culture fit rather than skills.\nBest,\nAnna",
        "Hi Sam,\nHonestly we just don't see you as a culture fit for the studio.\nBest,\nAnna",
        # a negated view over an impersonal "it"
        "Hi Sam,\nWe just didn't think it would be the right culture fit for either side.\nBest,\nAnna",
        # the chemistry with the team said not to be there
        "Hi Sam,\nThe chemistry with the team just wasn't there.\nBest,\nAnna",
    )
    PASS = (
        "Hi Sam,\nWe do not score culture fit; your result came from the four criteria below.\nBest,\nAnna",
        "Hi Sam,\nYou would be a great culture fit, and we hope you apply again when the senior role opens.\nBest,\nAnna",
        "Hi Sam,\nIt came down to the pricing exercise, not culture fit.\nBest,\nAnna",
        "Hi Sam,\nWe see you as a strong culture fit, and we hope you apply again.\nBest,\nAnna",
        # a vague stock phrase (SP001), not culture: the guidelines keep the two apart
        "Hi Sam,\nYou were not the right fit for the team at this time.\nBest,\nAnna",
        # the fit set aside by a cleft ("it was … that decided it"), not given as the reason
        "Hi Sam,\nWe don't think it was culture fit that decided it; the budget exercise did.\nBest,\nAnna",
        # the chemistry there, not denied
        "Hi Sam,\nThe chemistry with the team was there from the first coffee, and the gap was the SQL test.\nBest,\nAnna",
    )

    REPLACEMENT: ClassVar[str] = REPLACEMENT

    def run(self, ctx: Context) -> Iterator[Finding]:
        for start, end in culture_fit(ctx):
            yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, self.REPLACEMENT)])
