"""``--format json`` keeps the documented shape, validated against the JSON Schema shipped in the package."""

from __future__ import annotations

import json

import jsonschema

from feedback_lint.reporters.json_reporter import document, schema


def test_schema_is_itself_valid():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_output_validates_and_text_equals_input_slice(lint_text, tmp_path):
    text = "Hi Sam,\n\nWhy didn't I get the job?? You clearly didn't read my CV 😀. I demand an explanation!!!\n\nMark\n"
    report = lint_text(text, "request")
    doc = document([report])
    jsonschema.validate(doc, schema())
    findings = doc["results"][0]["findings"]
    assert findings
    for f in findings:
        assert f["text"] == text[f["start"]:f["end"]]
        line_start = sum(len(line) + 1 for line in text.split("\n")[: f["line"] - 1])
        assert line_start + f["column"] - 1 == f["start"]
    assert doc["results"][0]["verdict"] == "block"


def test_required_top_level_shape(lint_text):
    doc = json.loads(json.dumps(document([lint_text("Hi Sam, thanks for your time. Best, Ana")])))
    assert doc["schema_version"] == 1 and doc["tool"]["name"] == "feedback-lint"
    result = doc["results"][0]
    assert set(result["scores"]) == {"overall", "specificity", "constructiveness", "tone", "confrontation"}
    assert result["kind"] in ("request", "feedback") and result["language"] == "en"


def test_swedish_and_fairness_results_validate(lint_text):
    text = "Hej Sam,\nVi tror att din brytning gör det svårt för kunderna. Jag kräver inget svar.\nHälsningar\nAnna\n"
    doc = document([lint_text(text, "feedback")])
    jsonschema.validate(doc, schema())
    result = doc["results"][0]
    assert result["language"] == "sv"
    assert "fairness" in {f["category"] for f in result["findings"]}
