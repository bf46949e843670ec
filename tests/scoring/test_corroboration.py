"""A rule's warning stands only when the trained model of the same judgement backs it: confrontation
phrases need the draft model, a missing constructive part needs a low constructiveness score."""

from __future__ import annotations

import pytest

from feedback_lint.core.finding import Category, Finding, Severity
from feedback_lint.rules import all_rules
from feedback_lint.scoring import constructiveness
from feedback_lint.scoring.confrontation import CORROBORATION, MODEL_RULE, draft_confrontation, uncorroborated_as_info


def _finding(code: str, category: Category, severity: Severity) -> Finding:
    return Finding(code=code, name=code.lower(), category=category, severity=severity, message="m", start=0, end=1)


FINDINGS = [
    _finding("CF013", Category.CONFRONTATION, Severity.WARNING),
    _finding("CF002", Category.CONFRONTATION, Severity.ERROR),
    _finding(MODEL_RULE, Category.CONFRONTATION, Severity.WARNING),
    _finding("CN001", Category.CONSTRUCTIVENESS, Severity.WARNING),
    _finding("TN001", Category.TONE, Severity.INFO),
]


def test_a_calm_draft_turns_phrase_warnings_into_info_and_nothing_else():
    out = uncorroborated_as_info(FINDINGS, CORROBORATION - 0.01)
    assert [f.severity for f in out] == [Severity.INFO, Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.INFO]
    assert [(f.code, f.start, f.end, f.message) for f in out] == [(f.code, f.start, f.end, f.message) for f in FINDINGS]


def test_a_corroborated_draft_keeps_every_severity():
    assert uncorroborated_as_info(FINDINGS, CORROBORATION) == FINDINGS


SEVERITY = {r.code: r.severity for r in all_rules()}
#: Calm drafts in which one phrase rule misfires, then hostile ones.
CALM = [
    "Dear Priya,\n\nThank you so much for meeting me on Thursday about the ward sister post on Elm Ward. I really enjoyed hearing about the new falls-prevention rounds, and the tour of the unit was lovely?!\n\nIf you have a moment, I would be grateful for a few words on my answer to the staffing scenario, so I can prepare better for the next round of interviews.\n\nKind regards,\nJoanna",
    "Hi Tom,\n\nThanks again for the chat on Monday about the sous chef job. As I explained earlier, I will be travelling until the 14th, so a call after that would suit me best. Could you tell me which part of my tasting menu I should work on before I apply again?\n\nBest wishes,\nAli",
    "Dear Mr Hale,\n\nThank you for interviewing me for the paralegal role on 3 March. I would be grateful for any pointers on my drafting exercise, in particular the lease clause, so that I can improve it.\n\nThe panel was very kind, and I left feeling that I had learned a lot, even if the role play was a mess in places.\n\nKind regards,\nSofia Lind",
]
DRAFTS = [
    *CALM,
    "Why didn't I get the job? I demand an explanation!!!",
    "Dear Ana,\n\nThanks for coming in. As per my last email, the panel liked you, but your answers were a mess.\n\nRegards,\nTom",
    *[ex for r in all_rules() if r.category is Category.CONFRONTATION and "en" in r.languages for ex in r.examples_fail][:40],
]


@pytest.mark.parametrize("text", DRAFTS)
def test_the_linter_demotes_exactly_the_uncorroborated_warnings(linter, text):
    from feedback_lint.core.draft import Draft

    ctx, findings = next(linter.analyse([Draft.from_text(text)]))
    p = draft_confrontation(ctx, ctx.cache["findings"])
    for f in findings:
        if f.category is Category.CONFRONTATION and f.code != MODEL_RULE and SEVERITY[f.code] is Severity.WARNING:
            assert f.severity is (Severity.WARNING if p >= CORROBORATION else Severity.INFO), (f.code, p)
        else:
            assert f.severity is SEVERITY[f.code], f.code


def test_the_drafts_above_exercise_both_sides_of_the_threshold(linter):
    from feedback_lint.core.draft import Draft

    sides = set()
    for ctx, findings in linter.analyse([Draft.from_text(t) for t in DRAFTS]):
        if any(f.category is Category.CONFRONTATION and f.code != MODEL_RULE and SEVERITY[f.code] is Severity.WARNING for f in findings):
            sides.add(draft_confrontation(ctx, ctx.cache["findings"]) >= CORROBORATION)
    assert sides == {True, False}


@pytest.mark.parametrize("text", CALM)
def test_a_calm_draft_with_one_misfiring_phrase_gets_no_warning(lint_text, text):
    report = lint_text(text)
    assert any(f.category is Category.CONFRONTATION for f in report.findings)
    assert not [f.code for f in report.findings if f.category is Category.CONFRONTATION and f.severity.rank >= 1]


CN = [
    _finding("CN001", Category.CONSTRUCTIVENESS, Severity.WARNING),
    _finding("CN004", Category.CONSTRUCTIVENESS, Severity.WARNING),
    _finding("CN005", Category.CONSTRUCTIVENESS, Severity.WARNING),
    _finding("CF013", Category.CONFRONTATION, Severity.WARNING),
]


def test_a_constructive_draft_turns_missing_part_warnings_into_info_and_nothing_else():
    out = constructiveness.uncorroborated_as_info(CN, constructiveness.CONSTRUCTIVE)
    assert [f.severity for f in out] == [Severity.INFO, Severity.INFO, Severity.WARNING, Severity.WARNING]


def test_a_draft_under_the_constructive_score_keeps_its_missing_part_warnings():
    assert constructiveness.uncorroborated_as_info(CN, constructiveness.CONSTRUCTIVE - 1) == CN


FEEDBACK = [
    # Warm, specific, but the next step is put in words no list has ("the refresher day at the depot").
    "Hi Callum,\n\nThank you for the assessment drive on Friday. You handled the reversing bay calmly and your vehicle checks were thorough. "
    "Where you lost marks was the roundabout at Mill Lane: you hesitated twice and the assessor had to prompt you. "
    "The refresher day we run at the depot each month covers exactly that, and you are welcome to book a place before the next intake in May.\n\nBest wishes,\nDeb",
    "Hi Sam,\nUnfortunately your answers were weak.\nRegards,\nAnna",
    "Dear Mr Okafor,\n\nThank you for your interest. We have decided not to proceed.\n\nRegards,\nHR",
]


@pytest.mark.parametrize("text", FEEDBACK)
def test_missing_part_warnings_are_info_exactly_when_the_draft_scores_constructive(lint_text, text):
    report = lint_text(text, kind="feedback")
    for f in report.findings:
        if f.code in constructiveness.MISSING_PART_RULES:
            demoted = report.scores.constructiveness >= constructiveness.CONSTRUCTIVE
            assert f.severity is (Severity.INFO if demoted else Severity.WARNING), (f.code, report.scores.constructiveness)


@pytest.mark.parametrize("text", CALM)
def test_a_severity_the_user_chose_is_not_weighed(text):
    """Someone who writes ``severity = {CF = "warning"}`` in their config gets warnings, model or not;
    the other rules are still weighed."""
    from feedback_lint.core.config import Config
    from feedback_lint.core.draft import Draft
    from feedback_lint.core.linter import Linter

    chosen = Config(severity={"CF": Severity.WARNING})
    demoted = [f for f in Linter().lint(Draft.from_text(text)).findings if f.category is Category.CONFRONTATION and f.severity is Severity.INFO]
    kept = {(f.code, f.start): f.severity for f in Linter(chosen).lint(Draft.from_text(text)).findings}
    assert demoted
    assert all(kept[f.code, f.start] is Severity.WARNING for f in demoted)
