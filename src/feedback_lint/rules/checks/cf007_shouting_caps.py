from __future__ import annotations

from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import lexicon
from ..base import CheckRule, RuleDoc, register

#: Parts of speech that are never acronyms or names of things: a capitalised one is emphasis.
_EMPHASIS_POS = {"AUX", "ADV", "PRON", "PART", "DET", "ADP", "SCONJ", "CCONJ", "INTJ", "NUM"}
#: A capitalised content word counts as shouting only when it is this common (Zipf scale): "WANT",
#: "NEVER", "ANSWER" are; framework and product names such as "RICE", "FAST", "COUNT" are not.
COMMON_ZIPF = 5.2
_NAMED = {"ORG", "GPE", "PRODUCT", "LOC", "NORP", "FAC", "WORK_OF_ART", "LAW", "PERSON"}


def _compound_prefix(token) -> bool:  # type: ignore[no-untyped-def]
    """Capitals joined by a hyphen to a lower-case word name a thing ("SQL-based", "VA-konstruktör")."""
    doc, i = token.doc, token.i
    return (
        i + 2 < len(doc) and not token.whitespace_ and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_ and doc[i + 2].is_lower
    )


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@register
class ShoutingCaps(CheckRule):
    CODE = "CF007"
    NAME = "shouting-caps"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    MESSAGE = "Words in capitals read as shouting"
    FIX_TITLE = "Write the words in normal case"
    DOC = RuleDoc(
        what="Ordinary words written in capitals for emphasis ('I NEVER got a reply', 'this is NOT acceptable'). Acronyms (SQL, NHS, GAAP, CAD), runs of acronyms and codes with no ordinary word among them ('WCAG AA'), names, capitals joined to a word by a hyphen (SQL-based), one word of degree stressing thanks or praise ('Thank you SO much'), query keywords quoted from an exercise ('a LEFT JOIN', 'the WHERE clause') and the name, title and company below the closing line are left alone.",
        why="Capitals are read as raised voice. The reader reacts to the volume, not the point.",
        example="I have NEVER been treated like this. Is this how you treat EVERY candidate?",
        instead="I was disappointed not to hear back. Is feedback something you are able to share?",
    )
    FAIL = (
        "I have NEVER been treated like this.", "This is NOT acceptable.", "I WANT AN ANSWER.", "Is this how you treat EVERY candidate?",
        # degree words stress anger when the sentence is a complaint, or there is more than one
        "Thanks SO much for nothing.", "I was SO disappointed by the way this was handled.", "I am SO VERY grateful, REALLY.",
        # keywords of a query language used as ordinary words are still shouting
        "This IS NOT acceptable.", "WHERE is my feedback?", "You LEFT me waiting for a month.",
    )
    PASS = (
        "I have five years of SQL and AWS experience.",
        "I worked as an RN in the ICU at an NHS trust.",
        "My CPA exam is in May.",
        "I passed the GAAP and CAD assessments.",
        "I am grateful, and I hope to hear from you.",
        "I built the SQL-based reporting and the API-first booking flow.",
        "Hi Sam,\nThank you for the interview.\nBest regards,\nJo Park\nHead of QA, NORTH AND SOUTH TRAVEL",
        # a run of acronyms or codes, and one word of degree stressing thanks or praise
        "The grey text did not meet WCAG AA contrast.",
        "We run the ISO IEC audits every spring.",
        "Thank you SO much for coming in to chat about the runner role.",
        "We REALLY enjoyed your portfolio.",
        # query keywords quoted from a technical exercise
        "The query used a LEFT JOIN and then filtered on the right-hand table in the WHERE clause.",
        "You forgot the GROUP BY, so the totals were wrong.",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        # Only a word of two or more letters, all capitals, can be shouting: the lexical flags of the
        # parse (str.isalpha, str.isupper, len) find those few without reading every token.
        flags = ctx.doc.to_array(["IS_ALPHA", "IS_UPPER", "LENGTH"]).reshape(len(ctx.tokens), 3).tolist()
        acronyms = set(lexicon("acronyms"))
        # Below the closing line are the writer's name, title and company ("Gruppchef VA, Norrlandskonsult AB").
        signed = ctx.sign_off_line[1] if ctx.sign_off_line else len(ctx.draft.text)
        capitalised = [
            bool(alpha and upper and length >= 2) and token.idx < signed and self._capitalised(token, acronyms)
            for token, (alpha, upper, length) in zip(ctx.tokens, flags)
        ]
        if not any(capitalised):
            return
        run: list = []
        for token in [*ctx.tokens, None]:
            if token is not None and capitalised[token.i] and (
                self._emphatic(token)
                or (token.i > 0 and capitalised[token.i - 1])
                or (token.i + 1 < len(ctx.tokens) and capitalised[token.i + 1])
            ):
                run.append(token)
                continue
            if token is not None and run and (token.is_punct and token.text in ",'-") :
                continue
            if run and (not any(self._emphatic(t) for t in run) or self._warm_stress(ctx, run) or self._code(ctx, run)):
                # Capitals with no ordinary word among them are acronyms side by side ("WCAG AA").
                run = []
            if run:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                replacement = ctx.text_of(start, end).lower()
                at_sentence_start = run[0].is_sent_start or run[0].i == 0
                if at_sentence_start:
                    replacement = replacement[:1].upper() + replacement[1:]
                yield self.finding(start, end, ctx=ctx, suggestions=[self.suggest(start, end, replacement, safe=True)])
                run = []

    @staticmethod
    def _warm_stress(ctx: Context, run) -> bool:  # type: ignore[no-untyped-def]
        """One word of degree in capitals ("SO"), in a sentence of thanks or praise that negates nothing
        (``degree_words``, ``warm_words`` and ``negations`` in the language's word lists)."""
        if len(run) != 1 or run[0].lower_ not in lexicon("degree_words", ctx.language):
            return False
        sent = ctx.sentence_of(run[0].idx)
        words = {t.lower_ for t in sent} if sent is not None else set()
        return not words.isdisjoint(lexicon("warm_words", ctx.language)) and words.isdisjoint(lexicon("negations", ctx.language))

    @staticmethod
    def _code(ctx: Context, run) -> bool:  # type: ignore[no-untyped-def]
        """Query keywords quoted from an exercise ("a LEFT JOIN", "the WHERE clause", "GROUP BY"): every
        word is a keyword (``code_keywords``) and one of them, or the next word, marks code
        (``code_markers``), so "IS NOT" and "WHERE is my feedback" stay shouting."""
        words = [t.lower_ for t in run]
        if not set(words) <= set(lexicon("code_keywords")):
            return False
        after = ctx.tokens[run[-1].i + 1].lower_ if run[-1].i + 1 < len(ctx.tokens) else ""
        return not set([*words, after]).isdisjoint(lexicon("code_markers"))

    @staticmethod
    def _capitalised(token, acronyms: set[str]) -> bool:  # type: ignore[no-untyped-def]
        text = token.text
        return (
            len(text) >= 2 and text.isalpha() and text.isupper()
            and token.lower_ not in acronyms
            and not _compound_prefix(token)
            # The tagger often calls a shouted word an ORG; trust the entity only for nouns.
            and (token.ent_type_ not in _NAMED or token.pos_ in _EMPHASIS_POS)
        )

    @staticmethod
    def _emphatic(token) -> bool:  # type: ignore[no-untyped-def]
        zipf = _zipf(token.lower_)
        # Long ordinary words ("SERIOUSLY", "UNACCEPTABLE") are never acronyms, whatever the tagger says.
        return token.pos_ in _EMPHASIS_POS or zipf >= COMMON_ZIPF or (len(token.text) >= 6 and zipf >= 3.0)
