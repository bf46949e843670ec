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


def reads(text_lower: str, name: str, language: str = "en") -> bool:
    """Whether a phrase of the packaged word list ``name`` occurs in the text, after the phrases of the
    list it is paired with in :data:`BLANKED_BY` are blanked."""
    unless = BLANKED_BY.get(name)
    if unless:
        return contains_any_except(text_lower, lexicon(name, language), lexicon(unless, language))
    return contains_any(text_lower, lexicon(name, language))


def contains_any_except(text_lower: str, phrases: tuple[str, ...], blanked: tuple[str, ...]) -> bool:
    """``contains_any(without_any(text_lower, blanked), phrases)``, with the text normalised once."""
    return _alternation(phrases).search(_padded_without(text_lower, blanked)) is not None


@lru_cache(maxsize=256)
def _padded_without(text_lower: str, blanked: tuple[str, ...]) -> str:
    """``_padded(without_any(text_lower, blanked))``: the words left are already normalised, so
    single-spacing them again is all the second normalisation would do."""
    return " " + " ".join(_alternation(blanked).sub("  ", _padded(text_lower)).split()) + " "


def count_any(text_lower: str, phrases: tuple[str, ...]) -> int:
    padded = _padded(text_lower)
    if "" not in phrases and _alternation(phrases).search(padded) is None:
        return 0
    return sum(padded.count(f" {p} ") for p in phrases)


def phrases_in(text_lower: str, phrases: tuple[str, ...]) -> frozenset[str]:
    """The phrases of ``phrases`` that occur in already-lowercased text, read as :func:`contains_any`
    reads it, found in one scan: a caller asking about several word lists in the same text asks about
    their union once, then intersects (one scan instead of one per list)."""
    found: set[str] = set()
    prefixes = _word_prefixes(phrases)
    for m in _occurrences(phrases).finditer(_padded(text_lower)):
        found.update(prefixes[m.group(1)])
    return frozenset(found)


@lru_cache(maxsize=64)
def _occurrences(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """At every space of a padded text, the longest phrase that starts there (the trie's optional
    endings are greedy), without consuming it, so phrases that start at the next space are seen too."""
    return re.compile(f" (?=({_trie_source(phrases)}) )")


@lru_cache(maxsize=64)
def _word_prefixes(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each phrase, itself and the phrases that are its first words ("for" of "for you"): where the
    longest phrase starting at a space occurs, exactly these occur there too."""
    known = {p for p in phrases if p}
    out = {}
    for phrase in known:
        words = phrase.split(" ")
        out[phrase] = tuple(p for p in (" ".join(words[:n]) for n in range(1, len(words) + 1)) if p in known)
    return out


@lru_cache(maxsize=512)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a word list: any phrase between spaces of a padded normalised text."""
    return re.compile(f" {_trie_source(phrases)}(?= )")


def _trie_source(phrases: tuple[str, ...]) -> str:
    """An expression for any of the phrases. The phrases are a trie (shared beginnings written once), so
    at each space the engine follows only the phrases that start like the text there instead of trying
    every phrase in turn. A list with no phrase gives an expression that matches nothing."""
    trie: dict[str, dict] = {}
    for phrase in {p for p in phrases if p}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else "(?!)"


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


#: The full stops that end a word (a run of them before a space).
_FINAL_STOPS = re.compile(r"\.+(?= )")


def _unless_eg(m: re.Match[str]) -> str:
    return m.group() if m.end() - m.start() == 1 and m.string[m.start() - 3 : m.start()] == "e.g" else ""


@lru_cache(maxsize=4096)
def _padded(text: str) -> str:
    """Letters, digits and ' - . ; kept, everything else a space; single spaces between words and
    one before the first and after the last, so every word of the text is between two spaces."""
    text = text.replace("\u2019", "'")
    words = (text.translate(_NOT_KEPT_ASCII) if text.isascii() else _NOT_KEPT.sub(" ", text)).split()
    # keep "e.g." but split a sentence-final full stop from its word
    return _FINAL_STOPS.sub(_unless_eg, " " + " ".join(words) + " ")
