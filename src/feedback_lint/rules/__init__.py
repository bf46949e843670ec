"""All rules: phrase rules from ``rules/phrases/*.toml`` and code rules from ``rules/checks/``."""

from __future__ import annotations

from functools import lru_cache

from .base import CheckRule, Rule, RuleDoc, register, registered_checks
from .phrase import PhraseIndex, PhraseRule, check_languages, load_phrase_rules

__all__ = ["Rule", "RuleDoc", "CheckRule", "PhraseRule", "PhraseIndex", "all_rules", "register", "get_rule", "rule_variants"]


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by code and then language (English first). A code names one concept in every
    language: rules sharing a code share name, category and severity and speak different languages;
    two codes never share a name (checked here)."""
    from . import checks  # noqa: F401  (registers the code rules)

    rules: list[Rule] = [*load_phrase_rules(), *(cls() for cls in registered_checks())]
    check_languages(rules, lambda r: type(r).__module__ if not isinstance(r, PhraseRule) else "rules/phrases")
    codes_by_name: dict[str, str] = {}
    for rule in rules:
        if codes_by_name.setdefault(rule.name, rule.code) != rule.code:
            raise RuntimeError(f"duplicate rule name: {rule.name} ({rule.code}, {codes_by_name[rule.name]})")
    return tuple(sorted(rules, key=lambda r: (r.code, r.languages != ("en",), r.languages)))


def rule_variants(code_or_name: str) -> list[Rule]:
    """Every language's rule for a code or name (English first); empty when there is none."""
    key = code_or_name.strip()
    return [r for r in all_rules() if r.code == key.upper() or r.name == key.lower()]


def get_rule(code_or_name: str, language: str = "en") -> Rule | None:
    """The rule for a code or name in ``language``, or in any language when it has none there."""
    variants = rule_variants(code_or_name)
    return next((r for r in variants if r.speaks(language)), variants[0] if variants else None)
