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


def test_an_existence_rule_matches_its_phrases_and_its_patterns_alike(tmp_path):
    from feedback_lint.core.nlp import load_pipeline
    from feedback_lint.rules.phrase import PhraseIndex

    family = 'patterns = [[{LOWER = {IN = ["as", "per"]}}, {LOWER = {IN = ["our", "company"]}}, {LOWER = "rules"}]]\n'
    rules = [r for r in load_phrase_rules((write(tmp_path, GOOD.replace("[rule.doc]", family + "[rule.doc]")),)) if r.code == "XX001"]
    nlp = load_pipeline()
    index = PhraseIndex(nlp, rules)
    text = "Per our policy, no. As company rules say, no. As our guidelines say, no."
    found = [text[s:e] for s, e, _ in index.find(nlp(text), text).get("XX001", [])]
    assert found == ["Per our policy", "As company rules"]


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
        (("kind = \"existence\"\n", "kind = \"existence\"\nlanguages = [\"de\"]\n"), "key 'languages' must list some of en, sv"),
        (("kind = \"existence\"\n", "kind = \"existence\"\nlanguages = []\n"), "key 'languages'"),
        (("phrases = [\"per our policy\"]\n", "phrases = [\"per our policy\"]\npatterns = []\n"), "key 'patterns' must be a list of non-empty"),
        (("kind = \"existence\"\nmessage", "kind = \"regex\"\nregex = \"!!\"\npatterns = [[{LOWER = \"a\"}]]\nmessage"), "key 'patterns' belongs to kinds pattern and existence"),
    ],
)
def test_schema_errors_name_the_file_rule_and_key(tmp_path, change, expected):
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(RuleDefinitionError) as info:
        load_phrase_rules((path,))
    message = str(info.value)
    assert expected in message
    assert path in message


def test_a_rule_in_another_language_shares_the_code_and_name(tmp_path):
    swedish = GOOD.replace('kind = "existence"', 'kind = "existence"\nlanguages = ["sv"]').replace("per our policy", "enligt vår policy")
    path = write(tmp_path, GOOD + swedish)
    rules = [r for r in load_phrase_rules((path,)) if r.code == "XX001"]
    assert sorted(r.languages for r in rules) == [("en",), ("sv",)]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("", ""), "key 'languages': 'en' is already defined in"),
        (('name = "team-phrase"', 'name = "team-phrase-sv"'), "key 'name' differs from the same code in"),
        (('severity = "warning"', 'severity = "error"'), "key 'severity' differs from the same code in"),
    ],
)
def test_two_tables_for_one_code_must_agree_and_not_share_a_language(tmp_path, change, expected):
    second = tmp_path / "second.toml"
    second.write_text(GOOD.replace(*change), encoding="utf-8")
    first = write(tmp_path, GOOD)
    with pytest.raises(RuleDefinitionError) as info:
        load_phrase_rules((first, str(second)))
    message = str(info.value)
    assert expected in message and "XX001" in message
    assert str(second) in message and first in message
