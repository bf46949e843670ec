"""``feedback-lint fix`` and ``feedback-lint rewrite`` as a user runs them: files, diffs, stdin, exit codes."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

from feedback_lint.core.config import Config
from feedback_lint.rewrite import fixer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HOSTILE = EXAMPLES.joinpath("request-hostile.txt").read_text(encoding="utf-8")
GOOD = EXAMPLES.joinpath("request-good.txt").read_text(encoding="utf-8")
QUOTED_PRINTABLE = (
    "From: Sam <sam@example.com>\nTo: Lena <lena@example.org>\nSubject: Feedback\nDate: Mon, 9 Nov 2026 09:14:00 +0000\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    "Lena, why didn=E2=80=99t I get the job?? I DEMAND an answer!!!\n"
)


def test_fix_applies_the_safe_fixes_in_place_and_keeps_the_file_mode(cli, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    os.chmod(draft, 0o640)
    result = cli("fix", str(draft))
    fixed = draft.read_text(encoding="utf-8")
    assert "Why didn't I get the job?\n" not in HOSTILE and "Why didn't I get the job? " in fixed
    assert "SERIOUSLY" not in fixed and "Seriously unprofessional" in fixed
    assert "I demand an explanation" in fixed  # wording is changed only with --unsafe-fixes
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert result.code == 1 and "1 of 1 drafts fixed" in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".feedback-lint-")]


def test_unsafe_fixes_change_the_wording_and_running_fix_again_changes_nothing(cli, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    cli("fix", "--unsafe-fixes", str(draft))
    once = draft.read_bytes()
    assert b"I demand" not in once and b"Glassdoor" not in once
    again = cli("fix", "--unsafe-fixes", str(draft))
    assert draft.read_bytes() == once
    assert "0 of 1 drafts fixed" in again.stderr


def test_diff_prints_a_unified_diff_and_writes_nothing(cli, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    before = draft.stat().st_mtime_ns
    result = cli("fix", "--diff", str(draft))
    assert result.stdout.startswith(f"--- {draft}\n+++ {draft}\n@@ ")
    assert "-Why didn't I get the job?? " in result.stdout and "+Why didn't I get the job? " in result.stdout
    assert draft.read_text(encoding="utf-8") == HOSTILE and draft.stat().st_mtime_ns == before
    assert result.code == 1


def test_stdin_goes_to_stdout(cli):
    result = cli("fix", "-", stdin=HOSTILE.encode("utf-8"))
    assert result.stdout.startswith("To whoever reads this,\n\nWhy didn't I get the job? I have 11 years")
    assert "feedback-lint" not in result.stdout


def test_a_good_draft_is_not_touched_even_with_unsafe_fixes(cli, tmp_path):
    draft = tmp_path / "good.txt"
    draft.write_text(GOOD, encoding="utf-8")
    before = draft.stat().st_mtime_ns
    result = cli("fix", "--unsafe-fixes", str(draft))
    assert result.code == 0 and draft.read_text(encoding="utf-8") == GOOD and draft.stat().st_mtime_ns == before


def test_line_endings_and_a_byte_order_mark_are_kept(cli, tmp_path):
    draft = tmp_path / "crlf.txt"
    raw = b"\xef\xbb\xbf" + "Hi Sam,\r\n\r\nWhy was I rejected?? I have NEVER been treated like this!!!\r\n\r\nThanks,\r\nMark\r\n".encode()
    draft.write_bytes(raw)
    cli("fix", str(draft))
    assert draft.read_bytes() == b"\xef\xbb\xbf" + "Hi Sam,\r\n\r\nWhy was I rejected? I have never been treated like this.\r\n\r\nThanks,\r\nMark\r\n".encode()


def test_an_encoded_email_body_is_refused_with_one_line(cli, tmp_path):
    draft = tmp_path / "reply.eml"
    draft.write_text(QUOTED_PRINTABLE, encoding="utf-8")
    result = cli("fix", str(draft))
    assert result.code == 2 and draft.read_text(encoding="utf-8") == QUOTED_PRINTABLE
    errors = [line for line in result.stderr.splitlines() if line.startswith("feedback-lint: error:")]
    assert len(errors) == 1 and "encoded" in errors[0] and "Traceback" not in result.stderr


def test_rewrite_prints_the_decoded_view_of_an_encoded_email(cli, tmp_path):
    draft = tmp_path / "reply.eml"
    draft.write_text(QUOTED_PRINTABLE, encoding="utf-8")
    result = cli("rewrite", "--format", "json", str(draft))
    out = json.loads(result.stdout)
    assert result.code == 0 and out["offset_base"] == "decoded-body"
    assert out["text"].startswith("Subject: Feedback\n\n") and "DEMAND" not in out["text"]


def test_a_missing_file_is_a_usage_error(cli, tmp_path):
    result = cli("fix", str(tmp_path / "nope.txt"))
    assert result.code == 2 and result.stderr.startswith("feedback-lint: error:") and "Traceback" not in result.stderr


def test_rewrite_prints_the_whole_draft_and_leaves_the_file_alone(cli, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    text = cli("rewrite", str(draft))
    data = cli("rewrite", "--format", "json", str(draft))
    out = json.loads(data.stdout)
    assert text.code == 0 and text.stdout == out["text"]
    assert draft.read_text(encoding="utf-8") == HOSTILE
    assert "Glassdoor" not in out["text"] and "[interviewer's name]" in out["text"]
    rebuilt, pos = [], 0
    for edit in out["edits"]:
        assert HOSTILE[edit["start"] : edit["end"]] == edit["text"]
        rebuilt.append(HOSTILE[pos : edit["start"]] + edit["replacement"])
        pos = edit["end"]
    assert "".join(rebuilt) + HOSTILE[pos:] == out["text"]
    assert out["before"]["verdict"] == "block" and "CF004" not in out["after"]["findings"]


def test_a_file_changed_while_it_was_being_fixed_is_left_alone(tmp_path, monkeypatch):
    draft = tmp_path / "draft.txt"
    draft.write_text(HOSTILE, encoding="utf-8")
    real = fixer.Rewriter.rewrite

    def rewrite_while_someone_edits(self, *args, **kwargs):
        result = real(self, *args, **kwargs)
        draft.write_text(HOSTILE + "\nP.S. one more thing\n", encoding="utf-8")
        return result

    monkeypatch.setattr(fixer.Rewriter, "rewrite", rewrite_while_someone_edits)
    errors: list[str] = []
    status = fixer.fix_paths([str(draft)], config=Config(), kind="auto", unsafe=False, diff=False, stdin=io.BytesIO(),
                             out=lambda text: None, out_bytes=lambda data: None, err=errors.append)
    assert status == 2
    assert draft.read_text(encoding="utf-8") == HOSTILE + "\nP.S. one more thing\n"
    assert any("changed on disk" in e for e in errors)


def test_rewrite_of_a_missing_file_is_a_usage_error(cli, tmp_path):
    result = cli("rewrite", str(tmp_path / "nope.txt"))
    assert result.code == 2 and result.stderr.count("\n") == 1 and result.stderr.startswith("feedback-lint: error:")


def test_an_input_fix_cannot_handle_on_stdin_comes_back_unchanged(cli):
    result = cli("fix", "-", stdin=QUOTED_PRINTABLE.encode("utf-8"))
    assert result.code == 2 and result.stdout == QUOTED_PRINTABLE
