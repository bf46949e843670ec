"""Phrase rules as data.

Each ``rules/phrases/*.toml`` file holds ``[[rule]]`` tables. A rule has one of a closed set of kinds:

``existence``
    ``phrases``: token sequences matched case-insensitively on whole tokens (spaCy ``PhraseMatcher``).
    Optional ``patterns`` (token patterns, as for ``pattern``) hold the phrase families that are
    combinations of alternatives ("sweet/cute/adorable to see/hear …") instead of listing every
    combination. An optional ``replacement`` is offered for every match.
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
optionally ``kinds`` (``["request"]``, ``["feedback"]`` or both), ``languages`` (default ``["en"]``),
``safe`` (the replacement keeps the meaning), ``unless`` (phrases that, when they overlap or directly
precede a match, cancel it) and ``not_about_writer`` (``true``: a match is cancelled when the parse shows
the words are about the writer, not the reader or a third party: the subject of the clause is "I" or
"my …", as in "which I fear I made a mess of"; English only, as it reads the parse). The schema is
checked when the file is loaded; errors name the file, the rule and the key.

Suggestions: ``replacement`` (or a ``swap`` value) is a string, or a table by kind (``{request = …,
feedback = …}``); in a ``substitution`` rule, ``replacement`` is the fallback for phrases the table does
not list (a team's own phrases). ``scope = "sentence"`` makes the replacement stand for the whole
sentence; with an empty replacement it deletes the smallest part that leaves a sentence that reads (a
swear word used as a modifier, an introductory clause, or the sentence). ``reword`` names a rewording
that needs the parse (see :mod:`feedback_lint.rewrite.rewordings`); the replacement is its fallback.
A phrase-level replacement is fitted to the sentence around it (:func:`feedback_lint.rewrite.grammar.fit_replacement`).

Languages: one concept keeps one code and one name in every language, and each language has its own
``[[rule]]`` table for it: ``CF002``/``demand`` is a table in ``confrontation.toml`` (English) and
another in ``sv_confrontation.toml`` with ``languages = ["sv"]``, its Swedish phrases, message,
suggestions, documentation and examples. A per-language phrase list inside one table would leave the
message, the suggestions and the examples in one language, and Swedish inflection often needs another
kind of match (a token pattern where English needs a phrase list). Tables that share a code must
share the name, category and severity (so ``--select``, ``--ignore`` and severity overrides mean the
same in every language) and must not both claim a language; the loader checks this and names both
places.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterator

from ..core.errors import RuleDefinitionError
from ..core.finding import Category, Finding, Severity, Suggestion
from ..core.language import LANGUAGES
from ..core.matcher import GatedMatcher
from ..rewrite.grammar import fit_replacement
from ..rewrite.phrasebook import phrasebook
from ..rewrite.rewordings import REWORDINGS
from ..rewrite.spans import removal_span, sentence_span
from .base import DEFAULT_LANGUAGES, KINDS, Rule, RuleDoc

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:
    from ..core.context import Context

PHRASE_KINDS = ("existence", "substitution", "pattern", "regex")
_REQUIRED = ("code", "name", "category", "severity", "kind", "message", "fix_title", "doc", "examples")
_OPTIONAL = ("phrases", "swap", "patterns", "regex", "replacement", "safe", "kinds", "languages", "unless", "no_suggestion_reason", "scope", "reword", "not_about_writer")
SCOPES = ("match", "sentence")
_KIND_KEY = {"existence": "phrases", "substitution": "swap", "pattern": "patterns", "regex": "regex"}


@dataclass
class PhraseRule(Rule):
    kind: str = "existence"
    phrases: tuple[str, ...] = ()
    swap: dict[str, str] = field(default_factory=dict)
    patterns: tuple[list[dict[str, Any]], ...] = ()
    regex: re.Pattern[str] | None = None
    replacement: str | dict[str, str] | None = None
    safe: bool = False
    unless: tuple[str, ...] = ()
    not_about_writer: bool = False
    scope: str = "match"
    reword: str = ""

    def check(self, ctx: "Context") -> Iterator[Finding]:
        for start, end, phrase in ctx.matches.get(self.code, ()):
            if self._cancelled(ctx, start, end):
                continue
            yield self.finding(start, end, ctx=ctx, suggestions=self._suggestions(ctx, start, end, phrase))

    def _suggestions(self, ctx: "Context", start: int, end: int, phrase: str) -> list[Suggestion]:
        if self.reword and ctx.language == "en":
            edit = REWORDINGS[self.reword](ctx, start, end)
            if edit is not None:
                return [self.suggest(*edit, safe=self.safe)]
        replacement = self.swap.get(phrase, self.replacement) if self.kind == "substitution" else self.replacement
        if isinstance(replacement, dict):
            replacement = replacement.get(ctx.kind)
        if replacement is None:
            return []
        title = self.fix_title
        if self.scope == "sentence":
            span = removal_span(ctx, start, end) if not replacement else sentence_span(ctx, start)
            if not replacement and span:
                whole = span == sentence_span(ctx, start) or ctx.draft.text[span[0] : span[1]].rstrip().endswith((".", "!", "?"))
                title = f"{self.fix_title} ({phrasebook()['deletion_note'][ctx.language]['sentence' if whole else 'words']})"
            start, end = span or (start, end)
        else:
            start, end, replacement = fit_replacement(ctx, start, end, ctx.match_case(start, replacement))
        return [self.suggest(start, end, replacement, safe=self.safe, title=title)]

    def _cancelled(self, ctx: "Context", start: int, end: int) -> bool:
        if self.not_about_writer and _about_writer(ctx, start, end):
            return True
        if not self.unless:
            return False
        window = ctx.draft.lintable[max(0, start - 40) : min(len(ctx.draft.text), end + 40)].lower()
        return any(u in window for u in self.unless)


#: Words that make a match about the reader, whatever the subject of the clause.
_SECOND_PERSON = frozenset(["you", "your", "yours", "yourself", "yourselves"])
#: How far up the parse to look for the clause that holds the match.
_MAX_CLIMB = 6
#: Verbs by which the writer reports or rates someone else ("I have rarely seen a candidate talk so much",
#: "I found your portfolio a mess"): with "I" as their subject, the words are still about that other person.
_REPORTING = frozenset(
    "see hear watch notice find meet interview consider call judge rate know remember say tell describe imagine "
    "picture believe think deem label regard view".split()
)


def _about_writer(ctx: "Context", start: int, end: int) -> bool:
    """Whether the words at ``start:end`` judge the writer: the nearest clause above them has "I" (or a
    subject owned by "my") as its subject, its verb is not one of reporting or rating someone else, and the
    words themselves do not name the reader. Without a parse (Swedish), nothing is."""
    if ctx.language != "en" or not ctx.doc.has_annotation("DEP"):
        return False
    tokens = [t for t in ctx.tokens if start <= t.idx < end and not t.is_space]
    if not tokens or any(t.lower_ in _SECOND_PERSON for t in tokens):
        return False
    node = next((t for t in tokens if t.head.i == t.i or not start <= t.head.idx < end), tokens[-1])
    for _ in range(_MAX_CLIMB):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if node.lemma_.lower() in _REPORTING:
                return False
            return subject.lower_ in ("i", "me", "myself") or any(c.dep_ == "poss" and c.lower_ == "my" for c in subject.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def load_phrase_rules(extra_files: tuple[str, ...] = ()) -> list[PhraseRule]:
    """All rules from the packaged TOML files (and any extra files), schema-checked."""
    rules: list[PhraseRule] = []
    where: dict[int, str] = {}
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
            rule = _parse_rule(table, f"{name}: rule {table.get('code', f'#{i + 1}')}")
            where[id(rule)] = name
            rules.append(rule)
    check_languages(rules, lambda r: where.get(id(r), "rules/checks"))
    return rules


def check_languages(rules: list[Rule], origin: Any) -> None:
    """Rules sharing a code are one concept: same name, category and severity, no language twice.
    ``origin(rule)`` names where a rule was defined, for the error."""
    seen: dict[str, list[Rule]] = {}
    for rule in rules:
        place = f"{origin(rule)}: rule {rule.code}"
        for other in seen.get(rule.code, []):
            for key in ("name", "category", "severity"):
                if getattr(rule, key) != getattr(other, key):
                    raise RuleDefinitionError(f"{place}: key {key!r} differs from the same code in {origin(other)}")
            shared = set(rule.languages) & set(other.languages)
            if shared:
                raise RuleDefinitionError(f"{place}: key 'languages': {sorted(shared)[0]!r} is already defined in {origin(other)}")
        seen.setdefault(rule.code, []).append(rule)


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
    languages = t.get("languages", list(DEFAULT_LANGUAGES))
    if not isinstance(languages, list) or not languages or set(languages) - set(LANGUAGES):
        raise RuleDefinitionError(f"{where}: key 'languages' must list some of {', '.join(LANGUAGES)}")
    regex = None
    if kind == "regex":
        try:
            regex = re.compile(t["regex"])
        except re.error as exc:
            raise RuleDefinitionError(f"{where}: key 'regex': {exc}") from None
    if "patterns" in t and kind not in ("pattern", "existence"):
        raise RuleDefinitionError(f"{where}: key 'patterns' belongs to kinds pattern and existence, not {kind!r}")
    patterns = tuple(t.get("patterns", ()))
    if "patterns" in t and (not patterns or not all(isinstance(p, list) and p for p in patterns)):
        raise RuleDefinitionError(f"{where}: key 'patterns' must be a list of non-empty token-pattern lists")
    for key, value in [("replacement", t.get("replacement", "")), *((f"swap {k!r}", v) for k, v in t.get("swap", {}).items())]:
        if not isinstance(value, str) and not (isinstance(value, dict) and value and set(value) <= set(kinds) and all(isinstance(v, str) for v in value.values())):
            raise RuleDefinitionError(f"{where}: key {key}: a replacement is a string or a table of strings by kind ({', '.join(kinds)})")
    if t.get("scope", "match") not in SCOPES:
        raise RuleDefinitionError(f"{where}: key 'scope' must be one of {', '.join(SCOPES)}")
    if t.get("reword", "") and t["reword"] not in REWORDINGS:
        raise RuleDefinitionError(f"{where}: key 'reword': {t['reword']!r} is not one of {', '.join(REWORDINGS)}")
    return PhraseRule(
        code=t["code"],
        name=t["name"],
        category=category,
        severity=severity,
        message=t["message"],
        fix_title=t["fix_title"],
        doc=RuleDoc(**doc),
        kinds=kinds,
        languages=tuple(languages),
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
        not_about_writer=bool(t.get("not_about_writer", False)),
        scope=t.get("scope", "match"),
        reword=t.get("reword", ""),
    )


class PhraseIndex:
    """All phrase rules compiled once into one PhraseMatcher and one GatedMatcher for a pipeline.

    ``extra`` maps a rule code to more phrases (the user's own lists from the configuration).
    """

    def __init__(self, nlp: Any, rules: list[PhraseRule], extra: dict[str, tuple[str, ...]] | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = GatedMatcher(nlp.vocab)
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
            if rule.patterns:
                key = rule.code
                self._key[nlp.vocab.strings.add(key)] = (rule.code, "")
                try:
                    self.matcher.add(key, [list(p) for p in rule.patterns])
                except (ValueError, KeyError) as exc:
                    raise RuleDefinitionError(f"rule {rule.code}: invalid token pattern ({exc})") from None
            if rule.regex is not None:
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
