"""``--format github``: GitHub Actions workflow commands, which show as annotations on the files.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message``; ``info`` findings are
notices. Values are escaped as the Actions runner expects (``%``, line breaks, and in properties also
``:`` and ``,``).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..core.report import Report

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: Any) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}"


def render(reports: Sequence[Report], **_: Any) -> str:
    out: list[str] = []
    for report in reports:
        for f in report.findings:
            d = report.finding_dict(f)
            message = d["message"]
            if f.suggestions and f.suggestions[0].replacement.strip():
                s = f.suggestions[0]
                message += f"\n{'safe fix' if s.safe else 'suggestion'}: {s.title}: {' '.join(s.replacement.split())!r}"
            title = f"{d['code']} ({d['name']})"
            if report.draft.offset_base == "input":
                where = {"line": d["line"], "col": d["column"], "endLine": d["end_line"], "endColumn": d["end_column"]}
            else:
                where = {"line": 1}
                message += f"\n(at line {d['line']}, column {d['column']} of the decoded e-mail body)"
            out.append(command(LEVELS[d["severity"]], message, file=report.source, **where, title=title))
        minimum = report.config.min_score
        if minimum is not None and report.scores.overall < minimum:
            out.append(command(
                "error",
                f"overall score {report.scores.overall} is below min-score {minimum} (verdict {report.verdict})",
                file=report.source, line=1, title="feedback-lint min-score",
            ))
    return "".join(line + "\n" for line in out)
