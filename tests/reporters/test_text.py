from __future__ import annotations

import re

from feedback_lint.reporters.text import render


def test_ruff_style_lines_snippet_suggestion_scores_and_summary(lint_text):
    report = lint_text("Hi Sam,\nI demand an explanation!!!\nMark\n", "request")
    out = render([report])
    assert re.search(r"^-:2:1: CF002 \[error\] ", out, re.MULTILINE)
    assert "  | I demand an explanation" in out
    assert "  = suggestion: Ask instead of demanding: 'I would appreciate any feedback you are able to share'" in out
    assert "  = safe fix: Use a single full stop or question mark: '.'" in out
    assert re.search(r"^-: request, verdict BLOCK: overall \d+, specificity \d+", out, re.MULTILINE)
    assert out.rstrip().endswith(".") and "1 draft checked: 1 block" in out
