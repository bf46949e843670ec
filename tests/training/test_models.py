"""Trained scorers: stored as data, reproducible from the repository, and measured by ``evaluate``."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from feedback_lint.scoring.model import LinearModel, ModelError, load_model, use_model_dir
from feedback_lint.training.train import MODEL_NAMES

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
PACKAGED = Path(str(resources.files("feedback_lint") / "models"))


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_model_is_plain_json_with_a_card(name):
    data = json.loads((PACKAGED / f"{name}.json").read_text(encoding="utf-8"))
    assert data["name"] == name and len(data["features"]) == len(data["coef"])
    card = (PACKAGED / f"{name}.md").read_text(encoding="utf-8")
    for heading in ("## Data and licences", "## Features", "## Metrics", "## Reproduce"):
        assert heading in card
    assert not list(PACKAGED.glob("*.pkl")) and not list(PACKAGED.glob("*.joblib"))


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
    for name in MODEL_NAMES:
        for suffix in (".json", ".md"):
            built = (tmp_path / f"{name}{suffix}").read_text(encoding="utf-8")
            assert built == (PACKAGED / f"{name}{suffix}").read_text(encoding="utf-8"), f"{name}{suffix} differs: run feedback-lint train"


def test_evaluate_reports_every_measure_per_kind_and_language():
    from feedback_lint.evaluation.evaluate import evaluate

    lines: list[str] = []
    results = evaluate("dev", corpus_dir=ROOT / "corpus", log=lines.append)
    assert {"all", "kind=request", "kind=feedback", "language=en"} <= set(results)
    for key in ("spearman_overall", "spearman_specificity", "spearman_constructiveness", "detection_recall",
                "false_alarm_rate", "confrontational_span_precision", "vague_span_recall", "kind_accuracy", "warnings_on_fine"):
        assert key in results["all"]
    assert "in-sample" in lines[0]
    assert any(line.startswith("largest word-3-gram Jaccard similarity") for line in lines)
