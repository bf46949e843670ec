"""Default output, in the style of ruff: ``path:line:col: CODE message``, the offending text, the
first suggestion, then the scores per draft and a summary."""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from ..core.report import Report

_MAX_SNIPPET = 100


def _style(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def render(reports: Sequence[Report], *, color: bool = False, **_: Any) -> str:
    out: list[str] = []
    severities: Counter[str] = Counter()
    for report in reports:
        for f in report.findings:
            d = report.finding_dict(f)
            severities[d["severity"]] += 1
            sev = {"error": "31", "warning": "33", "info": "36"}[d["severity"]]
            out.append(
                f"{_style(report.source, '1', color)}:{d['line']}:{d['column']}: "
                f"{_style(d['code'], '1;' + sev, color)} [{d['severity']}] {d['message']}"
            )
            snippet = " ".join(d["text"].split())
            if snippet:
                if len(snippet) > _MAX_SNIPPET:
                    snippet = snippet[: _MAX_SNIPPET - 1] + "…"
                out.append(f"  | {snippet}")
            if f.suggestions:
                s = f.suggestions[0]
                label = "safe fix" if s.safe else "suggestion"
                shown = " ".join(s.replacement.split()) or "(delete)"
                out.append(f"  = {label}: {s.title}: {shown!r}" if s.replacement.strip() else f"  = {label}: {s.title}")
        sc = report.scores
        out.append(
            f"{_style(report.source, '1', color)}: {report.kind}, verdict {_style(report.verdict.upper(), '1', color)}: "
            f"overall {sc.overall}, specificity {sc.specificity}, constructiveness {sc.constructiveness}, "
            f"tone {sc.tone}, confrontation {sc.confrontation}"
        )
        out.append("")
    total = sum(severities.values())
    verdicts = Counter(r.verdict for r in reports)
    drafts = len(reports)
    summary = (
        f"{drafts} draft{'s' if drafts != 1 else ''} checked: "
        + ", ".join(f"{verdicts[v]} {v}" for v in ("send", "review", "block") if verdicts[v])
        + f"; {total} finding{'s' if total != 1 else ''}"
    )
    if total:
        summary += " (" + ", ".join(f"{severities[s]} {s}" for s in ("error", "warning", "info") if severities[s]) + ")"
    out.append(summary + ".")
    return "\n".join(out) + "\n"
