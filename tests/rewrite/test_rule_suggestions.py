"""Each judgement rule's suggestion does what it is for: once the rewrite has applied it, the rule no
longer fires on its own fail examples, and nothing outside the writer's words changed. CF020 deletes only
sentences confrontational on their own; what the rewrite leaves may still read so as a whole, and may
keep a CF020 finding that says so and offers no deletion."""

from __future__ import annotations

import pytest

from feedback_lint.core.draft import Draft
from feedback_lint.rewrite.engine import Rewriter
from feedback_lint.rules import all_rules
from feedback_lint.rules.checks.cf020_hostile_tone import HostileTone
from feedback_lint.scoring.confrontation import MODEL_RULE

JUDGEMENT = {"confrontation", "specificity", "constructiveness", "tone"}
CASES = [
    (r.code, kind, example)
    for r in all_rules() if r.category.value in JUDGEMENT and r.speaks("en")
    for kind in r.kinds for example in r.examples_fail
]


@pytest.fixture(scope="module")
def rewriter(linter):
    return Rewriter(linter=linter)


@pytest.mark.parametrize(("code", "kind", "example"), CASES, ids=[f"{c}-{k}-{i}" for i, (c, k, _) in enumerate(CASES)])
def test_the_rewrite_settles_what_the_rule_found(rewriter, code, kind, example):
    result = rewriter.rewrite(Draft.from_text(example), kind=kind, lang="en")
    assert code in {f.code for f in result.before.findings}
    left = [(f.code, result.text[f.start : f.end]) for f in result.after.findings
            if f.code == code and not (code == MODEL_RULE and f.message == HostileTone.WHOLE_MESSAGE and not f.suggestions)]
    assert not left, f"{code} still fires after the rewrite of {example!r}: {result.text!r}"
