from __future__ import annotations

from ....core.lexicon import contains_any
from ...base import RuleDoc, register
from ..cf001_why_rejected import WhyRejected

#: Words that ask for the reason.
_REASON = (
    "varför", "anledningen till att", "skälet till att", "orsaken till att", "fel på mig", "på vilka grunder", "på vilken grund",
    # "vad var det som gjorde att det blev nej?": the cause asked for in other words
    "vad var det som gjorde att", "vad det var som gjorde att", "vad som gjorde att", "vad gjorde att",
    "vad var det som avgjorde att", "vad det var som avgjorde att", "vad som avgjorde att", "vad avgjorde att",
    "vad berodde det på att", "vad det berodde på att", "vad beror det på att",
)
#: The answer named as the outcome is the writer's own even without "jag": "vad gjorde att det blev nej?".
_A_NO = ("det blev nej", "det blev ett nej", "svaret blev nej", "svaret var nej", "beskedet blev nej")
#: The writer not being chosen: a negated outcome, a rejection, or someone else chosen.
_NOT_CHOSEN = (
    "inte fick", "fick jag inte", "fick inte", "inte blev jag", "inte blev det jag", "blev det inte jag", "det inte blev jag",
    "inte gick vidare", "gick inte vidare", "inte kom vidare", "kom inte vidare", "inte valdes", "valdes inte", "valdes bort",
    "valde bort mig", "sållades bort", "inte anställdes", "inte kallades", "inte togs", "avslag", "avslaget", "fel på mig",
    # "varför det blev nej": the answer itself named as the outcome
    "blev nej", "blev ett nej", "fick nej", "fick ett nej", "svaret var nej",
)
_ABOUT_ME = ("jag", "mig", "min", "mitt", "mina")
#: Someone else chosen ("varför valde ni någon annan?") is about the writer without saying so.
_OTHER_CHOSEN = ("någon annan", "en annan kandidat", "en annan sökande", "den andra kandidaten")
#: "Jag förstår varför ni valde…" accepts the decision; it is not asking why.
_ACCEPTING = ("jag förstår varför", "jag förstod varför", "jag ser varför", "jag vet varför", "jag respekterar")
#: Saying the decision cannot be understood challenges it as plainly as asking why.
_CANNOT_SEE = (
    "svårt att förstå beslutet", "svårt att förstå ert beslut", "svårt att förstå ditt beslut", "svårt att förstå hur ni",
    "svårt att förstå hur du", "svårt att se att någon annan", "svårt att se hur någon annan", "svårt att se hur den andra",
    "förstår inte beslutet", "förstår inte ert beslut", "förstår inte hur ni", "begriper inte beslutet", "begriper inte hur ni",
)


@register
class WhyRejectedSv(WhyRejected):
    LANGUAGES = ("sv",)
    MESSAGE = "Frågar varför du inte fick jobbet: hur artigt det än formuleras läses det som att du ifrågasätter beslutet"
    FIX_TITLE = "Fråga i stället vad som skulle stärka en framtida ansökan"
    DOC = RuleDoc(
        what="Frågor om varför skribenten inte blev vald: 'Varför fick jag inte jobbet?', 'Får jag fråga varför det inte blev jag?', 'Jag vill fråga varför det blev nej', 'vad var det som gjorde att det blev nej?', 'vad var anledningen till att ni valde någon annan?', och att säga att beslutet inte går att förstå: 'jag har svårt att förstå beslutet', 'jag har svårt att se att någon annan sökande kan ha varit mer kvalificerad'.",
        why="Arbetsgivare har all anledning att inte förklara ett beslut, och frågan låter konfrontativ hur försiktigt den än ställs. En framåtblickande fråga besvaras betydligt oftare.",
        example="Varför fick jag inte jobbet?",
        instead="Skulle du kunna berätta vad som skulle stärka en framtida ansökan från mig?",
    )
    REPLACEMENT = "Skulle du kunna berätta vad som skulle stärka en framtida ansökan från mig?"
    FAIL = (
        "Varför fick jag inte jobbet?",
        "Får jag fråga varför det inte blev jag?",
        "Jag vill veta exakt varför jag inte fick tjänsten som butikschef.",
        "Vad var anledningen till att ni valde någon annan?",
        "Vad var det för fel på mig egentligen?",
        "Jag har svårt att förstå beslutet.",
        "Jag har svårt att förstå hur ni har resonerat.",
        "Jag har svårt att se att någon annan sökande kan ha varit mer kvalificerad.",
        "Jag vill fråga varför det blev nej för mig.",
        "Kan ni säga varför jag fick ett nej?",
        "Hej, vad var det som gjorde att det blev nej?",
        "Får man fråga vad som avgjorde att det blev ett nej?",
        "Vad berodde det på att svaret blev nej?",
    )
    PASS = (
        "Jag förstår varför ni valde en annan kandidat.",
        "Jag skulle gärna höra varför teamet lägger upp introduktionen på det sättet.",
        "Skulle du kunna berätta vad som skulle stärka en framtida ansökan från mig?",
        "Jag är besviken, men jag förstår beslutet.",
        "Jag har svårt att förstå hur jag kunde missa den frågan.",
        "Även om det blev nej den här gången vill jag gärna veta vad jag kan utveckla.",
        "Jag förstår varför det blev nej och tackar för beskedet.",
        "Vad gjorde att kunden sa nej i caset, tror du?",
        "Även om det blev nej vill jag gärna veta vad som skulle stärka en framtida ansökan.",
        "Vad var det som gjorde att ni valde just det upplägget för introduktionen?",
    )

    def _cue(self, sent):  # type: ignore[no-untyped-def]
        """The sentence's first token when it asks why the writer was not chosen, or None: read from
        word lists (there is no Swedish parse)."""
        lower = sent.text.lower()
        if contains_any(lower, _CANNOT_SEE):
            return sent[0]
        if not contains_any(lower, _REASON):
            return None
        not_me = contains_any(lower, _NOT_CHOSEN) and contains_any(lower, _ABOUT_ME)
        if not (not_me or contains_any(lower, _OTHER_CHOSEN) or contains_any(lower, _A_NO)):
            return None
        if contains_any(lower, _ACCEPTING) and not lower.rstrip().endswith("?"):
            return None
        return sent[0]
