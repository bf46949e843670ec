"""``.pre-commit-hooks.yaml``: valid for pre-commit, and its entry lints the drafts it is given."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from pre_commit.clientlib import load_manifest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def hook() -> dict:
    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert [h["id"] for h in hooks] == ["feedback-lint"]
    return hooks[0]


def test_hook_selects_draft_files_only():
    files = re.compile(hook()["files"])
    for name in ("drafts/reply.txt", "README.md", "inbox/sent.eml"):
        assert files.search(name), name
    for name in ("src/app.py", "notes.txt.bak", "mail.emlx"):
        assert not files.search(name), name


def test_hook_entry_checks_the_files_it_is_given(cli):
    command = shlex.split(hook()["entry"])
    assert command[0] == "feedback-lint"
    assert cli(*command[1:], str(EXAMPLES / "request-good.txt")).code == 0
    bad = cli(*command[1:], str(EXAMPLES / "request-good.txt"), str(EXAMPLES / "request-hostile.txt"))
    assert bad.code == 1 and "request-hostile.txt" in bad.stdout


def test_hook_runs_once_for_all_files_so_the_model_loads_once():
    assert hook()["require_serial"] is True
