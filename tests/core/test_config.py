from __future__ import annotations

import pytest

from feedback_lint.core.config import Config, load_config
from feedback_lint.core.errors import ConfigError
from feedback_lint.core.finding import Severity
from feedback_lint.core.linter import Linter
from feedback_lint.core.draft import Draft
from feedback_lint.rules import all_rules


def codes(rules):
    return {r.code for r in rules}


def test_defaults_select_every_rule():
    assert codes(Config().resolve(all_rules())) == codes(all_rules())


def test_select_and_ignore_by_code_prefix_name_and_category():
    config = Config.from_mapping({"select": ["CF", "vague-phrase"], "ignore": ["CF007", "sarcasm"]})
    chosen = codes(config.resolve(all_rules()))
    assert "SP001" in chosen and "CF002" in chosen
    assert "CF007" not in chosen and "CF006" not in chosen and "CN001" not in chosen
    by_category = codes(Config.from_mapping({"select": ["readability"]}).resolve(all_rules()))
    assert by_category == {"RD001", "RD002"}


def test_unknown_rule_code_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown rule code, prefix or name 'ZZ999'"):
        Config.from_mapping({"ignore": ["ZZ999"]}, source="x.toml").resolve(all_rules())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"fail-on": "loud"}, "fail-on"),
        ({"min-score": 101}, "min-score"),
        ({"severity": {"CF001": "fatal"}}, "severity.CF001"),
        ({"phrases": {"vague": [""]}}, "phrases.vague"),
        ({"max-size": -1}, "max-size"),
    ],
)
def test_bad_values_name_the_key(data, message):
    with pytest.raises(ConfigError, match=message):
        Config.from_mapping(data, source="cfg")


def test_severity_override_by_code_and_by_prefix():
    config = Config.from_mapping({"severity": {"CF": "info", "CF002": "warning"}})
    rules = {r.code: r for r in all_rules()}
    assert config.severity_for(rules["CF002"]) is Severity.WARNING
    assert config.severity_for(rules["CF003"]) is Severity.INFO
    assert config.severity_for(rules["SP001"]) is rules["SP001"].severity


def test_team_phrase_lists_extend_rules_without_code():
    config = Config.from_mapping({"phrases": {"never-send": ["per company policy"], "vague": ["not a match for us"]}})
    report = Linter(config).lint(Draft.from_text("Per company policy we cannot say more. You were not a match for us."), kind="feedback")
    found = {(f.code, report.draft.text[f.start:f.end]) for f in report.findings}
    assert ("TN003", "Per company policy") in found
    assert ("SP001", "not a match for us") in found
    plain = Linter().lint(Draft.from_text("Per company policy we cannot say more."), kind="feedback")
    assert "TN003" not in {f.code for f in plain.findings}


def test_discovery_walks_up_to_pyproject_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.feedback-lint]\nfail-on = "error"\nmin-score = 60\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    config = load_config(start=deep)
    assert config.fail_on is Severity.ERROR and config.min_score == 60


def test_pyproject_without_section_is_skipped_for_a_dotfile_above(tmp_path):
    (tmp_path / ".feedback-lint.toml").write_text('ignore = ["ST"]\n')
    inner = tmp_path / "proj"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert load_config(start=inner).ignore == ("ST",)


def test_invalid_toml_is_a_config_error(tmp_path):
    path = tmp_path / ".feedback-lint.toml"
    path.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(str(path))
