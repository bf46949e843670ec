"""The rewrite engine's own words (``data/rewrite.json``), loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def phrasebook() -> dict[str, Any]:
    raw = json.loads((resources.files("feedback_lint") / "data" / "rewrite.json").read_text(encoding="utf-8"))
    return {key: value for key, value in raw.items() if not key.startswith("_")}
