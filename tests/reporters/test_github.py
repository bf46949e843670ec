"""``--format github``: workflow commands that GitHub Actions turns into annotations on the right words."""

from __future__ import annotations

import re

from feedback_lint.core.config import Config
from feedback_lint.core.draft import Draft
from feedback_lint.core.linter import Linter
from feedback_lint.reporters.github import escape_data, escape_property, render

COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")
HOSTILE = "Hi Sam,\n\nWhy didn't I get the job?? I DEMAND an explanation!!!\n\nMark\n"


def unescape(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, line
    props = dict(pair.split("=", 1) for pair in m.group(2).split(","))
    return m.group(1), {k: unescape(v) for k, v in props.items()}, unescape(m.group(3))


def lint(text: str, source: str, config: Config | None = None):
    return Linter(config or Config()).lint(Draft.from_text(text, source=source))


def test_escaping_follows_the_actions_runner():
    assert escape_data("100% sure\r\nreally") == "100%25 sure%0D%0Areally"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_every_finding_is_one_annotation_on_its_words_even_with_awkward_file_names():
    source = "drafts/to Sam, re: the job.txt"
    report = lint(HOSTILE, source)
    lines = render([report]).splitlines()
    assert len(lines) == len(report.findings)
    lines_of_text = HOSTILE.split("\n")
    for line, finding in zip(lines, report.findings):
        level, props, message = parse(line)
        assert level == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
        assert props["file"] == source
        assert props["title"].startswith(finding.code)
        assert message.startswith(finding.message)
        start = sum(len(t) + 1 for t in lines_of_text[: int(props["line"]) - 1]) + int(props["col"]) - 1
        assert start == finding.start
    shouted = [parse(line) for line in lines if line.startswith("::warning") and "CF007" in line]
    assert shouted and shouted[0][1]["col"] == str(HOSTILE.split("\n")[2].index("DEMAND") + 1)


def test_suggestions_follow_the_message_on_a_new_line():
    report = lint(HOSTILE, "d.txt")
    demand = next(parse(line) for line in render([report]).splitlines() if "CF002" in line)
    assert "\nsuggestion: " in demand[2]


def test_a_score_under_min_score_is_annotated_too():
    report = lint("Thank you for the interview.", "d.txt", Config.from_mapping({"select": ["CF004"], "min-score": 100}))
    [line] = render([report]).splitlines()
    level, props, message = parse(line)
    assert level == "error" and "min-score 100" in message and props["line"] == "1"


def test_cli_github_format_exit_status_unchanged(cli, tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    result = cli("check", "--format", "github", "hostile.txt", cwd=tmp_path)
    assert result.code == 1
    assert all(COMMAND.match(line) for line in result.stdout.splitlines())
    assert "file=hostile.txt" in result.stdout
