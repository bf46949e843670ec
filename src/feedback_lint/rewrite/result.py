"""What a rewrite returns: the new text and the edits that made it, in the original text's offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.report import Report


@dataclass(frozen=True)
class Edit:
    """``original[start:end]`` (``text``) became ``replacement``; ``start == end`` is an insertion.

    ``codes`` are the rules whose suggestions made it; ``safe`` is true when all of them were safe.
    """

    start: int
    end: int
    text: str
    replacement: str
    codes: tuple[str, ...]
    titles: tuple[str, ...]
    safe: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "replacement": self.replacement,
            "codes": list(self.codes),
            "titles": list(self.titles),
            "safe": self.safe,
        }


@dataclass
class RewriteResult:
    """The rewritten draft. ``before`` and ``after`` are the reports of the original and the result."""

    original: str
    text: str
    edits: list[Edit] = field(default_factory=list)
    kind: str = "request"
    source: str = "-"
    offset_base: str = "input"
    before: "Report | None" = None
    after: "Report | None" = None

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "kind": self.kind,
            "offset_base": self.offset_base,
            "changed": self.changed,
            "text": self.text,
            "edits": [e.to_dict() for e in self.edits],
        }
        for name, report in (("before", self.before), ("after", self.after)):
            if report is not None:
                out[name] = {"verdict": report.verdict, "scores": report.scores.to_dict(),
                             "findings": [f.code for f in report.findings]}
        return out
