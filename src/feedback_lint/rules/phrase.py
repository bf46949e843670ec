"""Phrase rules as data.

Each ``rules/phrases/*.toml`` file holds ``[[rule]]`` tables. A rule has one of a closed set of kinds:

``existence``
    ``phrases``: token sequences matched case-insensitively on whole tokens (spaCy ``PhraseMatcher``).
    An optional ``replacement`` is offered for every match.
``substitution``
    ``swap``: a table ``phrase = replacement``; the replacement offered depends on the phrase matched.
``pattern``
    ``patterns``: spaCy ``Matcher`` token patterns (lists of token dicts), for phrases with inflection
    or optional words. An optional ``replacement`` is offered for every match.
``regex``
    ``regex``: a Python regular expression over the draft text, for punctuation that the tokenizer
    splits (``!!!``, ``?!``). An optional ``replacement`` is offered for every match.

Every rule also has ``code``, ``name``, ``category``, ``severity``, ``message``, ``fix_title``, ``doc``
(``what``, ``why``, ``example``, ``instead``) and ``examples`` (``fail`` and ``pass`` lists), and
optionally ``kinds`` (``["request"]``, ``["feedback"]`` or both), ``safe`` (the replacement keeps the
meaning) and ``unless`` (phrases that, when they overlap or directly precede a match, cancel it).
The schema is checked when the file is loaded; errors name the file, the rule and the key.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterator

from ..core.errors import RuleDefinitionError
from ..core.finding import Category, Finding, Severity
from .base import KINDS, Rule, RuleDoc

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:
    from ..core.context import Context

PHRASE_KINDS = ("existence", "substitution", "pattern", "regex")
_REQUIRED = ("code", "name", "category", "severity", "kind", "message", "fix_title", "doc", "examples")
_OPTIONAL = ("phrases", "swap", "patterns", "regex", "replacement", "safe", "kinds", "unless", "no_suggestion_reason")
_KIND_KEY = {"existence": "phrases", "substitution": "swap", "pattern": "patterns", "regex": "regex"}


@dataclass
class PhraseRule(Rule):
    kind: str = "existence"
    phrases: tuple[str, ...] = ()
    swap: dict[str, str] = field(default_factory=dict)
    patterns: tuple[list[dict[str, Any]], ...] = ()
    regex: re.Pattern[str] | None = None
    replacement: str | None = None
    safe: bool = False
    unless: tuple[str, ...] = ()

    def check(self, ctx: "Context") -> Iterator[Finding]:
        for start, end, phrase in ctx.matches.get(self.code, ()):
            if self._cancelled(ctx, start, end):
                continue
            replacement = self.swap.get(phrase) if self.kind == "substitution" else self.replacement
            suggestions = []
            if replacement is not None:
                suggestions.append(self.suggest(start, end, ctx.match_case(start, replacement), safe=self.safe))
            yield self.finding(start, end, ctx=ctx, suggestions=suggestions)

    def _cancelled(self, ctx: "Context", start: int, end: int) -> bool:
        if not self.unless:
            return False
        window = ctx.draft.lintable[max(0, start - 40) : min(len(ctx.draft.text), end + 40)].lower()
        return any(u in window for u in self.unless)


def load_phrase_rules(extra_files: tuple[str, ...] = ()) -> list[PhraseRule]:
    """All rules from the packaged TOML files (and any extra files), schema-checked."""
    rules: list[PhraseRule] = []
    package = resources.files("feedback_lint.rules") / "phrases"
    sources = [(f"rules/phrases/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(package.iterdir(), key=lambda p: p.name) if p.name.endswith(".toml")]
    for path in extra_files:
        try:
            with open(path, encoding="utf-8") as fh:
                sources.append((path, fh.read()))
        except OSError as exc:
            raise RuleDefinitionError(f"{path}: cannot read rule file ({exc.strerror or exc})") from None
    for name, text in sources:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RuleDefinitionError(f"{name}: invalid TOML ({exc})") from None
        unknown = set(data) - {"rule"}
        if unknown:
            raise RuleDefinitionError(f"{name}: unknown top-level key {sorted(unknown)[0]!r} (expected [[rule]] tables)")
        for i, table in enumerate(data.get("rule", [])):
            rules.append(_parse_rule(table, f"{name}: rule {table.get('code', f'#{i + 1}')}"))
    return rules


def _parse_rule(t: dict[str, Any], where: str) -> PhraseRule:
    for key in _REQUIRED:
        if key not in t:
            raise RuleDefinitionError(f"{where}: missing key {key!r}")
    for key in t:
        if key not in _REQUIRED and key not in _OPTIONAL:
            raise RuleDefinitionError(f"{where}: unknown key {key!r}")
    kind = t["kind"]
    if kind not in PHRASE_KINDS:
        raise RuleDefinitionError(f"{where}: kind {kind!r} is not one of {', '.join(PHRASE_KINDS)}")
    if _KIND_KEY[kind] not in t:
        raise RuleDefinitionError(f"{where}: kind {kind!r} needs key {_KIND_KEY[kind]!r}")
    try:
        category = Category(t["category"])
    except ValueError:
        raise RuleDefinitionError(f"{where}: key 'category': {t['category']!r} is not a category") from None
    try:
        severity = Severity.parse(t["severity"])
    except ValueError as exc:
        raise RuleDefinitionError(f"{where}: key 'severity': {exc}") from None
    doc = t["doc"]
    if not isinstance(doc, dict) or set(doc) != {"what", "why", "example", "instead"}:
        raise RuleDefinitionError(f"{where}: key 'doc' needs exactly what, why, example, instead")
    examples = t["examples"]
    if not isinstance(examples, dict) or not examples.get("fail") or not examples.get("pass") or set(examples) - {"fail", "pass"}:
        raise RuleDefinitionError(f"{where}: key 'examples' needs non-empty 'fail' and 'pass' lists")
    kinds = tuple(t.get("kinds", KINDS))
    if not kinds or set(kinds) - set(KINDS):
        raise RuleDefinitionError(f"{where}: key 'kinds' must list request and/or feedback")
    regex = None
    if kind == "regex":
        try:
            regex = re.compile(t["regex"])
        except re.error as exc:
            raise RuleDefinitionError(f"{where}: key 'regex': {exc}") from None
    patterns = tuple(t.get("patterns", ()))
    if kind == "pattern" and (not patterns or not all(isinstance(p, list) and p for p in patterns)):
        raise RuleDefinitionError(f"{where}: key 'patterns' must be a list of non-empty token-pattern lists")
    return PhraseRule(
        code=t["code"],
        name=t["name"],
        category=category,
        severity=severity,
        message=t["message"],
        fix_title=t["fix_title"],
        doc=RuleDoc(**doc),
        kinds=kinds,
        examples_fail=tuple(examples["fail"]),
        examples_pass=tuple(examples["pass"]),
        no_suggestion_reason=t.get("no_suggestion_reason", ""),
        kind=kind,
        phrases=tuple(p.lower() for p in t.get("phrases", ())),
        swap={k.lower(): v for k, v in t.get("swap", {}).items()},
        patterns=patterns,
        regex=regex,
        replacement=t.get("replacement"),
        safe=bool(t.get("safe", False)),
        unless=tuple(u.lower() for u in t.get("unless", ())),
    )


class PhraseIndex:
    """All phrase rules compiled once into one PhraseMatcher and one Matcher for a pipeline.

    ``extra`` maps a rule code to more phrases (the user's own lists from the configuration).
    """

    def __init__(self, nlp: Any, rules: list[PhraseRule], extra: dict[str, tuple[str, ...]] | None = None) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        self.regexes: list[tuple[str, re.Pattern[str]]] = []
        self._key: dict[int, tuple[str, str]] = {}
        extra = extra or {}
        tokenizer = nlp.tokenizer
        for rule in rules:
            if rule.kind in ("existence", "substitution"):
                phrases = list(rule.phrases or rule.swap) + [p.lower() for p in extra.get(rule.code, ())]
                for phrase in phrases:
                    key = f"{rule.code}\x1f{phrase}"
                    self._key[nlp.vocab.strings.add(key)] = (rule.code, phrase)
                    self.phrase_matcher.add(key, [tokenizer(phrase)])
            elif rule.kind == "pattern":
                key = rule.code
                self._key[nlp.vocab.strings.add(key)] = (rule.code, "")
                try:
                    self.matcher.add(key, [list(p) for p in rule.patterns])
                except (ValueError, KeyError) as exc:
                    raise RuleDefinitionError(f"rule {rule.code}: invalid token pattern ({exc})") from None
            elif rule.regex is not None:
                self.regexes.append((rule.code, rule.regex))

    def find(self, doc: Any, lintable: str) -> dict[str, list[tuple[int, int, str]]]:
        """Matches by rule code as ``(start_char, end_char, phrase)``, longest first, no overlaps per rule."""
        found: dict[str, list[tuple[int, int, str]]] = {}
        for match_id, start, end in list(self.phrase_matcher(doc)) + list(self.matcher(doc)):
            code, phrase = self._key[match_id]
            span = doc[start:end]
            found.setdefault(code, []).append((span.start_char, span.end_char, phrase))
        for code, regex in self.regexes:
            for m in regex.finditer(lintable):
                if m.group().strip():
                    found.setdefault(code, []).append((m.start(), m.end(), m.group()))
        return {code: _longest_non_overlapping(spans) for code, spans in found.items()}


def _longest_non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)
