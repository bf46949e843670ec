"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``), spoken by feedback-lint.

Editor plugins, browser and mail-client add-ons and ``language_tool_python`` talk to a LanguageTool
server; pointed at ``feedback-lint serve`` they get feedback-lint's findings as LanguageTool matches.

Offsets and lengths are in UTF-16 code units, as LanguageTool (a Java program) counts them: an emoji
outside the Basic Multilingual Plane counts 2. For a ``data`` request (LanguageTool's annotated
text: runs of text and markup) the text is linted and the offsets index the whole document, markup
included, as LanguageTool's do.

>>> doc = AnnotatedText.from_data('{"annotation": [{"markup": "<p>"}, {"text": "Hi 😀 Sam"}, {"markup": "</p>"}]}')
>>> doc.plain, doc.original
('Hi 😀 Sam', '<p>Hi 😀 Sam</p>')
>>> doc.span(5, 8)  # "Sam": after "<p>", and the emoji counts 2
(9, 3)
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from .._version import __version__

if TYPE_CHECKING:
    from ..core.config import Config
    from ..core.finding import Finding
    from ..core.report import Report

#: (name, code, longCode) as ``/v2/languages`` lists them: the variants of the languages feedback-lint
#: checks (``code``, English and Swedish).
LANGUAGES = (
    ("English", "en", "en"),
    ("English (US)", "en", "en-US"),
    ("English (GB)", "en", "en-GB"),
    ("English (Australian)", "en", "en-AU"),
    ("English (Canadian)", "en", "en-CA"),
    ("English (New Zealand)", "en", "en-NZ"),
    ("English (South African)", "en", "en-ZA"),
    ("Swedish", "sv", "sv"),
    ("Swedish (Sweden)", "sv", "sv-SE"),
)
#: (name, longCode) reported for a language feedback-lint detected (``language=auto``).
DETECTED = {"en": ("English (US)", "en-US"), "sv": ("Swedish (Sweden)", "sv-SE")}
#: LanguageTool's issue types (from the W3C ITS 2.0 list) by feedback-lint category.
ISSUE_TYPES = {"confrontation": "register", "tone": "register"}
DEFAULT_ISSUE_TYPE = "style"
#: Characters of context on each side of a match, as LanguageTool's default.
CONTEXT = 40
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n")


class RequestError(ValueError):
    """A request LanguageTool would refuse with 400; the message is the reason."""


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class AnnotatedText:
    """The document a client sent (``original``), what is linted (``plain``), and where each plain
    character sits in the original."""

    original: str
    plain: str
    #: Original index of each plain character, and the original index just after it.
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: Original indexes of the characters that take two UTF-16 units.
    astral: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.astral = [i for i, ch in enumerate(self.original) if ord(ch) > 0xFFFF]

    @classmethod
    def from_text(cls, text: str) -> "AnnotatedText":
        return cls(text, text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))

    @classmethod
    def from_data(cls, data: str) -> "AnnotatedText":
        """Parse LanguageTool's ``data`` field: ``{"annotation": [{"text": …} | {"markup": …, "interpretAs": …}]}``.
        Markup is not linted; its ``interpretAs`` (say ``"\\n\\n"`` for ``</p>``) is, in its place."""
        try:
            doc = json.loads(data)
        except ValueError as exc:
            raise RequestError(f"'data' is not valid JSON ({exc})") from None
        items = doc.get("annotation") if isinstance(doc, dict) else None
        if not isinstance(items, list):
            raise RequestError("'data' must be a JSON object with an 'annotation' array")
        original: list[str] = []
        plain: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        at = 0
        for number, item in enumerate(items):
            value = _annotation_value(item, number)
            if "text" in item:
                plain.append(value)
                starts.extend(range(at, at + len(value)))
                ends.extend(range(at + 1, at + len(value) + 1))
            else:
                interpret = item.get("interpretAs", "")
                plain.append(interpret)
                starts.extend([at] * len(interpret))
                ends.extend([at + len(value)] * len(interpret))
            original.append(value)
            at += len(value)
        return cls("".join(original), "".join(plain), tuple(starts), tuple(ends))

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """Plain character range → original character range."""
        first = self.starts[start] if start < len(self.starts) else len(self.original)
        last = self.ends[end - 1] if end > start else first
        return first, last

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Plain character range → LanguageTool's (offset, length) in the original, in UTF-16 units."""
        first, last = self.original_range(start, end)
        return self._utf16(first), self._utf16(last) - self._utf16(first)

    def _utf16(self, index: int) -> int:
        return index + bisect.bisect_left(self.astral, index)


def _annotation_value(item: Any, number: int) -> str:
    """The ``text`` or ``markup`` of one annotation item, checked."""
    where = f"'data' annotation item {number}"
    if not isinstance(item, dict) or ("text" in item) == ("markup" in item):
        raise RequestError(f"{where} must be an object with either 'text' or 'markup'")
    value = item.get("text", item.get("markup"))
    if not isinstance(value, str) or not isinstance(item.get("interpretAs", ""), str):
        raise RequestError(f"{where}: 'text', 'markup' and 'interpretAs' must be strings")
    return value


@dataclass(frozen=True)
class Language:
    """The ``language`` a client asked for: feedback-lint's code (``auto``, ``en``, ``sv``) and, unless
    ``auto``, LanguageTool's name and long code for it."""

    lint: str
    name: str = ""
    code: str = ""


def language(tag: str | None) -> Language:
    """The language of a ``language`` parameter, or :class:`RequestError`."""
    if not tag:
        raise RequestError("Missing 'language' parameter (use 'auto', or a variant of English or Swedish such as 'en-US')")
    if tag.lower() == "auto":
        return Language("auto")
    wanted = tag.replace("_", "-").lower()
    for name, code, long_code in LANGUAGES:
        if long_code.lower() == wanted:
            return Language(code, name, long_code)
    raise RequestError(f"feedback-lint checks English and Swedish drafts; language {tag!r} is not supported (see /v2/languages)")


def languages() -> list[dict[str, str]]:
    return [{"name": name, "code": code, "longCode": long_code} for name, code, long_code in LANGUAGES]


def rule_overrides(params: Mapping[str, str | None], base: "Config") -> dict[str, Any]:
    """Configuration keys for LanguageTool's rule parameters (``disabledRules``, ``disabledCategories``,
    ``enabledRules`` and ``enabledCategories`` with ``enabledOnly=true``), laid over ``base``.

    Only feedback-lint's own codes and categories count: clients also send LanguageTool's (such as
    ``MORFOLOGIK_RULE_EN_US`` or ``TYPOS``), which name nothing here.
    """
    from ..rules import all_rules

    codes = {r.code for r in all_rules()}
    categories = {r.category.value for r in all_rules()}

    def known(name: str) -> list[str]:
        values = [v.strip() for v in (params.get(name) or "").split(",") if v.strip()]
        if name.endswith("Rules"):
            return [v.upper() for v in values if v.upper() in codes]
        return [v.lower() for v in values if v.lower() in categories]

    overrides: dict[str, Any] = {}
    disabled = known("disabledRules") + known("disabledCategories")
    if disabled:
        overrides["ignore"] = [*base.ignore, *disabled]
    if (params.get("enabledOnly") or "").lower() == "true":
        overrides["select"] = known("enabledRules") + known("enabledCategories")
    return overrides


def check_response(report: "Report", doc: AnnotatedText, asked: Language) -> dict[str, Any]:
    """A LanguageTool ``/v2/check`` response for a report on ``doc.plain``, with feedback-lint's verdict
    and scores under ``feedbackLint`` (LanguageTool clients ignore keys they do not know)."""
    response = empty_response(asked, detected=report.language)
    response["matches"] = [_match(f, doc) for f in report.findings]
    response["feedbackLint"] = {"kind": report.kind, "verdict": report.verdict, "scores": report.scores.to_dict()}
    return response


def empty_response(asked: Language, *, detected: str = "en") -> dict[str, Any]:
    """A response without matches (also the one for a text with nothing in it to lint). The language is
    the one asked for, or for ``auto`` the one detected."""
    found_name, found_code = DETECTED[detected]
    name, code = (asked.name, asked.code) if asked.lint != "auto" else (found_name, found_code)
    return {
        "software": {"name": "feedback-lint", "version": __version__, "buildDate": None, "apiVersion": 1, "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": code,
            "detectedLanguage": {"name": found_name, "code": found_code, "confidence": 1.0, "source": "feedback-lint"},
        },
        "matches": [],
    }


def _match(f: "Finding", doc: AnnotatedText) -> dict[str, Any]:
    offset, length = doc.span(f.start, f.end)
    first, last = doc.original_range(f.start, f.end)
    title = f.name.replace("-", " ").capitalize()
    return {
        "message": f.message,
        "shortMessage": title,
        "replacements": [{"value": s.replacement} for s in f.suggestions if (s.start, s.end) == (f.start, f.end)],
        "offset": offset,
        "length": length,
        "context": _context(doc.original, first, last),
        "sentence": _sentence(doc.plain, f.start, f.end),
        "type": {"typeName": "Hint" if f.severity.value == "info" else "Other"},
        "rule": {
            "id": f.code,
            "description": f"{title} ({f.code})",
            "issueType": ISSUE_TYPES.get(f.category.value, DEFAULT_ISSUE_TYPE),
            "category": {"id": f.category.value.upper(), "name": f.category.value.capitalize()},
        },
    }


def _context(text: str, start: int, end: int) -> dict[str, Any]:
    """Up to ``CONTEXT`` characters either side, ``...`` where cut, line breaks as spaces; the offset
    and length within it in UTF-16 units."""
    left, right = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(text) else ""
    window = re.sub(r"[\r\n]", " ", text[left:right])
    return {
        "text": f"{prefix}{window}{suffix}",
        "offset": len(prefix) + utf16_length(text[left:start]),
        "length": utf16_length(text[start:end]),
    }


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around a range: from the end of the sentence before it to the first
    sentence end at or after the range's end."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    stop = next((m.end() for m in _SENTENCE_END.finditer(text, begin) if m.end() >= end), len(text))
    return text[begin:stop].strip()
