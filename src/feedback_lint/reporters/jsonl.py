"""``--format jsonl``: one result per line (the elements of the JSON output's ``results``)."""

from __future__ import annotations

import json
from typing import Any, Sequence

from ..core.report import Report


def render(reports: Sequence[Report], **_: Any) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in reports)
