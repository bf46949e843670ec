"""How the linter does on a batch of drafts by new writers, before any rule is written for them.

Run from the repository root:  python benchmarks/new_writers.py DIR [--models MODELS] [--list]

DIR is a corpus directory (``DIR/drafts/*.jsonl``) holding only the new batch's shards. Only their
train and dev drafts are read: the test split stays unread. Prints, per language, the counts behind
``feedback-lint evaluate``'s figures over train and dev together: confrontation detection and false
alarms (and how many of those only the trained model's CF020 raised), warnings on the clearly fine
drafts, and fairness drafts found, with the same definitions (``feedback_lint.evaluation.evaluate.metrics``).

To measure the rules and models of an earlier commit, as the README's table does, run this script with
``PYTHONPATH`` pointing at the ``src`` folder of a checkout of that commit.

``--list`` also prints the drafts behind the counts, one JSON line each under a ``## name: count``
heading: confrontational drafts not detected (with their labelled spans and the confrontation findings
they did get), confrontation-free drafts flagged, clearly fine drafts with a warning or error, fairness
drafts missed and fairness findings on drafts without a reference. Run on ``corpus`` itself, it lists
the linter's mistakes on every train and dev draft: where a round of rule work starts, and in sample,
so not a measure of how the rules carry over.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import json

from feedback_lint.core.draft import Draft
from feedback_lint.core.finding import Category, Finding, Severity
from feedback_lint.core.linter import Linter
from feedback_lint.evaluation.corpus import load_corpus
from feedback_lint.evaluation.evaluate import Row, detected, metrics


def _model_only(row: Row) -> bool:
    """A confrontation-free draft flagged only by the trained model's rule (CF020), no phrase rule."""
    codes = {f.code for f in row.report.findings
             if f.category is Category.CONFRONTATION and f.severity.rank >= Severity.WARNING.rank}
    return codes == {"CF020"}


def _shown(row: Row, which: list[Finding]) -> list[str]:
    return [f"{f.code}/{f.severity.value} {row.draft.text[f.start:f.end][:90]!r}" for f in which]


def list_mistakes(rows: list[Row]) -> None:
    """Print the drafts behind each count (see the module docstring)."""
    out: dict[str, list[dict[str, object]]] = {
        "missed_confrontation": [], "false_alarm": [], "warn_on_fine": [], "missed_fairness": [], "false_fairness": []}
    for row in rows:
        d, findings = row.draft, row.report.findings
        base = {"id": d.id, "lang": d.language, "kind": d.kind}
        warned = [f for f in findings if f.severity.rank >= Severity.WARNING.rank]
        hostile = [f for f in findings if f.category is Category.CONFRONTATION]
        fair = [f for f in findings if f.category is Category.FAIRNESS]
        if d.confrontation >= 1 and not detected(findings):
            out["missed_confrontation"].append({**base, "conf": d.confrontation, "spans": [d.text[a:b] for a, b in d.confrontational_spans],
                                                "cf_findings": _shown(row, hostile)})
        if d.confrontation == 0 and detected(findings):
            out["false_alarm"].append({**base, "findings": _shown(row, [f for f in hostile if f.severity.rank >= Severity.WARNING.rank])})
        if d.fine and warned:
            out["warn_on_fine"].append({**base, "findings": _shown(row, warned)})
        if d.fairness and not fair:
            out["missed_fairness"].append({**base, "spans": [d.text[a:b] for a, b in d.fairness_spans]})
        if not d.fairness and fair:
            out["false_fairness"].append({**base, "findings": _shown(row, fair)})
    for name, items in out.items():
        print(f"## {name}: {len(items)}")
        for item in items:
            print(json.dumps(item, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="corpus directory holding only the new shards")
    parser.add_argument("--models", type=Path, help="models written by 'feedback-lint train -o DIR'")
    parser.add_argument("--list", action="store_true", help="also print the drafts behind the counts")
    args = parser.parse_args()
    if args.models:
        from feedback_lint.scoring.model import use_model_dir

        use_model_dir(args.models)
    drafts = load_corpus(args.corpus, splits=("train", "dev"))
    reports = Linter().lint_drafts([Draft.from_text(d.text, source=d.id, is_email=d.format == "eml") for d in drafts])
    rows = [Row(d, r) for d, r in zip(drafts, reports)]
    for language in sorted({r.draft.language for r in rows}):
        group = [r for r in rows if r.draft.language == language]
        m = metrics(group)
        hostile = sum(1 for r in group if r.draft.confrontation >= 1)
        calm = len(group) - hostile
        fair = sum(1 for r in group if r.draft.fairness)
        by_model = sum(1 for r in group if r.draft.confrontation == 0 and _model_only(r))
        print(
            f"{language}: {len(group)} train+dev drafts; detection {m['detection_recall']:.3f} of {hostile}, "
            f"false alarms {m['false_alarm_rate']:.1%} of {calm} ({by_model} by CF020 alone); warnings on {m['fine_drafts']} fine drafts: "
            f"{m['warnings_on_fine']}; fairness {round(m['fairness_recall'] * fair) if fair else 0} of {fair} found, "
            f"{m['fairness_false_alarms']} found without a reference"
        )
    if args.list:
        list_mistakes(rows)


if __name__ == "__main__":
    main()
