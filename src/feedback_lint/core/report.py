"""The result of linting one draft, and the verdict and exit status decided from it in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..scoring import Scores
from .config import Config
from .draft import Draft
from .finding import Finding, Severity

VERDICTS = ("send", "review", "block")


@dataclass
class Report:
    """One draft's findings, scores and verdict. ``to_dict()`` is one element of the JSON ``results``."""

    draft: Draft
    kind: str
    language: str
    scores: Scores
    findings: list[Finding]
    config: Config = field(default_factory=Config)

    @property
    def source(self) -> str:
        return self.draft.source

    @property
    def verdict(self) -> str:
        """``block`` on any error; ``review`` on any warning or an overall score under ``min-score``;
        otherwise ``send``."""
        if any(f.severity is Severity.ERROR for f in self.findings):
            return "block"
        if any(f.severity is Severity.WARNING for f in self.findings):
            return "review"
        if self.config.min_score is not None and self.scores.overall < self.config.min_score:
            return "review"
        return "send"

    @property
    def failed(self) -> bool:
        """True when this draft should make the command exit 1 (``fail-on`` and ``min-score``)."""
        if any(f.severity.rank >= self.config.fail_on.rank for f in self.findings):
            return True
        return self.config.min_score is not None and self.scores.overall < self.config.min_score

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "language": self.language,
            "scores": self.scores.to_dict(),
            "verdict": self.verdict,
            "offset_base": self.draft.offset_base,
            "findings": [self.finding_dict(f) for f in self.findings],
        }

    def finding_dict(self, f: Finding) -> dict[str, Any]:
        line, column = self.draft.position(f.start)
        end_line, end_column = self.draft.position(f.end)
        return {
            "code": f.code,
            "name": f.name,
            "category": f.category.value,
            "severity": f.severity.value,
            "message": f.message,
            "start": f.start,
            "end": f.end,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "text": self.draft.text[f.start : f.end],
            "suggestions": [s.to_dict() for s in f.suggestions],
        }


def exit_status(reports: Sequence[Report], *, input_errors: int = 0) -> int:
    """0: nothing failed; 1: some draft failed ``fail-on``/``min-score``; 2: some input could not be read."""
    if input_errors:
        return 2
    return 1 if any(r.failed for r in reports) else 0
