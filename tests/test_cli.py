"""The command line as a user runs it: real processes, real exit codes, real stderr."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"

DEMAND = b"Why didn't I get the job? I demand an explanation!!!\n"


def seed_letter() -> str:
    """The model request letter from the seed on asking for feedback, blanks filled in. Read from
    ../shared at test time (the seed text is not copied into the project)."""
    seeds = sorted((SHARED / "seeds").glob("001_*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds/001_*.txt is not present on this machine")
    text = seeds[0].read_text(encoding="utf-8")
    start = text.index("Dear Mr. Interviewer,")
    end = text.index("Sincerely,", start) + len("Sincerely,")
    letter = text[start:end]
    letter = re.sub(r"\s*_{3,}\s*\(i\.e\.[^)]*\)", " in this field", letter)
    assert "_" not in letter
    return letter + "\nJordan Lee\n"


def test_seed_request_letter_has_no_confrontation_and_scores_at_least_70(cli, tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(seed_letter(), encoding="utf-8")
    result = cli("check", "--format", "json", str(path))
    doc = json.loads(result.stdout)
    res = doc["results"][0]
    assert res["kind"] == "request"
    assert not [f for f in res["findings"] if f["category"] == "confrontation"]
    assert res["scores"]["overall"] >= 70


def test_demand_gets_two_confrontation_findings_and_exit_1(cli):
    result = cli("check", "--format", "json", "-", stdin=DEMAND)
    assert result.code == 1, result.stderr
    findings = json.loads(result.stdout)["results"][0]["findings"]
    serious = [f for f in findings if f["category"] == "confrontation" and f["severity"] in ("warning", "error")]
    assert len(serious) >= 2


def test_polite_request_quoting_a_harsh_reply_has_no_finding_in_the_quote(cli):
    path = EXAMPLES / "request-with-quoted-reply.eml"
    text = path.read_text(encoding="utf-8")
    quote_start = text.index("On Fri, 6 Nov 2026")
    signature_start = text.index("\n--\n")
    result = cli("check", "--format", "json", str(path))
    res = json.loads(result.stdout)["results"][0]
    assert res["findings"] is not None
    for f in res["findings"]:
        assert f["end"] <= signature_start < quote_start, f
    assert not [f for f in res["findings"] if f["category"] == "confrontation"]
    assert result.code == 0


def test_many_paths_directories_and_stdin_in_one_call(cli, tmp_path):
    result = cli("check", "--format", "json", str(EXAMPLES), "-", stdin=DEMAND)
    sources = [r["source"] for r in json.loads(result.stdout)["results"]]
    assert sources[-1] == "-"
    assert len(sources) == len(list(EXAMPLES.iterdir())) + 1


def test_clean_draft_exits_0_and_thresholds_decide_exit_1(cli):
    good = str(EXAMPLES / "request-good.txt")
    assert cli("check", good).code == 0
    assert cli("check", "--min-score", "99", good).code == 1
    vague = str(EXAMPLES / "feedback-vague.txt")
    assert cli("check", vague).code == 1
    assert cli("check", "--fail-on", "error", vague).code == 0


def one_line_error(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("latin1.txt", "Hej, tack f\u00f6r intervjun!".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"", "empty"),
        ("huge.txt", b"I demand an explanation. " * (5 * 1024 * 1024 // 25), "too large"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(cli, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    started = time.monotonic()
    result = cli("check", str(path))
    assert time.monotonic() - started < 60
    assert result.code == 2
    line = one_line_error(result)
    assert line.startswith("feedback-lint: error: ") and message in line and name in line


def test_a_bad_file_does_not_stop_the_others_from_being_linted(cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("check", str(tmp_path / "empty.txt"), str(EXAMPLES / "request-good.txt"))
    assert result.code == 2
    assert "request-good.txt: request, verdict SEND" in result.stdout


def test_bad_config_and_unknown_rule_are_exit_2(cli, tmp_path):
    (tmp_path / ".feedback-lint.toml").write_text('ignore = ["ZZ999"]\n')
    result = cli("check", str(EXAMPLES / "request-good.txt"), cwd=tmp_path)
    assert result.code == 2 and "ZZ999" in one_line_error(result)
    result = cli("check", "--select", "NOPE", str(EXAMPLES / "request-good.txt"))
    assert result.code == 2 and "NOPE" in one_line_error(result)
    result = cli("rule", "ZZ999")
    assert result.code == 2 and "ZZ999" in one_line_error(result)


def test_evaluate_reads_the_models_it_is_given(cli, tmp_path):
    """``evaluate --models DIR`` measures the models in DIR (as ``train -o DIR`` writes them): a missing
    directory, or one without the models, is a one-line error and exit 2, not the package's models."""
    corpus = tmp_path / "corpus" / "drafts"
    corpus.mkdir(parents=True)
    corpus.joinpath("mini.jsonl").write_text(json.dumps({
        "id": "mini-002", "kind": "request", "language": "en", "format": "txt", "text": "Hi Sam,\nThanks for the interview.\nBest,\nJo",
        "specificity": 0, "constructiveness": 1, "confrontation": 0, "overall": 3, "confrontational_spans": [], "vague_spans": [],
        "fine": False,
    }) + "\n", encoding="utf-8")
    result = cli("evaluate", "--split", "train", "--corpus", str(tmp_path / "corpus"), "--models", str(tmp_path / "nowhere"))
    assert result.code == 2 and "nowhere" in one_line_error(result)
    (tmp_path / "empty").mkdir()
    result = cli("evaluate", "--split", "train", "--corpus", str(tmp_path / "corpus"), "--models", str(tmp_path / "empty"))
    assert result.code == 2 and "is missing" in one_line_error(result)


def test_config_file_from_the_current_directory_applies(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.feedback-lint]\nignore = ["SP", "SP002", "CN", "ST"]\n')
    (tmp_path / "draft.txt").write_bytes((EXAMPLES / "feedback-vague.txt").read_bytes())
    result = cli("check", "draft.txt", cwd=tmp_path)
    assert result.code == 0, result.stdout


def test_rules_listing_and_rule_doc(cli):
    listing = cli("rules")
    assert listing.code == 0
    assert re.search(r"^CF001\s+why-rejected\s+confrontation\s+warning\s+request", listing.stdout, re.MULTILINE)
    doc = cli("rule", "why-rejected")
    assert doc.code == 0
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Fires on", "## Does not fire on"):
        assert heading in doc.stdout


def test_version_and_help_answer_without_loading_spacy(cli):
    result = cli("--version")
    assert result.code == 0 and result.stdout.startswith("feedback-lint ")
    probe = cli_python("import sys, feedback_lint.cli as c; from typer.testing import CliRunner; "
                       "CliRunner().invoke(c.app, ['rules']); print('spacy' in sys.modules)")
    assert probe == "False"


def cli_python(code: str) -> str:
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_ci_runs_the_test_command_written_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    m = re.search(r"<!-- test-command -->\s*```(?:sh|bash|console)?\n(.+?)\n```", readme, re.DOTALL)
    assert m, "README must mark its test command with <!-- test-command -->"
    assert m.group(1).strip() in ci


def test_readme_lists_every_rule():
    from feedback_lint.rules import all_rules

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"| {rule.code} | {rule.name} | {rule.category.value} | {rule.severity.value} |" in readme, rule.code


def test_serve_and_batch_help_answer_without_loading_spacy_or_the_web_stack():
    probe = cli_python(
        "import sys, feedback_lint.cli as c; from typer.testing import CliRunner; "
        "r = [CliRunner().invoke(c.app, [cmd, '--help']) for cmd in ('serve', 'batch', 'check')]; "
        "print(all(x.exit_code == 0 for x in r), 'spacy' in sys.modules, 'fastapi' in sys.modules, 'uvicorn' in sys.modules)"
    )
    assert probe == "True False False False"


def test_serve_on_a_port_in_use_is_one_clear_error(cli):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("serve", "--port", str(port))
    assert result.code == 2
    assert one_line_error(result).startswith(f"feedback-lint: error: cannot listen on 127.0.0.1:{port}")


SV_DEMAND = "Hej,\nVarför fick jag inte jobbet? Jag kräver en förklaring.\nRonny\n".encode("utf-8")


def test_language_is_detected_per_draft_and_lang_overrides_it(cli):
    detected = json.loads(cli("check", "--format", "json", "-", stdin=SV_DEMAND).stdout)["results"][0]
    assert detected["language"] == "sv"
    assert {"CF001", "CF002"} <= {f["code"] for f in detected["findings"]}
    forced = json.loads(cli("check", "--format", "json", "--lang", "en", "-", stdin=SV_DEMAND).stdout)["results"][0]
    assert forced["language"] == "en" and "CF002" not in {f["code"] for f in forced["findings"]}
    result = cli("check", "--lang", "de", "-", stdin=SV_DEMAND)
    assert result.code == 2 and "--lang" in result.stderr


def test_rules_list_languages_and_rule_shows_each_languages_doc(cli):
    listing = cli("rules").stdout
    assert re.search(r"^CF002\s+demand\s+confrontation\s+error\s+both\s+en,sv\s", listing, re.MULTILINE)
    assert re.search(r"^FA001\s+protected-characteristic\s+fairness\s+error\s+feedback\s+en,sv\s", listing, re.MULTILINE)
    entries = json.loads(cli("rules", "--format", "json").stdout)
    codes = [r["code"] for r in entries]
    assert len(codes) == len(set(codes))
    assert next(r for r in entries if r["code"] == "CF002")["languages"] == ["en", "sv"]
    both = cli("rule", "CF002").stdout
    assert "I demand an explanation" in both and "Jag kräver en förklaring" in both
    swedish = cli("rule", "CF002", "--lang", "sv").stdout
    assert "Jag kräver en förklaring" in swedish and "I demand an explanation" not in swedish
