"""How far a second labeller agrees with the corpus labels.

Run from the repository root:  python benchmarks/label_agreement.py

``corpus/second-labeller.jsonl`` holds specificity and constructiveness labels given, to
``corpus/GUIDELINES.md`` and blind to the corpus labels, to 120 drafts of the train and dev splits
(90 English, 30 Swedish). Prints, per language and label, the Spearman correlation with the corpus
labels and the share of exact agreement: how much of a model's gap to its target could be label noise.
"""

from __future__ import annotations

import json
from pathlib import Path

from scipy.stats import spearmanr

from feedback_lint.evaluation.corpus import load_corpus

SECOND = Path("corpus") / "second-labeller.jsonl"
LABELS = ("specificity", "constructiveness")


def main() -> None:
    second = [json.loads(line) for line in SECOND.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = {d.id: d for d in load_corpus(splits=("train", "dev"))}
    print(f"{len(second)} drafts labelled twice")
    for language in ("en", "sv"):
        rows = [(r, corpus[r["id"]]) for r in second if corpus[r["id"]].language == language]
        for label in LABELS:
            ours = [getattr(d, label) for _, d in rows]
            theirs = [r[label] for r, _ in rows]
            exact = sum(a == b for a, b in zip(ours, theirs)) / len(rows)
            rho = spearmanr(ours, theirs).correlation
            print(f"  {language} {label:17s} {len(rows):3d} drafts   Spearman {rho:.3f}   exact {exact:.0%}")


if __name__ == "__main__":
    main()
