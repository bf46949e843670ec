"""How much linting (rules and trained scorers) costs on top of the spaCy parse of the same drafts.

Run from the repository root:  python benchmarks/scorer_overhead.py [--repeat 3]

Prints CPU seconds (process time, so other programs on the machine matter less) for:

* the parse alone: ``nlp.pipe`` over the drafts' text, the pipeline the linter uses;
* the lint without the trained models: language detection, parse, phrase matching and every rule
  except the model-based one (CF020), and no warning weighed against a model, each draft given the
  kind the model detects for it;
* the full lint, ``Linter.lint_drafts`` as the command line runs it: detection, parse, rules, the kind
  model, CF020, the warnings weighed against the models, and the scorers;

and the overheads relative to the parse. The issue's target is the full lint's: at most 15 % more
than the parse. "The trained scorers alone" is the full lint minus the lint without the models.

``--stages`` also prints what each stage of the scorers costs, as a share of the parse: the drafts are
parsed and their rules run once, then each stage runs over every draft in turn (the stages in the order
the linter needs them, each reading what the earlier ones cached), best of ``--repeat`` rounds with the
scorers' caches emptied between rounds.

The drafts are the English drafts of corpus/ (every split: this measures speed, not quality), timed
a window of drafts (the linter's ``WINDOW``) at a time: each window's figure is its fastest of
``--repeat`` rounds, so a burst of other work on the machine spoils one window's time in one round
rather than a whole figure, and the totals add the windows up. Each window goes through the three
stages back to back, in an order that rotates from window to window and round to round (each stage
comes first, second and third equally often): the host's speed drifts over minutes, and timing all
windows of one stage before the next stage starts let that drift into the ratios (one run read the
lint without the models as long as the parse alone). The word-list and readability caches are warm for
a window's later stages in the first round and for every stage after it, as they are in a linter
that has been running a while. The pipeline, matchers, word lists and models are loaded before timing.
The full lint keeps its reports, as the command line does; the other two keep nothing (holding every
parse and context alive would only add garbage-collector work that linting does not do).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import deque
from functools import partial
from typing import Callable, Iterable

from feedback_lint.core.config import Config
from feedback_lint.core.draft import Draft
from feedback_lint.core.linter import WINDOW, Linter
from feedback_lint.evaluation.corpus import load_corpus

#: The rule that runs the confrontation models; left out of the lint without the trained models.
MODEL_RULES = ("CF020",)


def consume(items: Iterable[object]) -> None:
    """Run a stream to its end without keeping what it yields."""
    deque(items, maxlen=0)


def cpu_seconds(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also print the cost of each stage of the scorers")
    args = parser.parse_args()

    corpus = [d for d in load_corpus() if d.language == "en"]
    drafts = [Draft.from_text(d.text, source=d.id, is_email=d.format == "eml") for d in corpus]
    linter = Linter()
    without_models = Linter(Config(ignore=MODEL_RULES), models=False)
    for warm in (linter, without_models):
        list(warm.lint_drafts(drafts[:10]))  # load the pipeline, matchers, word lists and models first
    kinds = [ctx.kind for ctx, _ in linter.analyse(drafts)]

    def parse_only(window: range) -> None:
        consume(linter.nlp.pipe([drafts[i].lintable for i in window], batch_size=32))

    def rules_only(window: range) -> None:
        for kind in dict.fromkeys(kinds[i] for i in window):
            consume(without_models.analyse([drafts[i] for i in window if kinds[i] == kind], kind=kind))

    def full_lint(window: range) -> None:
        list(linter.lint_drafts([drafts[i] for i in window]))

    timed = [("parse", parse_only), ("rules", rules_only), ("full", full_lint)]
    windows = [range(start, min(start + WINDOW, len(drafts))) for start in range(0, len(drafts), WINDOW)]
    best = {name: [float("inf")] * len(windows) for name, _ in timed}
    for round_ in range(args.repeat):
        for w, window in enumerate(windows):
            first = (w + round_) % len(timed)
            for name, fn in timed[first:] + timed[:first]:
                best[name][w] = min(best[name][w], cpu_seconds(partial(fn, window)))
    parse, rules, full = (sum(best[name]) for name, _ in timed)
    print(f"{len(drafts)} drafts in {len(windows)} windows, best of {args.repeat} rounds per window, CPU seconds")
    print(f"  spaCy parse alone:                    {parse:7.2f}")
    print(f"  lint without the trained models:      {rules:7.2f}   (+{(rules - parse) / parse:.1%} over the parse)")
    print(f"  full lint (rules and trained models): {full:7.2f}   (+{(full - parse) / parse:.1%} over the parse; target +15 %)")
    print(f"  the trained scorers alone:            {full - rules:7.2f}   (+{(full - rules) / parse:.1%} of the parse)")
    if args.stages:
        print_stages(drafts, kinds, parse, args.repeat)


def print_stages(drafts: list[Draft], kinds: list[str], parse: float, repeat: int) -> None:
    from feedback_lint.rules.checks.cf020_hostile_tone import HostileTone
    from feedback_lint.scoring import NOT_SCORED, score_draft
    from feedback_lint.scoring.confrontation import draft_confrontation, sentence_confrontation
    from feedback_lint.scoring.constructiveness import constructiveness_score
    from feedback_lint.scoring.detail import sentence_details
    from feedback_lint.scoring.kind import detect_kind
    from feedback_lint.scoring.model import ngram_sums
    from feedback_lint.scoring.politeness import sentence_politeness, sentence_strategies
    from feedback_lint.scoring.specificity import specificity_score
    from feedback_lint.scoring.vague import sentence_vagueness

    rules = Linter(Config(ignore=MODEL_RULES), models=False)
    analysed = []
    for kind in dict.fromkeys(kinds):
        analysed += list(rules.analyse([d for d, k in zip(drafts, kinds) if k == kind], kind=kind))
    scored = [[f for f in findings if f.code not in NOT_SCORED] for _, findings in analysed]
    after_rules = [dict(ctx.cache) for ctx, _ in analysed]
    hostile = HostileTone()

    def specificity(ctx, findings):  # type: ignore[no-untyped-def]
        ctx.cache["bench:specificity"] = specificity_score(ctx, findings)

    def constructiveness(ctx, findings):  # type: ignore[no-untyped-def]
        # Filled in as score_draft would (scoring._judgement_scores), so the last stage reads it.
        spec = ctx.cache["bench:specificity"]
        ctx.cache["judgement_scores"] = (spec, constructiveness_score(ctx, findings, spec))

    stages: dict[str, Callable[[object, list], object]] = {
        # The lint without the models is given each draft's kind; the full lint detects it.
        "kind model": lambda ctx, f: detect_kind(ctx),
        "sentence n-grams, their weights, strategies": lambda ctx, f: [
            (ngram_sums(ctx, s), sentence_strategies(ctx, s)) for s in {s.start: s for s in ctx.body_sentences + ctx.content_sentences}.values()
        ],
        "confrontation sentence model": lambda ctx, f: sentence_confrontation(ctx),
        "politeness sentence model": lambda ctx, f: sentence_politeness(ctx),
        "vague sentence model": lambda ctx, f: sentence_vagueness(ctx),
        "detail sentence model": lambda ctx, f: sentence_details(ctx),
        "confrontation draft model": lambda ctx, f: draft_confrontation(ctx, f),
        "CF020 (the most hostile sentence)": lambda ctx, f: list(hostile.check(ctx)),
        "specificity (features and regression)": specificity,
        "constructiveness": constructiveness,
        "tone, confrontation and overall scores": lambda ctx, f: score_draft(ctx, f),
    }
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(repeat):
        for (ctx, _), cache in zip(analysed, after_rules):
            ctx.cache.clear()
            ctx.cache.update(cache)
        for name, stage in stages.items():
            best[name] = min(best[name], cpu_seconds(lambda: [stage(ctx, f) for (ctx, _), f in zip(analysed, scored)]))
    print("stages of the trained scorers (each given what the stages above it cached):")
    for name, seconds in best.items():
        print(f"  {name:42s} {seconds:6.2f}   ({seconds / parse:.1%} of the parse)")


if __name__ == "__main__":
    main()
