"""Politeness and respect: greeting, gratitude, hedges, 'could you' over 'can you', apology, and harsh
intensifiers, shouting and findings against."""

from __future__ import annotations

from ..core.lexicon import contains_any, count_any, lexicon


def tone_score(lower: str, *, greeting: bool, sign_off: bool, harsh_findings: int) -> int:
    """0..100, higher is more polite and respectful. ``lower`` is the lowercased linted text."""
    score = 40.0
    score += 10 if greeting else 0
    score += 8 if sign_off else 0
    score += 14 if contains_any(lower, lexicon("gratitude")) else 0
    score += min(18, 6 * count_any(lower, lexicon("politeness_markers")))
    score += min(6, 2 * count_any(lower, lexicon("hedges")))
    score -= min(40, 7 * count_any(lower, lexicon("harsh_markers")))
    score -= min(45, 9 * harsh_findings)
    return int(round(max(0.0, min(100.0, score))))
