"""The seams of an edit: spaces, commas, blank lines and capitals after the edit is applied."""

from __future__ import annotations

import pytest

from feedback_lint.rewrite.tidy import tidy_edit


def applied(text: str, old: str, replacement: str) -> str:
    start = text.index(old)
    s, e, r = tidy_edit(text, start, start + len(old), replacement)
    return text[:s] + r + text[e:]


def inserted(text: str, before: str, replacement: str) -> str:
    at = text.index(before) if before else len(text)
    s, e, r = tidy_edit(text, at, at, replacement)
    return text[:s] + r + text[e:]


@pytest.mark.parametrize(("text", "old", "expected"), [
    ("It was obviously the wrong approach.", "obviously", "It was the wrong approach."),
    ("Thanks. Frankly, the slides were hard to follow.", "Frankly,", "Thanks. The slides were hard to follow."),
    ("With all due respect, the decision seems hasty.", "With all due respect", "The decision seems hasty."),
    ("The answers were, as you know, too short.", "as you know", "The answers were too short."),
    ("The answers were short, frankly.", "frankly", "The answers were short."),
    ("Thanks for your time. You wasted mine. See you.", "You wasted mine. ", "Thanks for your time. See you."),
    ("Thanks for your time. You wasted mine.\nBest,\nOmar", "You wasted mine.", "Thanks for your time.\nBest,\nOmar"),
])
def test_a_deletion_leaves_one_space_no_stray_comma_and_a_capital(text, old, expected):
    assert applied(text, old, "") == expected


def test_a_deleted_paragraph_takes_its_blank_line_with_it():
    text = "Hi Sam,\n\nThank you.\n\nYou are all clueless.\n\nKind regards,\nOmar"
    assert applied(text, "You are all clueless.", "") == "Hi Sam,\n\nThank you.\n\nKind regards,\nOmar"


def test_deleting_the_first_line_leaves_no_blank_line_at_the_top():
    assert applied("Seriously?\n\nThanks for the call.", "Seriously?", "") == "Thanks for the call."


def test_a_replacement_that_starts_a_sentence_is_capitalised_and_does_not_double_the_full_stop():
    text = "Thanks. as per my last email. Bye."
    assert applied(text, "as per my last email.", "as I mentioned in my earlier email.") == "Thanks. As I mentioned in my earlier email. Bye."


def test_an_inserted_paragraph_is_set_off_by_a_blank_line():
    text = "Hi Sam,\n\nThank you.\n\nKind regards,\nOmar"
    assert inserted(text, "Kind regards", "Is there anything I could work on?\n\n") == (
        "Hi Sam,\n\nThank you.\n\nIs there anything I could work on?\n\nKind regards,\nOmar")


def test_a_draft_without_blank_lines_gets_none_from_an_insertion():
    text = "Hi Sam,\nThank you.\nKind regards,\nOmar"
    assert inserted(text, "Kind regards", "Is there anything I could work on?\n\n") == (
        "Hi Sam,\nThank you.\nIs there anything I could work on?\nKind regards,\nOmar")


def test_a_paragraph_inserted_mid_line_starts_on_a_line_of_its_own():
    text = "Hi Kim,\n\nThanks for the call. Best, Sam"
    assert inserted(text, "Best", "Good luck.\n\n") == "Hi Kim,\n\nThanks for the call.\n\nGood luck.\n\nBest, Sam"


def test_windows_line_endings_are_kept_in_what_is_inserted():
    text = "Hi Sam,\r\n\r\nThank you.\r\n\r\nKind regards,\r\nOmar"
    out = inserted(text, "Kind regards", "One more thing.\n\n")
    assert out == "Hi Sam,\r\n\r\nThank you.\r\n\r\nOne more thing.\r\n\r\nKind regards,\r\nOmar"
