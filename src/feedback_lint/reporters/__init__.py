"""Reporters turn reports into output. Each is one function ``render(reports, ...) -> str``."""

from __future__ import annotations

from . import json_reporter, text

FORMATS = {"text": text.render, "json": json_reporter.render}

__all__ = ["FORMATS"]
