"""Configuration: ``[tool.feedback-lint]`` in ``pyproject.toml`` or a ``.feedback-lint.toml``.

Found by walking up from the current directory (the nearest file that has feedback-lint settings
wins), or given with ``--config``. Every key is checked; a mistake is one clear line naming the file
and the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .draft import DEFAULT_MAX_BYTES
from .errors import ConfigError
from .finding import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:
    from ..rules.base import Rule

CONFIG_FILES = (".feedback-lint.toml", "feedback-lint.toml", "pyproject.toml")

#: ``phrases`` keys a team can fill without writing code, and the rule each extends.
PHRASE_LISTS = {"never-send": "TN003", "vague": "SP001"}


@dataclass(frozen=True)
class Config:
    """Settings for one run. Build with :meth:`from_mapping` or :func:`load_config`."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    min_score: int | None = None
    #: Extra phrases per rule code (the user's own lists).
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    pipeline: str | None = None
    max_size: int = DEFAULT_MAX_BYTES
    source: str = "defaults"

    KEYS = ("select", "ignore", "extend-select", "severity", "fail-on", "min-score", "phrases", "pipeline", "max-size")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "config") -> "Config":
        for key in data:
            if key not in cls.KEYS:
                raise ConfigError(f"{source}: unknown key {key!r} (known: {', '.join(cls.KEYS)})")
        kwargs: dict[str, Any] = {"source": source}
        if "select" in data:
            kwargs["select"] = _str_list(data["select"], "select", source)
        if "extend-select" in data:
            kwargs["select"] = tuple(kwargs.get("select", ("ALL",))) + _str_list(data["extend-select"], "extend-select", source)
        if "ignore" in data:
            kwargs["ignore"] = _str_list(data["ignore"], "ignore", source)
        if "severity" in data:
            if not isinstance(data["severity"], Mapping):
                raise ConfigError(f"{source}: 'severity' must be a table of rule = \"error|warning|info\"")
            sev: dict[str, Severity] = {}
            for rule, value in data["severity"].items():
                try:
                    sev[str(rule)] = Severity.parse(str(value))
                except ValueError as exc:
                    raise ConfigError(f"{source}: severity.{rule}: {exc}") from None
            kwargs["severity"] = sev
        if "fail-on" in data:
            try:
                kwargs["fail_on"] = Severity.parse(str(data["fail-on"]))
            except ValueError as exc:
                raise ConfigError(f"{source}: fail-on: {exc}") from None
        if "min-score" in data:
            kwargs["min_score"] = _score(data["min-score"], source)
        if "phrases" in data:
            table = data["phrases"]
            if not isinstance(table, Mapping):
                raise ConfigError(f"{source}: 'phrases' must be a table, e.g. never-send = [\"…\"]")
            phrases: dict[str, tuple[str, ...]] = {}
            for key, values in table.items():
                code = PHRASE_LISTS.get(key, key)
                phrases[code] = phrases.get(code, ()) + _str_list(values, f"phrases.{key}", source)
            kwargs["phrases"] = phrases
        if "pipeline" in data:
            if not isinstance(data["pipeline"], str) or not data["pipeline"]:
                raise ConfigError(f"{source}: 'pipeline' must be the name of an installed spaCy pipeline")
            kwargs["pipeline"] = data["pipeline"]
        if "max-size" in data:
            value = data["max-size"]
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{source}: 'max-size' must be a positive number of bytes")
            kwargs["max_size"] = value
        return cls(**kwargs)

    def with_overrides(self, **changes: Any) -> "Config":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    # ------------------------------------------------------------------ rule selection
    def resolve(self, rules: Iterable["Rule"]) -> list["Rule"]:
        """The rules switched on by ``select``/``ignore`` (codes, code prefixes or rule names)."""
        rules = list(rules)
        for selector in (*self.select, *self.ignore, *self.severity, *self.phrases):
            if not any(_selects(selector, r) for r in rules):
                raise ConfigError(f"{self.source}: unknown rule code, prefix or name {selector!r} (see 'feedback-lint rules')")
        chosen = [r for r in rules if any(_selects(s, r) for s in self.select)]
        return [r for r in chosen if not any(_selects(s, r) for s in self.ignore)]

    def sets_severity(self, rule: "Rule") -> bool:
        """Whether the user chose this rule's severity (its findings are then not weighed against a model)."""
        return any(_selects(s, rule) for s in self.severity)

    def severity_for(self, rule: "Rule") -> Severity:
        best: tuple[int, Severity] | None = None
        for selector, sev in self.severity.items():
            if _selects(selector, rule):
                specificity = len(selector) if selector != rule.name else 100
                if best is None or specificity > best[0]:
                    best = (specificity, sev)
        return best[1] if best else rule.severity


def _selects(selector: str, rule: "Rule") -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or rule.code.startswith(s.upper()) or s.lower() == rule.name or s.lower() == rule.category.value


def _str_list(value: Any, key: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{source}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _score(value: Any, source: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ConfigError(f"{source}: 'min-score' must be a whole number from 0 to 100")
    return value


def load_config(path: str | None = None, *, start: Path | None = None) -> Config:
    """Read the configuration from ``path`` or the nearest config file above ``start`` (default: cwd)."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{path}: configuration file not found")
        return _from_file(p, required=True) or Config(source=str(p))
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                config = _from_file(candidate, required=False)
                if config is not None:
                    return config
    return Config()


def _from_file(path: Path, *, required: bool) -> Config | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("feedback-lint")
        if section is None:
            return Config(source=str(path)) if required else None
        return Config.from_mapping(section, source=f"{path} [tool.feedback-lint]")
    return Config.from_mapping(data, source=str(path))
