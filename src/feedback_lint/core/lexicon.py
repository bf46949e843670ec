"""The packaged word lists, loaded once: ``data/lexicons.json`` (English) and ``data/lexicons.<lang>.json``
for the other languages, with the same list names."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


#: Lists read with another list's phrases blanked first, wherever they are read (the rules and the
#: scorers alike): "if you can't attend" is no "if you can", "good luck" is no praise for "good".
BLANKED_BY = {"next_step_cues": "not_next_step", "strength_cues": "not_strength"}


@lru_cache(maxsize=4)
def lexicons(language: str = "en") -> dict[str, tuple[str, ...]]:
    filename = "lexicons.json" if language == "en" else f"lexicons.{language}.json"
    raw = json.loads((resources.files("feedback_lint") / "data" / filename).read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if not k.startswith("_")}


def lexicon(name: str, language: str = "en") -> tuple[str, ...]:
    return lexicons(language)[name]


def compound_head(word_lower: str, heads: tuple[str, ...] | frozenset[str], language: str) -> str | None:
    """For languages that write compounds as one word: the end of ``word_lower`` that is one of ``heads``
    plus an inflectional ending from the language's ``noun_endings`` ("kodtestet" ends in test + et), or
    None. The first such end found; the caller decides how long the rest of the word must be."""
    for head in heads:
        for ending in lexicon("noun_endings", language):
            if word_lower.endswith(head + ending):
                return head + ending
    return None


def contains_any(text_lower: str, phrases: tuple[str, ...]) -> bool:
    """Whole-word containment of any phrase in already-lowercased text."""
    return _alternation(phrases).search(_padded(text_lower)) is not None


def without_any(text_lower: str, phrases: tuple[str, ...]) -> str:
    """The text, normalised as :func:`contains_any` reads it, with every whole-word occurrence of the
    phrases blanked: what is left for another list to match ("good luck" is not praise for "good")."""
    return _alternation(phrases).sub("  ", _padded(text_lower))


def count_any(text_lower: str, phrases: tuple[str, ...]) -> int:
    padded = _padded(text_lower)
    if "" not in phrases and _alternation(phrases).search(padded) is None:
        return 0
    return sum(padded.count(f" {p} ") for p in phrases)


@lru_cache(maxsize=512)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a word list: any phrase between spaces of a padded normalised text.
    The phrases are a trie (shared beginnings written once), so at each space the engine follows
    only the phrases that start like the text there instead of trying every phrase in turn."""
    trie: dict[str, dict] = {}
    for phrase in {p for p in phrases if p}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return re.compile(r"(?!)")
    return re.compile(f" {_trie_pattern(trie)}(?= )")


def _trie_pattern(node: dict[str, dict]) -> str:
    """The expression for the strings a trie node continues with (``""`` marks a phrase's end)."""
    branches = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        literal = ch
        while len(child) == 1 and "" not in child:  # a chain with no branch: one literal
            (ch, child), = child.items()
            literal += ch
        branches.append(re.escape(literal) + _trie_pattern(child))
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{pattern})?" if len(branches) == 1 else f"{pattern}?"
    return pattern


_NOT_KEPT = re.compile(r"[^\w'\-.;]|_")
#: The same for ASCII text, as a translation table (much faster than the expression).
_NOT_KEPT_ASCII = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "'-.;")}


@lru_cache(maxsize=4096)
def _padded(text: str) -> str:
    """Letters, digits and ' - . ; kept, everything else a space; single spaces between words and
    one before the first and after the last, so every word of the text is between two spaces."""
    text = text.replace("\u2019", "'")
    words = (text.translate(_NOT_KEPT_ASCII) if text.isascii() else _NOT_KEPT.sub(" ", text)).split()
    # keep "e.g." but split a sentence-final full stop from its word
    return " " + " ".join([w if w.endswith("e.g.") else w.rstrip(".") for w in words]) + " "
