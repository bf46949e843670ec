"""What every rule reads: the draft, its one spaCy parse, the kind, the configuration, phrase matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .config import Config
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class Context:
    draft: Draft
    doc: "Doc"
    kind: str
    config: Config
    matches: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)

    @cached_property
    def sentences(self) -> list["Span"]:
        """Sentences with words in them (the masked parts of the draft are whitespace, not sentences)."""
        return [s for s in self.doc.sents if any(not t.is_space for t in s)]

    @cached_property
    def lower(self) -> str:
        """The linted text, lowercased (masked parts are spaces)."""
        return self.draft.lintable.lower()

    @cached_property
    def lower_and_lemmas(self) -> str:
        """The lowercased text followed by its lemmas, so word lists match inflected forms too."""
        lemmas = " ".join(t.lemma_.lower() for t in self.doc if not t.is_space)
        return f"{self.lower}\n{lemmas}"

    @cached_property
    def body_span(self) -> tuple[int, int]:
        """Character range from the first to the last linted character of the body (not the subject)."""
        if not self.lines:
            return (0, 0)
        return (self.lines[0][0], self.lines[-1][1])

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """Non-blank linted lines of the body as (start, end) character ranges, in order; an e-mail's
        subject line is not one of them."""
        out: list[tuple[int, int]] = []
        subject = self.draft.subject
        pos = 0
        for line in self.draft.lintable.split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                start, end = pos + lead, pos + lead + len(stripped)
                if not (subject and subject[0] <= start < subject[1]):
                    out.append((start, end))
            pos += len(line) + 1
        return out

    def text_of(self, start: int, end: int) -> str:
        return self.draft.text[start:end]

    def match_case(self, start: int, replacement: str) -> str:
        """Capitalise ``replacement`` when the text it replaces starts with a capital letter."""
        original = self.draft.text[start : start + 1]
        if replacement and original.isupper() and replacement[:1].islower():
            return replacement[:1].upper() + replacement[1:]
        return replacement

    def sentence_of(self, start: int) -> Any:
        for sent in self.sentences:
            if sent.start_char <= start < sent.end_char:
                return sent
        return None
