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

    def run(text: str, kind: str = "auto", lang: str = "auto"):
        return linter.lint(Draft.from_text(text), kind=kind, lang=lang)

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


#: The real server's configuration in its working directory: the tests check that it applies.
SERVER_CONFIG = 'ignore = ["ST"]\n'
SERVER_MAX_BODY = 64 * 1024


@dataclass
class Server:
    url: str
    log: Path
    max_body: int = SERVER_MAX_BODY

    def logged(self) -> str:
        """Everything the server process wrote to stdout and stderr so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """``feedback-lint serve`` in a real process on 127.0.0.1 and a free port, for the whole run."""
    import re
    import signal
    import time

    home = tmp_path_factory.mktemp("server")
    (home / ".feedback-lint.toml").write_text(SERVER_CONFIG, encoding="utf-8")
    log = home / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "feedback_lint", "serve", "--port", "0", "--max-body", str(SERVER_MAX_BODY)],
            cwd=home, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    try:
        deadline = time.monotonic() + 180
        while not (m := re.search(r"serving on (http://127\.0\.0\.1:\d+)", log.read_text(encoding="utf-8"))):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the server did not start:\n{log.read_text(encoding='utf-8')}")
            time.sleep(0.1)
        yield Server(url=m.group(1), log=log)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
