"""Which kind of draft this is: a candidate's feedback *request*, or an employer's *feedback*."""

from __future__ import annotations

from .lexicon import count_any, lexicon

KINDS = ("request", "feedback")


def detect_kind(lower: str) -> str:
    """Decide from cue phrases and who is talking about whom.

    >>> detect_kind("dear ms lund, thank you for interviewing me. could you share feedback on my interview?")
    'request'
    >>> detect_kind("hi sam, thank you for your interview. we have decided to move forward with another candidate.")
    'feedback'
    """
    words = lower.replace("\u2019", "'").split()
    first_person = sum(w.strip(".,!?;:") in ("i", "me", "my", "i'm", "i've", "i'd", "myself") for w in words)
    second_person = sum(w.strip(".,!?;:") in ("you", "your", "you're", "you've", "yourself") for w in words)
    we = sum(w.strip(".,!?;:") in ("we", "our", "us", "we've", "we're", "we'd") for w in words)
    score = 3.0 * count_any(lower, lexicon("request_cues")) - 3.0 * count_any(lower, lexicon("feedback_cues"))
    score += 0.5 * first_person - 0.25 * second_person - 0.5 * we
    return "request" if score > 0 else "feedback"
