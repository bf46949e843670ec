"""A phrase swapped into a sentence agrees with it: inflection, the sentence's final mark, capitals."""

from __future__ import annotations

import pytest

from feedback_lint.rewrite.grammar import capitalise, decapitalise, inflect, is_question, sentence_start


def suggestion(lint_text, text: str, code: str, kind: str = "request") -> str:
    report = lint_text(text, kind=kind)
    [finding] = [f for f in report.findings if f.code == code]
    s = finding.suggestions[0]
    return text[: s.start] + s.replacement + text[s.end :]


def test_inflect_uses_the_packaged_tables():
    assert (inflect("interrupt", "VBD"), inflect("know", "VBG"), inflect("be", "VBD")) == ("interrupted", "knowing", "was")


def test_a_bare_verb_after_appreciate_becomes_a_gerund(lint_text):
    assert suggestion(lint_text, "I'm entitled to know why.", "CF002") == "I would appreciate knowing why."


def test_a_modal_after_if_you_could_is_dropped(lint_text):
    out = suggestion(lint_text, "I expect that you will reply by Monday.", "CF002")
    assert out == "I would be grateful if you could reply by Monday."


def test_a_request_turned_into_a_question_ends_with_a_question_mark(lint_text):
    assert suggestion(lint_text, "Send me the feedback by Friday.", "TN002") == "Could you send me the feedback by Friday?"


def test_a_question_turned_into_a_statement_ends_with_a_full_stop(lint_text):
    assert suggestion(lint_text, "Is it too much to ask for a reply?", "CF012") == "I would be grateful for a reply."


def test_an_explanation_keeps_what_it_was_an_explanation_of(lint_text):
    out = suggestion(lint_text, "I expect a proper explanation of how my application was assessed.", "CF002")
    assert out == "I would appreciate an explanation of how my application was assessed."


@pytest.mark.parametrize(("sentence", "question"), [
    ("Could you share any feedback.", True), ("Please could you reply.", True), ("Why was I rejected.", True),
    ("I would value your view?", False), ("Thanks for the call?", False),
])
def test_is_question_reads_the_first_words(sentence, question):
    assert is_question(sentence) is question


def test_capitals():
    assert capitalise("[the answer] was good") == "[The answer] was good"
    assert decapitalise("The technical test") == "the technical test"
    assert decapitalise("I was there") == "I was there"
    assert decapitalise("SQL test") == "SQL test"
    assert sentence_start("Thanks. the", 8) and sentence_start("Hi,\n  the", 6) and not sentence_start("Thanks, the", 8)
