"""spaCy token patterns, each run only on the drafts that hold the words it needs.

spaCy's ``Matcher`` starts every pattern at every token and calls a Python predicate for each
``{"IN": [...]}`` set it reaches, so a draft costs (patterns x tokens) even when it holds none of the
words the patterns are about; with the phrase rules' patterns that was most of the time the rules
took. :class:`GatedMatcher` takes the same ``add(key, patterns)`` and returns the same
``(key, start, end)`` matches, but keeps one ``Matcher`` per pattern together with what every match of
it must contain (for each token of the pattern that is not optional, its word, lemma, flags such as
``LIKE_NUM`` and length, as a value or an ``IN`` set), and runs a pattern only on a doc that has a
token for each of them, and there only near the tokens of its rarest requirement.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

#: Pattern keys a requirement is read from, and the ``Doc.to_array`` attribute each one compares:
#: strings (compared as ids) ...
_STRING_ATTRS = {"LOWER": "LOWER", "LEMMA": "LEMMA", "ORTH": "ORTH", "TEXT": "ORTH", "NORM": "NORM"}
#: ... and numbers (a flag is 0 or 1).
_NUMBER_ATTRS = {
    "LENGTH", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
    "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY",
    "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL",
}
#: Annotations spaCy's Matcher insists on when a pattern reads them (it raises on a doc without them).
_ANNOTATIONS = ("TAG", "POS", "MORPH", "LEMMA", "DEP")
_AT_LEAST = re.compile(r"\{(\d+)(?:,\d*)?\}")
#: "{n}", "{n,m}", "{,m}" and "{n,}": groups n, the comma, m.
_REPEAT = re.compile(r"\{(\d*)(,)?(\d+)?\}")


class GatedMatcher:
    """A drop-in for ``spacy.matcher.Matcher`` (``add`` and ``__call__``) that skips, per doc, the
    patterns that cannot match it. Matches come pattern by pattern, in the order the patterns were
    added, each ``(key, start, end)`` once: the set a single ``Matcher`` finds, not its order.

    A pattern whose matches are at most ``n`` tokens long runs only on the stretches of the doc within
    ``n`` tokens of the words it requires (of its requirements, the one the doc has fewest tokens for):
    every match holds one of those tokens, so it lies inside one of the stretches."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self._patterns: list[_Pattern] = []
        self._attrs: list[str] = []
        self._annotations: set[str] = set()

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        from spacy.matcher import Matcher

        for pattern in patterns:
            matcher = Matcher(self.vocab)
            matcher.add(key, [pattern])
            requirements = tuple(_requirements(pattern))
            annotations = frozenset(a for token in pattern for a in token if a in _ANNOTATIONS)
            self._patterns.append(_Pattern(requirements, annotations, _longest(pattern), matcher))
            self._attrs.extend(a for a, _ in requirements if a not in self._attrs)
            self._annotations |= annotations

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        if not self._patterns or not len(doc):
            return []
        values: dict[str, list[int]] = {}
        if self._attrs:
            columns = doc.to_array(self._attrs).reshape(len(doc), len(self._attrs))
            values = {a: columns[:, i].tolist() for i, a in enumerate(self._attrs)}
        present = {a: set(column) for a, column in values.items()}
        missing = {a for a in self._annotations if not doc.has_annotation(a)}
        out: list[tuple[int, int, int]] = []
        seen: set[tuple[int, int, int]] = set()
        for pattern in self._patterns:
            # A pattern that reads an annotation the doc lacks runs anyway, so spaCy raises as before.
            if missing and pattern.annotations & missing:
                stretches = [(0, len(doc))]
            elif not _met(pattern.requirements, present):
                continue
            elif pattern.longest is None or not pattern.requirements:
                stretches = [(0, len(doc))]
            else:
                stretches = _stretches(_where(pattern.requirements, values, present), pattern.longest, len(doc))
            for start, end in stretches:
                span = doc if (start, end) == (0, len(doc)) else doc[start:end]
                for key, s, e in pattern.matcher(span):
                    match = (key, s + start, e + start)
                    if match not in seen:
                        seen.add(match)
                        out.append(match)
        return out


class _Pattern(NamedTuple):
    #: (attribute, value ids): a token with one of the values must be in every match, per requirement.
    requirements: tuple[tuple[str, frozenset[int]], ...]
    #: Annotations (lemma, tags…) the pattern reads.
    annotations: frozenset[str]
    #: The most tokens a match can have, or None when an operator repeats without limit.
    longest: int | None
    matcher: Any


def _met(requirements: tuple[tuple[str, frozenset[int]], ...], present: dict[str, set[int]]) -> bool:
    for attr, ids in requirements:
        if ids.isdisjoint(present[attr]):
            return False
    return True


def _where(requirements: tuple[tuple[str, frozenset[int]], ...], values: dict[str, list[int]], present: dict[str, set[int]]) -> list[int]:
    """The tokens that meet the requirement the doc has fewest tokens for."""

    def tokens_meeting(requirement: tuple[str, frozenset[int]]) -> int:
        attr, ids = requirement
        return sum(values[attr].count(value) for value in ids & present[attr])

    attr, ids = min(requirements, key=tokens_meeting)
    return [i for i, value in enumerate(values[attr]) if value in ids]


def _stretches(at: list[int], longest: int, length: int) -> list[tuple[int, int]]:
    """The token ranges within ``longest - 1`` tokens of a token in ``at`` (sorted), merged."""
    out: list[tuple[int, int]] = []
    for i in at:
        start, end = max(0, i - longest + 1), min(length, i + longest)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _longest(pattern: list[dict[str, Any]]) -> int | None:
    """How many tokens a match of ``pattern`` can have at most (None: no limit)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op in (None, "!", "?"):
            total += 1
            continue
        bounds = _REPEAT.fullmatch(op) if isinstance(op, str) else None
        if bounds is None or (bounds.group(3) is None and bounds.group(2) is not None):
            return None  # "+", "*", "{n,}" or an operator this does not know
        total += int(bounds.group(3) if bounds.group(3) is not None else bounds.group(1))
    return total


def _requirements(pattern: list[dict[str, Any]]) -> list[tuple[str, frozenset[int]]]:
    """What every match of ``pattern`` contains: for each token that must occur at least once, the
    value ids one of the doc's tokens must have in an attribute (a token spec may give several)."""
    from spacy.strings import get_string_id

    out: list[tuple[str, frozenset[int]]] = []
    for token in pattern:
        op = token.get("OP")
        at_least = _AT_LEAST.fullmatch(op) if isinstance(op, str) else None
        if not (op is None or op == "+" or (at_least and int(at_least.group(1)) >= 1)):
            continue
        for key, value in token.items():
            values = value.get("IN") if isinstance(value, dict) else [value]
            if not isinstance(values, list):
                continue
            if key in _STRING_ATTRS and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
                out.append((_STRING_ATTRS[key], frozenset(get_string_id(v) for v in values)))
            elif key in _NUMBER_ATTRS and all(isinstance(v, int) for v in values):
                out.append((key, frozenset(int(v) for v in values)))
    return out
