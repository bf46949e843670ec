"""Where a sentence-level suggestion goes: the sentence without a greeting that shares its line, and
the smallest part of a sentence whose deletion leaves a sentence that still reads."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .phrasebook import phrasebook

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..core.context import Context

#: An introductory clause is at most this many words before its comma ("No offence, but …").
MAX_INTRO_WORDS = 7
#: Modifiers that only swear ("a bloody joke"): deleting the word leaves the sentence whole.
_SWEAR_MODIFIER_DEPS = {"amod", "advmod", "intj", "npadvmod", "dep"}
_CONNECTIVE = re.compile(r",?[ \t]*(?:(?:but|and|so)\b[ \t]*)?", re.IGNORECASE)


def sentence_bounds(ctx: "Context", sent: "Span") -> tuple[int, int]:
    """The sentence's characters without trailing space, and without a greeting at its start
    ("Hi Aaron, we won't be moving forward…" starts at "we")."""
    start, end = sent.start_char, sent.start_char + len(sent.text.rstrip())
    greeting = ctx.greeting_line
    if greeting and greeting[0] <= start < greeting[1]:
        m = re.match(r"[^,\n]{1,40}?,\s*|[^,\n]{1,40}?[ \t]+[-–—][ \t]+", ctx.draft.text[start:end])
        if m and m.end() < end - start:
            start += m.end()
    return start, end


def sentence_span(ctx: "Context", start: int) -> tuple[int, int] | None:
    """:func:`sentence_bounds` of the sentence that contains offset ``start``."""
    sent = ctx.sentence_of(start)
    return sentence_bounds(ctx, sent) if sent is not None else None


def removal_span(ctx: "Context", start: int, end: int) -> tuple[int, int]:
    """What to delete to remove ``text[start:end]`` and leave a sentence that reads: a swear word
    used as a modifier, an introductory clause ending in a comma ("Don't take this personally, but"),
    or the whole sentence. The span includes the spaces after it on the same line."""
    text = ctx.draft.text
    bounds = sentence_span(ctx, start)
    if bounds is None:
        return start, end
    s_start, s_end = bounds
    if _swear_modifier(ctx, start, end):
        return start, end + _spaces(text, end)
    comma = text.find(",", end, s_end)
    intro = text[s_start:comma]
    if comma >= 0 and len(intro.split()) <= MAX_INTRO_WORDS and re.search(r"\w", text[comma + 1 : s_end]):
        after = comma + len(_CONNECTIVE.match(text, comma).group())
        return s_start, after + _spaces(text, after)
    return s_start, s_end + _spaces(text, s_end)


def _swear_modifier(ctx: "Context", start: int, end: int) -> bool:
    tokens = [t for t in ctx.tokens if start <= t.idx < end]
    if len(tokens) != 1:
        return False
    token = tokens[0]
    return token.lower_ in phrasebook()["swear_modifiers"] and token.dep_ in _SWEAR_MODIFIER_DEPS and token.head.i != token.i


def _spaces(text: str, at: int) -> int:
    n = 0
    while at + n < len(text) and text[at + n] in " \t":
        n += 1
    return n
