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
