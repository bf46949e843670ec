from __future__ import annotations

import re

from ....core.context import Context
from ....core.lexicon import lexicon, zipf_frequencies
from ....scoring.features import PERSON_WORDS
from ...base import RuleDoc, register
from ..cf007_shouting_caps import COMMON_ZIPF, ShoutingCaps

#: The word that joins alternative names ("via VAL eller Lärarlyftet"); "och" and a comma also join
#: clauses ("i VECKOR och Anna svarade aldrig"), so they are not read.
_JOINERS = frozenset(["eller"])

#: Words that turn a sentence towards the reader (the second-person words the scorers read): an acronym
#: that is also a Swedish word ("MIG" for the welding process, "mig") is read as the word in a sentence
#: aimed at the reader.
_READER = PERSON_WORDS["sv"][2]
#: A code beside a word: letters and digits in one token ("G3", "ID06", "P235GH").
_LETTERS_AND_DIGITS = re.compile(r"(?=.*\d)(?=.*[^\W\d_])[\w\-/.:]+")


@register
class ShoutingCapsSv(ShoutingCaps):
    """The English rule's logic, with Swedish word frequencies deciding what is an ordinary word."""

    LANGUAGES = ("sv",)
    MESSAGE = "Ord i versaler läses som att du skriker"
    FIX_TITLE = "Skriv orden med vanliga bokstäver"
    DOC = RuleDoc(
        what="Vanliga ord skrivna i versaler för att betona ('jag har ALDRIG fått svar', 'det här är INTE okej'). Förkortningar (CV, HR, BIM, WMS, myndigheter och lagar som JO och LAS), flera förkortningar i rad utan något vanligt ord bland dem ('WCAG AA'), namn, standarder med organ och nummer ('EN ISO 9606-1', 'SS-EN 1090-2', 'DIN 912'), svetsmetoder ('MIG', 'TIG'), versaler som sitter ihop med ett ord med bindestreck (VA-konstruktör), ett gradord som betonar tack eller beröm ('tack SÅ mycket'), ett brevhuvud med organisationens namn på en egen rad före brevets första mening ('HÄLLEVIKS TINGSRÄTT') och namn, titel och företag under avslutningen lämnas i fred.",
        why="Versaler läses som höjd röst. Mottagaren reagerar på volymen, inte på poängen.",
        example="Jag har ALDRIG blivit behandlad så här. Är det så ni behandlar ALLA sökande?",
        instead="Jag blev besviken över att inte få svar. Är återkoppling något ni kan ge?",
    )
    FAIL = (
        # versaler bredvid ett namn med 'och', eller ett negationsord med 'eller', är fortfarande skrik
        "Jag väntade i VECKOR och Anna svarade aldrig.", "Ni svarade INTE eller Anna heller.", "Ring MIG eller Anna direkt!",
        "Jag har ALDRIG blivit behandlad så här.", "Det här är INTE okej.", "JAG KRÄVER EN FÖRKLARING.", "Är det så ni behandlar ALLA sökande?", "Tack SÅ mycket för ingenting.",
        # versaler på en egen rad efter att brevet har börjat är ingen brevhuvud
        "Hej Anna,\nJag fick ert mejl.\nTOTALT RESPEKTLÖST BEMÖTANDE\nLinus",
        # en rubrikrad som säger något till någon är fortfarande skrik
        "Hej Anna,\nÄmne: VARFÖR HAR JAG INTE FÅTT SVAR\nDet har gått en månad.",
        # förkortningar som också är svenska ord: utan nummer efter, eller i en mening riktad till läsaren, är det ordet
        "Jag har bara EN fråga.", "Det var DIN uppgift att svara!", "Ni svarade aldrig MIG.", "Varför valde ni honom och inte MIG?",
        # en myndighetsförkortning som också är ett ord ('JO', 'jo') är ordet i en mening riktad till läsaren
        "JO, jag har faktiskt ringt tre gånger!", "JO du hörde rätt, jag har ringt tre gånger.",
    )
    PASS = (
        # ett namn i versaler som alternativ till ett annat namn
        "Om du läser in behörigheten via VAL eller Lärarlyftet vill vi gärna se en ansökan igen.",
        "Du kan läsa in ämnet genom Lärarlyftet eller VAL.",
        "Jag har fem års erfarenhet av SQL och AWS.",
        "Jag har arbetat i WMS-systemet och med BIM i Revit.",
        "Mitt CV och mina betyg finns i ansökan.",
        "Jag är tacksam och hoppas att vi hörs.",
        "Tack för intervjun för tjänsten som VA-konstruktör.",
        "Kontrasten i den grå texten klarade inte WCAG AA.",
        "Tack SÅ mycket för att du kom in och pratade med oss.",
        # standarder med organ och nummer, och svetsmetoder
        "Jag har certifikat enligt EN ISO 9606-1 och har klarat provet enligt SS-EN 1090-2.",
        "Skruvarna följer DIN 912 och verkstaden är certifierad enligt ISO 9001:2015.",
        "Jag svetsade roten med MIG i läge PF.",
        "Jag har svetsat med MIG i fem år på ett varv.",
        # myndigheter och lagar i versaler, också när förkortningen är ett vanligt ord ('JO')
        "Båda bristerna är sådant som JO brukar anmärka på.", "Beslutet följer LAS och praxis från AD.",
        # ett brevhuvud: organisationens namn på en egen rad överst, före brevets första mening
        "HÄLLEVIKS TINGSRÄTT\nAdministrativa enheten\n\nHej Amina,\nTack för att du sökte tjänsten.\nMed vänliga hälsningar\nKarin",
        # rubriker: en etikett före kolon, eller en ämnesrad
        "Hej Anna,\n\nSÖKT TJÄNST: Lagerchef, ref 2291\n\nTack för att du kom på intervju.",
        "Hej Anna,\n\nÄMNE: BESKED OM DIN ANSÖKAN – LAGERCHEF\n\nTack för att du kom på intervju.",
    )

    @staticmethod
    def _named_things(ctx: Context, capitalised: list[bool]) -> set[str]:
        """Utöver det som den engelska regeln läser: ett ensamt ord i versaler som står samordnat med ett
        namn som ett alternativ ("via VAL eller Lärarlyftet", "genom Lärarlyftet eller VAL"), det vill säga
        med "eller" intill ett ord med stor begynnelsebokstav mitt i meningen, är självt ett namn på ett
        program eller en utbildning. Ett negations-, grad- eller pronomenord ("INTE eller Anna") är det aldrig."""
        named = ShoutingCaps._named_things(ctx, capitalised)
        tokens = ctx.tokens
        never = set(lexicon("negations", "sv")) | set(lexicon("degree_words", "sv")) | set(lexicon("never_names_in_caps", "sv"))

        def name_at(i: int) -> bool:
            if not 0 <= i < len(tokens):
                return False
            t = tokens[i]
            return (
                t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not t.is_sent_start
                and i > 0 and tokens[i - 1].text not in ".!?:\n"
            )

        for t in tokens:
            i = t.i
            if not capitalised[i] or (i > 0 and capitalised[i - 1]) or (i + 1 < len(tokens) and capitalised[i + 1]):
                continue
            if t.lower_ in never:
                continue
            after = i + 1 < len(tokens) and tokens[i + 1].lower_ in _JOINERS and name_at(i + 2)
            before = i >= 2 and tokens[i - 1].lower_ in _JOINERS and name_at(i - 2)
            if after or before:
                named.add(t.text)
        return named

    def _acronym(self, ctx: Context, token, acronyms: set[str]) -> bool:  # type: ignore[no-untyped-def]
        """The acronym list is written against English words, and a few of its acronyms are common
        Swedish words: "MIG" (the welding process) is also "mig". Such a word is the acronym when a
        code stands in the same sentence (another acronym such as "PF" or "TIG", or a code of letters
        and digits such as "G3" or "P235GH"), or when the sentence is not aimed at the reader (no "du"/"ni", no negation,
        no "?" or "!"); otherwise it is the word, and shouting ("Ni svarade aldrig MIG")."""
        if token.lower_ not in acronyms:
            return False
        if not self._emphatic(token):
            return True
        sent = ctx.sentence_of(token.idx)
        words = [t for t in sent] if sent is not None else [token]
        if any(t is not token and self._code_beside(t) for t in words):
            return True
        lowered = {t.lower_ for t in words}
        text = sent.text.rstrip() if sent is not None else ""
        aimed = (
            not lowered.isdisjoint(_READER) or not lowered.isdisjoint(lexicon("negations", "sv"))
            or text.endswith(("?", "!"))
        )
        return not aimed

    @classmethod
    def _code_beside(cls, token) -> bool:  # type: ignore[no-untyped-def]
        text = token.text
        if len(text) >= 2 and text.isalpha() and text.isupper():
            return not cls._emphatic(token)
        return _LETTERS_AND_DIGITS.fullmatch(text) is not None

    @staticmethod
    def _emphatic(token) -> bool:  # type: ignore[no-untyped-def]
        zipf = zipf_frequencies("sv")[token.lower_]
        return zipf >= COMMON_ZIPF or (len(token.text) >= 6 and zipf >= 3.0)
