from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import lexicon
from ..base import CheckRule, RuleDoc, register

#: Parts of speech that are never acronyms: a capitalised one is emphasis.
_EMPHASIS_POS = {"VERB", "AUX", "ADV", "ADJ", "PRON", "PART", "DET", "ADP", "SCONJ", "CCONJ", "INTJ"}


def _is_common_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 4.0


@register
class ShoutingCaps(CheckRule):
    CODE = "CF007"
    NAME = "shouting-caps"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    MESSAGE = "Words in capitals read as shouting"
    FIX_TITLE = "Write the words in normal case"
    DOC = RuleDoc(
        what="Ordinary words written in capitals for emphasis ('I NEVER got a reply', 'this is NOT acceptable'). Acronyms (SQL, NHS, GAAP, CAD) and names are left alone.",
        why="Capitals are read as raised voice. The reader reacts to the volume, not the point.",
        example="I have NEVER been treated like this. Is this how you treat EVERY candidate?",
        instead="I was disappointed not to hear back. Is feedback something you are able to share?",
    )
    FAIL = ("I have NEVER been treated like this.", "This is NOT acceptable.", "I WANT AN ANSWER.", "Is this how you treat EVERY candidate?")
    PASS = (
        "I have five years of SQL and AWS experience.",
        "I worked as an RN in the ICU at an NHS trust.",
        "My CPA exam is in May.",
        "I passed the GAAP and CAD assessments.",
        "I am grateful, and I hope to hear from you.",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        acronyms = set(lexicon("acronyms"))
        run: list = []
        for token in [*ctx.doc, None]:
            if token is not None and self._shouted(token, acronyms):
                run.append(token)
                continue
            if token is not None and run and (token.is_punct and token.text in ",'-") :
                continue
            if run:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                replacement = ctx.text_of(start, end).lower()
                at_sentence_start = run[0].is_sent_start or run[0].i == 0
                if at_sentence_start:
                    replacement = replacement[:1].upper() + replacement[1:]
                yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, replacement, safe=True)])
                run = []

    @staticmethod
    def _shouted(token, acronyms: set[str]) -> bool:  # type: ignore[no-untyped-def]
        text = token.text
        if len(text) < 2 or not text.isalpha() or not text.isupper() or token.lower_ in acronyms:
            return False
        if token.ent_type_ in ("ORG", "GPE", "PRODUCT", "LOC", "NORP", "FAC", "WORK_OF_ART", "LAW"):
            return False
        if token.pos_ in _EMPHASIS_POS:
            return True
        return len(text) >= 4 and _is_common_word(token.lower_)
