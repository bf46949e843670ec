"""``feedback-lint evaluate``: how the linter and its scorers do on a corpus split.

Reported per kind and overall (and per language): Spearman correlation of each score with its label,
confrontation detection (a draft labelled confrontation ≥ 1 has a confrontation finding at warning or
above) precision and recall, span-level precision and recall for confrontational and vague phrases,
kind accuracy (with ``--kind auto``), language detection accuracy, warnings on the clearly fine drafts,
fairness (recall on drafts labelled ``fairness``, the count and rate of drafts without such a reference
that still get a ``fairness`` finding, span precision and recall), and the largest word-3-gram
similarity between two drafts of the whole corpus (near-duplicates are not diversity). Each language
is reported separately and checked against the same targets.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Callable, Sequence

from ..core.draft import Draft
from ..core.finding import Category, Finding, Severity
from ..core.report import Report
from .corpus import LabelledDraft, load_corpus

SCORES = ("overall", "specificity", "constructiveness", "confrontation")
TARGETS = {
    "detection_recall": 0.95,
    "false_alarm_rate": 0.05,
    "spearman_overall": 0.80,
    "spearman_specificity": 0.70,
    "spearman_constructiveness": 0.65,
    "kind_accuracy": 0.97,
    "fairness_recall": 0.95,
}
#: Measures that must stay at or below their target (the rest must reach it).
AT_MOST = {"false_alarm_rate"}
#: Counts that must be zero.
ZERO = ("warnings_on_fine", "fairness_false_alarms")


@dataclass
class Row:
    draft: LabelledDraft
    report: Report


def _spearman(a: Sequence[float], b: Sequence[float]) -> float:
    from scipy.stats import spearmanr

    if len(set(a)) < 2 or len(set(b)) < 2:
        return float("nan")
    return float(spearmanr(a, b).correlation)


def detected(findings: Sequence[Finding]) -> bool:
    """Whether a draft counts as flagged for confrontation: a confrontation finding at warning or above."""
    return any(f.category is Category.CONFRONTATION and f.severity.rank >= Severity.WARNING.rank for f in findings)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _span_pr(rows: Sequence[Row], labelled: Callable[[LabelledDraft], Sequence[tuple[int, int]]],
             predicted: Callable[[Finding], bool]) -> tuple[float, float, int, int]:
    tp_pred = n_pred = tp_gold = n_gold = 0
    for row in rows:
        gold = list(labelled(row.draft))
        pred = [(f.start, f.end) for f in row.report.findings if predicted(f)]
        n_pred += len(pred)
        n_gold += len(gold)
        tp_pred += sum(any(_overlaps(p, g) for g in gold) for p in pred)
        tp_gold += sum(any(_overlaps(g, p) for p in pred) for g in gold)
    return (tp_pred / n_pred if n_pred else float("nan"), tp_gold / n_gold if n_gold else float("nan"), n_pred, n_gold)


def metrics(rows: Sequence[Row]) -> dict[str, float]:
    out: dict[str, float] = {"drafts": len(rows)}
    for score in SCORES:
        out[f"spearman_{score}"] = _spearman([getattr(r.report.scores, score) for r in rows], [getattr(r.draft, score) for r in rows])
    positives = [r for r in rows if r.draft.confrontation >= 1]
    negatives = [r for r in rows if r.draft.confrontation == 0]
    flagged_pos = sum(detected(r.report.findings) for r in positives)
    flagged_neg = sum(detected(r.report.findings) for r in negatives)
    out["detection_recall"] = flagged_pos / len(positives) if positives else float("nan")
    out["false_alarm_rate"] = flagged_neg / len(negatives) if negatives else float("nan")
    flagged = flagged_pos + flagged_neg
    out["detection_precision"] = flagged_pos / flagged if flagged else float("nan")
    p, r, _, _ = _span_pr(rows, lambda d: d.confrontational_spans, lambda f: f.category is Category.CONFRONTATION)
    out["confrontational_span_precision"], out["confrontational_span_recall"] = p, r
    p, r, _, _ = _span_pr(rows, lambda d: d.vague_spans, lambda f: f.code == "SP001")
    out["vague_span_precision"], out["vague_span_recall"] = p, r
    out["kind_accuracy"] = sum(r.report.kind == r.draft.kind for r in rows) / len(rows) if rows else float("nan")
    out["language_accuracy"] = sum(r.report.language == r.draft.language for r in rows) / len(rows) if rows else float("nan")
    fine = [r for r in rows if r.draft.fine]
    out["fine_drafts"] = len(fine)
    out["warnings_on_fine"] = sum(1 for r in fine for f in r.report.findings if f.severity.rank >= Severity.WARNING.rank)
    out.update(fairness_metrics(rows))
    return out


def _fair(f: Finding) -> bool:
    return f.category is Category.FAIRNESS


def fairness_metrics(rows: Sequence[Row]) -> dict[str, float]:
    """Recall on drafts labelled ``fairness``; drafts without such a reference that get a fairness
    finding (count and rate); span precision and recall against ``fairness_spans``."""
    positives = [r for r in rows if r.draft.fairness]
    negatives = [r for r in rows if not r.draft.fairness]
    alarms = sum(any(_fair(f) for f in r.report.findings) for r in negatives)
    p, r, _, _ = _span_pr(rows, lambda d: d.fairness_spans, _fair)
    return {
        "fairness_drafts": len(positives),
        "fairness_recall": sum(any(_fair(f) for f in r.report.findings) for r in positives) / len(positives) if positives else float("nan"),
        "fairness_false_alarms": alarms,
        "fairness_false_alarm_rate": alarms / len(negatives) if negatives else float("nan"),
        "fairness_span_precision": p,
        "fairness_span_recall": r,
    }


def max_similarity(drafts: Sequence[LabelledDraft]) -> tuple[float, str, str]:
    """Largest Jaccard similarity of lowercased word 3-gram sets between two drafts."""
    import re

    grams = []
    for d in drafts:
        words = re.findall(r"\w+", d.text.lower())
        grams.append((d.id, {tuple(words[i : i + 3]) for i in range(len(words) - 2)}))
    best = (0.0, "", "")
    for (ia, a), (ib, b) in combinations(grams, 2):
        if a and b:
            j = len(a & b) / len(a | b)
            if j > best[0]:
                best = (j, ia, ib)
    return best


def evaluate(split: str, *, corpus_dir: Path | None = None, log: Callable[[str], None] = print) -> dict[str, dict[str, float]]:
    from ..core.linter import Linter

    everything = load_corpus(corpus_dir)
    chosen = [d for d in everything if d.split == split]
    linter = Linter()
    drafts = [Draft.from_text(d.text, source=d.id, is_email=d.format == "eml") for d in chosen]
    rows = [Row(d, r) for d, r in zip(chosen, linter.lint_drafts(drafts))]
    groups: dict[str, list[Row]] = {}
    for row in rows:
        for key in ("all", f"kind={row.draft.kind}", f"language={row.draft.language}"):
            groups.setdefault(key, []).append(row)
    results = {name: metrics(group) for name, group in sorted(groups.items())}
    sim, a, b = max_similarity(everything)
    log(f"feedback-lint evaluate --split {split}: {len(rows)} drafts"
        + (" (the models were fitted on train and dev: these figures are in-sample)" if split != "test" else " (held out)"))
    log(_table(results))
    log(f"largest word-3-gram Jaccard similarity between two corpus drafts: {sim:.3f} ({a}, {b})")
    for name, group in results.items():
        if name.startswith("language="):
            log(f"targets ({name}): " + _targets(group))
    # Rewrites: a separate section (see evaluation/rewrite_eval.py), under the key "rewrite".
    from ..rewrite.engine import Rewriter
    from .rewrite_eval import report as report_rewrites, rewrite_metrics

    results["rewrite"] = rewrite_metrics(chosen, Rewriter(linter=linter))
    report_rewrites(results["rewrite"], log)
    return results


def _fmt(v: float) -> str:
    return "-" if v != v else (f"{v:.3f}" if isinstance(v, float) and not float(v).is_integer() else f"{v:g}")


def _table(results: dict[str, dict[str, float]]) -> str:
    names = list(results)
    keys = list(next(iter(results.values()))) if results else []
    width = max(len(k) for k in keys) if keys else 10
    lines = [" " * width + "  " + "  ".join(f"{n:>16}" for n in names)]
    for k in keys:
        lines.append(f"{k:<{width}}  " + "  ".join(f"{_fmt(results[n][k]):>16}" for n in names))
    return "\n".join(lines)


def _targets(all_metrics: dict[str, float]) -> str:
    parts = []
    for key, target in TARGETS.items():
        value = all_metrics[key]
        if value != value:
            parts.append(f"{key} - (no drafts to measure)")
            continue
        ok = value <= target if key in AT_MOST else value >= target
        parts.append(f"{key} {_fmt(value)} ({'meets' if ok else 'MISSES'} {'≤' if key in AT_MOST else '≥'} {target})")
    for key in ZERO:
        parts.append(f"{key} {all_metrics[key]:g} ({'meets' if all_metrics[key] == 0 else 'MISSES'} = 0)")
    return "; ".join(parts)
