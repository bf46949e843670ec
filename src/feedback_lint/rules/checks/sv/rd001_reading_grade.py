from __future__ import annotations

from ....core.context import Context
from ...base import RuleDoc, register
from ..rd001_reading_grade import MIN_WORDS, ReadingGrade

#: LIX (läsbarhetsindex) above this is "svår" text in Swedish readability practice (over 60: very hard).
MAX_LIX = 55.0
#: LIX counts words longer than this as long.
LONG_WORD = 6


def lix(words: list[str], sentences: int) -> float:
    """Swedish readability index: words per sentence plus the percentage of words over six letters.

    >>> round(lix(["Vi", "valde", "en", "annan", "sökande"], 1), 1)
    25.0
    """
    long_words = sum(1 for w in words if len(w) > LONG_WORD)
    return len(words) / max(1, sentences) + 100 * long_words / max(1, len(words))


@register
class ReadingGradeSv(ReadingGrade):
    LANGUAGES = ("sv",)
    MESSAGE = "Svårläst: LIX {value:.0f} (sikta på {max:.0f} eller lägre)"
    FIX_TITLE = "Använd kortare meningar och enklare ord"
    NO_SUGGESTION_REASON = "Att förenkla ett helt utkast är en omskrivning som bara skribenten kan göra väl."
    DOC = RuleDoc(
        what=f"Utkast på minst {MIN_WORDS} ord vars läsbarhetsindex (LIX: ord per mening plus andelen ord över sex bokstäver) är över {MAX_LIX:.0f}.",
        why="Återkoppling läses av människor med alla slags bakgrunder, ibland på ett andraspråk; kompakt prosa döljer poängen.",
        example="Med hänsyn till de organisatoriska komplexiteter som genomsyrar vårt flerdimensionella utvärderingsramverk…",
        instead="Vi bedömde alla kandidater på samma fyra kriterier. Så här låg du till på vart och ett.",
    )
    MAX = MAX_LIX
    FAIL = ("Hej,\nMed hänsyn till de betydande organisatoriska komplexiteter som genomsyrar vårt flerdimensionella utvärderingsramverk nödvändiggjorde kommitténs överväganden en prioritering av kandidater som uppvisade omfattande institutionell förtrogenhet, oaktat din berömvärda metodologiska sofistikering och interdisciplinära mångsidighet, vilka enhälligt uppmärksammades av samtliga deltagande bedömare.\nHälsningar\nKommittén",)
    PASS = ("Hej Sam,\nTack för att du kom in i måndags. Ditt svar om lagerstyrning var tydligt och du kunde kassasystemet väl. Det som brast var kassaavstämningen: växelkassan skilde tio kronor. Öva gärna på en avstämning innan nästa intervju.\nHälsningar\nAnna",)

    def readability(self, ctx: Context) -> float | None:
        """The draft's LIX, or None when it is too short to measure."""
        words = [t.text for s in ctx.sentences for t in s if t.is_alpha]
        if len(words) < MIN_WORDS:
            return None
        return lix(words, len(ctx.sentences))
