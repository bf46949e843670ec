"""``--format jsonl``: one result per line, the same objects as the JSON output's ``results``."""

from __future__ import annotations

import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_one_line_per_draft_equal_to_the_json_results(cli):
    as_json = json.loads(cli("check", "--format", "json", str(EXAMPLES)).stdout)["results"]
    result = cli("check", "--format", "jsonl", str(EXAMPLES))
    assert result.code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(as_json) == len([p for p in EXAMPLES.iterdir() if p.is_file()])
    assert [json.loads(line) for line in lines] == as_json
