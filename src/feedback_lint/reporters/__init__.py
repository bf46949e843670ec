"""Reporters turn reports into output. Each is one function ``render(reports, ...) -> str``."""

from __future__ import annotations

from . import github, json_reporter, jsonl, sarif, text

FORMATS = {
    "text": text.render,
    "json": json_reporter.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
}

__all__ = ["FORMATS"]
