"""Rewordings that need the parse, named in rule data (``reword = "occasion"`` in a phrase rule).

Each takes the rule's context and the matched span and returns ``(start, end, replacement)``, or
``None`` when the sentence is not built the way the rewording expects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .grammar import base_form, decapitalise, past_form
from .phrasebook import phrasebook

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..core.context import Context

Rewording = Callable[["Context", int, int], "tuple[int, int, str] | None"]

#: Where only the writer knows when it happened.
OCCASION = "[the specific occasion]"
_ABSOLUTES = {"always", "never", "constantly", "continually", "repeatedly"}
#: Children of a verb that start another clause: the verb's own phrase ends before them.
_OTHER_CLAUSE = {"conj", "cc", "punct", "advcl", "mark", "parataxis", "relcl"}


def occasion(ctx: "Context", start: int, end: int) -> tuple[int, int, str] | None:
    """'You never answered a question directly' → 'You did not answer a question directly on [the
    specific occasion]'; 'you always interrupt' → 'you interrupted … on [the specific occasion]';
    'Not once did you ask' → 'You did not ask … on [the specific occasion]'."""
    tokens = [t for t in ctx.tokens if start <= t.idx < end]
    absolute = next((t for t in tokens if t.lower_ in _ABSOLUTES or t.lower_ == "once"), None)
    if absolute is None:
        return None
    verb = absolute.head if absolute.head.pos_ in ("VERB", "AUX") else next((t for t in ctx.tokens[absolute.i + 1 :] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i < absolute.i - 3:
        return None
    text = ctx.draft.text
    edits: list[tuple[int, int, str]] = []
    if tokens[0].lower_ == "not" and absolute.lower_ == "once":  # "Not once did you ask"
        subject = next((t for t in tokens if t.lower_ == "you"), None)
        if subject is None:
            return None
        edits.append((tokens[0].idx, subject.idx + len(subject.text), ctx.match_case(tokens[0].idx, "you did not")))
    elif absolute.lower_ == "once":  # "you didn't once ask"
        edits.append((absolute.idx - 1, absolute.idx + len(absolute.text), ""))
    else:
        edits.extend(_drop_absolute(ctx, absolute, verb))
    stop = _phrase_end(verb)
    if stop <= absolute.idx:
        return None
    span_start = min(start, *(s for s, _, _ in edits))
    out, pos = [], span_start
    for s, e, new in sorted(edits):
        out.append(text[pos:s] + new)
        pos = e
    out.append(text[pos:stop])
    return span_start, stop, "".join(out) + " on " + OCCASION


def _drop_absolute(ctx: "Context", absolute: "Token", verb: "Token") -> list[tuple[int, int, str]]:
    gap_end = absolute.idx + len(absolute.text) + 1  # the word and the space after it
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > absolute.i]
    if absolute.lower_ != "never":
        edits = [(absolute.idx, gap_end, "")]
        if not auxiliaries and verb.tag_ in ("VBP", "VBZ"):
            edits.append((verb.idx, verb.idx + len(verb.text), past_form(verb)))
        return edits
    if auxiliaries:  # "you never would have known" → "you would not have known"
        aux = auxiliaries[0]
        return [(absolute.idx, gap_end, ""), (aux.idx + len(aux.text), aux.idx + len(aux.text), " not")]
    if verb.lemma_ == "be":  # "you never were" → "you were not"
        return [(absolute.idx, gap_end, ""), (verb.idx + len(verb.text), verb.idx + len(verb.text), " not")]
    return [(absolute.idx, verb.idx + len(verb.text), "did not " + base_form(verb))]


def _phrase_end(verb: "Token") -> int:
    """End offset of the verb's own phrase: its words up to the first child that starts another clause."""
    stop = verb.idx + len(verb.text)
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in _OTHER_CLAUSE:
            break
        last = max(child.subtree, key=lambda t: t.i)
        stop = max(stop, last.idx + len(last.text))
    return stop


def outcome(ctx: "Context", start: int, end: int) -> tuple[int, int, str] | None:
    """'You failed the technical test.' → 'In the technical test, [what happened: …]; [what would
    help next time].': a verdict on the candidate becomes a description of what happened."""
    verbs = set(phrasebook()["failure_verbs"])
    for token in (t for t in ctx.tokens if start <= t.idx < end):
        subject = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ == "you"]
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if token.lemma_.lower() in verbs and subject and objects:
            words = list(objects[0].subtree)
            thing = decapitalise(ctx.draft.text[words[0].idx : words[-1].idx + len(words[-1].text)])
            return start, end, f"In {thing}, [what happened, in terms of what was said or done]; [what would help next time]."
    return None


REWORDINGS: dict[str, Rewording] = {"occasion": occasion, "outcome": outcome}
