"""Edits made over several passes are reported in the original text's offsets."""

from __future__ import annotations

from feedback_lint.rewrite.trace import Trace


def apply_all(original: str, passes: list[list[tuple[int, int, str]]]) -> Trace:
    trace = Trace(original)
    for edits in passes:
        for start, end, replacement in sorted(edits, reverse=True):
            trace.apply(start, end, replacement, code="X", title="t", safe=True)
    return trace


def replay(original: str, trace: Trace) -> str:
    out, pos = [], 0
    for change in trace.changes():
        out.append(original[pos : change.start] + change.replacement)
        pos = change.end
    return "".join(out) + original[pos:]


def test_changes_replayed_on_the_original_give_the_current_text():
    original = "Hello big world. Why?? Bye now."
    # pass 1: delete "big ", fix "??"; pass 2 (offsets of pass 1's text): edit inside the "?" just written,
    # and insert at the start
    trace = apply_all(original, [[(6, 10, ""), (20, 22, "?")], [(0, 0, "Oh. "), (16, 18, "? ")]])
    assert trace.text == "Oh. Hello world. Why? Bye now."
    assert replay(original, trace) == trace.text


def test_text_outside_every_change_is_the_original_text():
    original = "one two three four five"
    trace = apply_all(original, [[(4, 7, "2")], [(0, 3, "1"), (11, 11, "!")]])
    changed = [(c.start, c.end) for c in trace.changes()]
    assert trace.text == "1 2 three! four five"
    assert all(original[s:e] in ("one", "two", "") for s, e in changed)
    assert replay(original, trace) == trace.text


def test_an_edit_that_restores_the_original_is_not_a_change():
    trace = apply_all("keep this", [[(0, 4, "KEEP")], [(0, 4, "keep")]])
    assert trace.text == "keep this" and trace.changes() == []
