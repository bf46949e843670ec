from __future__ import annotations

from ...base import RuleDoc, register
from ..fa002_culture_fit import CultureFit


@register
class CultureFitSv(CultureFit):
    """The English rule, with Swedish phrases (data/fairness.json) and wording."""

    LANGUAGES = ("sv",)
    REPLACEMENT = "[det arbetsrelaterade beteende ni såg som inte mötte tjänstens behov, och när]"
    MESSAGE = "'Passade inte in i kulturen' som skäl: det säger inget arbetsrelaterat och väcker misstanken att en diskrimineringsgrund var det verkliga skälet"
    FIX_TITLE = "Ersätt det med det arbetsrelaterade beteende ni såg"
    DOC = RuleDoc(
        what="Återkoppling som säger att kandidaten inte passade in i kulturen, inte var en kulturmatch eller inte passade in i gänget, eller att kemin i gruppen inte kändes rätt, som skäl.",
        why="'Kulturmatch' är det uttryck som oftast citeras i diskrimineringsärenden: det ger inget skäl som kandidaten kan pröva och läses därför som en täckmantel för ålder, ursprung, kön eller något annat som panelen inte sa. Ett arbetsrelaterat, observerbart skäl är rättvisare och säkrare.",
        example="Vi kom fram till att du inte passade in i kulturen hos oss.",
        instead="Tjänsten kräver att man tar upp problem tidigt; i gruppövningen sa du ingenting förrän planen var klar.",
    )
    FAIL = (
        "Hej Sam,\nVi kom fram till att du inte passade in i kulturen hos oss.\nHälsningar\nAnna",
        "Hej Sam,\nVi kände inte riktigt att du var en kulturmatch för oss.\nHälsningar\nAnna",
        "Hej Sam,\nI slutändan handlade det om att du inte passade riktigt in i gruppen.\nHälsningar\nAnna",
        "Hej Sam,\nÄrligt talat föll det på kemin.\nHälsningar\nAnna",
        "Hej Sam,\nJag tror ärligt talat inte att det hade blivit en kulturell match.\nHälsningar\nAnna",
        # kemin i gruppen som inte kändes rätt
        "Hej Sam,\nMen när vi stämde av med teamet kändes kemin i gruppen inte riktigt självklar.\nHälsningar\nAnna",
        # att inte funka i gänget, med läsaren som subjekt
        "Hej Sam,\nJag tror helt enkelt inte att du skulle funka i gänget.\nHälsningar\nAnna",
    )
    PASS = (
        "Hej Sam,\nVi tror att du skulle passa in i kulturen, och vi hoppas att du söker igen.\nHälsningar\nAnna",
        "Hej Sam,\nI gruppövningen sa du ingenting förrän planen var klar.\nHälsningar\nAnna",
        "Hej Sam,\nDet föll på caset, inte på kemin.\nHälsningar\nAnna",
        "Hej Sam,\nVi tror inte att det var kulturmatchen som avgjorde, utan caset.\nHälsningar\nAnna",
        "Hej Sam,\nKemin i gruppen kändes självklar, och din hemuppgift var ren.\nHälsningar\nAnna",
        "Hej Sam,\nDet var inte kemin i gruppen som avgjorde, utan hemuppgiften.\nHälsningar\nAnna",
        "Hej Sam,\nJag tror att du skulle funka bra i gänget, och ritningsläsningen kan du öva på.\nHälsningar\nAnna",
        "Hej Sam,\nUppgiften funkade inte i gruppen, men du räddade den.\nHälsningar\nAnna",
    )
