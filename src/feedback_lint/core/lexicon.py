"""The packaged word lists, loaded once: ``data/lexicons.json`` (English) and ``data/lexicons.<lang>.json``
for the other languages, with the same list names."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cached_property, lru_cache, partial
from importlib import resources

from .memo import Memo


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


@lru_cache(maxsize=4)
def zipf_frequencies(language: str) -> "Memo[str, float]":
    """Each word's Zipf frequency in ``language`` (wordfreq's data, inside its package), looked up once:
    ``zipf_frequencies("en")["hello"]``."""
    from wordfreq import zipf_frequency

    return Memo(partial(zipf_frequency, lang=language))


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
    return _word_list(phrases).any.search(_padded(text_lower)) is not None


def without_any(text_lower: str, phrases: tuple[str, ...]) -> str:
    """The text, normalised as :func:`contains_any` reads it, with every whole-word occurrence of the
    phrases blanked: what is left for another list to match ("good luck" is not praise for "good")."""
    return _word_list(phrases).any.sub("  ", _padded(text_lower))


def reads(text_lower: str, name: str, language: str = "en") -> bool:
    """Whether a phrase of the packaged word list ``name`` occurs in the text, after the phrases of the
    list it is paired with in :data:`BLANKED_BY` are blanked."""
    unless = BLANKED_BY.get(name)
    if unless:
        return contains_any_except(text_lower, lexicon(name, language), lexicon(unless, language))
    return contains_any(text_lower, lexicon(name, language))


def contains_any_except(text_lower: str, phrases: tuple[str, ...], blanked: tuple[str, ...]) -> bool:
    """``contains_any(without_any(text_lower, blanked), phrases)``, with the text normalised once."""
    return _word_list(phrases).any.search(_padded_without(text_lower, blanked)) is not None


@lru_cache(maxsize=256)
def _padded_without(text_lower: str, blanked: tuple[str, ...]) -> str:
    """``_padded(without_any(text_lower, blanked))``: the words left are already normalised, so
    single-spacing them again is all the second normalisation would do."""
    return " " + " ".join(_word_list(blanked).any.sub("  ", _padded(text_lower)).split()) + " "


def count_any(text_lower: str, phrases: tuple[str, ...]) -> int:
    """How often the phrases occur in already-lowercased text: for each phrase (as often as the list
    holds it), the number of times ``str.count`` finds it between spaces of the normalised text (so
    "the the" holds " the " once: the second begins on the first's closing space)."""
    padded = _padded(text_lower)
    if "" in phrases:
        return sum(padded.count(f" {p} ") for p in phrases)
    words = _word_list(phrases)
    starts: dict[str, list[int]] = {}
    for m in words.each.finditer(padded):
        for phrase in words.prefixes[m.group(1)]:
            starts.setdefault(phrase, []).append(m.start())
    total = 0
    for phrase, at in starts.items():
        free = 0  # where str.count would look for the next one
        for start in at:
            if start >= free:
                total += words.times[phrase]
                free = start + len(phrase) + 2
    return total


def phrases_in(text_lower: str, phrases: tuple[str, ...]) -> frozenset[str]:
    """The phrases of ``phrases`` that occur in already-lowercased text, read as :func:`contains_any`
    reads it, found in one scan: a caller asking about several word lists in the same text asks about
    their union once, then intersects (one scan instead of one per list)."""
    words = _word_list(phrases)
    found: set[str] = set()
    for m in words.each.finditer(_padded(text_lower)):
        found.update(words.prefixes[m.group(1)])
    return frozenset(found)


class _WordList:
    """A word list compiled for reading padded normalised texts; each part made on first use."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.phrases = phrases

    @cached_property
    def any(self) -> re.Pattern[str]:
        """Any phrase between spaces."""
        return re.compile(f" {_trie_source(self.phrases)}(?= )")

    @cached_property
    def each(self) -> re.Pattern[str]:
        """At every space, the longest phrase that starts there (the trie's optional endings are
        greedy), without consuming it, so phrases that start at the next space are seen too."""
        return re.compile(f" (?=({_trie_source(self.phrases)}) )")

    @cached_property
    def prefixes(self) -> dict[str, tuple[str, ...]]:
        """For each phrase, itself and the phrases that are its first words ("for" of "for you"): where
        the longest phrase starting at a space occurs, exactly these occur there too."""
        known = {p for p in self.phrases if p}
        out = {}
        for phrase in known:
            words = phrase.split(" ")
            out[phrase] = tuple(p for p in (" ".join(words[:n]) for n in range(1, len(words) + 1)) if p in known)
        return out

    @cached_property
    def times(self) -> dict[str, int]:
        """How often the list holds each phrase."""
        return dict(Counter(self.phrases))


#: The compiled lists by the identity of their tuple: hashing a long tuple on every call to find it in
#: a cache costs more than many searches do. Each entry holds its tuple, so its id is not reused.
_BY_ID: dict[int, tuple[tuple[str, ...], _WordList]] = {}


def _word_list(phrases: tuple[str, ...]) -> _WordList:
    held = _BY_ID.get(id(phrases))
    if held is not None and held[0] is phrases:
        return held[1]
    if len(_BY_ID) > 1024:  # callers that build a new tuple each time would otherwise fill it
        _BY_ID.clear()
    compiled = _compiled(phrases)
    _BY_ID[id(phrases)] = (phrases, compiled)
    return compiled


@lru_cache(maxsize=512)
def _compiled(phrases: tuple[str, ...]) -> _WordList:
    return _WordList(phrases)


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


#: The full stops and semicolons that end a word (a run of them before a space): "ingen betydelse;" holds the
#: phrase "ingen betydelse".
_FINAL_STOPS = re.compile(r"[.;]+(?= )")


def _unless_eg(m: re.Match[str]) -> str:
    return m.group() if m.end() - m.start() == 1 and m.string[m.start() - 3 : m.start()] == "e.g" else ""


@lru_cache(maxsize=4096)
def _padded(text: str) -> str:
    """Letters, digits and ' - . ; kept, everything else a space; single spaces between words and
    one before the first and after the last, so every word of the text is between two spaces."""
    text = text.replace("\u2019", "'")
    words = (text.translate(_NOT_KEPT_ASCII) if text.isascii() else _NOT_KEPT.sub(" ", text)).split()
    # keep "e.g." but split a sentence-final full stop or a semicolon from its word
    return _FINAL_STOPS.sub(_unless_eg, " " + " ".join(words) + " ")
