"""``check_before_send``: the verdict, the findings that decided it, and the policy from the configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

import feedback_lint
from feedback_lint import Config, ConfigError, InputError, Verdict, check_before_send

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SHOUTING = "Thank you for the interview on Tuesday!!!"
HOSTILE = "Why didn't I get the job?? I DEMAND an explanation!!!"


def test_exported_from_the_package():
    assert {"check_before_send", "Verdict"} <= set(feedback_lint.__all__)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_default_policy_decision_is_the_report_verdict(name):
    verdict = check_before_send((EXAMPLES / name).read_text(encoding="utf-8"), policy=Config())
    assert isinstance(verdict, Verdict)
    assert verdict.decision == verdict.report.verdict
    assert verdict.scores == verdict.report.scores
    assert verdict.can_send == (verdict.decision == "send")


def test_block_is_decided_by_the_errors():
    verdict = check_before_send(HOSTILE, kind="request", policy=Config())
    assert verdict.decision == "block"
    assert verdict.reasons and all(f.severity.value == "error" for f in verdict.reasons)
    assert {f.code for f in verdict.reasons} == {f.code for f in verdict.report.findings if f.severity.value == "error"}


def test_fail_on_decides_which_findings_hold_a_draft_back():
    # The severity is set, so the warning stands whatever the draft model makes of the draft.
    only_punctuation = {"select": ["CF008"], "severity": {"CF008": "warning"}}
    review = check_before_send(SHOUTING, policy=Config.from_mapping(only_punctuation))
    assert review.decision == "review" and [f.code for f in review.reasons] == ["CF008"]
    relaxed = check_before_send(SHOUTING, policy=Config.from_mapping({**only_punctuation, "fail-on": "error"}))
    assert relaxed.decision == "send" and relaxed.reasons == ()
    assert relaxed.report.verdict == "review"  # the JSON verdict itself is unchanged


def test_fail_on_info_holds_back_info_findings_too():
    policy = Config.from_mapping({"select": ["CF008"], "severity": {"CF008": "info"}, "fail-on": "info"})
    verdict = check_before_send(SHOUTING, policy=policy)
    assert verdict.decision == "review" and [f.severity.value for f in verdict.reasons] == ["info"]
    assert check_before_send(SHOUTING, policy=policy.with_overrides(fail_on=feedback_lint.Severity.WARNING)).decision == "send"


def test_min_score_alone_gives_review_without_findings():
    verdict = check_before_send(SHOUTING, policy=Config.from_mapping({"select": ["CF004"], "min-score": 100}))
    assert verdict.report.findings == []
    assert verdict.decision == "review" and verdict.reasons == () and verdict.below_min_score


def test_no_policy_means_the_discovered_configuration(tmp_path, monkeypatch):
    (tmp_path / ".feedback-lint.toml").write_text('select = ["CF008"]\nfail-on = "error"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    verdict = check_before_send(SHOUTING)
    assert [f.code for f in verdict.report.findings] == ["CF008"]
    assert verdict.decision == "send"


def test_a_policy_mapping_is_laid_over_the_discovered_configuration(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.feedback-lint]\nselect = ["CF008", "CF007"]\nignore = ["CF007"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert check_before_send(HOSTILE, policy={"fail-on": "error"}).decision == "send"
    assert {f.code for f in check_before_send(HOSTILE, policy={"fail-on": "error"}).report.findings} == {"CF008"}
    extended = check_before_send(HOSTILE, policy={"extend-select": ["CF002"]}).report.findings
    assert {f.code for f in extended} == {"CF008", "CF002"}


def test_bad_input_and_bad_policy_are_user_errors():
    with pytest.raises(InputError, match="empty"):
        check_before_send("  \n", policy=Config())
    with pytest.raises(InputError, match="max-size"):
        check_before_send("I demand an explanation. " * 100, policy=Config.from_mapping({"max-size": 1000}))
    with pytest.raises(ConfigError, match="colour"):
        check_before_send(HOSTILE, policy={"colour": "red"})
    with pytest.raises(ConfigError, match="ZZ999"):
        check_before_send(HOSTILE, policy={"ignore": ["ZZ999"]})
    with pytest.raises(ConfigError, match="kind"):
        check_before_send(HOSTILE, kind="memo", policy=Config())


def test_language_is_detected_or_given():
    swedish = "Hej Anna, varför fick jag inte jobbet?? Jag kräver en förklaring!!!"
    assert check_before_send(swedish, policy=Config()).report.language == "sv"
    assert check_before_send(swedish, lang="en", policy=Config()).report.language == "en"
    with pytest.raises(ConfigError, match="language"):
        check_before_send(swedish, lang="de", policy=Config())


def test_lint_and_rewrite_reuse_one_linter_per_configuration(monkeypatch):
    from feedback_lint.core.linter import Linter

    built = []
    original = Linter.__init__

    def counting(self, *args, **kwargs):
        built.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(Linter, "__init__", counting)
    monkeypatch.setattr(feedback_lint.presend, "_linters", {})
    for _ in range(3):
        feedback_lint.lint("Thanks for the interview. Could you share any feedback?")
        feedback_lint.lint("Thanks for the interview.", config={"ignore": ["ST"]})
        feedback_lint.rewrite("Why didn't I get the job??", kind="request")
        feedback_lint.rewrite("Why didn't I get the job??", config=Config.from_mapping({"ignore": ["ST"]}))
    assert len(built) == 2
