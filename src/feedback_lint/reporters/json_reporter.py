"""``--format json``: the shape documented in the README and in ``report.schema.json``."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Sequence

from .._version import __version__
from ..core.report import Report

SCHEMA_VERSION = 1


def document(reports: Sequence[Report]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "feedback-lint", "version": __version__},
        "results": [r.to_dict() for r in reports],
    }


def render(reports: Sequence[Report], **_: Any) -> str:
    return json.dumps(document(reports), ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema of the output, shipped in the package."""
    return json.loads((resources.files("feedback_lint") / "reporters" / "report.schema.json").read_text(encoding="utf-8"))
