"""The packaged word lists, loaded once: ``data/lexicons.json`` (English) and ``data/lexicons.<lang>.json``
for the other languages, with the same list names."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=4)
def lexicons(language: str = "en") -> dict[str, tuple[str, ...]]:
    filename = "lexicons.json" if language == "en" else f"lexicons.{language}.json"
    raw = json.loads((resources.files("feedback_lint") / "data" / filename).read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_")}


def lexicon(name: str, language: str = "en") -> tuple[str, ...]:
    return lexicons(language)[name]


def contains_any(text_lower: str, phrases: tuple[str, ...]) -> bool:
    """Whole-word containment of any phrase in already-lowercased text."""
    return _alternation(phrases).search(f" {_normalise(text_lower)} ") is not None


def count_any(text_lower: str, phrases: tuple[str, ...]) -> int:
    padded = f" {_normalise(text_lower)} "
    return sum(padded.count(f" {p} ") for p in phrases)


@lru_cache(maxsize=512)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a word list: any phrase between spaces of a normalised text."""
    longest_first = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not longest_first:
        return re.compile(r"(?!)")
    return re.compile("(?<= )(?:" + "|".join(re.escape(p) for p in longest_first) + ")(?= )")


_NOT_KEPT = re.compile(r"[^\w'\-.;]|_")


@lru_cache(maxsize=4096)
def _normalise(text: str) -> str:
    """Letters, digits and ' - . ; kept, everything else a space; single spaces between words."""
    words = _NOT_KEPT.sub(" ", text.replace("\u2019", "'")).split()
    # keep "e.g." but split a sentence-final full stop from its word
    return " ".join(w if w.endswith("e.g.") else w.rstrip(".") for w in words)
