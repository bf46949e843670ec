"""``--format sarif``: SARIF 2.1.0, the format GitHub code scanning and SARIF viewers read.

One run; the rules that fired are described in ``tool.driver.rules``; each finding is a result with
its region (lines, columns and character offsets, counted in Unicode code points) and its
suggestions as ``fixes``. Each draft's verdict and scores are in its artifact's ``properties``. For an
e-mail whose body is encoded or HTML, offsets refer to the decoded body, not the file, so the region
is only the file's first line and the message says where in the decoded body the words are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import quote

from .._version import __version__
from ..core.finding import Finding, Suggestion
from ..core.report import Report

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(reports: Sequence[Report], **_: Any) -> str:
    return json.dumps(document(reports), ensure_ascii=False, indent=2) + "\n"


def document(reports: Sequence[Report]) -> dict[str, Any]:
    from ..rules import get_rule

    codes = sorted({f.code for r in reports for f in r.findings})
    rules = [_descriptor(get_rule(code), code) for code in codes]
    index = {code: i for i, code in enumerate(codes)}
    run = {
        "tool": {"driver": {"name": "feedback-lint", "version": __version__, "semanticVersion": __version__, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "artifacts": [
            {
                "location": {"uri": artifact_uri(r.source)},
                "properties": {"kind": r.kind, "verdict": r.verdict, "scores": r.scores.to_dict(), "offset_base": r.draft.offset_base},
            }
            for r in reports
        ],
        "results": [_result(r, f, index[f.code], artifact) for artifact, r in enumerate(reports) for f in r.findings],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def artifact_uri(source: str) -> str:
    """A URI reference for a draft path: relative paths stay relative (to the repository root, as
    GitHub reads them); absolute ones become ``file:`` URIs."""
    path = Path(source)
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix())


def _descriptor(rule: Any, code: str) -> dict[str, Any]:
    if rule is None:
        return {"id": code}
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.name.replace("-", " ").capitalize()},
        "fullDescription": {"text": rule.doc.what},
        "help": {
            "text": f"{rule.doc.why}\n\nExample: {rule.doc.example}\n\nInstead: {rule.doc.instead}",
            "markdown": f"{rule.doc.why}\n\n**Example:** {rule.doc.example}\n\n**Use instead:** {rule.doc.instead}",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"tags": [rule.category.value], "kinds": list(rule.kinds)},
    }


def _result(report: Report, f: Finding, rule_index: int, artifact: int) -> dict[str, Any]:
    d = report.finding_dict(f)
    location = {"uri": artifact_uri(report.source), "index": artifact}
    message = d["message"]
    result: dict[str, Any] = {"ruleId": f.code, "ruleIndex": rule_index, "level": LEVELS[d["severity"]]}
    if report.draft.offset_base == "input":
        region: dict[str, Any] = {
            "startLine": d["line"],
            "startColumn": d["column"],
            "endLine": d["end_line"],
            "endColumn": d["end_column"],
            "charOffset": f.start,
            "charLength": f.end - f.start,
        }
        if d["text"]:
            region["snippet"] = {"text": d["text"]}
        if f.suggestions:
            result["fixes"] = [_fix(s, location) for s in f.suggestions]
    else:
        region = {"startLine": 1}
        message += f" (at line {d['line']}, column {d['column']} of the decoded e-mail body)"
    result["message"] = {"text": message}
    result["locations"] = [{"physicalLocation": {"artifactLocation": location, "region": region}}]
    return result


def _fix(s: Suggestion, location: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": {"text": f"{s.title} ({'safe' if s.safe else 'changes the meaning: read it first'})"},
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {"deletedRegion": {"charOffset": s.start, "charLength": s.end - s.start}, "insertedContent": {"text": s.replacement}}
                ],
            }
        ],
    }
