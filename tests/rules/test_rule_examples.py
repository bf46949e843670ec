"""Every rule's own examples: each 'fail' example must fire the rule, each 'pass' example must not,
linted in each language the rule speaks (a Swedish rule's examples as Swedish drafts).

The examples live with the rule (TOML table or class attributes) and double as its documentation.
"""

from __future__ import annotations

import pytest

from feedback_lint.rules import all_rules

CASES_FAIL = [(r.code, lang, kind, ex) for r in all_rules() for ex in r.examples_fail for kind in r.kinds for lang in r.languages]
CASES_PASS = [(r.code, lang, kind, ex) for r in all_rules() for ex in r.examples_pass for kind in r.kinds for lang in r.languages]


@pytest.mark.parametrize(("code", "lang", "kind", "example"), CASES_FAIL, ids=[f"{c}-{l}-{k}-{i}" for i, (c, l, k, _) in enumerate(CASES_FAIL)])
def test_rule_fires_on_its_fail_examples(lint_text, code, lang, kind, example):
    codes = [f.code for f in lint_text(example, kind=kind, lang=lang).findings]
    assert code in codes, f"{code} did not fire on {example!r} ({lang}, {kind}); got {codes}"


@pytest.mark.parametrize(("code", "lang", "kind", "example"), CASES_PASS, ids=[f"{c}-{l}-{k}-{i}" for i, (c, l, k, _) in enumerate(CASES_PASS)])
def test_rule_stays_quiet_on_its_pass_examples(lint_text, code, lang, kind, example):
    found = [(f.code, example[f.start:f.end]) for f in lint_text(example, kind=kind, lang=lang).findings if f.code == code]
    assert not found, f"{code} fired on {example!r} ({lang}, {kind}): {found}"


def test_every_rule_has_examples_both_ways_and_a_full_doc():
    for rule in all_rules():
        assert rule.examples_fail and rule.examples_pass, rule.code
        for part in (rule.doc.what, rule.doc.why, rule.doc.example, rule.doc.instead):
            assert part.strip(), rule.code
        assert rule.message and rule.fix_title and rule.message != rule.fix_title, rule.code


def test_codes_and_names_are_unique_per_language_and_well_formed():
    rules = all_rules()
    pairs = [(r.code, lang) for r in rules for lang in r.languages]
    assert len(set(pairs)) == len(pairs)
    assert len({r.code for r in rules}) == len({r.name for r in rules}) == len({(r.code, r.name) for r in rules})
    for r in rules:
        assert r.code[:2] in {"CF", "SP", "CN", "TN", "ST", "RD", "FA"} and r.code[2:].isdigit(), r.code
        assert r.name == r.name.lower() and " " not in r.name, r.name


def test_a_code_means_the_same_in_every_language():
    by_code = {}
    for r in all_rules():
        by_code.setdefault(r.code, []).append(r)
    for code, variants in by_code.items():
        assert len({(r.name, r.category, r.severity) for r in variants}) == 1, code


JUDGEMENT = {"confrontation", "specificity", "constructiveness", "tone", "fairness"}


@pytest.mark.parametrize("rule", [r for r in all_rules() if r.category.value in JUDGEMENT], ids=lambda r: f"{r.code}-{'-'.join(r.languages)}")
def test_judgement_findings_carry_a_suggestion_or_the_doc_says_why_not(lint_text, rule):
    if rule.no_suggestion_reason:
        return
    for lang in rule.languages:
        for kind in rule.kinds:
            for example in rule.examples_fail:
                findings = [f for f in lint_text(example, kind=kind, lang=lang).findings if f.code == rule.code]
                assert findings and all(f.suggestions for f in findings), (rule.code, lang, example)
