"""The gated token matcher finds exactly what spaCy's Matcher finds, only without running the patterns
that cannot match a draft (and running the others only near the words they need)."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.matcher import Matcher

from feedback_lint.core.matcher import GatedMatcher


def both(vocab, patterns_by_key):
    single, gated = Matcher(vocab), GatedMatcher(vocab)
    for key, patterns in patterns_by_key.items():
        single.add(key, patterns)
        gated.add(key, patterns)
    return single, gated


def test_the_rules_patterns_find_what_spacy_finds_on_every_rule_example(linter):
    from feedback_lint.rules import PhraseRule, all_rules
    from feedback_lint.rules.fairness import fairness_data

    for language in ("en", "sv"):
        nlp = linter.nlp_for(language)
        rules = [r for r in all_rules() if r.speaks(language)]
        patterns = {r.code: [list(p) for p in r.patterns] for r in rules if isinstance(r, PhraseRule) and r.kind == "pattern"}
        patterns.update({f"fairness:{g}": p for g, p in fairness_data(language)["patterns"].items()})
        single, gated = both(nlp.vocab, patterns)
        texts = [t for r in rules for t in (*r.examples_fail, *r.examples_pass)]
        found = 0
        for doc in nlp.pipe(texts):
            expected = single(doc)
            assert sorted(gated(doc)) == sorted(expected), doc.text
            found += len(expected)
        assert found > 20


def test_random_patterns_with_every_operator_find_what_spacy_finds():
    nlp = spacy.blank("en")
    rng = random.Random(3)
    words = ["a", "b", "c", "7", "12", ",", "."]
    operators = [None, None, "?", "+", "*", "!", "{2}", "{1,3}", "{,2}", "{2,}", "{0,2}"]

    def token() -> dict:
        kind = rng.random()
        spec: dict = (
            {"LOWER": rng.choice(words)} if kind < 0.5
            else {"LOWER": {"IN": rng.sample(words, rng.randint(1, 3))}} if kind < 0.75
            else {"LIKE_NUM": True} if kind < 0.85
            else {"IS_PUNCT": rng.random() < 0.5} if kind < 0.92
            else {"LENGTH": rng.randint(1, 2)}
        )
        operator = rng.choice(operators)
        return {**spec, "OP": operator} if operator else spec

    matches = 0
    for _ in range(400):
        patterns = {key: [[token() for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(1, 2))] for key in ("K1", "K2")}
        try:
            single, gated = both(nlp.vocab, patterns)
        except ValueError:  # an operator spaCy rejects here, e.g. a pattern of only optional tokens
            continue
        for _ in range(3):
            doc = nlp(" ".join(rng.choice(words) for _ in range(rng.randint(0, 20))))
            expected, got = single(doc), gated(doc)
            assert sorted(got) == sorted(expected) and len(got) == len(set(got)), (patterns, doc.text)
            matches += len(expected)
    assert matches > 1000


def test_a_pattern_that_reads_lemmas_still_fails_on_a_doc_without_them():
    nlp = spacy.blank("en")
    single, gated = both(nlp.vocab, {"K": [[{"LEMMA": "be"}, {"LOWER": "late"}]]})
    doc = nlp("you are late")
    with pytest.raises(ValueError, match="E155"):
        single(doc)
    with pytest.raises(ValueError, match="E155"):
        gated(doc)
