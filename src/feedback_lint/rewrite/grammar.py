"""Grammar at the edges of a rewrite: inflection (lemminflect), capitalisation and sentence mood.

Rules call :func:`fit_replacement` so that a phrase swapped into a sentence agrees with the words
around it; the rewrite engine calls :func:`sentence_start` and :func:`capitalise` when it tidies.
All of it is English: other languages' rules bring replacements that already fit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..core.context import Context

#: A sentence whose first word (after the fillers below) is one of these asks a question.
QUESTION_OPENERS = frozenset(
    "could would can will may might shall should is are am was were do does did have has had "
    "what why how when where which who whom whose".split()
)
_FILLERS = frozenset("please so and but also then now just honestly".split())
#: Replacements ending in one of these take a gerund, not a bare verb ("appreciate knowing").
_GERUND_TAKERS = ("appreciate", "welcome")
#: After "if you could", a following modal is dropped ("if you could reply", not "could will reply").
_MODALS = frozenset(["will", "would", "'ll", "can", "could", "shall", "should"])
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")


def inflect(lemma: str, tag: str) -> str:
    """``lemma`` in the Penn Treebank form ``tag`` (``VBD`` past, ``VBG`` gerund…), or ``lemma``.

    >>> inflect("interrupt", "VBD"), inflect("know", "VBG"), inflect("go", "VBD")
    ('interrupted', 'knowing', 'went')
    """
    from lemminflect import getInflection

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def base_form(token: "Token") -> str:
    """The token's bare infinitive ("answered" → "answer"), in the token's case."""
    return _same_case(token.text, token.lemma_ if token.lemma_ else token.text)


def past_form(token: "Token") -> str:
    """The token's simple past ("interrupt" → "interrupted"); past forms are kept."""
    if token.tag_ in ("VBD", "VBN"):
        return token.text
    return _same_case(token.text, inflect(token.lemma_.lower(), "VBD"))


def capitalise(text: str) -> str:
    """Upper-case the first letter (``[`` of a placeholder is skipped over)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "[(\"' ":
            return text
    return text


def decapitalise(text: str) -> str:
    """Lower-case the first word unless it is "I", an acronym or a name-like word inside brackets."""
    m = re.match(r"[A-Z][a-z]*", text)
    if not m or m.group() == "I" or (len(text) > 1 and text[1:2].isupper()):
        return text
    return text[:1].lower() + text[1:]


def sentence_start(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` begins a sentence: only spaces since a line break, the start
    of the text, or a sentence-final mark."""
    before = text[:at].rstrip(" \t")
    return not before or before.endswith("\n") or bool(_SENTENCE_END.search(before))


def is_question(sentence: str) -> bool:
    """Whether a sentence is worded as a question, judged from its first words.

    >>> is_question("Please could you send me the feedback."), is_question("I would be grateful for a reply?")
    (True, False)
    """
    words = re.findall(r"[A-Za-z']+", sentence.lower())
    while words and words[0] in _FILLERS:
        words.pop(0)
    return bool(words) and words[0] in QUESTION_OPENERS


def fit_replacement(ctx: "Context", start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """Widen and adjust a phrase replacement so the sentence around it stays grammatical.

    * a bare verb after a replacement ending in "appreciate" becomes a gerund
      ("I'm entitled to know" → "I would appreciate knowing");
    * a modal after "… if you could" is dropped ("I expect that you will reply" → "… if you could reply");
    * when the replacement begins the sentence and turns a statement into a question (or back),
      the sentence's final mark follows ("Send me the feedback." → "Could you send me the feedback?").
    """
    if ctx.language != "en" or not replacement:
        return start, end, replacement
    text = ctx.draft.text
    following = _next_token(ctx, end)
    lowered = replacement.lower().rstrip()
    if following is not None and lowered.endswith(_GERUND_TAKERS) and following.tag_ == "VB":
        end, replacement = following.idx + len(following.text), f"{replacement} {inflect(following.lemma_.lower(), 'VBG')}"
    elif following is not None and lowered.endswith("if you could") and following.lower_ in _MODALS:
        after = _next_token(ctx, following.idx + len(following.text))
        end = after.idx if after is not None else following.idx + len(following.text)
        replacement = replacement.rstrip() + " "
    sent = ctx.sentence_of(start)
    if sent is None:
        return start, end, replacement
    stop = sent.start_char + len(sent.text.rstrip())
    head = text[sent.start_char : start]
    if end >= stop or not text[stop - 1 : stop] in (".", "?") or re.sub(r"[^a-z]+", " ", head.lower()).split() not in ([], ["please"]):
        return start, end, replacement
    rewritten = head + replacement + text[end:stop]
    wanted = "?" if is_question(rewritten) else "."
    if text[stop - 1] != wanted:
        replacement, end = replacement + text[end : stop - 1] + wanted, stop
    return start, end, replacement


def _next_token(ctx: "Context", offset: int) -> "Token | None":
    for token in ctx.tokens:
        if token.idx >= offset and not token.is_space:
            return token
    return None


def _same_case(model: str, word: str) -> str:
    if model[:1].isupper() and not model.isupper():
        return word[:1].upper() + word[1:]
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word.lower() if model.islower() else word
