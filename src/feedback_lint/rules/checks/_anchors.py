"""Where a finding about something *missing* points, and where an insertion goes."""

from __future__ import annotations

from ...core.context import Context
from ...core.lexicon import contains_any, lexicon


def first_line(ctx: Context) -> tuple[int, int]:
    return ctx.lines[0] if ctx.lines else ctx.body_span


def greeting_line(ctx: Context) -> tuple[int, int] | None:
    """The opening line when it is a greeting ("Dear Ms Lund," / "Hi Sam,")."""
    if not ctx.lines:
        return None
    start, end = ctx.lines[0]
    return (start, end) if _starts_with_greeting(ctx.lower[start:end]) else None


def _starts_with_greeting(line: str) -> bool:
    line = line.strip().lstrip("\ufeff")
    return any(line == g or line.startswith(g + " ") or line.startswith(g + ",") for g in lexicon("greeting_openers"))


def sign_off_line(ctx: Context) -> tuple[int, int] | None:
    """The closing line ("Best regards," / "Thanks,") within the last four lines, if any."""
    for start, end in reversed(ctx.lines[-4:]):
        line = ctx.lower[start:end].strip().rstrip(",.!").strip()
        if line in lexicon("sign_offs") or any(line.startswith(s + " ") and len(line.split()) <= 4 for s in lexicon("sign_offs")):
            return (start, end)
    return None


def closing_insert_point(ctx: Context) -> int:
    """Offset just before the sign-off (or at the end of the body): where a closing sentence goes."""
    sign_off = sign_off_line(ctx)
    if sign_off:
        return sign_off[0]
    return ctx.body_span[1]


def opening_insert_point(ctx: Context) -> int:
    """Offset just after the greeting line (or at the start of the body)."""
    greeting = greeting_line(ctx)
    if greeting:
        text = ctx.draft.lintable
        nl = text.find("\n", greeting[1])
        return nl + 1 if nl >= 0 else greeting[1]
    return ctx.body_span[0]


def body_sentences(ctx: Context):  # type: ignore[no-untyped-def]
    """Sentences other than the greeting and sign-off lines."""
    greeting, sign_off = greeting_line(ctx), sign_off_line(ctx)
    out = []
    for sent in ctx.sentences:
        if greeting and sent.end_char <= greeting[1] + 1 and len(sent) <= 10:
            continue
        if sign_off and sent.start_char >= sign_off[0]:
            continue
        out.append(sent)
    return out


def has(ctx: Context, name: str) -> bool:
    return contains_any(ctx.lower_and_lemmas, lexicon(name))
