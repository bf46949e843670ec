"""Constructiveness: does the draft give the reader something to act on and keep the door open?"""

from __future__ import annotations

from ..core.lexicon import contains_any, lexicon


def constructiveness_score(lower: str, *, kind: str, specificity: int, door_closed: bool) -> int:
    """0..100 from the parts a constructive draft of this kind has."""
    def has(name: str) -> bool:
        return contains_any(lower, lexicon(name))

    if kind == "request":
        score = 25 * has("gratitude") + 15 * has("acceptance") + 35 * has("forward_ask") + 15 * has("specific_ask") + 10 * has("door_open")
    else:
        score = 25 * has("strength_cues") + 30 * has("next_step_cues") + 20 * has("door_open") + 10 * has("gratitude") + 15 * (specificity >= 50)
    if door_closed:
        score -= 40
    return int(max(0, min(100, score)))
