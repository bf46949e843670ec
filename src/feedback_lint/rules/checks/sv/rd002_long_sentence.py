from __future__ import annotations

from ...base import RuleDoc, register
from ..rd002_long_sentence import MAX_WORDS, LongSentence


@register
class LongSentenceSv(LongSentence):
    """The English rule's logic (a word count per sentence), with Swedish wording."""

    LANGUAGES = ("sv",)
    MESSAGE = "Mycket lång mening ({words} ord): dela upp den så att varje poäng når fram"
    FIX_TITLE = "Dela meningen i två"
    NO_SUGGESTION_REASON = "Var meningen ska delas beror på vad skribenten vill betona."
    DOC = RuleDoc(
        what=f"Meningar med fler än {MAX_WORDS} ord.",
        why="Långa meningar i ett avslag begraver det enda som mottagaren letar efter.",
        example="Vi ville meddela att vi efter noggrant övervägande av alla ansökningar som kommit in till tjänsten, och efter flera diskussionsrundor i teamet om avdelningens behov under det kommande året, har beslutat att inte gå vidare med din ansökan.",
        instead="Tack för din ansökan. Efter flera diskussionsrundor har vi beslutat att inte gå vidare med den.",
    )
    FAIL = ("Vi ville meddela att vi efter ett mycket noggrant övervägande av alla de många ansökningar som kommit in till den här tjänsten, och efter flera långa diskussionsrundor i teamet om vad avdelningen kommer att behöva under det kommande året, har beslutat att inte gå vidare med din ansökan den här gången.",)
    PASS = ("Tack för din ansökan. Efter flera diskussionsrundor har vi beslutat att inte gå vidare med den.",)
