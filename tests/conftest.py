"""Shared fixtures: one linter (one spaCy load) for the whole run, and a way to run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

@pytest.fixture(scope="session")
def linter():
    from feedback_lint.core.linter import Linter

    return Linter()


@pytest.fixture(scope="session")
def lint_text(linter):
    from feedback_lint.core.draft import Draft

    def run(text: str, kind: str = "auto"):
        return linter.lint(Draft.from_text(text), kind=kind)

    return run


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(tmp_path):
    """Run ``python -m feedback_lint`` in a real process (real exit codes, real stderr)."""

    def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 120) -> Result:
        env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
        proc = subprocess.run(
            [sys.executable, "-m", "feedback_lint", *args],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            cwd=cwd or tmp_path,
            env=env,
            timeout=timeout,
        )
        return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))

    return run
