"""CF020 points at the most confrontational sentence the other rules left alone: one sentence, one
confrontation finding, so the writer is not told the same thing twice."""

from __future__ import annotations

import pytest

from feedback_lint.core.finding import Category
from feedback_lint.scoring.confrontation import MODEL_RULE

#: The model's most hostile sentence is one a check rule (CF001, CF007, CF008) already flags.
ALREADY_FLAGGED = [
    "Hi Sam,\nWhy did I not get the job?? Three weeks and still nothing.\nMark",
    "Why did I not get the job??",
    "Hi Sam,\nWhy was I rejected?? I have 10 years of experience.\nMark",
    "Hi Sam,\nWhy did I not get the job?? I was clearly the best candidate and you know it.\nMark",
]


@pytest.mark.parametrize("text", ALREADY_FLAGGED)
def test_cf020_never_repeats_a_sentence_another_confrontation_rule_flagged(lint_text, text):
    findings = [f for f in lint_text(text).findings if f.category is Category.CONFRONTATION]
    others = [f for f in findings if f.code != MODEL_RULE]
    assert others
    for f in findings:
        if f.code == MODEL_RULE:
            assert not any(o.start < f.end and o.end > f.start for o in others), text[f.start:f.end]


def test_cf020_still_points_at_a_hostile_sentence_no_other_rule_flagged(lint_text):
    text = "Hi,\nWHY DID I NOT GET THE JOB. I want an answer.\nMark"
    model = [text[f.start:f.end] for f in lint_text(text).findings if f.code == MODEL_RULE]
    assert model == ["I want an answer."]


def test_cf020_offers_its_deletion_in_the_drafts_language(lint_text):
    """A Swedish draft gets the Swedish title on CF020's deletion, not the English rule's."""
    from feedback_lint.rules.checks.cf020_hostile_tone import HostileTone
    from feedback_lint.rules.checks.sv.cf020_hostile_tone import HostileToneSv

    text = "Hej,\nTre veckor och fortfarande inget svar. Jag antar att sökande inte är värda ett svar hos er.\nLinus"
    report = lint_text(text, lang="sv")
    titles = [s.title for f in report.findings if f.code == MODEL_RULE for s in f.suggestions]
    assert titles == [HostileToneSv.DELETE_TITLE]
    assert HostileToneSv.DELETE_TITLE != HostileTone.DELETE_TITLE


#: Drafts on which CF020 fires, some at a sentence that is hostile on its own, some where the draft is
#: confrontational as a whole and the sentence pointed at is not.
CF020_DRAFTS = [
    "Hi Sam,\nThree weeks and still nothing. I guess candidates are not worth a reply at your company.\nMark",
    "Hi Sam,\nI find it hard to believe that a two-line reply takes a month. Maybe someone there could look into it.\nMark",
    "Hello,\n\nI got your rejection email this morning. I spent a whole weekend on your take-home test and got a two-line "
    "reply. I would like to know what exactly was wrong with it.\n\nJordan",
    "Hej,\nTre veckor och fortfarande inget svar. Jag antar att sökande inte är värda ett svar hos er.\nLinus",
]


def _hostile_on_its_own(ctx, finding) -> bool:
    """Whether the sentence a CF020 finding points at is confrontational on its own."""
    from feedback_lint.scoring.confrontation import HOSTILE_SENTENCE, sentence_confrontation

    [prob] = [p for s, p in zip(ctx.body_sentences, sentence_confrontation(ctx)) if s.start_char <= finding.start < s.end_char]
    return prob >= HOSTILE_SENTENCE


@pytest.mark.parametrize("text", CF020_DRAFTS)
def test_cf020_suggests_deleting_only_a_sentence_that_is_confrontational_on_its_own(linter, text):
    """Deleting a sentence the model does not find hostile would throw away what the writer had to say;
    such a finding says the draft reads so as a whole, and offers no deletion."""
    from feedback_lint.core.draft import Draft
    from feedback_lint.rules.checks.cf020_hostile_tone import HostileTone
    from feedback_lint.rules.checks.sv.cf020_hostile_tone import HostileToneSv

    [(ctx, findings)] = list(linter.analyse([Draft.from_text(text)]))
    [finding] = [f for f in findings if f.code == MODEL_RULE]
    deletes = [s for s in finding.suggestions if not s.replacement]
    if _hostile_on_its_own(ctx, finding):
        assert deletes and finding.message != HostileTone.WHOLE_MESSAGE
    else:
        assert not deletes and finding.message in (HostileTone.WHOLE_MESSAGE, HostileToneSv.WHOLE_MESSAGE)


def test_cf020_drafts_cover_both_cases(linter):
    """The examples above hold a sentence hostile on its own and a draft hostile only as a whole."""
    from feedback_lint.core.draft import Draft

    seen = {_hostile_on_its_own(ctx, f) for ctx, findings in linter.analyse([Draft.from_text(t) for t in CF020_DRAFTS])
            for f in findings if f.code == MODEL_RULE}
    assert seen == {True, False}
