"""Rewrites: from a draft's findings to a draft worth sending.

:func:`feedback_lint.rewrite.rewrite` applies the suggestions of a draft's findings (edits that do not
overlap, chosen and tidied by :mod:`.engine`) and returns the rewritten text with the list of edits,
in the offsets of the original text. It never invents a fact: where only the writer knows the
specifics, the text keeps a ``[bracketed placeholder]`` that rule ST006 reports until it is filled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .result import Edit, RewriteResult

if TYPE_CHECKING:
    from ..core.config import Config

__all__ = ["rewrite", "RewriteResult", "Edit"]


def rewrite(text: str, *, kind: str = "auto", config: "Config | Mapping[str, Any] | None" = None, unsafe: bool = True) -> RewriteResult:
    """Rewrite one draft (plain text, or a whole RFC 5322 message) with its findings' suggestions.

    ``unsafe=True`` (the default) applies every suggestion, insertions of missing parts included;
    ``unsafe=False`` only the safe ones (meaning unchanged). Only the writer's own words change: a
    quoted reply, a signature and the e-mail headers are kept as they are.

    >>> result = rewrite("Hi Sam,\\n\\nWhy didn't I get the job??\\n\\nThanks,\\nOmar", kind="request")
    >>> "Why didn't I get the job" in result.text, "strengthen a future application" in result.text
    (False, True)
    """
    from ..core.draft import Draft
    from ..core.errors import InputError
    from ..presend import linter_for
    from .engine import Rewriter

    if not text.strip():
        raise InputError("-: the draft is empty")
    return Rewriter(linter=linter_for(config)).rewrite(Draft.from_text(text), kind=kind, unsafe=unsafe)
