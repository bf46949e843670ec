"""Reading drafts: quoted replies and signatures are not linted; offsets index the input as given."""

from __future__ import annotations

import pytest

from feedback_lint.core.draft import Draft, expand_paths, read_draft
from feedback_lint.core.errors import InputError

BODY = "Dear Ms Lund,\n\nThank you for the interview.\n\nBest,\nOmar\n"


def linted(draft: Draft) -> str:
    return " ".join(draft.lintable.split())


@pytest.mark.parametrize(
    "quote",
    [
        "On Mon, 3 Jun 2024 at 10:02, Jane Doe <jane@example.com> wrote:\n> You were rude.\n> Goodbye.\n",
        "On Mon, 3 Jun 2024 at 10:02, Jane Doe <jane@example.com>\nwrote:\n> You were rude.\n",
        "-----Original Message-----\nFrom: Jane Doe\nSent: Monday\nSubject: outcome\n\nYou were rude.\n",
        "From: Jane Doe <jane@example.com>\nSent: Monday, 3 June 2024 10:02\nTo: Omar\nSubject: outcome\n\nYou were rude.\n",
        "________________________________\nFrom: Jane Doe\nSent: Monday\n\nYou were rude.\n",
        "> You were rude.\n> Goodbye.\n",
        "Den tis 3 juni 2025 skrev Anna Berg <anna@example.se>:\n> You were rude.\n",
        "-----Ursprungligt meddelande-----\nFrån: Anna Berg\nSkickat: den 3 juni 2025\n\nYou were rude.\n",
    ],
)
def test_quoted_reply_is_masked_with_offsets_kept(quote):
    text = BODY + "\n" + quote
    draft = Draft.from_text(text)
    assert len(draft.lintable) == len(text)
    assert "rude" not in draft.lintable
    assert "Thank you for the interview." in draft.lintable


def test_signature_after_dash_dash_space_is_masked():
    text = "Hi Sam,\nThanks for your time.\n-- \nOmar Haddad | Idiot-proof plumbing since 1999\n"
    draft = Draft.from_text(text)
    assert "Idiot" not in draft.lintable and "Thanks for your time." in draft.lintable


def test_inline_quote_lines_are_masked_but_own_words_between_them_are_not():
    text = "Hi Sam,\n> Why did you apply?\nBecause I love logistics.\n> Fine.\nThanks, Omar\n"
    draft = Draft.from_text(text)
    assert "Why did you apply" not in draft.lintable
    assert "Because I love logistics." in draft.lintable and "Thanks, Omar" in draft.lintable


def test_positions_are_one_based_lines_and_character_columns():
    draft = Draft.from_text("Héllo 😀\nsecond line\n")
    assert draft.position(0) == (1, 1)
    assert draft.position(draft.text.index("second")) == (2, 1)
    assert draft.position(draft.text.index("😀")) == (1, 7)


EML = (
    "From: Omar <omar@example.com>\nTo: Ms Lund <lund@example.com>\nSubject: Thank you for Tuesday\n"
    "Date: Mon, 9 Nov 2026 09:14:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Dear Ms Lund,\nThank you for the interview.\n\nOn Fri, 6 Nov 2026, Lund wrote:\n> You were rude.\n"
)


def test_eml_lints_subject_and_body_not_headers_or_quote():
    draft = Draft.from_text(EML, is_email=True)
    assert draft.offset_base == "input" and draft.text == EML
    lint = draft.lintable
    assert "Thank you for Tuesday" in lint and "Dear Ms Lund," in lint
    assert "omar@example.com" not in lint and "rude" not in lint
    assert draft.subject == (EML.index("Thank you for Tuesday"), EML.index("Thank you for Tuesday") + len("Thank you for Tuesday"))


def test_eml_with_encoded_body_lints_a_decoded_view():
    eml = (
        "From: a@example.com\nTo: b@example.com\nSubject: Feedback\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Dear Ms Lund,=0AThank you =E2=80=94 truly.\n"
    )
    draft = Draft.from_text(eml, is_email=True)
    assert draft.offset_base == "decoded-body"
    assert "Thank you \u2014 truly." in draft.lintable


def test_html_only_eml_is_turned_into_text_without_its_blockquote():
    eml = (
        "From: a@example.com\nTo: b@example.com\nSubject: Feedback\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        "<html><body><p>Dear Ms Lund,</p><p>Thank you for the <b>interview</b>.</p>"
        "<blockquote>You were rude.</blockquote></body></html>\n"
    )
    draft = Draft.from_text(eml, is_email=True)
    assert "Thank you for the interview." in " ".join(draft.lintable.split())
    assert "rude" not in draft.lintable and "<p>" not in draft.lintable


def test_utf8_bom_is_accepted_and_not_counted_in_offsets():
    draft = Draft.from_bytes("\ufeffHi Sam,\nThanks.\n".encode("utf-8"), source="x.txt")
    assert draft.text.startswith("Hi Sam")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Hi Sam,\n\xff\xfe caf\xe9\n", "not valid UTF-8"),
        (b"", "empty"),
        (b"   \n\n", "empty"),
    ],
)
def test_unreadable_input_is_one_clear_error(data, message):
    with pytest.raises(InputError, match=message):
        Draft.from_bytes(data, source="draft.txt")


def test_too_large_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (1024 * 1024))
    with pytest.raises(InputError, match="too large"):
        read_draft(str(path))


def test_missing_path_and_directory_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_draft(str(tmp_path / "nope.txt"))


def test_directories_are_walked_for_draft_suffixes_only(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.eml").write_text("x")
    (tmp_path / "sub" / "c.md").write_text("x")
    (tmp_path / "notes.docx").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("x")
    found = [p.replace(str(tmp_path), "") for p in expand_paths([str(tmp_path)])]
    assert found == ["/a.txt", "/sub/b.eml", "/sub/c.md"]
