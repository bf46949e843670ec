from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.memo import Memo
from ..base import CheckRule, RuleDoc, register

MAX_GRADE = 14.0
MIN_WORDS = 40
#: textstat's default language, whose pronouncing dictionary and hyphenation it counts syllables with.
TEXTSTAT_LANG = "en_US"
#: textstat's sentences (``count_sentences``).
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
#: A sentence of more than two words as textstat counts them (whitespace-separated tokens with a letter
#: or digit in them: its punctuation removal leaves only those, and the apostrophes of contractions,
#: which a letter follows): three such tokens, with any tokens of punctuation between them.
_LONGER_THAN_TWO_WORDS = re.compile(r"\s*(?:(?:[^\w\s]+\s+)*\S*\w\S*\s+){2}(?:[^\w\s]+\s+)*\S*\w")


def flesch_kincaid_grade(text: str) -> float:
    """``textstat.flesch_kincaid_grade(text)``, the same number, with each word's syllables counted
    once per process instead of once per draft (textstat looks every word up again, and hyphenates
    the words its dictionary lacks), and each sentence's words counted only up to three, without
    removing its punctuation (textstat counts them all, after two substitutions). The words and
    sentences are textstat's."""
    from textstat.backend.transformations import remove_punctuation

    words = remove_punctuation(text, rm_apostrophe=False).lower().split()
    if not words:
        return 0.0
    sentence_length = len(words) / _count_sentences(text)
    syllables = sum(map(_SYLLABLES.__getitem__, words)) / len(words)
    if syllables == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * syllables) - 15.59


def _count_sentences(text: str) -> int:
    """``textstat.backend.counts.count_sentences(text)`` of a text with words: its sentences of more
    than two words, at least one."""
    return max(1, sum(1 for sentence in _SENTENCE.findall(text) if _LONGER_THAN_TWO_WORDS.match(sentence)))


def _syllables(word: str) -> int:
    """textstat's syllable count of one lowercased word: its vowels in the CMU pronouncing dictionary,
    else its hyphenation points plus one."""
    from textstat.backend.utils import get_cmudict, get_pyphen

    try:
        return sum(1 for phone in get_cmudict(TEXTSTAT_LANG)[word][0] if phone[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(get_pyphen(TEXTSTAT_LANG).positions(word)) + 1


#: :func:`_syllables` of each word, counted on first use.
_SYLLABLES: "Memo[str, int]" = Memo(_syllables)


@register
class ReadingGrade(CheckRule):
    CODE = "RD001"
    NAME = "reading-grade"
    CATEGORY = Category.READABILITY
    SEVERITY = Severity.INFO
    MESSAGE = "Hard to read: reading grade {value:.0f} (aim for {max:.0f} or below)"
    FIX_TITLE = "Use shorter sentences and plainer words"
    NO_SUGGESTION_REASON = "Simplifying a whole draft is a rewrite only the writer can do well."
    DOC = RuleDoc(
        what=f"Drafts of at least {MIN_WORDS} words whose Flesch-Kincaid grade (textstat) is above {MAX_GRADE:.0f}.",
        why="Feedback is read by people of every background, sometimes in a second language; dense prose hides the point.",
        example="Notwithstanding the considerable organisational complexities inherent in the multidimensional evaluation framework…",
        instead="We scored every candidate on the same four criteria. Here is where you stood on each.",
    )
    FAIL = ("Dear applicant,\nNotwithstanding the considerable organisational complexities inherent in our multidimensional evaluation framework, the committee's deliberations necessitated prioritising candidates demonstrating comprehensive institutional familiarity, notwithstanding your commendable methodological sophistication and interdisciplinary versatility, which were unanimously acknowledged by all participating evaluators notwithstanding procedural considerations.\nRegards,\nThe Committee",)
    PASS = ("Dear Sam,\nThank you for coming in on Monday. Your answer on stock control was clear and you knew the till system well. The gap was in the cash-up task: the float was out by ten pounds. Try a practice cash-up before your next interview.\nBest,\nAnna",)

    #: The readability figure above which a draft is hard to read.
    MAX = MAX_GRADE

    def run(self, ctx: Context) -> Iterator[Finding]:
        value = self.readability(ctx)
        if value is not None and value > self.MAX:
            start, end = ctx.lines[0] if ctx.lines else ctx.body_span
            yield self.finding(start, end, ctx=ctx, message=self.message.format(value=value, max=self.MAX))

    def readability(self, ctx: Context) -> float | None:
        """The draft's Flesch-Kincaid grade, or None when it is too short to measure."""
        text = " ".join(s.text.strip() for s in ctx.sentences)
        if len(text.split()) < MIN_WORDS:
            return None
        return flesch_kincaid_grade(text)
