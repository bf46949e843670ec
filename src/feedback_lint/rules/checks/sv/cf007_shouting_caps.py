from __future__ import annotations

from ...base import RuleDoc, register
from ..cf007_shouting_caps import COMMON_ZIPF, ShoutingCaps


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "sv")


@register
class ShoutingCapsSv(ShoutingCaps):
    """The English rule's logic, with Swedish word frequencies deciding what is an ordinary word."""

    LANGUAGES = ("sv",)
    MESSAGE = "Ord i versaler läses som att du skriker"
    FIX_TITLE = "Skriv orden med vanliga bokstäver"
    DOC = RuleDoc(
        what="Vanliga ord skrivna i versaler för att betona ('jag har ALDRIG fått svar', 'det här är INTE okej'). Förkortningar (CV, HR, BIM, WMS), flera förkortningar i rad utan något vanligt ord bland dem ('WCAG AA'), namn, versaler som sitter ihop med ett ord med bindestreck (VA-konstruktör), ett gradord som betonar tack eller beröm ('tack SÅ mycket') och namn, titel och företag under avslutningen lämnas i fred.",
        why="Versaler läses som höjd röst. Mottagaren reagerar på volymen, inte på poängen.",
        example="Jag har ALDRIG blivit behandlad så här. Är det så ni behandlar ALLA sökande?",
        instead="Jag blev besviken över att inte få svar. Är återkoppling något ni kan ge?",
    )
    FAIL = (
        "Jag har ALDRIG blivit behandlad så här.", "Det här är INTE okej.", "JAG KRÄVER EN FÖRKLARING.", "Är det så ni behandlar ALLA sökande?", "Tack SÅ mycket för ingenting.",
        # en rubrikrad som säger något till någon är fortfarande skrik
        "Hej Anna,\nÄmne: VARFÖR HAR JAG INTE FÅTT SVAR\nDet har gått en månad.",
    )
    PASS = (
        "Jag har fem års erfarenhet av SQL och AWS.",
        "Jag har arbetat i WMS-systemet och med BIM i Revit.",
        "Mitt CV och mina betyg finns i ansökan.",
        "Jag är tacksam och hoppas att vi hörs.",
        "Tack för intervjun för tjänsten som VA-konstruktör.",
        "Kontrasten i den grå texten klarade inte WCAG AA.",
        "Tack SÅ mycket för att du kom in och pratade med oss.",
        # rubriker: en etikett före kolon, eller en ämnesrad
        "Hej Anna,\n\nSÖKT TJÄNST: Lagerchef, ref 2291\n\nTack för att du kom på intervju.",
        "Hej Anna,\n\nÄMNE: BESKED OM DIN ANSÖKAN – LAGERCHEF\n\nTack för att du kom på intervju.",
    )

    @staticmethod
    def _emphatic(token) -> bool:  # type: ignore[no-untyped-def]
        zipf = _zipf(token.lower_)
        return zipf >= COMMON_ZIPF or (len(token.text) >= 6 and zipf >= 3.0)
