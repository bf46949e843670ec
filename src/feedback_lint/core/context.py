"""What every rule reads: the draft, its one spaCy parse, the kind, the configuration, phrase matches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from .config import Config
from .draft import Draft
from .lexicon import lexicon, lexicons, reads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Context:
    draft: Draft
    doc: "Doc"
    kind: str
    config: Config
    #: The draft's language (``en`` or ``sv``): which rules run, which word lists and models apply.
    language: str = "en"
    matches: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    #: The kind was detected, not given, and the kind model was unsure of it (read as a request with a
    #: probability under its ``unsure_request_below``): rules with ``checks_unsure_kind`` run as well.
    kind_unsure: bool = False
    #: Per-draft results shared between rules and scorers (e.g. model outputs), computed once.
    cache: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def tokens(self) -> list["Token"]:
        """The parse's tokens as a list (iterating a Doc builds new Token objects every time)."""
        return list(self.doc)

    @cached_property
    def words(self) -> list[str]:
        """Lowercased non-space tokens, digits collapsed to ``<num>`` (the n-gram models' input)."""
        return [w for w in self._token_words if w is not None]

    def sentence_words(self, sent: "Span") -> list[str]:
        """:attr:`words` of one sentence (its n-gram models' input), without normalising its tokens again."""
        return [w for w in self._token_words[sent.start : sent.end] if w is not None]

    def sentence_ngrams(self, sent: "Span") -> Mapping[str, float]:
        """The n-gram features of one sentence (``scoring.features.ngram_features`` of its words), built
        once per sentence: the confrontation, politeness, vague and detail models all read them. Do not
        modify the result."""
        from ..scoring.features import ngram_features

        cache = self.cache.setdefault("sentence_ngrams", {})
        if sent.start not in cache:
            cache[sent.start] = ngram_features(self.sentence_words(sent))
        return cache[sent.start]

    @cached_property
    def _token_words(self) -> list[str | None]:
        """Each token normalised as in :attr:`words`, None for a space."""
        from ..scoring.features import normalised_lowers

        return normalised_lowers(None if space else w for space, w in zip(self.spaces, self.lowers))

    # Columns of the parse, by token index, read once per draft with ``Doc.to_array``: every
    # ``t.lower_`` or ``t.pos_`` read builds a new Python string, and the scorers go over every token
    # several times.
    @cached_property
    def lowers(self) -> list[str]:
        """Each token's ``lower_``."""
        return _strings(self.doc, "LOWER", _LOWER)

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's lemma, lowercased."""
        return _strings(self.doc, "LEMMA", _LEMMA_LOWER, str.lower)

    @cached_property
    def pos(self) -> list[str]:
        """Each token's ``pos_``."""
        from spacy.parts_of_speech import NAMES

        return [NAMES[v] for v in self.doc.to_array("POS").tolist()]

    @cached_property
    def tags(self) -> list[str]:
        """Each token's ``tag_``."""
        return _strings(self.doc, "TAG", _TAG)

    @cached_property
    def spaces(self) -> list[int]:
        """Each token's ``is_space`` (1 or 0)."""
        return self.doc.to_array("IS_SPACE").tolist()

    @cached_property
    def alpha(self) -> list[int]:
        """Each token's ``is_alpha`` (1 or 0)."""
        return self.doc.to_array("IS_ALPHA").tolist()

    @cached_property
    def stop(self) -> list[int]:
        """Each token's ``is_stop`` (1 or 0)."""
        return self.doc.to_array("IS_STOP").tolist()

    @cached_property
    def entities(self) -> list[tuple[int, int, str]]:
        """The named entities as (start token, end token, label), in order (``doc.ents`` builds new
        spans on every read)."""
        return [(e.start, e.end, e.label_) for e in self.doc.ents]

    @cached_property
    def sentences(self) -> list["Span"]:
        """Sentences with words in them (the masked parts of the draft are whitespace, not sentences).

        Each keeps its tokens and text (see :func:`_sentence_type`): rules and scorers go over every
        sentence's tokens and text many times, and a plain Span builds its tokens and joins its text
        anew on each pass."""
        sentence = _sentence_type()
        tokens, text = self.tokens, self.draft.lintable  # the text the doc was parsed from
        out = []
        for sent in self.doc.sents:
            words = tokens[sent.start : sent.end]
            if any(not t.is_space for t in words):
                out.append(sentence.keeping(
                    self.doc, sent.start, sent.end, words, text[sent.start_char : sent.end_char], self.lowers[sent.start : sent.end]
                ))
        return out

    @cached_property
    def lower(self) -> str:
        """The linted text, lowercased (masked parts are spaces)."""
        return self.draft.lintable.lower()

    @cached_property
    def lower_and_lemmas(self) -> str:
        """The lowercased text followed by its lemmas, so word lists match inflected forms too."""
        lemmas = " ".join(lemma for space, lemma in zip(self.spaces, self.lemmas) if not space)
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

    # ------------------------------------------------------------------ the parts of an e-mail
    @cached_property
    def greeting_line(self) -> tuple[int, int] | None:
        """The opening line when it is a greeting ("Dear Ms Lund," / "Hi Sam,")."""
        if not self.lines:
            return None
        start, end = self.lines[0]
        line = self.lower[start:end].strip().lstrip("\ufeff")
        greeted = any(line == g or line.startswith(g + " ") or line.startswith(g + ",") for g in lexicon("greeting_openers", self.language))
        return (start, end) if greeted else None

    @cached_property
    def sign_off_line(self) -> tuple[int, int] | None:
        """The closing line ("Best regards," / "Thanks,") within the last four lines, if any; in Swedish
        also a signature line such as "/Maja" (``sign_off_marks``)."""
        sign_offs = lexicon("sign_offs", self.language)
        marks = lexicons(self.language).get("sign_off_marks", ())
        for start, end in reversed(self.lines[-4:]):
            line = self.lower[start:end].strip().rstrip(",.!").strip()
            if line in sign_offs or any(line.startswith(s + " ") and len(line.split()) <= 4 for s in sign_offs):
                return (start, end)
            if any(line.startswith(m) for m in marks) and len(line.split()) <= 4:
                return (start, end)
        return None

    @cached_property
    def body_sentences(self) -> list["Span"]:
        """Sentences other than a short greeting line and the sign-off."""
        greeting, sign_off = self.greeting_line, self.sign_off_line
        out = []
        for sent in self.sentences:
            if greeting and sent.start_char + len(sent.text.rstrip()) <= greeting[1] + 1 and len(sent) <= 10:
                continue
            if sign_off and sent.start_char >= sign_off[0]:
                continue
            out.append(sent)
        return out

    @cached_property
    def content_sentences(self) -> list["Span"]:
        """The sentences between the opening (a greeting or a short first line such as "Chef,") and
        the closing (the sign-off, or the name and title lines that end the body): what the draft says,
        without who it greets and who signs it."""
        opening, closing = self.opening_insert_point, self.closing_insert_point
        out = [
            s for s in self.sentences
            if s.text.strip() and s.start_char + len(s.text.rstrip()) > opening and s.start_char < closing
        ]
        return out or self.body_sentences

    @property
    def first_line(self) -> tuple[int, int]:
        return self.lines[0] if self.lines else self.body_span

    @property
    def closing_insert_point(self) -> int:
        """Offset just before the closing (the sign-off, or the short name and title lines that end
        the body), or the end of the body: where a closing sentence goes."""
        if self.sign_off_line:
            return self.sign_off_line[0]
        block = None
        for start, end in reversed(self.lines[1:][-4:]):
            line = self.draft.text[start:end].strip()
            if len(line.split()) > 6 or line.endswith((".", "?", "!", ":", ";")):
                break
            block = start
        return block if block is not None else self.body_span[1]

    @property
    def opening_insert_point(self) -> int:
        """Offset just after the greeting (a greeting line, or a short first line such as "Chef," or
        "To the hiring team:"), or the start of the body."""
        if self.lines:
            start, end = self.lines[0]
            line = self.draft.text[start:end].strip()
            if self.greeting_line or (len(line.split()) <= 8 and line.endswith((",", ":"))):
                m = re.match(r"[^,:\n]{0,40}[,:][ \t]*", line)
                if m and m.end() < len(line) and not line.endswith((",", ":")):
                    return start + m.end()
                return self.lines[1][0] if len(self.lines) > 1 else end
        return self.body_span[0]

    def next_paragraph_point(self, offset: int) -> int:
        """Start of the paragraph after the one holding ``offset``, or the closing insert point when
        that paragraph is the body's last: where a point that follows up on it goes."""
        closing = self.closing_insert_point
        m = re.compile(r"\n[ \t]*\r?\n\s*").search(self.draft.lintable, offset, closing)
        return m.end() if m and m.end() < closing else closing

    @property
    def second_paragraph_point(self) -> int:
        """Start of the body's second paragraph (where a point after the opening one goes), or the
        opening insert point when the body is one paragraph."""
        at = self.opening_insert_point
        closing = self.closing_insert_point
        m = re.compile(r"\n[ \t]*\r?\n\s*").search(self.draft.lintable, at, closing)
        return m.end() if m and m.end() < closing and self.draft.text[at:m.start()].strip() else at

    def has(self, lexicon_name: str) -> bool:
        """Whether any phrase of a packaged word list occurs (as words or lemmas) in the linted text,
        after the phrases of the list it is paired with in ``BLANKED_BY`` are blanked ("if you can't
        attend" is no "if you can")."""
        return reads(self.lower_and_lemmas, lexicon_name, self.language)

    def content_has(self, lexicon_name: str, skip: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether a sentence between the greeting and the closing holds a phrase of a packaged word
        list (as words or lemmas), read as :meth:`has` reads it, with the character ranges ``skip``
        (text another finding already accounts for) left out."""
        return reads(self._content_text(tuple(skip)), lexicon_name, self.language)

    def _content_text(self, skip: tuple[tuple[int, int], ...]) -> str:
        """The content sentences, lowercased and then as lemmas, with the ``skip`` ranges left out; a
        ";" between sentences keeps a phrase from matching across two of them."""
        key = ("content_text", skip)
        if key not in self.cache:
            lowered, lemmas = [], []
            spaces, tokens = self.spaces, self.tokens
            for sent in self.content_sentences:
                lower = sent.text.lower()
                if skip:
                    chars = list(lower)
                    for start, end in skip:
                        lo, hi = max(start - sent.start_char, 0), min(end - sent.start_char, len(chars))
                        chars[lo:hi] = " " * max(0, hi - lo)
                    lower = "".join(chars)
                lowered.append(lower)
                lemmas.append(" ".join(
                    self.lemmas[i] for i in range(sent.start, sent.end)
                    if not spaces[i] and (not skip or all(tokens[i].idx >= end or tokens[i].idx + len(tokens[i]) <= start for start, end in skip))
                ))
            self.cache[key] = " ; ".join(lowered) + " ;\n" + " ; ".join(lemmas)
        return self.cache[key]

    def sentence_of(self, start: int) -> Any:
        for sent in self.sentences:
            if sent.start_char <= start < sent.end_char:
                return sent
        return None


#: The strings of hashed attribute values seen so far (a hash always stands for the same string).
_LOWER: dict[int, str] = {}
_LEMMA_LOWER: dict[int, str] = {}
_TAG: dict[int, str] = {}


def _strings(doc: "Doc", attr: str, known: dict[int, str], then: Any = None) -> list[str]:
    """Each token's value of a hashed string attribute (``then`` applied to it), through ``known``."""
    hashes = doc.to_array(attr).tolist()
    out = list(map(known.get, hashes))
    if None in out:
        strings = doc.vocab.strings
        for i, h in enumerate(hashes):
            if out[i] is None:
                value = strings[h]
                out[i] = known[h] = then(value) if then else value
    return out  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _sentence_type() -> Any:
    """A spaCy ``Span`` that keeps its tokens (the Context's Token objects), its text and its tokens'
    ``lower_`` (``lowers``), and is otherwise the Span of the same tokens: iterating it and its ``text``
    read what it keeps. Made on first use so that importing this module does not import spaCy."""
    from spacy.tokens import Span

    class Sentence(Span):
        @classmethod
        def keeping(cls, doc: "Doc", start: int, end: int, tokens: list["Token"], text: str, lowers: list[str]) -> "Sentence":
            span = cls(doc, start, end)
            span._tokens, span._text, span.lowers = tokens, text, lowers
            return span

        def __iter__(self):  # type: ignore[no-untyped-def]
            return iter(self._tokens)

        @property
        def text(self) -> str:  # type: ignore[override]
            return self._text

    return Sentence
