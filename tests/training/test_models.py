"""Trained scorers: stored as data, reproducible from the repository, and measured by ``evaluate``."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from feedback_lint.evaluation.corpus import load_corpus
from feedback_lint.scoring.model import LinearModel, ModelError, load_model, model_file, use_model_dir
from feedback_lint.training.train import LANGUAGE_MODELS

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
PACKAGED = Path(str(resources.files("feedback_lint") / "models"))


MODELS = [(language, name) for language, names in LANGUAGE_MODELS.items() for name in names]


@pytest.mark.parametrize(("language", "name"), MODELS)
def test_every_model_is_plain_json_with_a_card(language, name):
    path = PACKAGED / model_file(name, language)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == name and len(data["features"]) == len(data["coef"])
    card = path.with_suffix(".md").read_text(encoding="utf-8")
    for heading in ("## Data and licences", "## Features", "## Metrics", "## Reproduce"):
        assert heading in card
    assert not list(PACKAGED.rglob("*.pkl")) and not list(PACKAGED.rglob("*.joblib"))


def test_a_malformed_model_file_is_refused(tmp_path):
    (tmp_path / "kind.json").write_text('{"name": "kind", "type": "eval", "features": [], "coef": []}')
    use_model_dir(tmp_path)
    try:
        with pytest.raises(ModelError, match="malformed"):
            load_model("kind")
    finally:
        use_model_dir(None)


def test_linear_model_round_trips_through_json():
    m = LinearModel(name="x", type="logistic", features=("a", "b"), coef=(1.5, -2.0), intercept=0.25)
    again = LinearModel.from_json(m.to_json())
    assert again.predict({"a": 1.0}) == pytest.approx(m.predict({"a": 1.0}))
    assert 0.5 < m.predict({"a": 1.0}) < 1 and m.predict({"b": 1.0}) < 0.5


@pytest.mark.skipif(not DATASETS.is_dir(), reason="../shared/datasets is not present on this machine")
def test_train_reproduces_the_committed_models_byte_for_byte(tmp_path):
    from feedback_lint.training.train import train

    train(corpus_dir=ROOT / "corpus", datasets_dir=DATASETS, out_dir=tmp_path, log=lambda line: None)
    for language, name in MODELS:
        for suffix in (".json", ".md"):
            file = model_file(name, language).replace(".json", suffix)
            built = (tmp_path / file).read_text(encoding="utf-8")
            assert built == (PACKAGED / file).read_text(encoding="utf-8"), f"{file} differs: run feedback-lint train"


def test_evaluate_reports_every_measure_per_kind_and_language():
    from feedback_lint.evaluation.evaluate import evaluate

    lines: list[str] = []
    results = evaluate("dev", corpus_dir=ROOT / "corpus", log=lines.append)
    assert {"all", "kind=request", "kind=feedback", "language=en", "language=sv"} <= set(results)
    for key in ("spearman_overall", "spearman_specificity", "spearman_constructiveness", "detection_recall",
                "false_alarm_rate", "confrontational_span_precision", "vague_span_recall", "kind_accuracy", "warnings_on_fine",
                "language_accuracy", "fairness_recall", "fairness_false_alarms", "fairness_false_alarm_rate",
                "fairness_span_precision", "fairness_span_recall"):
        assert key in results["all"] and key in results["language=sv"]
    assert results["language=sv"]["drafts"] == sum(1 for d in load_corpus(ROOT / "corpus", splits=("dev",)) if d.language == "sv")
    assert any(line.startswith("targets (language=sv):") and "fairness_recall" in line for line in lines)
    assert "in-sample" in lines[0]
    assert any(line.startswith("largest word-3-gram Jaccard similarity") for line in lines)
