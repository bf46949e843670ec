"""How well rewrites work, measured on a corpus split (``feedback-lint evaluate`` prints it as its
own section, with ``rewrite_*`` and ``fix_*`` keys).

* ``rewrite_confrontation_reduction``: warning-or-worse confrontation findings after ``rewrite``
  (every suggestion and insertion) compared with before, over all drafts (target ≥ 0.95);
* ``rewrite_overall_rises``: share of drafts labelled overall ≤ 2 whose overall score rises (≥ 0.90);
* ``rewrite_entities_kept``: share of the names, numbers, dates and e-mail addresses outside the
  replaced spans that are found unchanged at their new place in the rewritten text (= 1);
  ``rewrite_entities_replaced`` is the share that was inside a replaced span (reported, no target);
* ``rewrite_outside_kept``: share of drafts whose quoted reply, signature and headers (everything
  outside the writer's own words) are unchanged (= 1);
* ``fix_idempotent``: share of drafts for which ``fix --unsafe-fixes`` run on its own output
  changes nothing (= 1);
* ``fix_clean_unchanged``: share of drafts with no warning that ``fix --unsafe-fixes`` leaves
  unchanged (= 1).
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..core.draft import Draft
from ..core.finding import Category, Severity
from ..rewrite.engine import Rewriter
from ..rewrite.result import RewriteResult
from .corpus import LabelledDraft

TARGETS = {
    "rewrite_confrontation_reduction": (">=", 0.95),
    "rewrite_overall_rises": (">=", 0.90),
    "rewrite_entities_kept": ("==", 1.0),
    "rewrite_outside_kept": ("==", 1.0),
    "fix_idempotent": ("==", 1.0),
    "fix_clean_unchanged": ("==", 1.0),
}
#: Entity types that are facts the writer gave: names, numbers, dates, times, amounts.
_FACT_ENTS = {"PERSON", "ORG", "GPE", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_FACT_PATTERNS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+(?:[.,:/-]\d+)*")


def _draft(d: LabelledDraft) -> Draft:
    return Draft.from_text(d.text, source=d.id, is_email=d.format == "eml")


def _confrontations(result_report) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for f in result_report.findings if f.category is Category.CONFRONTATION and f.severity.rank >= Severity.WARNING.rank)


def facts(rewriter: Rewriter, draft: Draft) -> list[tuple[int, int]]:
    """Character spans of the draft's own words that are facts: named entities of the parse (names,
    dates, numbers, amounts) and anything that looks like a number or an e-mail address."""
    ctx, _ = next(rewriter.linter.analyse([draft]))
    spans = {(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ in _FACT_ENTS}
    spans |= {(m.start(), m.end()) for m in _FACT_PATTERNS.finditer(draft.lintable)}
    return sorted((s, e) for s, e in spans if draft.is_linted(s, e) and draft.text[s:e].strip())


def entities_kept(result: RewriteResult, spans: Sequence[tuple[int, int]]) -> tuple[int, int, int]:
    """(kept, outside, replaced): of the fact spans, how many lie outside every edit and are found
    unchanged where the edits moved them, how many lie outside, and how many were inside an edit."""
    kept = outside = replaced = 0
    for s, e in spans:
        if any(x.start < e and s < x.end or (x.start == x.end and s < x.start < e) for x in result.edits):
            replaced += 1
            continue
        outside += 1
        shift = sum(len(x.replacement) - (x.end - x.start) for x in result.edits if x.end <= s)
        kept += result.text[s + shift : e + shift] == result.original[s:e]
    return kept, outside, replaced


def outside_words(draft: Draft) -> list[str]:
    """The parts of the text that are not the writer's own words, in order."""
    out, pos = [], 0
    for s, e in sorted(draft.regions):
        out.append(draft.text[pos:s])
        pos = e
    out.append(draft.text[pos:])
    return [part for part in out if part]


def rewrite_metrics(drafts: Sequence[LabelledDraft], rewriter: Rewriter | None = None) -> dict[str, float]:
    rewriter = rewriter or Rewriter()
    before = after = 0
    low = rises = 0
    kept = outside = replaced = 0
    outside_same = 0
    idempotent = clean = clean_same = 0
    for d in drafts:
        draft = _draft(d)
        result = rewriter.rewrite(draft)
        before += _confrontations(result.before)
        after += _confrontations(result.after)
        if d.overall <= 2:
            low += 1
            rises += result.after.scores.overall > result.before.scores.overall
        k, o, r = entities_kept(result, facts(rewriter, draft))
        kept, outside, replaced = kept + k, outside + o, replaced + r
        rewritten = Draft.from_text(result.text, source=d.id, is_email=d.format == "eml")
        outside_same += outside_words(rewritten) == outside_words(draft)
        fixed = rewriter.rewrite(draft, min_severity=Severity.WARNING)
        again = rewriter.rewrite(Draft.from_text(fixed.text, source=d.id, is_email=d.format == "eml"), kind=fixed.kind, min_severity=Severity.WARNING)
        idempotent += again.text == fixed.text
        if not any(f.severity.rank >= Severity.WARNING.rank for f in result.before.findings):
            clean += 1
            clean_same += fixed.text == draft.text
    n = len(drafts)
    return {
        "drafts": n,
        "confrontation_findings_before": before,
        "confrontation_findings_after": after,
        "rewrite_confrontation_reduction": 1 - after / before if before else float("nan"),
        "drafts_labelled_overall_le_2": low,
        "rewrite_overall_rises": rises / low if low else float("nan"),
        "facts_outside_edits": outside,
        "rewrite_entities_kept": kept / outside if outside else float("nan"),
        "rewrite_entities_replaced": replaced / (outside + replaced) if outside + replaced else float("nan"),
        "rewrite_outside_kept": outside_same / n if n else float("nan"),
        "fix_idempotent": idempotent / n if n else float("nan"),
        "drafts_without_warning": clean,
        "fix_clean_unchanged": clean_same / clean if clean else float("nan"),
    }


def meets(key: str, value: float) -> bool:
    op, target = TARGETS[key]
    return value >= target if op == ">=" else value == target


def report(results: dict[str, float], log: Callable[[str], None]) -> None:
    log("rewrites (feedback-lint rewrite / fix --unsafe-fixes on each draft):")
    width = max(len(k) for k in results)
    for key, value in results.items():
        shown = f"{value:.3f}" if isinstance(value, float) and value == value and not float(value).is_integer() else f"{value:g}"
        note = ""
        if key in TARGETS:
            op, target = TARGETS[key]
            note = f"  ({'meets' if meets(key, value) else 'MISSES'} {'≥' if op == '>=' else '='} {target:g})"
        log(f"  {key:<{width}}  {shown}{note}")
