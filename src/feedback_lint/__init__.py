"""feedback-lint: says what will go wrong when the other person reads your feedback e-mail.

>>> report = lint("Why didn't I get the job? I demand an explanation!!!", kind="request")
>>> report.verdict
'block'
>>> sorted({f.code for f in report.findings if f.category.value == "confrontation"})
['CF001', 'CF002', 'CF008']
"""

from __future__ import annotations

from typing import Any, Mapping

from ._version import __version__
from .core.config import Config, load_config
from .core.draft import Draft
from .core.errors import ConfigError, FeedbackLintError, InputError
from .core.finding import Category, Finding, Severity, Suggestion
from .core.report import Report
from .presend import Verdict, check_before_send, linter_for
from .rewrite import RewriteResult, rewrite

__all__ = [
    "__version__",
    "lint",
    "check_before_send",
    "Verdict",
    "rewrite",
    "RewriteResult",
    "Config",
    "load_config",
    "Draft",
    "Report",
    "Finding",
    "Suggestion",
    "Severity",
    "Category",
    "FeedbackLintError",
    "InputError",
    "ConfigError",
]


def lint(text: str, *, kind: str = "auto", lang: str = "auto", config: Config | Mapping[str, Any] | None = None,
         source: str = "-") -> Report:
    """Lint one draft given as a string (plain text, or a whole RFC 5322 message).

    ``kind`` is ``"auto"``, ``"request"`` (a candidate asking for feedback) or ``"feedback"`` (an
    employer writing to a candidate). ``lang`` is ``"auto"`` (detect), ``"en"`` or ``"sv"``; the
    report's ``language`` says which was used. ``config`` is a :class:`Config` or a mapping with the keys of
    ``[tool.feedback-lint]``. The returned :class:`Report` has ``findings``, ``scores``, ``verdict``
    and ``to_dict()``. The linter (rules and models) is built on the first call and reused by later
    calls with an equal configuration.
    """
    linter = linter_for(config)
    if not text.strip():
        raise InputError(f"{source}: the draft is empty")
    return linter.lint(Draft.from_text(text, source=source), kind=kind, lang=lang)
