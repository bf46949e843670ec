"""How the linter does on a batch of drafts by new writers, before any rule is written for them.

Run from the repository root:  python benchmarks/new_writers.py DIR [--models MODELS]

DIR is a corpus directory (``DIR/drafts/*.jsonl``) holding only the new batch's shards. Only their
train and dev drafts are read: the test split stays unread. Prints, per language, the counts behind
``feedback-lint evaluate``'s figures over train and dev together: confrontation detection and false
alarms (and how many of those only the trained model's CF020 raised), warnings on the clearly fine
drafts, and fairness drafts found, with the same definitions (``feedback_lint.evaluation.evaluate.metrics``).

To measure the rules and models of an earlier commit, as the README's table does, run this script with
``PYTHONPATH`` pointing at the ``src`` folder of a checkout of that commit.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_lint.core.draft import Draft
from feedback_lint.core.linter import Linter
from feedback_lint.evaluation.corpus import load_corpus
from feedback_lint.core.finding import Category, Severity
from feedback_lint.evaluation.evaluate import Row, metrics


def _model_only(row: Row) -> bool:
    """A confrontation-free draft flagged only by the trained model's rule (CF020), no phrase rule."""
    codes = {f.code for f in row.report.findings
             if f.category is Category.CONFRONTATION and f.severity.rank >= Severity.WARNING.rank}
    return codes == {"CF020"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="corpus directory holding only the new shards")
    parser.add_argument("--models", type=Path, help="models written by 'feedback-lint train -o DIR'")
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


if __name__ == "__main__":
    main()
