"""All rules: phrase rules from ``rules/phrases/*.toml`` and code rules from ``rules/checks/``."""

from __future__ import annotations

from functools import lru_cache

from .base import CheckRule, Rule, RuleDoc, register, registered_checks
from .phrase import PhraseIndex, PhraseRule, load_phrase_rules

__all__ = ["Rule", "RuleDoc", "CheckRule", "PhraseRule", "PhraseIndex", "all_rules", "register", "get_rule"]


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by code. Codes are unique (checked here)."""
    from . import checks  # noqa: F401  (registers the code rules)

    rules: list[Rule] = [*load_phrase_rules(), *(cls() for cls in registered_checks())]
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.code in seen or any(r.name == rule.name for r in seen.values()):
            raise RuntimeError(f"duplicate rule code or name: {rule.code} {rule.name}")
        seen[rule.code] = rule
    return tuple(sorted(rules, key=lambda r: r.code))


def get_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    for rule in all_rules():
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None
