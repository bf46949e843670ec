from __future__ import annotations

import re

from ....core.context import Context
from ...base import RuleDoc, register
from ..cn003_no_forward_ask import NoForwardAsk

#: Att söka igen med platsen eller tjänsten emellan ("om jag söker till er igen", "söka tjänsten hos er
#: igen"): listan har bara "söka igen" i ett stycke. Bara nutid och infinitiv: "jag sökte hit igen i
#: våras" ser bakåt.
_APPLY_AGAIN = re.compile(r"\bsök(?:a|er)\b(?:\s+[^\W\d_]+){1,4}?\s+igen\b", re.IGNORECASE)


@register
class NoForwardAskSv(NoForwardAsk):
    LANGUAGES = ("sv",)
    FORWARD_ASK = "Finns det något du skulle föreslå att jag arbetar med för att stärka en framtida ansökan?\n\n"
    MESSAGE = "Ingen framåtblickande fråga: begäran tittar bakåt på beslutet i stället för framåt"
    FIX_TITLE = "Fråga vad som skulle stärka en framtida ansökan"
    DOC = RuleDoc(
        what="En begäran om återkoppling som aldrig frågar vad skribenten kan göra härnäst: förbättra, förbereda, stärka en framtida ansökan.",
        why="En framåtblickande fråga är lätt och ofarlig att besvara; den visar också att du kommer att använda återkopplingen, vilket gör ett svar mer sannolikt.",
        example="Jag blev inte vald till tjänsten. Jag vill ha återkoppling på intervjun.",
        instead="Finns det något du skulle föreslå att jag arbetar med för att stärka en framtida ansökan?",
    )
    FAIL = (
        "Hej Lena,\nJag blev inte vald till tjänsten. Jag vill ha återkoppling på intervjun.\nHälsningar\nOmar",
        # a training already done, the employer's priorities, and how the decision was reached look back
        "Hej Lena,\nJag har gått en utbildning i BBIC och förstår inte beslutet. Varför fick jag inte tjänsten?\nHälsningar\nOmar",
        "Hej Lena,\nJag förstår att ni måste prioritera bland många sökande. Varför blev det inte jag?\nHälsningar\nOmar",
        "Hej Lena,\nJag förstår inte hur ni bedömde att jag saknade erfarenhet. Varför fick jag inte tjänsten?\nHälsningar\nOmar",
        # en ansökan som redan gjordes igen ser bakåt
        "Hej Lena,\nJag sökte till er igen i våras och fick nej igen. Varför fick jag inte tjänsten?\nHälsningar\nOmar",
    )
    PASS = (
        # en vardaglig fråga om vad kandidaten ska satsa på
        "Tjena Stefan!\nTack för provträningsveckan. Vad ska jag köra mest på i sommar, skottet eller närkamperna?\n/Viktor",
        "Hej Lena,\nTack för intervjun. Finns det något jag kan arbeta med för att stärka en framtida ansökan?\nHälsningar\nOmar",
        "Hej Lena,\nTack för intervjun. Jag skulle gärna höra hur mitt svar på frågan om budgeten togs emot.\nHälsningar\nOmar",
        "Hej Lena,\nTack för beskedet. Jag undrar vad du tyckte om mina rubrikförslag, eller om ni hade velat se något mer sakligt.\nHälsningar\nOmar",
        # what to prioritise, which course or reading, a condition about applying again, and how my answer was judged
        "Hej Lena,\nTack för beskedet. Finns det något du tycker att jag ska prioritera under våren?\nHälsningar\nOmar",
        "Hej Lena,\nTack för beskedet. Finns det någon kurs eller litteratur du kan rekommendera?\nHälsningar\nOmar",
        "Hej Lena,\nTack för beskedet. Vad bör jag läsa om jag vill söka till enheten igen om ett år?\nHälsningar\nOmar",
        "Hej Lena,\nTack för samtalet. Jag skulle gärna höra hur ni bedömde mitt resonemang i ärendet med orosanmälan.\nHälsningar\nOmar",
        # att söka igen med platsen eller tjänsten emellan
        "Hej Lena,\nTack för samtalet. Vad skulle väga tyngst om jag söker till er igen om ett år?\nHälsningar\nOmar",
        "Hej Lena,\nTack för beskedet. Jag vill gärna söka tjänsten hos er igen när den utlyses.\nHälsningar\nOmar",
    )

    def asks_forward(self, ctx: Context) -> bool:
        return super().asks_forward(ctx) or any(_APPLY_AGAIN.search(s.text) for s in ctx.content_sentences)
