"""The rewrite engine on whole drafts: what it changes, what it leaves alone, where insertions land."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from feedback_lint.core.draft import Draft
from feedback_lint.core.finding import Category, Severity
from feedback_lint.rewrite.engine import Rewriter
from feedback_lint.rules import all_rules

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ST006 = next(r for r in all_rules() if r.code == "ST006" and r.speaks("en")).regex
PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")


@pytest.fixture(scope="module")
def rewriter(linter):
    return Rewriter(linter=linter)


def rewrite(rewriter, text: str, kind: str = "auto", **options):
    return rewriter.rewrite(Draft.from_text(text), kind=kind, **options)


def test_why_didnt_i_get_the_job_becomes_a_forward_looking_ask(rewriter):
    result = rewrite(rewriter, "Dear Ms Lund,\n\nThank you for the interview. Why didn't I get the job?\n\nBest,\nOmar", "request")
    assert "Why didn't I get the job" not in result.text
    assert "Thank you for the interview. Could you share what would strengthen a future application from me?" in result.text
    assert not [f for f in result.after.findings if f.category is Category.CONFRONTATION]


def test_you_failed_the_test_becomes_what_happened_and_what_would_help(rewriter):
    # The other sentence is curt but no verdict on the person, so the verdict is the sentence CF020 points at.
    text = "Hi Sam,\n\nYou failed the technical test. You won't be progressing.\n\nAnna"
    flagged = [f for f in rewriter.linter.lint(Draft.from_text(text), kind="feedback").findings if f.code == "CF020"]
    assert [text[f.start : f.end] for f in flagged] == ["You failed the technical test."]
    result = rewrite(rewriter, text, "feedback")
    assert "You failed" not in result.text
    assert "In the technical test, [what happened, in terms of what was said or done]; [what would help next time]." in result.text


def test_people_didnt_like_you_becomes_a_prompt_for_the_observed_behaviour(rewriter):
    text = "Hi Sam,\n\nThank you for coming in. Your answers were clear. People just didn't like you.\n\nBest,\nAnna"
    result = rewrite(rewriter, text, "feedback")
    assert "didn't like you" not in result.text
    assert "In [which question or exercise], you [what you said or did that the panel noticed]." in result.text


def test_a_rewrite_with_placeholders_blocks_until_they_are_filled(rewriter):
    result = rewrite(rewriter, EXAMPLES.joinpath("feedback-vague.txt").read_text(encoding="utf-8"), "feedback")
    placeholders = [m.span() for m in PLACEHOLDER.finditer(result.text)]
    reported = [(f.start, f.end) for f in result.after.findings if f.code == "ST006"]
    assert placeholders and sorted(placeholders) == sorted(reported)
    assert result.after.verdict == "block"
    assert all(f.severity is Severity.ERROR for f in result.after.findings if f.code == "ST006")


def test_every_placeholder_a_suggestion_can_leave_is_one_st006_reports(lint_text):
    seen = set()
    for rule in all_rules():
        if not rule.speaks("en"):
            continue
        for kind in rule.kinds:
            for example in rule.examples_fail:
                for finding in lint_text(example, kind=kind).findings:
                    for s in finding.suggestions:
                        seen.update(PLACEHOLDER.findall(s.replacement))
    assert len(seen) >= 10
    for placeholder in seen:
        assert ST006.fullmatch(placeholder), placeholder


def test_the_quoted_reply_signature_and_headers_are_kept_byte_for_byte(rewriter):
    head = ("From: Sam Porter <sam@example.com>\nTo: Lena Fischer <lena@example.org>\nSubject: Re: Feedback\n"
            "Date: Mon, 9 Nov 2026 09:14:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n")
    tail = ("\n-- \nSam Porter, Recruitment\n07700 900123\n\nOn Fri, 6 Nov 2026 at 16:02, Lena <lena@example.org> wrote:\n"
            "> Why didn't I get the job?? You clearly didn't read my CV!!!\n> I demand an explanation.\n")
    body = "Lena,\n\nFrankly your answers were a mess and you never listened. Don't bother applying again!!!\n\nSam\n"
    draft = Draft.from_text(head + body + tail, is_email=True)
    result = rewriter.rewrite(draft, kind="feedback")
    assert result.changed
    assert result.text.startswith(head) and result.text.endswith(tail)
    assert all(any(s <= e.start and e.end <= t for s, t in draft.regions) for e in result.edits)


def test_names_numbers_dates_and_addresses_outside_the_replaced_spans_survive(rewriter):
    text = ("Dear Ms Okafor,\n\nI interviewed for the Band 5 post on 14 March 2025 (ref. RN-2291). Frankly, I expect an answer.\n\n"
            "You can reach me at priya.raman@example.com or on 07700 900123.\n\nBest,\nPriya Raman")
    result = rewrite(rewriter, text, "request")
    for fact in ("Ms Okafor", "Band 5", "14 March 2025", "RN-2291", "priya.raman@example.com", "07700 900123", "Priya Raman"):
        assert fact in result.text, fact


def test_a_draft_that_is_all_abuse_keeps_one_neutral_sentence(rewriter):
    result = rewrite(rewriter, "Hi Sam,\n\nYou are all clueless and this is bullshit.\n\nThanks,\nOmar", "request")
    assert "clueless" not in result.text and "bullshit" not in result.text
    assert "I would be grateful for any feedback you are able to share." in result.text


HOSTILE_EML = (
    "From: Recruitment <recruitment@depot.example>\nTo: dean@example.com\nSubject: Re: Forklift Driver interview\n"
    "Date: Thu, 6 Mar 2025 14:12:55 +0000\n\n"
    "Mr Brennan,\n\nWasting our time with a fake certificate is frankly a joke. What a clown.\n\nRecruitment\nCastleway Logistics\n\n"
    "> Could I get some constructive feedback please? Thanks, Dean\n"
)


def test_an_all_hostile_email_keeps_its_greeting_signature_subject_and_one_sentence(rewriter):
    from feedback_lint.core.draft import Draft

    draft = Draft.from_text(HOSTILE_EML, is_email=True)
    result = rewriter.rewrite(draft, kind="feedback")
    assert "fake certificate" not in result.text and "joke" not in result.text
    for kept in ("Mr Brennan,", "Recruitment\nCastleway Logistics", "Subject: Re: Forklift Driver interview\n",
                 "> Could I get some constructive feedback please? Thanks, Dean"):
        assert kept in result.text, kept
    assert "Thank you again for the time you gave to the process." in result.text


def test_a_closed_door_is_replaced_by_an_open_one_not_deleted(rewriter):
    text = ("Mr Brennan,\n\nWasting our time with a fake certificate is frankly a joke. "
            "We will not consider any future applications from you.\n\nRecruitment\nCastleway Logistics")
    result = rewrite(rewriter, text, "feedback")
    assert "fake certificate" not in result.text and "future applications from you" not in result.text
    assert "If a suitable role opens up in future, we would be glad to hear from you." in result.text


def test_a_placeholder_left_for_the_writer_does_not_count_as_what_the_draft_says(rewriter):
    text = ("Dear Mr Brennan,\n\nOne real strength we saw was [a specific strength from the interview]. "
            "Wasting our time with a fake certificate is frankly a joke.\n\nKind regards,\nAnna")
    result = rewrite(rewriter, text, "feedback")
    assert "fake certificate" not in result.text
    assert "Thank you again for the time you gave to the process." in result.text
    assert "[a specific strength from the interview]" in result.text


def test_a_swedish_draft_that_is_all_abuse_keeps_one_neutral_sentence(rewriter):
    text = "Hej Anna,\n\nNi har uppenbarligen inte ens läst mitt CV. Antingen slarvar ni eller så hade ni redan bestämt er.\n\nRoger"
    result = rewrite(rewriter, text, "request")
    assert "läst mitt CV" not in result.text and "slarvar" not in result.text
    assert result.text.startswith("Hej Anna,\n\n")
    assert "Jag skulle vara tacksam för den återkoppling du har möjlighet att ge." in result.text


def test_missing_thanks_goes_after_the_greeting_and_the_forward_ask_before_the_sign_off(rewriter):
    text = "Dear Ms Lund,\n\nI was not selected for the pharmacy post. I would like feedback on my interview.\n\nBest,\nOmar"
    result = rewrite(rewriter, text, "request")
    lines = result.text.split("\n\n")
    assert lines[0] == "Dear Ms Lund,"
    assert lines[1].startswith("Thank you for the time you spent interviewing me.")
    assert lines[-2].endswith("strengthen a future application?") or "strengthen a future application?" in lines[-3]
    assert lines[-1] == "Best,\nOmar"


def test_in_feedback_a_strength_follows_the_opening_and_the_next_step_follows_the_gap(rewriter):
    text = ("Hi Sam,\n\nThank you for interviewing with us. Unfortunately we will not be offering you the role.\n\n"
            "In the SQL exercise two of your queries missed the date filter.\n\n"
            "We wish you luck with your search.\n\nRegards,\nAnna")
    result = rewrite(rewriter, text, "feedback")
    paragraphs = result.text.split("\n\n")
    strength = next(i for i, p in enumerate(paragraphs) if "One real strength we saw was [" in p)
    gap = next(i for i, p in enumerate(paragraphs) if "missed the date filter" in p)
    step = next(i for i, p in enumerate(paragraphs) if "One thing that would strengthen a future application: [" in p)
    wish = next(i for i, p in enumerate(paragraphs) if "wish you luck" in p)
    assert 0 < strength <= gap < step < wish


@pytest.mark.parametrize("name", ["feedback-good.md", "request-good.txt", "request-with-quoted-reply.eml"])
def test_a_draft_with_no_warning_is_left_alone_by_unsafe_fixes(rewriter, name):
    draft = Draft.from_text(EXAMPLES.joinpath(name).read_text(encoding="utf-8"), is_email=name.endswith(".eml"))
    assert not any(f.severity.rank >= Severity.WARNING.rank for f in rewriter.linter.lint(draft).findings)
    assert rewriter.rewrite(draft, min_severity=Severity.WARNING).text == draft.text


@pytest.mark.parametrize(("name", "unsafe"), [
    ("feedback-harsh.txt", True), ("feedback-vague.txt", True), ("request-hostile.txt", True), ("request-hostile.txt", False),
])
def test_fixing_twice_is_fixing_once(rewriter, name, unsafe):
    text = EXAMPLES.joinpath(name).read_text(encoding="utf-8")
    once = rewrite(rewriter, text, unsafe=unsafe, min_severity=Severity.WARNING)
    twice = rewrite(rewriter, once.text, kind=once.kind, unsafe=unsafe, min_severity=Severity.WARNING)
    assert once.changed and twice.text == once.text


def test_safe_fixes_change_only_case_and_punctuation(rewriter):
    text = "Hi Sam,\n\nWhy didn't I get the job?? I have NEVER been treated like this!!!\n\nMark"
    result = rewrite(rewriter, text, "request", unsafe=False, min_severity=Severity.WARNING)
    assert result.text == "Hi Sam,\n\nWhy didn't I get the job? I have never been treated like this.\n\nMark"
    assert all(e.safe for e in result.edits)


def test_edits_are_reported_in_the_original_offsets(rewriter):
    text = EXAMPLES.joinpath("request-hostile.txt").read_text(encoding="utf-8")
    result = rewrite(rewriter, text)
    rebuilt, pos = [], 0
    for edit in result.edits:
        assert text[edit.start : edit.end] == edit.text
        rebuilt.append(text[pos : edit.start] + edit.replacement)
        pos = edit.end
    assert "".join(rebuilt) + text[pos:] == result.text


def test_the_library_exports_rewrite():
    import feedback_lint

    assert {"rewrite", "RewriteResult"} <= set(feedback_lint.__all__)
    result = feedback_lint.rewrite("Hi Sam,\n\nI DEMAND an answer!!!\n\nThanks,\nOmar", kind="request", unsafe=False)
    assert isinstance(result, feedback_lint.RewriteResult)
    assert result.text == "Hi Sam,\n\nI demand an answer.\n\nThanks,\nOmar" and all(e.safe for e in result.edits)


def test_a_complaint_loses_its_hostile_sentence_and_keeps_the_facts_around_it(rewriter):
    """CF020 deletes a sentence only when it is confrontational on its own. Once the jibe is gone the
    draft may still read as confrontational as a whole, but the sentences left are what the candidate
    has to say (how long the test took, that it passed), so the rewrite keeps them."""
    text = ("Hello,\n\nI got your rejection email this morning. I spent four hours on your take-home test and got a "
            "two-line reply. Is that really how you treat people? I'd like to know what exactly was wrong with my "
            "solution, because the test passed every case.\n\nJordan")
    result = rewrite(rewriter, text, "request")
    assert "Is that really how you treat people?" not in result.text
    for kept in ("I spent four hours on your take-home test", "the test passed every case"):
        assert kept in result.text
