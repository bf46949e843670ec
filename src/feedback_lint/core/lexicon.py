"""The packaged word lists (``data/lexicons.json``), loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def lexicons() -> dict[str, tuple[str, ...]]:
    raw = json.loads((resources.files("feedback_lint") / "data" / "lexicons.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_")}


def lexicon(name: str) -> tuple[str, ...]:
    return lexicons()[name]


def contains_any(text_lower: str, phrases: tuple[str, ...]) -> bool:
    """Whole-word containment of any phrase in already-lowercased text."""
    padded = f" {_normalise(text_lower)} "
    return any(f" {p} " in padded for p in phrases)


def count_any(text_lower: str, phrases: tuple[str, ...]) -> int:
    padded = f" {_normalise(text_lower)} "
    return sum(padded.count(f" {p} ") for p in phrases)


@lru_cache(maxsize=4096)
def _normalise(text: str) -> str:
    out = []
    for ch in text.replace("\u2019", "'"):
        out.append(ch if ch.isalnum() or ch in "'-.;" else " ")
    # keep "e.g." but split a sentence-final full stop from its word
    return " ".join(w.rstrip(".") if not w.endswith("e.g.") else w for w in "".join(out).split())
