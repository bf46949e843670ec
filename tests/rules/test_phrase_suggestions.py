"""How phrase rules build their suggestions: by kind, for a whole sentence, the smallest deletion, a
fallback for a team's own phrases, and the schema of the keys that say so."""

from __future__ import annotations

import pytest

from feedback_lint.core.config import Config
from feedback_lint.core.draft import Draft
from feedback_lint.core.errors import RuleDefinitionError
from feedback_lint.core.linter import Linter
from feedback_lint.rules.phrase import load_phrase_rules

from .test_phrase_schema import GOOD

def suggestions(lint_text, text: str, code: str, kind: str):
    return [(text[s.start : s.end], s.replacement) for f in lint_text(text, kind=kind).findings if f.code == code for s in f.suggestions]


@pytest.mark.parametrize(("extra", "expected"), [
    ('scope = "paragraph"', "key 'scope' must be one of match, sentence"),
    ('reword = "magic"', "key 'reword': 'magic' is not one of"),
    ('replacement = { request = "a", interview = "b" }', "a replacement is a string or a table of strings by kind"),
    ("replacement = 3", "a replacement is a string or a table of strings by kind"),
])
def test_suggestion_keys_are_checked(tmp_path, extra, expected):
    path = tmp_path / "team.toml"
    path.write_text(GOOD.replace('fix_title = "f"\n', f'fix_title = "f"\n{extra}\n'), encoding="utf-8")
    with pytest.raises(RuleDefinitionError) as info:
        load_phrase_rules((str(path),))
    assert expected in str(info.value) and str(path) in str(info.value)


def test_a_replacement_table_gives_each_kind_its_own_words(lint_text):
    [(_, request)] = suggestions(lint_text, "Thanks. I will never apply to your company again.", "CN005", "request")
    [(_, feedback)] = suggestions(lint_text, "Thanks. Please do not apply again for this team.", "CN005", "feedback")
    assert request == "I would be glad to be considered for future roles."
    assert feedback == "If a suitable role opens up in future, we would be glad to hear from you."


def test_a_sentence_scope_deletion_takes_the_sentence(lint_text):
    text = "Thanks for the call. I will be leaving an honest review on Glassdoor. Best wishes."
    assert suggestions(lint_text, text, "CF004", "request") == [("I will be leaving an honest review on Glassdoor. ", "")]


def test_a_sentence_scope_deletion_takes_only_an_introductory_clause_when_that_is_enough(lint_text):
    text = "Don't take this personally, but you were not selected."
    assert suggestions(lint_text, text, "TN003", "feedback") == [("Don't take this personally, but ", "")]


def test_a_swear_word_used_as_a_modifier_is_deleted_alone(lint_text):
    text = "Thanks for the call. I waited three bloody weeks for a reply."
    assert suggestions(lint_text, text, "CF010", "request") == [("bloody ", "")]


def test_a_teams_own_vague_phrase_gets_the_rules_fallback_placeholder():
    linter = Linter(Config.from_mapping({"phrases": {"vague": ["not a match for our values"]}}, source="test"))
    text = "Hi Sam,\nThank you for applying. You were not a match for our values.\nBest,\nAnna"
    report = linter.lint(Draft.from_text(text), kind="feedback")
    [replacement] = [s.replacement for f in report.findings if f.code == "SP001" for s in f.suggestions]
    assert replacement == "[the specific, job-related reason: which skill, answer or example]"


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("Hej,\nJag har fått ert besked. Ni är helt inkompetenta. Jag hoppas att ni hittar någon bra.\nMvh\nKalle", "sv", "Ta bort förolämpningen (förslag: stryk meningen)"),
    ("Hi,\nI got your answer. Honestly, the panel was incompetent. I hope you find someone good.\nBest,\nKalle", "en", "Remove the insult (suggested: delete the sentence)"),
])
def test_an_insult_is_removed_with_its_sentence_and_the_title_speaks_the_drafts_language(lint_text, text, lang, title):
    [finding] = [f for f in lint_text(text, lang=lang).findings if f.code == "CF010"]
    [s] = finding.suggestions
    assert s.title == title
    assert s.replacement == "" and text[s.start : s.end].strip() in ("Ni är helt inkompetenta.", "Honestly, the panel was incompetent.")


def suggested_text(lint_text, text: str, code: str, kind: str, lang: str) -> str:
    """``text`` with every suggestion of ``code`` applied, right to left."""
    edits = sorted((s.start, s.end, s.replacement) for f in lint_text(text, kind=kind, lang=lang).findings if f.code == code for s in f.suggestions)
    assert edits, f"{code} made no suggestion on {text!r}"
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


@pytest.mark.parametrize(("text", "expected"), [
    ("Som jag redan har skrivit väntar jag fortfarande på återkoppling.", "Som jag nämnde ser jag fram emot återkoppling."),
    ("Som tidigare nämnts i mitt mejl nedan väntar jag fortfarande på den återkoppling ni lovade.",
     "Som jag nämnde i mitt mejl nedan ser jag fram emot den återkoppling ni lovade."),
])
def test_a_swedish_reminder_keeps_its_word_order_when_each_phrase_is_swapped(lint_text, text, expected):
    assert suggested_text(lint_text, text, "CF012", "request", "sv") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Som framgick av annonsen lämnar vi ingen individuell återkoppling.", "Vi lämnar ingen individuell återkoppling."),
    ("Tack för din ansökan. Som det stod i annonsen ger vi tyvärr ingen återkoppling till enskilda sökande.",
     "Tack för din ansökan. Vi ger tyvärr ingen återkoppling till enskilda sökande."),
    ("Som vi angav i annonsen har vi inte möjlighet att ge återkoppling.", "Vi har inte möjlighet att ge återkoppling."),
])
def test_an_employers_appeal_to_the_advert_goes_and_the_refusal_puts_the_subject_first(lint_text, text, expected):
    assert suggested_text(lint_text, text, "CF012", "feedback", "sv") == expected
