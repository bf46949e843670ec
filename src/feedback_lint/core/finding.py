"""What a rule reports: a Finding with zero or more Suggestions."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Callable, Sequence


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


class Category(str, Enum):
    CONFRONTATION = "confrontation"
    SPECIFICITY = "specificity"
    CONSTRUCTIVENESS = "constructiveness"
    TONE = "tone"
    STRUCTURE = "structure"
    READABILITY = "readability"
    FAIRNESS = "fairness"


@dataclass(frozen=True)
class Suggestion:
    """Replace ``text[start:end]`` with ``replacement`` (``start == end`` inserts).

    ``safe`` means the meaning is unchanged and the edit can be applied without a person reading it.
    """

    replacement: str
    start: int
    end: int
    safe: bool
    title: str

    def to_dict(self) -> dict:
        return {
            "replacement": self.replacement,
            "start": self.start,
            "end": self.end,
            "safe": self.safe,
            "title": self.title,
        }


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    category: Category
    severity: Severity
    message: str
    start: int
    end: int
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)


def warnings_as_info(findings: Sequence[Finding], which: Callable[[Finding], bool]) -> list[Finding]:
    """``findings`` with each warning that ``which`` selects reported as info instead (same place,
    message and suggestions): the step that weighs a rule's warning against a trained model."""
    return [dataclasses.replace(f, severity=Severity.INFO) if f.severity is Severity.WARNING and which(f) else f for f in findings]
