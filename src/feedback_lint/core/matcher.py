"""spaCy token patterns, each run only on the drafts that hold the words it needs.

spaCy's ``Matcher`` starts every pattern at every token and calls a Python predicate for each
``{"IN": [...]}`` set it reaches, so a draft costs (patterns x tokens) even when it holds none of the
words the patterns are about; with the phrase rules' patterns that was most of the time the rules
took. :class:`GatedMatcher` takes the same ``add(key, patterns)`` and returns the same
``(key, start, end)`` matches, but keeps one ``Matcher`` per pattern together with what every match of
it must contain (for each token of the pattern that is not optional, its word, lemma, flags such as
``LIKE_NUM`` and length, as a value or an ``IN`` set), and runs a pattern only on a doc that has a
token for each of them, and there only near the tokens of its rarest requirement, on the stretches
that also hold a token for each of the others. Which patterns a doc may hold is looked up from its
words (one uncommon word requirement per pattern), not checked pattern by pattern: most drafts hold
the words of a few of the hundreds of patterns.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Callable, NamedTuple

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

    A pattern whose matches are of bounded length runs only on the stretches of the doc around the
    tokens that meet one of its requirements (the one that makes the fewest tokens to scan): as far
    before and after each of those tokens as a match holding it can reach, so every match lies inside
    one of the stretches. Of those, it runs only on the ones that hold a token for each of its
    requirements (most do not)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self._patterns: list[_Pattern] = []
        self._annotations: set[str] = set()
        #: Per attribute, the patterns (by position) that need a token with one of the value ids, for
        #: one requirement of each pattern: a doc runs only the patterns whose values it has.
        self._gates: dict[str, dict[int, list[int]]] = {}
        #: Patterns that require no word (only flags such as ``IS_SPACE``): checked on every doc.
        self._ungated: list[int] = []
        self._common = _common_word(vocab)

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        from spacy.matcher import Matcher

        for pattern in patterns:
            matcher = Matcher(self.vocab)
            matcher.add(key, [pattern])
            requirements = tuple(_requirements(pattern, self._common))
            annotations = frozenset(a for token in pattern for a in token if a in _ANNOTATIONS)
            gate = _gate(requirements)
            if gate is None:
                self._ungated.append(len(self._patterns))
            else:
                for value in gate.ids:
                    self._gates.setdefault(gate.attr, {}).setdefault(value, []).append(len(self._patterns))
            bounded = all(_most(token) is not None for token in pattern)
            self._patterns.append(_Pattern(requirements, _checked_first(requirements), annotations, bounded, matcher))
            self._annotations |= annotations

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        if not self._patterns or not len(doc):
            return []
        # Each attribute is read from the doc when a pattern first asks about it: most docs settle most
        # patterns on a word or two, and converting every column of the doc cost more than the matching.
        values: dict[str, list[int]] = _Lazy(lambda attr: doc.to_array(attr).tolist())
        present: dict[str, set[int]] = _Lazy(lambda attr: set(values[attr]))
        counts: dict[str, Counter[int]] = _Lazy(lambda attr: Counter(values[attr]))
        candidates = set(self._ungated)
        for attr, patterns_by_value in self._gates.items():
            for value in patterns_by_value.keys() & present[attr]:  # goes over the smaller of the two
                candidates.update(patterns_by_value[value])
        missing = {a for a in self._annotations if not doc.has_annotation(a)}
        if missing:
            candidates.update(i for i, pattern in enumerate(self._patterns) if pattern.annotations & missing)
        out: list[tuple[int, int, int]] = []
        seen: set[tuple[int, int, int]] = set()
        for i in sorted(candidates):
            pattern = self._patterns[i]
            # A pattern that reads an annotation the doc lacks runs anyway, so spaCy raises as before.
            if missing and pattern.annotations & missing:
                stretches = [(0, len(doc))]
            elif not _met(pattern.checks, present):
                continue
            elif not (pattern.requirements and pattern.bounded):
                stretches = [(0, len(doc))]
            else:
                # A match holds a token that meets each requirement: a stretch without one has no match.
                stretches = [
                    (start, end) for start, end in _stretches(*_where(pattern.requirements, values, present, counts), len(doc))
                    if _met_within(pattern.checks, values, start, end)
                ]
            for start, end in stretches:
                span = doc if (start, end) == (0, len(doc)) else doc[start:end]
                for key, s, e in pattern.matcher(span):
                    match = (key, s + start, e + start)
                    if match not in seen:
                        seen.add(match)
                        out.append(match)
        return out


class _Lazy(dict):  # type: ignore[type-arg]
    """A dict that makes the value of a key on first use, with ``make(key)``."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


class _Requirement(NamedTuple):
    """A token with one of the value ids in the attribute must be in every match."""

    attr: str
    ids: frozenset[int]
    #: The most tokens a match can have before and after such a token (None: no limit).
    before: int | None
    after: int | None
    #: How many of the values are words that most drafts have (stop words, punctuation); 0 for a flag
    #: or a length, which is never a gate.
    common: int


class _Pattern(NamedTuple):
    #: What every match holds, one requirement per attribute of each token that must occur.
    requirements: tuple[_Requirement, ...]
    #: The same, in the order a doc is checked for them (see :func:`_checked_first`).
    checks: tuple[_Requirement, ...]
    #: Annotations (lemma, tags…) the pattern reads.
    annotations: frozenset[str]
    #: Whether its matches are of bounded length (no "+", "*" or "{n,}").
    bounded: bool
    matcher: Any


def _common_word(vocab: Any) -> Callable[[str], bool]:
    """Whether a word is one that most drafts have (a stop word or punctuation): a poor gate."""
    from spacy.attrs import IS_PUNCT, IS_STOP

    getters = [vocab.lex_attr_getters[a] for a in (IS_STOP, IS_PUNCT) if a in vocab.lex_attr_getters]
    return lambda word: any(getter(word) for getter in getters)


def _gate(requirements: tuple[_Requirement, ...]) -> _Requirement | None:
    """The requirement a doc is first checked for: a word (not a flag, which most docs have), of as
    few common words and then as few values as can be."""
    words = [r for r in requirements if r.attr in _STRING_ATTRS.values()]
    return min(words, key=lambda r: (r.common, len(r.ids))) if words else None


def _checked_first(requirements: tuple[_Requirement, ...]) -> tuple[_Requirement, ...]:
    """The requirements in the order a doc is checked for them: words before flags and lengths, and of
    the words the ones of fewest common words and values first. A doc that lacks a word is settled
    without reading the flag columns, which most docs meet anyway."""
    return tuple(sorted(requirements, key=lambda r: (r.attr not in _STRING_ATTRS.values(), r.common, len(r.ids))))


def _met(requirements: tuple[_Requirement, ...], present: dict[str, set[int]]) -> bool:
    for requirement in requirements:
        if requirement.ids.isdisjoint(present[requirement.attr]):
            return False
    return True


def _met_within(requirements: tuple[_Requirement, ...], values: dict[str, list[int]], start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` have, for each requirement, a token that meets it."""
    for requirement in requirements:
        if requirement.ids.isdisjoint(values[requirement.attr][start:end]):
            return False
    return True


def _where(requirements: tuple[_Requirement, ...], values: dict[str, list[int]], present: dict[str, set[int]],
           counts: dict[str, Counter[int]]) -> tuple[list[int], int, int]:
    """The tokens that meet the requirement whose stretches are the fewest tokens in the doc (its
    tokens times its reach; the first such requirement), and how far a match holding one of them
    reaches before and after it. ``counts`` holds, per attribute, how many tokens have each value."""
    best, fewest = requirements[0], None
    for requirement in requirements:
        reach = requirement.before + requirement.after + 1  # type: ignore[operator]
        # Every requirement is met by a token or more, so it scans its reach at least: when that is no
        # fewer than the best so far, it cannot be chosen, and its column need not be counted.
        if fewest is not None and reach >= fewest:
            continue
        count = counts[requirement.attr]
        scanned = sum(count[value] for value in requirement.ids & present[requirement.attr]) * reach
        if fewest is None or scanned < fewest:
            best, fewest = requirement, scanned
    attr, ids, before, after, _ = best
    column, at = values[attr], []
    for value in ids & present[attr]:
        i = -1
        for _ in range(counts[attr][value]):  # list.index from the last one: no pass over the column in Python
            i = column.index(value, i + 1)
            at.append(i)
    return sorted(at), before, after


def _stretches(at: list[int], before: int, after: int, length: int) -> list[tuple[int, int]]:
    """The token ranges from ``before`` tokens before to ``after`` tokens after a token in ``at``
    (sorted), merged."""
    out: list[tuple[int, int]] = []
    for i in at:
        start, end = max(0, i - before), min(length, i + after + 1)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _most(token: dict[str, Any]) -> int | None:
    """How many tokens of a match one token spec of a pattern can take at most (None: no limit)."""
    op = token.get("OP")
    if op in (None, "!", "?"):
        return 1
    bounds = _REPEAT.fullmatch(op) if isinstance(op, str) else None
    if bounds is None or (bounds.group(3) is None and bounds.group(2) is not None):
        return None  # "+", "*", "{n,}" or an operator this does not know
    return int(bounds.group(3) if bounds.group(3) is not None else bounds.group(1))


def _requirements(pattern: list[dict[str, Any]], common: Callable[[str], bool]) -> list[_Requirement]:
    """What every match of ``pattern`` contains: for each token that must occur at least once, the
    value ids one of the doc's tokens must have in an attribute (a token spec may give several), and
    how far a match reaches around such a token."""
    from spacy.strings import get_string_id

    most = [_most(token) for token in pattern]
    out: list[_Requirement] = []
    for k, token in enumerate(pattern):
        op = token.get("OP")
        at_least = _AT_LEAST.fullmatch(op) if isinstance(op, str) else None
        if not (op is None or op == "+" or (at_least and int(at_least.group(1)) >= 1)):
            continue
        # The token may be any of the ones its spec takes: the others of them are before or after it.
        before, after = _total(most[: k + 1], -1), _total(most[k:], -1)
        for key, value in token.items():
            values = value.get("IN") if isinstance(value, dict) else [value]
            if not isinstance(values, list):
                continue
            if key in _STRING_ATTRS and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
                ids = frozenset(get_string_id(v) for v in values)
                out.append(_Requirement(_STRING_ATTRS[key], ids, before, after, sum(isinstance(v, str) and common(v) for v in values)))
            elif key in _NUMBER_ATTRS and all(isinstance(v, int) for v in values):
                out.append(_Requirement(key, frozenset(int(v) for v in values), before, after, 0))
    return out


def _total(counts: list[int | None], plus: int) -> int | None:
    """``sum(counts) + plus``, or None when a count has no limit."""
    return None if None in counts else sum(counts) + plus  # type: ignore[arg-type]
