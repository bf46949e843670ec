"""What a mention is (``Mention`` and its kinds), and the tests both readings (english.py, swedish.py) share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...core.lexicon import contains_any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Kinds of mention: a term, an adjective of age (counts only of a person or the team), a proxy (counts
#: only as the reason or under the employer's view, never merely near the reader), an age given as a number
#: (a term that also counts with the employer's concern: "at 61 I'm not sure…"), a name (counts only with
#: a reaction to it: "put off by the name"), advice about the reader's identity ("worth going by Mo"), and a
#: region (a term only as where a person is from: "a supervisor from Eastern Europe", not "sales in Eastern Europe").
TERM, ADJECTIVE, PROXY, OWN, NAME, READER, REGION = "term", "adjective", "proxy", "own", "name", "reader", "region"
#: A career or life stage ("at this stage of your career"): an age proxy only with a slowing-down cue in its
#: sentence ("you might prefer something less demanding", "someone looking to build a long-term career").
STAGE = "stage"
#: People said to be like the reader in origin ("where the people are closer to your own background"): counts only
#: when what is compared is people, not work ("a role closer to your own background in logistics").
LIKENESS = "likeness"
#: Another employer said to care less about a characteristic ("they're less bothered about age", "age is less of an
#: issue there"): a hint that it counted here; not the writer's side about itself ("we're more relaxed about age").
ATTITUDE = "attitude"
#: An age-coded place said to be what the workplace is not ("we're a bar, not a retirement home"): an impression of the
#: reader's age on its own, unless the sentence is about a job requirement.
CONTRAST = "contrast"
#: A colleague's young age ("our client manager, Jordan, is 29", "vår arbetsledare är 27"): an impression of the reader's
#: age only when set against the reader's years or experience and a concern about the reader, in its sentence or the next
#: ("…and with your thirty years in practice I couldn't see you taking direction from him").
COLLEAGUE = "colleague"
#: What a mention that is not counted on its own sentence still needs from the sentence it is in or the
#: next one: the employer's concern about the reader (the reader's own situation), the employer's
#: view about the reader (the team's profile), the reader addressed (a reaction to a name), or the reader's
#: years or experience and a concern about the reader (a colleague's young age).
SITUATION, TEAM, SENIORITY = "situation", "team", "seniority"
#: The reader's own situation in their own clause ("You mentioned you have dyslexia."), with nothing in its sentence to
#: excuse it: it counts unless the next sentence offers an aid, adjustment or facility for it ("We have set up
#: text-to-speech on all our computers."), and then only with a concern about the reader in either sentence.
TOLD = "told"
#: A tied mention in a sentence of congratulation or thanks ("Congratulations on your recent wedding", "thank you for letting
#: us know about your dyslexia") with no concern in it: it counts only when that sentence or the next says the reader's
#: priorities will change (``life_change_cues``: "there's a fair chance your priorities will shift").
CHANGE = "change"
#: The reader's partner named ("your partner Marcus", "din sambo Marcus"): a hint of orientation that counts only with a
#: concern about the reader in its sentence or the next ("some of our landlords might not be comfortable dealing with you").
PARTNER = "partner"
#: The reader's graduation or qualification dated by a year ("you graduated in 1991", "you qualified back in 1988"): an age
#: proxy that counts when its sentence sets it against others' recent graduation (``graduation_contrasts``: "…, and the
#: analysts here all finished university within the last five or six years"), else only with a concern about the reader in
#: its sentence or the next; not on its own ("you graduated in 2019 and have led two audits since").
DATED = "dated"
#: Staff said to live in, or come from, a named part of town ("carers from the Darnley Park side of town", "personal som bor i
#: Husby"): a proxy for origin that counts only after a reaction to them of the clientele's or the employer's just before it
#: (``reaction_frames``: "some of our clients are a bit funny about…", "vi har haft problem med sena ankomster från…") with the
#: reader or the employer's view in the sentence, or the reaction the writer's own ("vi har haft otur med folk från
#: Rosengård"); not as a requirement of where staff live ("we're looking for carers who live in Westfield").
RESIDENCE = "residence"


@dataclass(frozen=True)
class Mention:
    """Tokens ``start:end`` of a doc name a characteristic of ``group``."""

    start: int
    end: int
    group: str
    kind: str = TERM

    @property
    def adjective(self) -> bool:
        return self.kind == ADJECTIVE


#: Quotation marks, straight and typographic, that set a word off as a word.
_QUOTES = frozenset('"\'“”‘’«»')


def _second(t: "Token", data: dict[str, Any]) -> bool:
    return t.lower_ in data["second_person"] and not (t.i > 0 and t.doc[t.i - 1].lower_ in data["not_addressing"])


def _addressed(sent: "Span", data: dict[str, Any]) -> bool:
    """A second-person word, or an "us" that takes the reader in with the writer ("not ideal for either of
    us", "för någon av oss")."""
    return any(_second(t, data) for t in sent) or contains_any(sent.text.lower(), data["inclusive_addressees"])


def _job_related(sent: "Span", data: dict[str, Any]) -> bool:
    lower = sent.text.lower()
    return contains_any(lower, data["requirement_cues"]) or contains_any(lower, data["accommodation_cues"])


def _own_clause(sent: "Span", m: Mention, data: dict[str, Any]) -> "Span":
    """The clause of the sentence the mention is in: from the last ";", dash or comma before a conjunction
    (``clause_conjunctions``: ", and", ", men") before it to the next ("det blir för mycket med småbarn och allt resande –
    tjänsten innebär ofta övernattningar")."""
    doc = sent.doc

    def boundary(i: int) -> bool:
        return doc[i].text in (";", "\u2013", "\u2014") or (
            doc[i].text == "," and i + 1 < sent.end and doc[i + 1].lower_ in data["clause_conjunctions"])

    start = next((i + 1 for i in range(m.start - 1, sent.start - 1, -1) if boundary(i)), sent.start)
    end = next((i for i in range(m.end, sent.end) if boundary(i)), sent.end)
    return doc[start:end]


def _like_them_in_a_respect(doc: "Doc", m: Mention, data: dict[str, Any]) -> bool:
    """Staff said to be like the clientele in a named respect, not in who they are ("teachers who are like them in their
    interests", "lärare som liknar dem i intressen")."""
    return doc[m.end - 1].lower_ in data["likeness_pronouns"] and m.end < len(doc) and doc[m.end].lower_ in data["likeness_respects"]


def _goodwill(text_lower: str, data: dict[str, Any]) -> bool:
    """Good wishes or thanks for a disclosure: a set phrase (``goodwill_cues``: "congratulations", "for letting us know
    about") or thanks however worded (``goodwill_patterns``: "Thank you for telling us on your application that…", "Först
    vill jag tacka för att du sa till om…", "Tack också för att du hörde av dig om…")."""
    return contains_any(text_lower, data["goodwill_cues"]) or any(re.search(p, text_lower) for p in data["goodwill_patterns"])


def _excused(text_lower: str, data: dict[str, Any]) -> bool:
    """An arrangement offered (``accommodation_cues``: "quiet room", "anpassningar") or goodwill voiced in the sentence: no reason,
    unless a concern is voiced with it."""
    return contains_any(text_lower, data["accommodation_cues"]) or _goodwill(text_lower, data)


def _played_no_part(text_lower: str, data: dict[str, Any]) -> bool:
    """The sentence says the reader's situation played no part (``no_bearing_cues``: "your time on parental leave played no
    part in the decision", "din föräldraledighet påverkade inte vårt beslut") and does not turn on it (``turn_cues``: "…, but
    we weren't sure…", "…, men…"): a tied mention in it counts only with a concern in this sentence or the next."""
    return _says_no_bearing(text_lower, data) and not contains_any(text_lower, data["turn_cues"])


def _says_no_bearing(text_lower: str, data: dict[str, Any]) -> bool:
    """A phrase of ``no_bearing_cues`` ("played no part"), or a negated subject before a verb of weighing in
    (``no_bearing_patterns``: "nothing about your health formed part of this decision", "ingenting som rör din hälsa vägde in")."""
    return contains_any(text_lower, data["no_bearing_cues"]) or any(re.search(p, text_lower) for p in data["no_bearing_patterns"])


def _a_clashing_date(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A holiday or observance that a date of the process clashed with or fell on, right before the mention (``clash_patterns``:
    "our first proposed interview date clashed with Eid", "intervjudagen krockade med eid al-fitr"): the date, not the reader's
    practice, so it counts only with a concern about the reader in its sentence or the next."""
    if m.group != "religion":
        return False
    before = sent.doc[max(sent.start, m.start - 8) : m.start].text.lower() + " "
    return any(re.search(p, before) for p in data["clash_patterns"])


def _a_reaction_before(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A reaction of the clientele's or the employer's to the people the mention describes, in the few words before it
    (``reaction_frames``: "are a bit funny about carers from…", "we've had problems with staff who live in…", "vi har haft
    problem med sena ankomster från personal som bor i…")."""
    before = sent.doc[max(sent.start, m.start - 8) : m.start].text.lower()
    return contains_any(before, data["reaction_frames"])


def _the_writers_reaction(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The reaction before the mention is the writer's own, its subject a ``writer_subjects`` word ("we've had trouble with
    staff from…", "vi har haft otur med folk från Rosengård"): the employer's experience of the group, told in a letter about
    the decision, counts without the reader named in the sentence."""
    text = " " + " ".join(t.lower_ for t in sent.doc[max(sent.start, m.start - 8) : m.start]) + " "
    at = max((text.rfind(" " + frame + " ") for frame in data["reaction_frames"]), default=-1)  # the reaction nearest the mention
    return at >= 0 and any(w in data["writer_subjects"] for w in text[:at].split())


def _a_burden_for_a_gender(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A gender as who the work is too much for: right after "for" or "för", with a word of physical burden in the few words
    before (``physical_burdens``: "a lot of lifting for a lady", "heavy work for a woman", "mycket lyft för en tjej"); not work
    done for a person ("you fitted the hoist for a lady on the ward")."""
    doc = sent.doc
    if m.group != "gender" or m.kind != TERM or m.start <= sent.start or doc[m.start - 1].lower_ not in data["burden_preps"]:
        return False
    return contains_any(doc[max(sent.start, m.start - 6) : m.start - 1].text.lower(), data["physical_burdens"])


def _frame_before(sent: "Span", m: Mention, data: dict[str, Any], frames: list[str], window: int) -> list[str] | None:
    """The words before one of ``frames`` when that frame ends right before the mention, past a determiner
    (``look_determiners``), within ``window`` words ("…thrown by the turban", "…take orders from a girl"); None when no frame
    does. Only words count ("n't" too, so that "aren't" is a refusal)."""
    words = [t.lower_ for t in sent.doc[max(sent.start, m.start - window) : m.start] if t.is_alpha or t.lower_ == "n't"]
    while words and words[-1] in data["look_determiners"]:
        words.pop()
    text = " " + " ".join(words)
    frame = next((f for f in frames if text.endswith(" " + f)), None)
    return None if frame is None else text[: -len(frame) - 1].split()


def _fitting_in_with_a_gender(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A gendered team the reader would have to fit in with (``fit_frames`` right before the mention, past a determiner: "someone
    who'll gel with the lads", "passa in bland grabbarna"); counted, as the team's make-up is, with a concern about the reader in
    its sentence or the next ("…, and I think you'd have found that hard going"), not on its own ("you'll fit in with the lads")."""
    return m.group == "gender" and m.kind == TERM and _frame_before(sent, m, data, data["fit_frames"], 6) is not None


def _taking_orders_from(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A gender as whom the staff or the clientele would not take orders from (``authority_frames``: "they aren't going to take
    orders from a girl", "killarna tar inte order från en tjej"): the frame right before the mention, past a determiner, refused
    in the words before it (``authority_refusals``); not the job's chain of command ("you'd take direction from a woman who has
    run the site for ten years")."""
    if m.group != "gender" or m.kind != TERM:
        return False
    found = _frame_before(sent, m, data, data["authority_frames"], 10)
    return found is not None and any(w in data["authority_refusals"] for w in found)


def _set_against_recent_graduates(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """Outside the mention, its sentence has others' recent graduation (``graduation_contrasts``: "the analysts here all
    finished university within the last five or six years", "resten av teamet tog examen under de senaste åren"), not the
    reader's own ("…, and you qualified as an ACA within the last two years")."""
    doc = sent.doc
    for part, after in ((doc[sent.start : m.start], False), (doc[m.end : sent.end], True)):
        lower = part.text.lower()
        for pattern in data["graduation_contrasts"]:
            for found in re.finditer(pattern, lower):
                words = lower[: found.start()].split()[-2:] + found.group(0).split()
                if any(w.strip(",.;:") in data["second_person"] for w in words):
                    continue
                # Right after the mention with nothing but "and" between, the verb is the reader's too.
                between = [w for w in lower[: found.start()].split() if w.strip(",.;:") not in data["clause_links"]]
                if after and not between:
                    continue
                return True
    return False


def _a_bare_transition(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The reader's "transition" (``transition_terms``: "your transition", "din transition") with nothing before it that makes it
    something the reader is going through (``transition_contexts``: "what you're going through with your transition", "mitt i
    din transition"): as likely a change of career ("I hope your transition goes smoothly"), so no mention; a transition to,
    into or from something is a look-alike (``not_mentions``)."""
    doc = sent.doc
    if doc[m.start : m.end].text.lower() not in data["transition_terms"]:
        return False
    before = doc[max(sent.start, m.start - 4) : m.start].text.lower()
    return not contains_any(before, data["transition_contexts"])


def _a_reaction_to_it(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A visible characteristic (``reaction_groups``: religious dress, an aid, an accent) that people are said to have reacted
    to, in the few words right before it (``look_reactions``: "the vendors were a bit thrown by the turban", "säljarna blev
    ”lite ställda” av turbanen", "kunderna störde sig på slöjan"): the clientele's or the employer's reaction, the reason relayed;
    not a reaction to something else before it ("put off by the price of the headscarves"), nor the reader's own ("you were
    uneasy about the wheelchair ramp")."""
    if m.group not in data["reaction_groups"]:
        return False
    if any(_second(t, data) for t in sent.doc[max(sent.start, m.start - 5) : m.start]):
        return False
    return _frame_before(sent, m, data, data["look_reactions"], 5) is not None


def _a_faiths_own_practice(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A practice or observance named with the faith it belongs to, right after it (``faith_topics``: "the Sabbath in Judaism",
    "fasting in Islam", "sabbaten i judendomen", "fastan inom islam"): a subject taught or studied, no one's practice."""
    if m.group != "religion":
        return False
    after = sent.doc[m.end : min(sent.end, m.end + 5)].text.lower()
    return after.startswith(tuple(data["faith_topics"]))


def _a_quoted_word(sent: "Span", m: Mention) -> bool:
    """The mention is a word in quotation marks, spoken of as a word: set against another quoted word in its sentence ("you
    wrote "artros" where the doctor said "artrit"") or named as a word ("the term "deaf""); not a relayed reason in quotes
    ("the client wanted someone "younger"")."""
    doc = sent.doc

    def quoted(a: int, b: int) -> bool:
        return a > sent.start and b < sent.end and doc[a - 1].text in _QUOTES and doc[b].text in _QUOTES

    if not quoted(m.start, m.end):
        return False
    named = m.start - 2 >= sent.start and doc[m.start - 2].lower_ in ("word", "term", "ordet", "termen", "begreppet")
    return named or any(quoted(i, i + 1) for i in range(sent.start + 1, sent.end - 1) if not m.start <= i < m.end)


def _no_ones_characteristic(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The words name no one's characteristic, in either language: a faith's practice as a subject ("the Sabbath in Judaism"),
    a word spoken of as a word ("skrev du "artros" där läkaren sa "artrit""), an adjective of age that measures experience
    (``experience_frames`` right after it: "young in the trade", "ung i yrket"), or a post the writer needs filled (``post_terms``
    after one of ``post_verbs``: "vi behöver ofta en extra barnvakt på lördagar", "we often need a childminder for Saturdays")."""
    if _a_faiths_own_practice(sent, m, data) or _a_quoted_word(sent, m):
        return True
    if sent.doc[m.start : m.end].text.lower() in data["post_terms"] and any(
            t.lower_ in data["post_verbs"] for t in sent.doc[max(sent.start, m.start - 5) : m.start]):
        return True
    after = sent.doc[m.end : min(sent.end, m.end + 3)].text.lower()
    return m.adjective and after.startswith(tuple(data["experience_frames"]))
