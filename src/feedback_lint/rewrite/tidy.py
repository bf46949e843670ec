"""Tidy the seams of an edit: spaces, commas, blank lines and the capital letter of a sentence.

:func:`tidy_edit` widens an edit by at most a few characters on each side so that, once applied, the
text reads as if it had been written that way: no double space or space before a comma, no comma left
at the start of a sentence, no empty line where a sentence was deleted, a capital letter where a
sentence now begins, and an inserted paragraph set off by a blank line.
"""

from __future__ import annotations

import re

from .grammar import capitalise, sentence_start

_PUNCT_AFTER = ",.;:!?)"
_CONNECTIVE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:but|and|so)?[ \t]*", re.IGNORECASE)
_PARAGRAPH = "\n\n"


def tidy_edit(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """The edit ``text[start:end] = replacement``, widened and adjusted so its seams are tidy."""
    if start == end and replacement.endswith(_PARAGRAPH):
        return _paragraph_insertion(text, start, replacement)
    if replacement.strip():
        return _replacement(text, start, end, replacement)
    return _deletion(text, start, end)


def _replacement(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    lead = replacement[: len(replacement) - len(replacement.lstrip())]
    if sentence_start(text, start) and not lead.strip(" "):
        replacement = capitalise(replacement)
    if replacement[-1:] in ".!?" and text[end : end + 1] in (".", "!", "?"):
        end += 1 + _run(text, end + 1, ".!?")
    if replacement[:1].isalnum() and start > 0 and (text[start - 1].isalnum() or text[start - 1] in _PUNCT_AFTER):
        replacement = " " + replacement
    if replacement[-1:].isalnum() and text[end : end + 1].isalnum():
        replacement += " "
    if replacement[-1:] in ".!?" and end < len(text) and text[end] in " \t" and start != end:
        gap = _run(text, end, " \t")
        if text[end + gap : end + gap + 1].islower():
            end, replacement = end + gap + 1, replacement + text[end : end + gap] + text[end + gap].upper()
    return start, end, replacement


def _deletion(text: str, start: int, end: int) -> tuple[int, int, str]:
    at_start = sentence_start(text, start)
    if at_start:
        end += _run(text, end, " \t")
        if text[end : end + 1] in (",", ";", ":"):
            end += len(_CONNECTIVE.match(text, end).group())
        if text[end : end + 1] in ("\n", "\r", ""):
            if _line_start(text, start):
                return _line_deletion(text, start, end)
            while start > 0 and text[start - 1] in " \t":
                start -= 1
        elif text[end : end + 1].islower():
            return start, end + 1, text[end].upper()
        return start, end, ""
    if text[end : end + 1] in (" ", "\t"):
        if start > 0 and text[start - 1] in " \t":
            end += _run(text, end, " \t")
    elif end >= len(text) or text[end] in "\r\n" + _PUNCT_AFTER:
        while start > 0 and text[start - 1] in " \t":
            start -= 1
    if text[start - 1 : start] == "," and text[end : end + 1] == ",":  # a parenthesis: both commas go
        start, end = start - 1, end + 1
    elif text[start - 1 : start] == "," and text[end : end + 1] in tuple(_PUNCT_AFTER):
        start -= 1
    if start > 0 and text[start - 1].isalnum() and text[end : end + 1].isalnum():
        return start, end, " "
    return start, end, ""


def _line_deletion(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A deletion that empties its line: the line goes, and blank lines around it do not pile up."""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    before, after = _newlines_before(text, start), _newlines_after(text, end)
    if before == 0:  # the first line of the text: the line breaks after it go too
        return start, end + _newline_chars(text, end, after), ""
    if not text[end:].strip():  # the last line: the line breaks before it go, those after it stay
        return len(text[:start].rstrip(" \t\r\n")), end, ""
    return start, end + _newline_chars(text, end, min(before, after)), ""


def _paragraph_insertion(text: str, at: int, replacement: str) -> tuple[int, int, str]:
    """Insert a paragraph, set off from its neighbours the way the draft sets off its own paragraphs
    (a blank line, or a single line break in a draft that has no blank lines)."""
    body = replacement.strip("\n")
    newline = "\r\n" if "\r\n" in text else "\n"
    gap = 2 if re.search(r"\n[ \t\r]*\n", text) else 1
    before = _newlines_before(text, at)
    rest = text[at:]
    if before == 0 and at > 0:
        while text[at - 1] in " \t":
            at -= 1
        trailing = "" if not rest.strip() else newline * gap
        return at, at + _run(text, at, " \t"), newline * gap + body + trailing
    lead = newline * (gap - before) if 0 < before < gap else ""
    if not rest.strip():
        return at, at, lead + body + (newline if not rest and text.endswith("\n") else "")
    return at, at, lead + body + newline * gap


def _line_start(text: str, at: int) -> bool:
    return text[:at].rstrip(" \t").endswith("\n") or not text[:at].strip()


def _run(text: str, at: int, chars: str) -> int:
    n = 0
    while at + n < len(text) and text[at + n] in chars:
        n += 1
    return n


def _newlines_before(text: str, at: int) -> int:
    return re.search(r"[ \t\r\n]*$", text[:at]).group().count("\n")


def _newlines_after(text: str, at: int) -> int:
    return re.match(r"[ \t\r\n]*", text[at:]).group().count("\n")


def _newline_chars(text: str, at: int, count: int) -> int:
    """How many characters from ``at`` cover ``count`` line breaks (with the spaces between them)."""
    if count <= 0:
        return 0
    m = re.match(r"(?:[ \t]*\r?\n){%d}" % count, text[at:])
    return len(m.group()) if m else 0
