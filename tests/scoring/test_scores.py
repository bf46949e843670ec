"""Scores: deterministic, good drafts well above poor ones of the same kind, and specificity that comes
from evidence rather than length."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

GOOD_REQUEST = (EXAMPLES / "request-good.txt").read_text(encoding="utf-8")
POOR_REQUEST = (EXAMPLES / "request-hostile.txt").read_text(encoding="utf-8")
GOOD_FEEDBACK = (EXAMPLES / "feedback-good.md").read_text(encoding="utf-8")
POOR_FEEDBACK = [(EXAMPLES / name).read_text(encoding="utf-8") for name in ("feedback-vague.txt", "feedback-harsh.txt")]


def test_scores_are_deterministic_integers_in_range(lint_text):
    first = lint_text(GOOD_FEEDBACK).scores.to_dict()
    second = lint_text(GOOD_FEEDBACK).scores.to_dict()
    assert first == second
    assert all(isinstance(v, int) and 0 <= v <= 100 for v in first.values())


def test_good_request_scores_well_above_a_hostile_one(lint_text):
    good, poor = lint_text(GOOD_REQUEST, "request").scores, lint_text(POOR_REQUEST, "request").scores
    assert good.overall >= 70 and good.overall - poor.overall >= 40
    assert good.tone > poor.tone and good.constructiveness > poor.constructiveness
    assert poor.confrontation >= 60 > 20 >= good.confrontation


@pytest.mark.parametrize("poor_text", POOR_FEEDBACK)
def test_good_feedback_scores_well_above_poor_feedback(lint_text, poor_text):
    good, poor = lint_text(GOOD_FEEDBACK, "feedback").scores, lint_text(poor_text, "feedback").scores
    assert good.overall >= 70 and good.overall - poor.overall >= 30


def test_vague_feedback_scores_low_on_specificity_and_specific_feedback_high(lint_text):
    assert lint_text(POOR_FEEDBACK[0], "feedback").scores.specificity <= 20
    assert lint_text(GOOD_FEEDBACK, "feedback").scores.specificity >= 60


def test_specificity_does_not_grow_with_length_alone(lint_text):
    vague = "Hi Sam,\nThank you for applying. We have decided to move forward with other applicants.\nBest,\nAnna"
    padded = vague.replace("applicants.", "applicants. " + "We thought about it for a long time and we hope you understand. " * 6)
    assert lint_text(padded, "feedback").scores.specificity <= lint_text(vague, "feedback").scores.specificity + 5


def test_one_concrete_sentence_raises_specificity(lint_text):
    vague = "Hi Sam,\nThank you for applying. We have decided to move forward with other applicants.\nBest,\nAnna"
    concrete = vague.replace(
        "applicants.", "applicants. In the Excel task your VLOOKUP returned 14 wrong prices because the range was not locked."
    )
    assert lint_text(concrete, "feedback").scores.specificity >= lint_text(vague, "feedback").scores.specificity + 25


def test_unfilled_placeholder_blocks_without_lowering_scores(lint_text):
    base = GOOD_FEEDBACK
    with_placeholder = base.replace("practising a full month-end close", "practising [a concrete next step]")
    a, b = lint_text(base, "feedback"), lint_text(with_placeholder, "feedback")
    assert b.verdict == "block" and "ST006" in {f.code for f in b.findings}
    assert b.scores.overall >= a.scores.overall - 3


#: (sentence inside a draft, names a concrete detail of the assessment?) Background (the role, the day,
#: the place) is full of names and numbers but says nothing about how the candidate did.
DETAIL_CASES = [
    ("Thank you for coming in on Thursday to talk about the assistant store manager job at our Kettering branch.", False),
    ("We have decided to move forward with other applicants.", False),
    ("Thanks again for your time and interest in the role.", False),
    ("In the Excel task your VLOOKUP returned 14 wrong prices because the range was not locked.", True),
    ("Your answer on the till-shortage scenario was strong: you went straight to the CCTV and the refund log.", True),
    ("Could you tell me how my answer to the capacity-planning question compared with what you were looking for?", True),
]


@pytest.mark.parametrize(("sentence", "detail"), DETAIL_CASES)
def test_the_detail_model_tells_a_detail_of_the_assessment_from_background(linter, sentence, detail):
    from feedback_lint.core.draft import Draft
    from feedback_lint.scoring.detail import sentence_details

    text = f"Hi Sam,\n\n{sentence}\n\nBest,\nAnna"
    ctx, _ = next(linter.analyse([Draft.from_text(text)], kind="request" if "my answer" in sentence else "feedback"))
    [p] = [p for s, p in zip(ctx.content_sentences, sentence_details(ctx)) if s.text.strip() == sentence]
    assert (p > 0.5) is detail, p


@pytest.mark.parametrize("text, next_step", [
    ("Hi Sam,\nYour budget answer was weak. If you can't attend on Friday, tell us.\nBest,\nAnna", False),
    ("Hi Sam,\nYour budget answer was weak. If you can, take the Level 3 course before re-applying.\nBest,\nAnna", True),
])
def test_the_constructiveness_model_reads_next_steps_as_cn001_does(text, next_step):
    """"If you can't attend" is no "if you can": the model's next-step feature blanks the same phrases CN001 does."""
    from feedback_lint.core.draft import Draft
    from feedback_lint.core.linter import Linter
    from feedback_lint.scoring.constructiveness import constructiveness_features

    ctx, findings = next(Linter().analyse([Draft.from_text(text)], kind="feedback", lang="en"))
    assert ("feedback:next_step_cues" in constructiveness_features(ctx, findings, 50)) is next_step
    assert any(f.code == "CN001" for f in findings) is not next_step


@pytest.mark.parametrize(("text", "language"), [
    ("Hi Sam,\n\nThanks for the interview! Honestly, why did you pick someone else?? Could you tell me what I got wrong "
     "in the SQL exercise? Your feedback was vague.\n\nBest,\nAna", "en"),
    ("Hej Anna,\n\nTack för intervjun i tisdags. Varför fick jag inte jobbet? Jag kräver en förklaring av "
     "kodtestet.\n\nMvh\nErik", "sv"),
])
def test_the_sentence_models_scored_together_give_each_models_own_prediction(linter, text, language):
    """The n-gram weights of the sentence models are looked up together (``ngram_sums``); each
    probability must be what the model gives the full feature row training fits it on."""
    from feedback_lint.core.draft import Draft
    from feedback_lint.scoring import confrontation, detail, vague
    from feedback_lint.scoring.model import load_model, with_ngrams
    from feedback_lint.scoring.politeness import sentence_politeness, sentence_strategies

    ctx, _ = next(linter.analyse([Draft.from_text(text)]))
    assert ctx.language == language
    checks = [
        ("confrontation", confrontation.sentence_confrontation, ctx.body_sentences, confrontation.sentence_features),
        ("vague", vague.sentence_vagueness, ctx.content_sentences, vague.sentence_features),
        ("detail", detail.sentence_details, ctx.content_sentences, detail.sentence_features),
    ]
    if language == "en":
        checks.append(("politeness", sentence_politeness, ctx.body_sentences,
                       lambda c, s: with_ngrams(c, s, sentence_strategies(c, s))))
    for name, probabilities, sentences, features in checks:
        model = load_model(name, language)
        expected = [model.predict(features(ctx, s)) for s in sentences]
        assert len(sentences) >= 3
        assert probabilities(ctx) == pytest.approx(expected, abs=1e-12), name


@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nWhy did you reject me?? I have 12 years of SQL and you picked a junior. Explain yourselves.\n\nAna",
    "Hej Anna,\n\nTack för intervjun. Vi valde en annan kandidat, men din presentation av caset var tydlig.\n\nMvh\nErik",
])
def test_the_draft_models_read_words_as_their_full_rows_say(linter, text):
    """The confrontation draft model and the kind model look words up as words (``words_decision``);
    their probabilities must be what they give the full rows training fits them on."""
    from feedback_lint.core.draft import Draft
    from feedback_lint.scoring import NOT_SCORED
    from feedback_lint.scoring.confrontation import draft_confrontation, draft_features
    from feedback_lint.scoring.kind import kind_features, request_probability
    from feedback_lint.scoring.model import load_model

    ctx, findings = next(linter.analyse([Draft.from_text(text)]))
    scored = [f for f in findings if f.code not in NOT_SCORED]
    ctx.cache.pop("confrontation_draft", None)
    row = draft_features(ctx, scored)
    assert sum(k.startswith("ng:") and " " in k for k in row) >= 10
    assert draft_confrontation(ctx, scored) == pytest.approx(load_model("confrontation_draft", ctx.language).predict(row), abs=1e-12)
    row = kind_features(ctx)
    assert sum(k.startswith("w:") for k in row) >= 10
    assert request_probability(ctx) == pytest.approx(load_model("kind", ctx.language).predict(row), abs=1e-12)
