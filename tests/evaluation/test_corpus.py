"""The corpus loader keeps the fairness labels as offsets, and evaluate's fairness measures count what
they say."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from feedback_lint.core.errors import InputError
from feedback_lint.core.finding import Category, Finding, Severity
from feedback_lint.evaluation.corpus import load_corpus
from feedback_lint.evaluation.evaluate import Row, fairness_metrics

ROOT = Path(__file__).resolve().parents[2]


def test_fairness_spans_are_loaded_as_offsets_of_the_labelled_text():
    raw = {}
    for path in (ROOT / "corpus" / "drafts").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw[row["id"]] = row.get("fairness_spans", [])
    drafts = load_corpus(ROOT / "corpus")
    labelled = [d for d in drafts if raw[d.id]]
    assert labelled
    for d in labelled:
        assert [d.text[s:e] for s, e in d.fairness_spans] == raw[d.id]
    assert all(d.fairness_spans == () for d in drafts if not raw[d.id])


def _write(tmp_path, row):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")


def test_a_fairness_span_missing_from_the_text_names_the_file_and_line(tmp_path):
    _write(tmp_path, {"id": "x-1", "kind": "feedback", "language": "en", "format": "txt", "text": "Hi Sam, at your age.",
                      "specificity": 0, "constructiveness": 0, "confrontation": 0, "overall": 1,
                      "fairness": True, "fairness_spans": ["your accent"]})
    with pytest.raises(InputError, match=r"x\.jsonl:1: span 'your accent' is not in the text"):
        load_corpus(tmp_path)


def _row(fairness, spans, found):
    draft = SimpleNamespace(fairness=fairness, fairness_spans=spans)
    findings = [Finding("FA001", "protected-characteristic", Category.FAIRNESS, Severity.ERROR, "m", s, e) for s, e in found]
    findings.append(Finding("CF002", "demand", Category.CONFRONTATION, Severity.ERROR, "m", 0, 3))
    return Row(draft, SimpleNamespace(findings=findings))


def test_fairness_measures_count_drafts_and_spans():
    rows = [
        _row(True, ((10, 20),), [(12, 18)]),
        _row(True, ((10, 20), (30, 40)), []),
        _row(False, (), [(5, 9)]),
        _row(False, (), []),
        _row(False, (), []),
        _row(False, (), []),
    ]
    m = fairness_metrics(rows)
    assert m["fairness_drafts"] == 2 and m["fairness_recall"] == 0.5
    assert m["fairness_false_alarms"] == 1 and m["fairness_false_alarm_rate"] == 0.25
    assert m["fairness_span_precision"] == 0.5 and m["fairness_span_recall"] == pytest.approx(1 / 3)


def test_the_readme_states_the_size_of_each_split_as_the_corpus_has_it():
    """The README's "**train N** (E en, S sv)" figures are the corpus's, so adding drafts cannot leave them stale."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    drafts = load_corpus(ROOT / "corpus")
    for split in ("train", "dev", "test"):
        m = re.search(rf"\*\*{split} ([\d,]+)\*\* \(([\d,]+) en, ([\d,]+) sv\)", readme)
        assert m, f"README gives no size for the {split} split"
        stated = [int(g.replace(",", "")) for g in m.groups()]
        chosen = [d for d in drafts if d.split == split]
        assert stated == [len(chosen), sum(d.language == "en" for d in chosen), sum(d.language == "sv" for d in chosen)], split


def test_every_draft_id_names_its_shard():
    """Training keeps each shard in one fold, reading the shard from the id (``shard_of``): an id that did
    not name its file would put drafts written together in two folds."""
    from feedback_lint.evaluation.corpus import shard_of

    for path in sorted((ROOT / "corpus" / "drafts").glob("*.jsonl")):
        ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert ids and {shard_of(i) for i in ids} == {path.stem}, path.name


def test_training_keeps_each_shard_in_one_fold():
    from feedback_lint.evaluation.corpus import shard_of
    from feedback_lint.training.train import FOLDS, _folds

    ids = [f"{shard}-{n:03d}" for shard in ("fb-r20", "req-r20", "fair-r21", "sv-extra", "fine-r12", "req-good") for n in range(1, 40)]
    folds = _folds(ids)
    by_shard: dict[str, set[int]] = {}
    for i, fold in zip(ids, folds):
        by_shard.setdefault(shard_of(i), set()).add(fold)
    assert all(len(f) == 1 for f in by_shard.values())
    assert len(set(folds)) > 1 and set(folds) <= set(range(FOLDS))
