from __future__ import annotations

import re
from typing import Iterator

from ...core.context import Context
from ...core.finding import Category, Finding, Severity
from ...core.lexicon import lexicon, lexicons, zipf_frequencies
from ..base import CheckRule, RuleDoc, register

#: Parts of speech that are never acronyms or names of things: a capitalised one is emphasis.
_EMPHASIS_POS = {"AUX", "ADV", "PRON", "PART", "DET", "ADP", "SCONJ", "CCONJ", "INTJ", "NUM"}
#: A capitalised content word counts as shouting only when it is this common (Zipf scale): "WANT",
#: "NEVER", "ANSWER" are; framework and product names such as "RICE", "FAST", "COUNT" are not.
COMMON_ZIPF = 5.2
#: A subject line above the body: "Re:", "Subject:", "Ämne:" and the like, then the subject.
_SUBJECT = re.compile(r"(?:re|ang|subject|ämne|fao|ref)\s*:\s+", re.IGNORECASE)
#: The number of a standard after its body's name ("EN ISO 9606-1", "ISO 9001:2015", "DIN 912"): three
#: digits or more, or digits joined by a hyphen, colon, stop or slash. spaCy's English tokenizer splits
#: "9606-1", so its first part, "9606", is the number.
_STANDARD_NUMBER = re.compile(r"\d{3,}(?:[-:./]\d+)*|\d+(?:[-:./]\d+)+")
#: Words that may join the words of a name spelled out by an acronym without giving it a letter.
_JOINING = frozenset(["and", "of", "for", "the", "och", "av", "för", "i"])
_NAMED = {"ORG", "GPE", "PRODUCT", "LOC", "NORP", "FAC", "WORK_OF_ART", "LAW", "PERSON"}
#: Two characters in a row, each an ASCII capital or not ASCII: what the first two letters of a word in
#: capitals are (and, rarely, other characters: the tokens' flags settle those).
_TWO_CAPITALS = re.compile("[A-Z\u00aa-\U0010ffff]{2}")


def _compound_prefix(token) -> bool:  # type: ignore[no-untyped-def]
    """Capitals joined by a hyphen to a lower-case word name a thing ("SQL-based", "VA-konstruktör")."""
    doc, i = token.doc, token.i
    return (
        i + 2 < len(doc) and not token.whitespace_ and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_ and doc[i + 2].is_lower
    )


def _after_an_article(token) -> bool:  # type: ignore[no-untyped-def]
    """A word after "a" or "an" that no noun follows ("about a LOT in the interview"): no name, which would be a
    brand before the noun it names ("a MAN truck")."""
    doc, i = token.doc, token.i
    return i > 0 and doc[i - 1].lower_ in ("a", "an") and not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"))


#: The most words a letterhead in capitals has ("HÄLLEVIKS TINGSRÄTT", "NORTH RIDING COUNTY COUNCIL").
LETTERHEAD_WORDS = 5


def _letterhead(ctx: Context, run, line_start: int, line_end: int) -> bool:  # type: ignore[no-untyped-def]
    """Capitals that are a whole line of two to five words above the letter's first sentence, as an organisation's name is
    printed at the top of a formal letter ("HÄLLEVIKS TINGSRÄTT" above "Administrativa enheten"); not a line after a sentence
    has been written, and not one with a word said to someone (``_heading`` checks those)."""
    text = ctx.draft.text
    if text[line_start:line_end].strip() != text[run[0].idx : run[-1].idx + len(run[-1].text)] or not 2 <= len(run) <= LETTERHEAD_WORDS:
        return False
    region = next((r for r in ctx.draft.regions if r[0] <= run[0].idx < r[1]), None)
    return region is not None and not re.search(r"[.!?]", text[region[0] : line_start])


def _said_to_someone(language: str) -> frozenset[str]:
    """Words that make capitals in a heading a sentence said to someone rather than a label (the tagger
    cannot be trusted on capitals: it reads "OUTCOME" as a verb)."""
    return frozenset(lexicon("said_to_someone", language))


@register
class ShoutingCaps(CheckRule):
    CODE = "CF007"
    NAME = "shouting-caps"
    CATEGORY = Category.CONFRONTATION
    SEVERITY = Severity.WARNING
    MESSAGE = "Words in capitals read as shouting"
    FIX_TITLE = "Write the words in normal case"
    DOC = RuleDoc(
        what="Ordinary words written in capitals for emphasis ('I NEVER got a reply', 'this is NOT acceptable'). Acronyms (SQL, NHS, GAAP, CAD), runs of acronyms and codes with no ordinary word among them ('WCAG AA'), names, names of programmes and methods ('the STAR method', 'the THRIVE risk questions'), standards named by their bodies and numbers ('EN ISO 9606-1', 'BS EN 1090-2', 'ISO 9001:2015'), headings ('INTERVIEW DATE:', 'RE: OUTCOME OF YOUR APPLICATION'), a letterhead of two to five words on a line of its own above the letter's first sentence ('NORTH RIDING COUNTY COUNCIL'), capitals joined to a word by a hyphen (SQL-based), one word of degree stressing thanks or praise ('Thank you SO much'), query keywords quoted from an exercise ('a LEFT JOIN', 'the WHERE clause'), acronyms the draft spells out ('the LAST method (Listen, Apologise, Solve, Thank)', 'the accuracy checking technician post … an ACT vacancy') and the name, title and company below the closing line are left alone. A shouted word the tagger takes for a name still counts after 'a' or 'an' with no noun after it ('you did jump about a LOT'; not 'a MAN truck').",
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
        # an adjective before a noun, a shouted noun said twice, a subject or label line that says something to someone
        "You sent me the SAME answer twice. The SAME answer!", "You gave me the SAME test twice.", "Your GENERIC rejection email and your GENERIC apology are not enough.",
        "Hi Jo,\nRe: WHY HAVE I HEARD NOTHING\nIt has been a month.", "Hi Jo,\nNOTE: I AM STILL WAITING.\nIt has been a month.",
        # a shouted word whose letters begin words nearby that are no name
        "I did NOT get a reply, not only that but nobody called.", "This is the LAST time: late and slow and tired.",
        # a shouted word the tagger takes for a name, after "a"
        "You did jump about a LOT in the interview.",
    )
    PASS = (
        "I have five years of SQL and AWS experience.",
        "I worked as an RN in the ICU at an NHS trust.",
        "My CPA exam is in May.",
        "I passed the GAAP and CAD assessments.",
        "I drove a MAN truck on the test route.",
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
        # the name of a programme, method or framework, wherever it recurs
        "You did not ask the THRIVE risk questions, so the call was graded as routine. The guidance on THRIVE is a good start.",
        # a name the tagger reads as an adjective, before a kind of named thing, said once
        "You did not complete the THRIVE risk assessment before grading the call.",
        "Structure your answers with the STAR method next time.",
        "Our GROW coaching model is on the careers page.",
        # standards by their bodies and numbers, and welding processes
        "I hold EN ISO 9606-1 for plate and passed the BS EN 1090-2 audit.",
        "The bolts follow DIN 912, and the shop is certified to ISO 9001:2015.",
        "I welded the root with TIG and the cap with MIG.",
        # a letterhead: the organisation's name on a line of its own above the letter's first sentence
        "NORTH RIDING COUNTY COUNCIL\nHuman Resources\n\nDear Ms Lee,\nThank you for attending.\nKind regards,\nAnna",
        # a heading: a label before a colon, or a subject line
        "Dear Ms Lee,\n\nPOST APPLIED FOR: Senior Planner, Ref 2291\nINTERVIEW DATE: 4 March\n\nThank you for attending.",
        "Dear Ms Lee,\n\nRE: OUTCOME OF YOUR APPLICATION – SENIOR PLANNER\n\nThank you for attending.",
        # a word in capitals that the draft spells out, in brackets beside it or as a name elsewhere
        "Have a look at the LAST method (Listen, Apologise, Solve, Thank) before the next trial.",
        "We use Acceptance and Commitment Therapy (ACT) on the ward.",
        "Thank you for coming in for the accuracy checking technician post. We expect an ACT vacancy in February.",
    )

    def run(self, ctx: Context) -> Iterator[Finding]:
        # Below the closing line are the writer's name, title and company ("Gruppchef VA, Norrlandskonsult AB").
        signed = ctx.sign_off_line[1] if ctx.sign_off_line else len(ctx.draft.text)
        # Only a word of two or more letters, all capitals, can be shouting, and most drafts have none
        # above the closing line: one search of the text finds whether there may be one (its first two
        # letters, in a token that starts before ``signed``).
        if not _TWO_CAPITALS.search(ctx.draft.lintable, 0, signed + 1):
            return
        # The lexical flags of the parse (str.isalpha, str.isupper, len) find those few without reading every token.
        flags = ctx.doc.to_array(["IS_ALPHA", "IS_UPPER", "LENGTH"]).reshape(len(ctx.tokens), 3)
        # The acronym list is English; another language adds its own (Swedish authorities and laws: "JO", "LAS").
        acronyms = set(lexicon("acronyms")).union(lexicon("acronyms", ctx.language))
        capitalised = [False] * len(ctx.tokens)
        for i in (flags[:, 0] & flags[:, 1] & (flags[:, 2] >= 2)).nonzero()[0].tolist():
            token = ctx.tokens[i]
            capitalised[i] = token.idx < signed and self._capitalised(token, self._acronym(ctx, token, acronyms))
        if not any(capitalised):
            return
        named = self._named_things(ctx, capitalised)
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
            if run and (
                not any(self._emphatic(t) for t in run) or self._warm_stress(ctx, run) or self._code(ctx, run)
                or (len(run) == 1 and run[0].text in named) or self._heading(ctx, run) or self._designation(ctx, run)
                or self._spelled_out(ctx, run)
            ):
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
    def _named_things(ctx: Context, capitalised: list[bool]) -> set[str]:
        """Single words in capitals that name a programme, method or framework ("the THRIVE risk
        questions", "the STAR method", "our GROW coaching model"): the word stands alone in capitals and
        modifies a noun that follows it, and either that noun is a kind of named thing
        (``named_thing_nouns``) or the word also stands on its own elsewhere in the draft, as a name
        does and an adjective cannot: with no article or possessive ("read up on THRIVE"). A name once
        named is a name wherever it recurs. Adjectives ("a HUGE mistake", "your GENERIC email … your
        GENERIC apology") and a shouted noun ("an ANSWER … the ANSWER") stay shouting."""
        tokens = ctx.tokens
        single = [
            t for t in tokens
            if capitalised[t.i] and not (t.i > 0 and capitalised[t.i - 1]) and not (t.i + 1 < len(tokens) and capitalised[t.i + 1])
        ]
        if not single:
            return set()
        kinds = set(lexicons(ctx.language).get("named_thing_nouns", ()))
        by_word: dict[str, list] = {}
        for t in single:
            by_word.setdefault(t.text, []).append(t)
        named = set()
        for word, occurrences in by_word.items():
            if any(t.pos_ not in ("PROPN", "NOUN") and not ShoutingCaps._misread_adjective(t) for t in occurrences):
                continue
            modifier = [
                t for t in occurrences
                if t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ in ("NOUN", "PROPN") and 0 < t.head.i - t.i <= 3
            ]
            bare = [
                t for t in occurrences
                if t.dep_ not in ("compound", "amod", "nmod") and not any(c.dep_ in ("det", "poss") for c in t.children)
            ]
            kind_of_thing = any(
                t.head.lower_ in kinds or (t.i + 1 < len(tokens) and tokens[t.i + 1].lower_ in kinds) for t in modifier
            )
            if modifier and (kind_of_thing or bare):
                named.add(word)
        return named

    @staticmethod
    def _misread_adjective(token) -> bool:  # type: ignore[no-untyped-def]
        """A word in capitals that the tagger calls an adjective although the word is never one ("the
        THRIVE risk assessment": "thrive" is only a verb): before a noun it can only be a name. Real
        adjectives ("the SAME test", "a HUGE mistake") stay adjectives."""
        if token.pos_ != "ADJ" or token.lang_ != "en":
            return False
        from lemminflect import getAllLemmas

        lemmas = getAllLemmas(token.lower_)
        return bool(lemmas) and "ADJ" not in lemmas

    @staticmethod
    def _spelled_out(ctx: Context, run) -> bool:  # type: ignore[no-untyped-def]
        """A word of three or more capitals that the draft spells out: the initials of words beside it in
        brackets, right after it or after the noun it names ("the LAST method (Listen, Apologise, Solve,
        Thank)", "Acceptance and Commitment Therapy (ACT)"), or of a name written out elsewhere in the draft, every word of it a noun, an
        adjective or a participle ("the accuracy checking technician post … an ACT vacancy"). Joining words ("and",
        "of", "och") may sit between. A shouted word is spelled out by no name ("NOT" and "not only
        that": a particle, an adverb and a pronoun)."""
        if len(run) != 1 or len(run[0].text) < 3:
            return False
        letters = run[0].text.lower()
        tokens = ctx.tokens
        words = [t for t in tokens if t.is_alpha and t.i != run[0].i]
        for k, first in enumerate(words):
            if first.lower_[0] != letters[0] or first.text.isupper():
                continue
            spelled, at, j = [], 0, k
            while at < len(letters) and j < len(words):
                word = words[j]
                if j > k and any(not (t.is_punct and t.text in ",/-&") for t in tokens[words[j - 1].i + 1 : word.i]):
                    break  # only commas, slashes and hyphens between the words of one name
                if word.lower_[0] == letters[at] and not word.text.isupper():
                    spelled.append(word)
                    at += 1
                elif word.lower_ in _JOINING and spelled:
                    pass
                else:
                    break
                j += 1
            if at < len(letters):
                continue
            before = tokens[spelled[0].i - 1] if spelled[0].i > 0 else None
            after = tokens[spelled[-1].i + 1] if spelled[-1].i + 1 < len(tokens) else None
            bracketed = (
                (before is not None and before.text == "(" and 0 < before.i - run[0].i <= 2)
                or (after is not None and after.text == "(" and after.i + 1 == run[0].i)
            )
            if bracketed or all(w.pos_ in ("NOUN", "PROPN", "ADJ") or w.tag_ in ("VBG", "VBN") for w in spelled):
                return True
        return False

    @staticmethod
    def _heading(ctx: Context, run) -> bool:  # type: ignore[no-untyped-def]
        """Capitals that label a line or make up a subject line ("INTERVIEW DATE: 22 January",
        "RE: OUTCOME OF YOUR APPLICATION – TEAM LEADER"): either the run starts its line and ends at a
        colon, or the line starts with "Re:", "Subject:" or the like. A heading names something: with a
        verb in it ("I WANT AN ANSWER: NOW", "Re: WHY HAVE I HEARD NOTHING") or a line that ends in "!"
        or "?", the capitals are still shouting."""
        text = ctx.draft.text
        start = run[0].idx
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if not line or line.endswith(("!", "?")):
            return False
        if _SUBJECT.match(line):
            words = [t for t in ctx.tokens if line_start <= t.idx < line_end]
        elif not text[line_start:start].strip() and text[run[-1].idx + len(run[-1].text):line_end].lstrip().startswith(":"):
            words = list(run)
        elif _letterhead(ctx, run, line_start, line_end):
            words = list(run)
        else:
            return False
        said = _said_to_someone(ctx.language)
        return not any(t.lower_ in said for t in words)

    @staticmethod
    def _designation(ctx: Context, run) -> bool:  # type: ignore[no-untyped-def]
        """The name of a standard: every word is a standards body (``standards_bodies``: "EN ISO",
        "BS EN", "DIN", "SS") and the standard's number follows ("EN ISO 9606-1", "ISO 9001:2015",
        "DIN 912"). "EN" and "DIN" are also Swedish words ("EN fråga", "DIN ansökan"): without the
        number after them they are judged as words."""
        if not {t.lower_ for t in run} <= set(lexicon("standards_bodies")):
            return False
        after = run[-1].i + 1
        return after < len(ctx.tokens) and _STANDARD_NUMBER.fullmatch(ctx.tokens[after].text) is not None

    def _acronym(self, ctx: Context, token, acronyms: set[str]) -> bool:  # type: ignore[no-untyped-def]
        """Whether the word in capitals is a known acronym (``acronyms``). The list is written against
        English words; a language in which some of them are also ordinary words overrides this."""
        return token.lower_ in acronyms

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
    def _capitalised(token, acronym: bool) -> bool:  # type: ignore[no-untyped-def]
        text = token.text
        return (
            len(text) >= 2 and text.isalpha() and text.isupper()
            and not acronym
            and not _compound_prefix(token)
            # The tagger often calls a shouted word an ORG; trust the entity only for nouns, and not after "a" or "an" with no
            # noun after it, as a name there would have ("you did jump about a LOT", not "a MAN truck").
            and (token.ent_type_ not in _NAMED or token.pos_ in _EMPHASIS_POS or _after_an_article(token))
        )

    @staticmethod
    def _emphatic(token) -> bool:  # type: ignore[no-untyped-def]
        zipf = zipf_frequencies("en")[token.lower_]
        # Long ordinary words ("SERIOUSLY", "UNACCEPTABLE") are never acronyms, whatever the tagger says.
        return token.pos_ in _EMPHASIS_POS or zipf >= COMMON_ZIPF or (len(token.text) >= 6 and zipf >= 3.0)
