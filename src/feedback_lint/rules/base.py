"""The rule unit: metadata, documentation and examples together, and one ``check`` method.

Two ways to define a rule, both ending in a :class:`Rule`:

* phrase rules are **data** (``rules/phrases/*.toml``, loaded by :mod:`feedback_lint.rules.phrase`);
* rules that need logic are one small class per file in ``rules/checks/``, registered with
  :func:`register`.

A rule speaks one language (``languages``, default English) or several when its text is language-
neutral. The same concept in another language is another rule object with the same code and name and
its own wording, examples and documentation in that language (the Swedish ones live in
``rules/phrases/sv_*.toml`` and ``rules/checks/sv/``); the linter runs only the rules that speak the
draft's language, and selecting a code selects it in every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Iterable, Iterator

from ..core.finding import Category, Finding, Severity, Suggestion

if TYPE_CHECKING:
    from ..core.context import Context

KINDS = ("request", "feedback")
#: The languages a rule speaks unless it says otherwise.
DEFAULT_LANGUAGES = ("en",)


@dataclass(frozen=True)
class RuleDoc:
    what: str
    why: str
    example: str
    instead: str


@dataclass
class Rule:
    """A rule. ``message`` says what is wrong; ``fix_title`` says what to do instead."""

    code: str
    name: str
    category: Category
    severity: Severity
    message: str
    fix_title: str
    doc: RuleDoc
    kinds: tuple[str, ...] = KINDS
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    examples_fail: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()
    #: Why this rule's findings carry no suggestion, when they cannot.
    no_suggestion_reason: str = ""
    #: Runs after the other rules and reads their findings (``ctx.cache["findings"]``).
    reads_findings: bool = False
    #: Also runs on a draft of another kind when the kind was detected and the kind model is unsure
    #: (:attr:`Context.kind_unsure`): for rules whose misses cost too much to leave to a misread kind.
    checks_unsure_kind: bool = False

    def applies_to(self, kind: str) -> bool:
        return kind in self.kinds

    def speaks(self, language: str) -> bool:
        return language in self.languages

    def check(self, ctx: "Context") -> Iterable[Finding]:  # pragma: no cover - overridden
        raise NotImplementedError

    def finding(
        self,
        start: int,
        end: int,
        *,
        ctx: "Context",
        message: str | None = None,
        suggestions: Iterable[Suggestion] = (),
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            category=self.category,
            severity=ctx.config.severity_for(self),
            message=message or self.message,
            start=start,
            end=end,
            suggestions=tuple(suggestions),
        )

    def suggest(self, start: int, end: int, replacement: str, *, safe: bool = False, title: str | None = None) -> Suggestion:
        return Suggestion(replacement=replacement, start=start, end=end, safe=safe, title=title or self.fix_title)


class CheckRule(Rule):
    """Base for rules written as code. Subclasses set the class attributes and implement ``run``."""

    CODE: ClassVar[str]
    NAME: ClassVar[str]
    CATEGORY: ClassVar[Category]
    SEVERITY: ClassVar[Severity] = Severity.WARNING
    MESSAGE: ClassVar[str]
    FIX_TITLE: ClassVar[str]
    KINDS: ClassVar[tuple[str, ...]] = KINDS
    LANGUAGES: ClassVar[tuple[str, ...]] = DEFAULT_LANGUAGES
    DOC: ClassVar[RuleDoc]
    FAIL: ClassVar[tuple[str, ...]] = ()
    PASS: ClassVar[tuple[str, ...]] = ()
    NO_SUGGESTION_REASON: ClassVar[str] = ""
    READS_FINDINGS: ClassVar[bool] = False
    CHECKS_UNSURE_KIND: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__(
            code=self.CODE,
            name=self.NAME,
            category=self.CATEGORY,
            severity=self.SEVERITY,
            message=self.MESSAGE,
            fix_title=self.FIX_TITLE,
            doc=self.DOC,
            kinds=self.KINDS,
            languages=self.LANGUAGES,
            examples_fail=self.FAIL,
            examples_pass=self.PASS,
            no_suggestion_reason=self.NO_SUGGESTION_REASON,
            reads_findings=self.READS_FINDINGS,
            checks_unsure_kind=self.CHECKS_UNSURE_KIND,
        )

    def check(self, ctx: "Context") -> Iterator[Finding]:
        yield from self.run(ctx)

    def run(self, ctx: "Context") -> Iterable[Finding]:  # pragma: no cover - overridden
        raise NotImplementedError


_CHECKS: list[type[CheckRule]] = []


def register(cls: type[CheckRule]) -> type[CheckRule]:
    """Class decorator that adds a code rule to the registry."""
    _CHECKS.append(cls)
    return cls


def registered_checks() -> list[type[CheckRule]]:
    return list(_CHECKS)
