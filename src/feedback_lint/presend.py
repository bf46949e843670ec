"""The pre-send check: one call that says whether a draft can go out, and why not.

For an applicant-tracking system, a mail client or any program that wants a yes/no before the send
button works. The policy (``fail-on``, ``min-score``, ``select``/``ignore``, phrase lists) is the same
configuration the command line reads.

>>> verdict = check_before_send("Why didn't I get the job? I DEMAND an explanation!!!", kind="request", policy=Config())
>>> verdict.decision
'block'
>>> verdict.can_send
False
>>> "CF002" in {f.code for f in verdict.reasons}
True
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .core.config import Config, load_config
from .core.draft import Draft
from .core.errors import InputError
from .core.finding import Finding, Severity

if TYPE_CHECKING:
    from .core.linter import Linter
    from .core.report import Report
    from .scoring import Scores

Decision = Literal["send", "review", "block"]
Policy = Config | Mapping[str, Any] | None

#: Configuration keys and the ``Config`` fields they set (``extend-select`` extends ``select``).
_FIELDS = {
    "select": "select",
    "extend-select": "select",
    "ignore": "ignore",
    "severity": "severity",
    "fail-on": "fail_on",
    "min-score": "min_score",
    "phrases": "phrases",
    "pipeline": "pipeline",
    "max-size": "max_size",
}
_LINTER_CACHE_SIZE = 8
_linters: dict[str, "Linter"] = {}


@dataclass(frozen=True)
class Verdict:
    """Whether a draft can be sent, the findings that decided it, its scores and the full report."""

    #: ``block``: an error; ``review``: a finding at or above the policy's ``fail-on``, or an overall
    #: score under ``min-score``; ``send``: neither. With the default ``fail-on`` (warning) this is
    #: ``report.verdict``.
    decision: Decision
    #: The findings that decided it: the errors for ``block``, the findings at or above ``fail-on``
    #: for ``review``, none for ``send`` (or when only the score decided).
    reasons: tuple[Finding, ...]
    scores: "Scores"
    report: "Report"

    @property
    def can_send(self) -> bool:
        return self.decision == "send"

    @property
    def below_min_score(self) -> bool:
        minimum = self.report.config.min_score
        return minimum is not None and self.scores.overall < minimum


def check_before_send(text: str, *, kind: str = "auto", lang: str = "auto", policy: Policy = None) -> Verdict:
    """Lint one draft (plain text, or a whole RFC 5322 message) and decide ``send``, ``review`` or ``block``.

    ``kind`` is ``"auto"``, ``"request"`` or ``"feedback"``; ``lang`` is ``"auto"`` (detect), ``"en"``
    or ``"sv"``. ``policy`` is a :class:`Config`, a mapping
    of configuration keys (``{"fail-on": "error", "min-score": 60, "ignore": ["ST"]}``) laid over the
    discovered configuration, or ``None`` for the discovered configuration itself (the nearest
    ``.feedback-lint.toml`` or ``pyproject.toml``, as for ``feedback-lint check``).

    Raises :class:`~feedback_lint.InputError` for an empty or oversized draft and
    :class:`~feedback_lint.ConfigError` for a bad policy.
    """
    config = policy_config(policy)
    if len(text.encode("utf-8")) > config.max_size:
        raise InputError(f"the draft is larger than max-size ({config.max_size} bytes)")
    if not text.strip():
        raise InputError("the draft is empty")
    report = linter_for(config).lint(Draft.from_text(text), kind=kind, lang=lang)
    return decide(report)


def decide(report: "Report") -> Verdict:
    """The verdict for a report, read through its configuration's ``fail-on``."""
    errors = tuple(f for f in report.findings if f.severity is Severity.ERROR)
    held = tuple(f for f in report.findings if f.severity.rank >= report.config.fail_on.rank)
    minimum = report.config.min_score
    if errors:
        return Verdict("block", errors, report.scores, report)
    if held or (minimum is not None and report.scores.overall < minimum):
        return Verdict("review", held, report.scores, report)
    return Verdict("send", (), report.scores, report)


def policy_config(policy: Policy, *, base: Config | None = None) -> Config:
    """The configuration a policy stands for: a ``Config`` as it is; a mapping of configuration keys
    laid over ``base`` (default: the discovered configuration); ``None``: ``base`` itself."""
    if isinstance(policy, Config):
        return policy
    if base is None:
        base = load_config()
    if not policy:
        return base
    if "extend-select" in policy and "select" not in policy:
        policy = {"select": list(base.select), **policy}
    override = Config.from_mapping(policy, source="policy")
    fields = {_FIELDS[key] for key in policy}
    return replace(base, source=f"{base.source} + policy", **{name: getattr(override, name) for name in fields})


def linter_for(config: "Config | Mapping[str, Any] | None") -> "Linter":
    """A linter for ``config``, reused across calls with an equal configuration (one model load).

    ``config`` is a :class:`Config`, a mapping of ``[tool.feedback-lint]`` keys, or None for the
    defaults (not the discovered configuration: see :func:`policy_config` for that)."""
    from .core.linter import Linter

    if config is None:
        config = Config()
    elif not isinstance(config, Config):
        config = Config.from_mapping(config, source="config")
    key = repr(config)
    linter = _linters.get(key)
    if linter is None:
        linter = Linter(config)
        if len(_linters) >= _LINTER_CACHE_SIZE:
            _linters.pop(next(iter(_linters)))
        _linters[key] = linter
    return linter
