"""How much linting (rules and trained scorers) costs on top of the spaCy parse of the same drafts.

Run from the repository root:  python benchmarks/scorer_overhead.py [--repeat 3]

Prints CPU seconds (process time, so other programs on the machine matter less) for: the parse alone
(nlp.pipe over the drafts' text), the parse plus rules, and the full lint (parse, rules, trained
scorers), each the best of --repeat runs, and the overheads relative to the parse. The drafts are the
English drafts of corpus/ (every split: this measures speed, not quality).
"""

from __future__ import annotations

import argparse
import time

from feedback_lint.core.draft import Draft
from feedback_lint.core.linter import Linter
from feedback_lint.evaluation.corpus import load_corpus


def best_of(repeat: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    corpus = [d for d in load_corpus() if d.language == "en"]
    drafts = [Draft.from_text(d.text, source=d.id, is_email=d.format == "eml") for d in corpus]
    linter = Linter()
    list(linter.lint_drafts(drafts[:10]))  # load the pipeline, matchers and models first
    texts = [d.lintable for d in drafts]

    parse = best_of(args.repeat, lambda: list(linter.nlp.pipe(texts, batch_size=32)))
    rules = best_of(args.repeat, lambda: list(linter.analyse(drafts, kind="auto")))
    full = best_of(args.repeat, lambda: list(linter.lint_drafts(drafts)))
    print(f"{len(drafts)} drafts, best of {args.repeat} runs, CPU seconds")
    print(f"  spaCy parse alone:             {parse:7.2f}")
    print(f"  parse + rules (+ kind model):  {rules:7.2f}   (+{(rules - parse) / parse:.1%} over the parse)")
    print(f"  full lint with the scorers:    {full:7.2f}   (+{(full - parse) / parse:.1%} over the parse)")
    print(f"  the trained scorers alone:     {full - rules:7.2f}   (+{(full - rules) / parse:.1%} of the parse)")


if __name__ == "__main__":
    main()
