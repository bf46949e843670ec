"""RD001 computes textstat's Flesch-Kincaid grade itself (counting each word's syllables once per
process): the number must stay textstat's."""

from __future__ import annotations

import pytest
import textstat

from feedback_lint.rules.checks.rd001_reading_grade import flesch_kincaid_grade

TEXTS = [
    "",
    "!!!",
    "Hi.",
    "12 34.",
    "Don't won't can't. 'Quoted' words-with-hyphens, e.g. this; i.e. that... OK?",
    "Årets bästa café: naïve résumé – “citat”!",
    "Notwithstanding the considerable organisational complexities inherent in our multidimensional "
    "evaluation framework, the committee's deliberations necessitated prioritising candidates.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_grade_is_textstats(text):
    assert flesch_kincaid_grade(text) == textstat.flesch_kincaid_grade(text)


def test_the_grade_is_textstats_on_the_corpus():
    from feedback_lint.evaluation.corpus import load_corpus

    texts = [d.text for d in load_corpus() if d.language == "en"]
    assert len(texts) > 100
    assert [flesch_kincaid_grade(t) for t in texts] == [textstat.flesch_kincaid_grade(t) for t in texts]
