"""``feedback-lint batch``: JSONL and CSV in, one JSON result per line out, streaming, in parallel."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from pathlib import Path

import jsonschema
import pytest

from feedback_lint.batch import CHUNK, Malformed, Record, chunks, lint_chunks, read_records
from feedback_lint.core.config import Config
from feedback_lint.reporters.json_reporter import schema

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
HOSTILE = "Why didn't I get the job?? I DEMAND an explanation!!!"


def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def write_jsonl(path: Path, rows: list) -> None:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows), encoding="utf-8")


def results(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def result_validator() -> jsonschema.Draft202012Validator:
    full = schema()
    return jsonschema.Draft202012Validator({"$schema": full["$schema"], "$defs": full["$defs"], "$ref": "#/$defs/result"})


def test_jsonl_results_in_input_order_with_ids_and_a_summary(cli, tmp_path):
    texts = example_texts()
    write_jsonl(tmp_path / "drafts.jsonl", [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)])
    result = cli("batch", "drafts.jsonl", cwd=tmp_path)
    out = results(result.stdout)
    assert [r["id"] for r in out] == [f"d{i}" for i in range(len(texts))]
    assert [r["source"] for r in out] == [f"drafts.jsonl:{i + 1}" for i in range(len(texts))]
    validator = result_validator()
    for r in out:
        validator.validate({k: v for k, v in r.items() if k != "id"})
    verdicts = [r["verdict"] for r in out]
    summary = result.stderr.strip().splitlines()
    assert summary[0].startswith(f"{len(texts)} drafts checked: ")
    for verdict in set(verdicts):
        assert f"{verdicts.count(verdict)} {verdict}" in summary[0]
    mean_overall = sum(r["scores"]["overall"] for r in out) / len(out)
    assert f"overall {mean_overall:.1f}" in summary[1]
    assert result.code == (1 if set(verdicts) - {"send"} else 0)


def test_results_match_check_of_the_same_drafts(cli, tmp_path):
    names = sorted(p.name for p in EXAMPLES.glob("*.txt"))
    write_jsonl(tmp_path / "drafts.jsonl", [{"id": n, "text": (EXAMPLES / n).read_text(encoding="utf-8")} for n in names])
    batch = results(cli("batch", "drafts.jsonl", cwd=tmp_path).stdout)
    checked = json.loads(cli("check", "--format", "json", *(str(EXAMPLES / n) for n in names)).stdout)["results"]
    for b, c in zip(batch, checked):
        assert (b["verdict"], b["scores"], b["findings"]) == (c["verdict"], c["scores"], c["findings"])


def test_malformed_records_are_reported_by_line_and_skipped(cli, tmp_path):
    rows = [
        {"id": 1, "text": HOSTILE},
        "{not json",
        {"id": 3, "body": "no text field"},
        "",
        {"id": 5, "text": "   "},
        '["a list"]',
        {"id": 7, "text": 42},
        {"id": 8, "text": "Thank you for your time, Sam."},
    ]
    write_jsonl(tmp_path / "drafts.jsonl", rows)
    result = cli("batch", "drafts.jsonl", cwd=tmp_path)
    assert result.code == 2
    assert [r["id"] for r in results(result.stdout)] == [1, 8]
    errors = re.findall(r"^feedback-lint: error: drafts\.jsonl:(\d+): ", result.stderr, re.MULTILINE)
    assert [int(line) for line in errors] == [2, 3, 5, 6, 7]
    assert "5 malformed records skipped" in result.stderr
    assert "Traceback" not in result.stderr


def test_strict_stops_at_the_first_malformed_record_after_writing_everything_before_it(cli, tmp_path):
    rows = [{"id": i, "text": HOSTILE} for i in range(CHUNK + 3)] + ["{oops"] + [{"id": "after", "text": HOSTILE}]
    write_jsonl(tmp_path / "drafts.jsonl", rows)
    result = cli("batch", "--strict", "drafts.jsonl", cwd=tmp_path)
    assert result.code == 2
    assert [r["id"] for r in results(result.stdout)] == list(range(CHUNK + 3))
    assert f"drafts.jsonl:{CHUNK + 4}: not valid JSON" in result.stderr
    assert "--strict" in result.stderr


def test_csv_with_multiline_quoted_drafts_custom_fields_and_a_bad_row(cli, tmp_path):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["ref", "body", "team"])
    writer.writerow(["a", "Hi Sam,\n\nI DEMAND an explanation!!!\n\nMark", "x"])
    writer.writerow(["b", "oops"])
    writer.writerow(["c", "Thank you, \"Sam\", for your time.", "y"])
    (tmp_path / "drafts.csv").write_text(buffer.getvalue(), encoding="utf-8")
    result = cli("batch", "drafts.csv", "--text-field", "body", "--id-field", "ref", cwd=tmp_path)
    out = results(result.stdout)
    assert [r["id"] for r in out] == ["a", "c"]
    # Row a spans lines 2-6 (its draft has four line breaks), so row b is line 7 and row c line 8.
    assert out[0]["source"] == "drafts.csv:2" and out[1]["source"] == "drafts.csv:8"
    assert any(f["code"] == "CF007" and f["text"] == "DEMAND" for f in out[0]["findings"])
    assert "drafts.csv:7: 2 fields where the header has 3" in result.stderr
    assert result.code == 2


def test_csv_without_the_text_column_is_one_clear_error(cli, tmp_path):
    (tmp_path / "drafts.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    result = cli("batch", "drafts.csv", cwd=tmp_path)
    assert result.code == 2 and result.stderr.strip().splitlines() == [
        "feedback-lint: error: drafts.csv: no column 'text' in the CSV header (columns: id, body); use --text-field"
    ]


def test_stdin_output_file_and_input_format(cli, tmp_path):
    data = b"text,id\n\"I DEMAND an explanation!!!\",7\n"
    result = cli("batch", "-", "--input-format", "csv", "--output", "out.jsonl", stdin=data, cwd=tmp_path)
    assert result.stdout == ""
    [row] = results((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert row["id"] == "7" and row["source"] == "-:2" and row["verdict"] == "block"
    jsonl = cli("batch", "-", stdin=json.dumps({"text": HOSTILE}).encode() + b"\n", cwd=tmp_path)
    assert results(jsonl.stdout)[0]["id"] is None


def test_unknown_suffix_and_missing_file_are_usage_errors(cli, tmp_path):
    (tmp_path / "drafts.txt").write_text("x\n", encoding="utf-8")
    for args, words in [(("drafts.txt",), "--input-format"), (("missing.jsonl",), "no such file")]:
        result = cli("batch", *args, cwd=tmp_path)
        assert result.code == 2 and words in result.stderr and "Traceback" not in result.stderr


def test_two_jobs_give_the_same_output_as_one(cli, tmp_path):
    texts = example_texts()
    rows = [{"id": i, "text": texts[i % len(texts)]} for i in range(3 * CHUNK + 5)]
    rows.insert(40, "not json")
    write_jsonl(tmp_path / "drafts.jsonl", rows)
    one = cli("batch", "drafts.jsonl", "--jobs", "1", cwd=tmp_path)
    two = cli("batch", "drafts.jsonl", "--jobs", "2", cwd=tmp_path)
    assert one.code == two.code == 2
    assert two.stdout == one.stdout
    assert len(results(two.stdout)) == 3 * CHUNK + 5
    assert two.stderr == one.stderr


def test_config_options_apply_as_for_check(cli, tmp_path):
    write_jsonl(tmp_path / "drafts.jsonl", [{"text": HOSTILE}])
    (tmp_path / ".feedback-lint.toml").write_text('select = ["CF008"]\n', encoding="utf-8")
    result = cli("batch", "drafts.jsonl", cwd=tmp_path)
    assert {f["code"] for f in results(result.stdout)[0]["findings"]} == {"CF008"}
    relaxed = cli("batch", "drafts.jsonl", "--fail-on", "error", cwd=tmp_path)
    assert (result.code, relaxed.code) == (1, 0)


def counting(lines, seen: list[int]):
    for line in lines:
        seen[0] += 1
        yield line


def test_records_are_read_only_as_far_as_they_are_needed():
    seen = [0]
    endless = counting((json.dumps({"id": i, "text": HOSTILE}).encode() + b"\n" for i in itertools.count()), seen)
    records = read_records(endless, "jsonl", source="-", text_field="text", id_field="id", max_size=10_000)
    first = next(chunks(records, on_malformed=lambda m: None, strict=False))
    assert [r.id for r in first] == list(range(CHUNK))
    assert seen[0] == CHUNK


def test_linting_pulls_chunks_as_results_are_taken():
    seen = [0]

    def endless_chunks():
        for i in itertools.count():
            seen[0] += 1
            yield [Record(line=i * CHUNK + j, id=j, text=HOSTILE) for j in range(CHUNK)]

    outcomes = lint_chunks(endless_chunks(), config=Config(), kind="auto", lang="auto", source="-", jobs=1)
    taken = list(itertools.islice(outcomes, CHUNK + 1))
    assert len(taken) == CHUNK + 1 and seen[0] == 2


def test_malformed_items_go_to_the_callback_in_order():
    items = [Record(1, "a", "x"), Malformed(2, "bad"), Record(3, "b", "y"), Malformed(4, "worse"), Record(5, "c", "z")]
    reported: list[int] = []
    assert [[r.id for r in c] for c in chunks(items, on_malformed=lambda m: reported.append(m.line), strict=False)] == [["a", "b", "c"]]
    assert reported == [2, 4]
    reported.clear()
    assert [[r.id for r in c] for c in chunks(items, on_malformed=lambda m: reported.append(m.line), strict=True)] == [["a"]]
    assert reported == [2]


@pytest.mark.parametrize("raw", [b"\xff\xfe{}\n", "{\"text\": \"caf\xe9\"}\n".encode("latin-1")])
def test_undecodable_lines_are_malformed(raw):
    [item] = list(read_records(iter([raw]), "jsonl", source="-", text_field="text", id_field="id", max_size=1000))
    assert isinstance(item, Malformed) and "UTF-8" in item.reason


def test_csv_rows_with_bytes_that_are_not_utf8_are_malformed_and_the_rest_are_read():
    stream = io.BytesIO(b"id,text\n1,caf\xe9 au lait\n2,Thank you for your time.\n3\xff,fine text\n")
    items = list(read_records(stream, "csv", source="-", text_field="text", id_field="id", max_size=1000))
    assert [type(i).__name__ for i in items] == ["Malformed", "Record", "Malformed"]
    assert [i.line for i in items] == [2, 3, 4]
    assert items[1] == Record(3, "2", "Thank you for your time.")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_workers_leave_when_the_main_process_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    write_jsonl(tmp_path / "drafts.jsonl", [{"id": i, "text": HOSTILE} for i in range(50 * CHUNK)])
    main = subprocess.Popen(
        [sys.executable, "-m", "feedback_lint", "batch", "drafts.jsonl", "--jobs", "2", "--output", "out.jsonl"],
        cwd=tmp_path, stderr=subprocess.DEVNULL,
    )

    def children() -> list[int]:
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == main.pid:
                found.append(int(stat.parent.name))
        return found

    deadline = time.monotonic() + 120
    while not ((tmp_path / "out.jsonl").exists() and (tmp_path / "out.jsonl").stat().st_size):
        assert main.poll() is None and time.monotonic() < deadline, "batch never started writing"
        time.sleep(0.1)
    workers = children()
    assert len(workers) >= 2
    os.kill(main.pid, signal.SIGKILL)
    main.wait()
    def running(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    try:
        while any(running(pid) for pid in workers):
            assert time.monotonic() < deadline, "worker processes outlived the main process"
            time.sleep(0.1)
    finally:
        for pid in filter(running, workers):
            os.kill(pid, signal.SIGKILL)


def test_progress_bar_only_on_a_terminal(cli, tmp_path):
    import os
    import subprocess
    import sys

    pty = pytest.importorskip("pty")
    write_jsonl(tmp_path / "drafts.jsonl", [{"id": i, "text": HOSTILE} for i in range(CHUNK + 1)])
    piped = cli("batch", "drafts.jsonl", "--output", "out.jsonl", cwd=tmp_path)
    assert "\r" not in piped.stderr and "drafts/s" not in piped.stderr

    import fcntl
    import struct
    import termios

    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    proc = subprocess.Popen(
        [sys.executable, "-m", "feedback_lint", "batch", "drafts.jsonl", "--output", "out.jsonl"],
        cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal,
    )
    os.close(terminal)
    seen = b""
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:
            break
        if not data:
            break
        seen += data
    os.close(main)
    assert proc.wait(timeout=120) == 1
    shown = seen.decode("utf-8", errors="replace")
    assert "drafts/s]" in shown
    assert f"{CHUNK + 1} drafts checked" in shown


def test_language_is_detected_per_draft_or_given(cli, tmp_path):
    swedish = "Hej Anna,\n\nVarför fick jag inte jobbet?? Jag kräver en förklaring!!!\n\nSam"
    write_jsonl(tmp_path / "drafts.jsonl", [{"id": "sv", "text": swedish}, {"id": "en", "text": HOSTILE}])
    detected = results(cli("batch", "drafts.jsonl", cwd=tmp_path).stdout)
    assert [(r["id"], r["language"]) for r in detected] == [("sv", "sv"), ("en", "en")]
    given = results(cli("batch", "drafts.jsonl", "--lang", "en", cwd=tmp_path).stdout)
    assert [r["language"] for r in given] == ["en", "en"]
