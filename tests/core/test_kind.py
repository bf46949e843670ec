"""``--kind auto`` is right on clear cases (the kind model; corpus-level accuracy is measured by
``feedback-lint evaluate``)."""

from __future__ import annotations

import pytest

REQUESTS = [
    "Dear Mr Obi,\nThank you for interviewing me for the warehouse supervisor role. I was disappointed not to be selected, but I would be grateful for any advice on how I could strengthen my application in future.\nBest,\nSara",
    "Hi Tom, thanks for letting me know. Could you tell me how my presentation came across? I'd like to improve it before my next interview. Cheers, Ana",
    "Why didn't I get the job? I demand an explanation!!!",
]
FEEDBACK = [
    "Dear Sara,\nThank you for your interest in the warehouse supervisor role. We have decided to move forward with another candidate. Your answers on stock control were strong, but we were looking for more experience with shift planning.\nBest,\nTom",
    "Hi Ana, thanks for coming in. You did well on the case study; your presentation ran long. We'd encourage you to apply again next year. Tom",
    "You came across as arrogant and people just didn't like you. Don't bother applying again.",
    # two lines with no cue but the decline and the invitation back (feedback_cues)
    "Not this time, sorry. Come and see me in the spring.",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_clear_requests_are_requests(lint_text, text):
    assert lint_text(text).kind == "request"


@pytest.mark.parametrize("text", FEEDBACK)
def test_clear_feedback_is_feedback(lint_text, text):
    assert lint_text(text).kind == "feedback"


# The fairness rules check feedback only; a draft the kind model reads as a request but is unsure of is
# checked by them too (``kind.json`` ``meta.unsure_request_below``, chosen by ``feedback-lint train``).
FAIRNESS_FEEDBACK = "Hi Sam,\nHonestly, at 61 I'm not sure nights on the warehouse floor are the right move for you.\nBest,\nAnna"
FAIRNESS_FEEDBACK_SV = "Hej Sam,\nÄrligt talat, med tre små barn hemma tror vi inte att nattpassen skulle fungera för dig.\nHälsningar,\nAnna"


@pytest.mark.parametrize("text", [FAIRNESS_FEEDBACK, FAIRNESS_FEEDBACK_SV])
@pytest.mark.parametrize("p, checked", [(0.55, True), (0.9999, False)])
def test_fairness_is_checked_when_the_kind_model_is_unsure(monkeypatch, lint_text, text, p, checked):
    from feedback_lint.scoring import kind

    monkeypatch.setattr(kind, "request_probability", lambda ctx: p)
    report = lint_text(text)
    assert report.kind == "request"
    assert any(f.code == "FA001" for f in report.findings) is checked


def test_a_given_kind_is_never_unsure(lint_text):
    assert not any(f.code == "FA001" for f in lint_text(FAIRNESS_FEEDBACK, kind="request").findings)


# Candidates naming their own situation: read as requests with enough certainty that the fairness
# rules stay out.
OWN_SITUATION = [
    "Dear Ms Berg,\nThank you for letting me know. As I mentioned at interview, I'm 61 and coming back after caring for my mother. I'd be grateful to know which parts of the case study I should work on before I apply again.\nBest wishes,\nSara",
    "Hej Lena,\ntack för beskedet. Jag nämnde på intervjun att jag har två små barn och behöver dagtid. Vilka delar av provet borde jag öva mer på inför nästa ansökan?\nVänliga hälsningar,\nSara",
]


@pytest.mark.parametrize("text", OWN_SITUATION)
def test_a_request_naming_the_candidates_own_situation_is_not_checked_for_fairness(lint_text, text):
    report = lint_text(text)
    assert report.kind == "request"
    assert not any(f.category.value == "fairness" for f in report.findings)
