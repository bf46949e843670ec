"""Phrase rules are data: a malformed rule file is refused with an error naming the file, rule and key."""

from __future__ import annotations

import pytest

from feedback_lint.core.errors import RuleDefinitionError
from feedback_lint.rules.phrase import load_phrase_rules

GOOD = """
[[rule]]
code = "XX001"
name = "team-phrase"
category = "tone"
severity = "warning"
kind = "existence"
message = "m"
fix_title = "f"
phrases = ["per our policy"]
[rule.doc]
what = "w"
why = "y"
example = "e"
instead = "i"
[rule.examples]
fail = ["Per our policy, no."]
pass = ["Thanks."]
"""


def write(tmp_path, text):
    path = tmp_path / "team.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_extra_rule_file_loads(tmp_path):
    rules = load_phrase_rules((write(tmp_path, GOOD),))
    assert "XX001" in {r.code for r in rules}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("kind = \"existence\"", "kind = \"fuzzy\""), "kind 'fuzzy' is not one of"),
        (("severity = \"warning\"", "severity = \"loud\""), "key 'severity'"),
        (("category = \"tone\"", "category = \"mood\""), "key 'category'"),
        (("message = \"m\"\n", "message = \"m\"\ncolour = \"red\"\n"), "unknown key 'colour'"),
        (("phrases = [\"per our policy\"]\n", ""), "needs key 'phrases'"),
        (("fail = [\"Per our policy, no.\"]\n", ""), "'examples' needs non-empty 'fail' and 'pass'"),
        (("code = \"XX001\"\n", "code = \"XX001\"\nkind = \"existence\"\n"), "invalid TOML"),
    ],
)
def test_schema_errors_name_the_file_rule_and_key(tmp_path, change, expected):
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(RuleDefinitionError) as info:
        load_phrase_rules((path,))
    message = str(info.value)
    assert expected in message
    assert path in message
