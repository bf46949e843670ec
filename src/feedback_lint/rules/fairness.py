"""Protected characteristics used as a reason or an impression (rules FA001 and FA002).

A *mention* is a phrase that names a protected characteristic or an obvious proxy for one
(``data/fairness.json``, per language: age, family and pregnancy, health and disability, religion,
ethnicity and national origin, gender, sexual orientation, marital status). A word alone is not a
finding: "a young company", "the children loved your story", "the Eid and Christmas rota is shared
fairly" are harmless. A mention counts when it is about the reader, or the profile the employer wanted:

* **tied to the reader**: "you"/"your" is part of the mention or attached to it ("your accent",
  "you are 63", "you mentioned your children", "trouble with your back", "your back went last year"),
  or the mention describes people the reader is likened to ("people like you from overseas"); a word for a person or an event (gender, marital status)
  is the reader's through the subject only with a verb of being or having ("you are a woman", "you have a
  wife"; not "you met a lady from HR", "you organised a wedding");
* or **governed by a reason or by the employer's view**, in a sentence that addresses the reader (also
  through an "us" that takes the reader in: "not ideal for either of us") or states that view: inside a
  reason adjunct of the clause ("with three young kids at home we think…", "as a recent graduate you
  would…", also after a comment clause the parser hangs it on: "To be honest, with the baby due in October
  the timing…"), or under a verb or adjective of wanting, preferring or judging
  whose subject is the employer's side ("we wanted a man", "our clients prefer a local", "we were
  concerned about how the wheelchair would work", "they'd rather have a married couple", "we're after a
  digital native", "we've had bad experiences with staff from…"), or in a clause that an employer's view
  noun introduces ("the board's view was that a divorced woman…");
* an adjective of age counts only when it describes a person or the team ("a younger face", "a young
  and energetic team", "a 58-year-old woman", "the oldest candidate"), or is said of the reader ("you were
  the oldest by twenty years", "you're older than the rest"; not "your laptop is older"), or, under the
  employer's view, what people bring ("a youthful energy on the shop floor, and we felt…");
* an age as a number ("at 61", "at 58,") counts like a term, and also when its sentence or the next
  voices the employer's concern about the reader ("at 61 I'm not sure nights are the right move for you");
* a name ("the name", "your surname") counts only with a reaction to it, in a sentence that addresses
  the reader or before one that does ("put off by the name", "your full name would throw them", "an
  English-sounding name"), and so does advice to go by another name ("worth going by Mo on your CV");
  not "I'd be happy to put your name forward", "we'll keep your full name on file";
* a **generalisation** about a group of people counts when the sentence addresses the reader or states the
  employer's view: the group (named or described by the mention) is the subject of "tend to" or of a verb
  with "always", "often", "never"… ("single people often drift back to the city", "foreigners always
  leave"), or, under the employer's view ("in our experience…"), a bare plural subject ("married men
  settle better"); not people with a determiner ("the married couple who own the café");
* a region counts only as where people are from ("a supervisor from Eastern Europe", "to hire staff from
  abroad"), not as a market ("sales in Eastern Europe", "we import from Asia"), and a region or an origin proxy
  not of the clientele ("officers who are from round here" counts; "more customers from round here" does not);
* a visible characteristic (religious dress, an aid, an accent; ``problem_groups``) counts as the subject of a
  practical problem in a sentence that addresses the reader ("the hijab might raise questions at the gate", "the
  wheelchair would be an issue in the stockroom"), not denied ("won't be a problem", "your accent was never an
  issue") nor of an institution ("the church might raise questions about the booking");
* a career stage (``stage_proxies``: "at this stage of your career", "at your stage") counts only with a
  slowing-down cue in its sentence (``slowing_cues``: "something less demanding", "wind down", "a long-term
  career"), not as a junior's next step ("at this stage of your career, the CeMAP course would help");
* an age as a number does not count as a measure ("your score was solid at 84%", "the pass mark is 75, so at 72…");
* people said to be like the reader in origin (``likeness_patterns``: "where the people are closer to your own
  background") count only when what is compared is people, not a role or work ("a role closer to your own
  background in logistics"), and another employer said to care less about age (``attitude_patterns``: "try the
  council, they're less bothered about age", "age is less of an issue there") counts unless it is the writer's side
  about itself ("we're more relaxed about age") or a comparison of what matters ("less bothered about age than about
  the certificates");
* a person of a gender imagined doing the job better (``imagined_groups``: "felt like a man would just get on with it
  easier", "a guy would have handled the nights better") counts; not one described further ("a man from the agency
  would call you sooner"); an age-coded place the workplace is said not to be (``contrast_patterns``: "we're a cocktail
  bar, not a retirement home") counts on its own; the reader's religious practice in their own clause, with a time of
  the working week (``schedule_cues``: "you mentioned needing to go to the mosque at lunchtime"), counts like the
  reader's situation, with a concern in that sentence or the next; a reason after "and" that the parser hangs on the
  clause before ("…, and with the baby due around then it just doesn't line up for us") opens its clause, and a
  judgement in the writer's own name ("for us") then stands for the employer's view; a view may leave out its "we"
  at the start of a statement ("Need someone who looks the part.");
* a *proxy* (``proxies``: "new blood", "moved here from", "our kind of people", "grew up with") counts
  only when governed, never because the reader is near it ("you brought fresh energy", "you grew up with
  horses"; "we're after someone who grew up with TikTok" counts);
* a tied mention in a sentence of congratulation ("congratulations on your wedding") or that offers
  adjustments counts only with a concern voiced in it;
* a mention its own sentence does not settle counts when that sentence or the next one states the
  employer's concern or view about the reader: the reader's own situation in a clause about them ("the
  time you took off for anxiety", "you're in the middle of a divorce"), or what the employer read in the
  reader's record ("the panel noted from your references a long period of sickness absence"; health, marital
  status and orientation only, as family words there are as often the children the reader taught) followed by a
  concern ("the panel wasn't sure…", "we didn't want…", "would be hard on you"), or what the team or
  clientele is ("the crew is all men") followed by a view about the reader ("we worried you…").

Look-alikes that contain a term (``not_mentions``: "maternity cover", "family-run", "young people") are
not mentions, nor is a word naming a property or kind of thing ("the age of the system", "our family
support team", "the kids' menu"; also a word that is a health word only with the reader's possessive,
"your condition report", "your medication round"), nor a relative of the person the work is for
(``third_parties``: "call the client or family first", "Mr K and family") or of the writer ("as a single
mum myself"), nor, in Swedish, a leave that is the vacancy or a colleague's ("vi har en föräldraledighet att täcka", "eftersom en
kollega går på föräldraledighet"), nor a health word that is the work ("you would manage sickness absence for
40 staff", "du fick ner sjukfrånvaron i butiken"; not "you manage your diabetes"), nor a name the tagger
finds (a proper noun, not a sentence's capitalised first word, and never with "your": "your Sabbath").
A reason adjunct opens its clause ("with…", "as…"), except for the markers that can only be reasons ("given…", "because…"); a view's subject may be the employer's
possessive ("our concern was…"), the people a relative clause describes ("our regulars are women who
would feel…"), or an impersonal "it" with a comparative ("it's better to have someone local").

A mention that is only governed, not tied, does not count in a sentence that states a job requirement
("the role requires fluent Swedish for client calls", "as stated in the advert", "the post involves
lifting 25 kg") or offers adjustments: the requirement is the job-related reason. English drafts are
parsed, so "attached", "governed" and "describes" come from the dependency parse; Swedish drafts have
no parser (see core/nlp.py), so the same decisions are made from word order: a second-person word
within three words of the mention ties it, a reason is a set phrase before it in the sentence, and a
view is a set phrase close to it, also with an adverb inside ("vi ville ha en kille", "vi har dock valt
en kille", "…som ensamstående mamma tror vi", "dåliga erfarenheter av personal från Östeuropa"). An
adjective of age describes a person when a person word follows it, also past another adjective ("ett
ungt och hungrigt gäng"), or precedes it ("någon som är lite yngre", "någon yngre"), and then the view
may stand anywhere in the sentence. Swedish "barn" and "familj" (``loose_terms``) are tied only by a
possessive, or by "du har" with nothing but a number or "små" between ("du har tre små barn"; not "du
har arbetat med barn"), and governed only by a reason phrase just before them ("med tanke på barnen";
not "du verkade tycka om barn"), and an accommodation word excuses a tied mention only when no concern
is voiced ("vi har svårt att se hur det skulle fungera för dig med rullstolen", in either language).

"Not a culture fit" (FA002) is a fit phrase in a negated clause about the reader ("you didn't slot
in", "we don't see you as a culture fit"), or fit or culture as what the decision came down to, negation
or not ("it came down to culture fit", "det handlade mest om kemin").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterator

from ..core.lexicon import contains_any, without_any
from ..core.matcher import GatedMatcher

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..core.context import Context

#: Tokens of these entity types are names ("Christian" the person, a ward called "Elderly Care").
_NAME_ENTITIES = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"}
#: Dependencies through which an adjective, object or complement takes its clause's subject.
_TAKES_HEAD_SUBJECT = {"acomp", "xcomp", "ccomp", "attr", "dobj", "pobj", "amod", "conj", "oprd"}
#: How far (in words) a Swedish second-person word may be from a mention to tie it to the reader, and
#: how far before and after it the employer's view ("vi ville ha…", "…tror vi") may stand to govern it.
SV_TIE_WINDOW = 3
SV_VIEW_BEFORE = 12
SV_VIEW_AFTER = 4


def _frozen(value: Any) -> Any:
    """Word lists as tuples (hashable, as ``contains_any`` caches them), through nested tables."""
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return value


def _empty_like(value: Any) -> Any:
    """The empty table or list that stands for a key one language has and another does not."""
    if isinstance(value, dict) and all(isinstance(v, (list, tuple)) for v in value.values()):
        return {}
    return ()


@lru_cache(maxsize=4)
def fairness_data(language: str) -> dict[str, Any]:
    """One language's fairness tables, read once: word lists as tuples, and every key another language
    has present (empty where this language has none), down to the culture-fit table."""
    raw = json.loads((resources.files("feedback_lint") / "data" / "fairness.json").read_text(encoding="utf-8"))
    languages = {k: v for k, v in raw.items() if not k.startswith("_")}
    data = _frozen(languages[language])
    for other in languages.values():
        for key, value in other.items():
            data.setdefault(key, _empty_like(value))
        for key, value in other["culture_fit"].items():
            data["culture_fit"].setdefault(key, _empty_like(value))
    return data


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
#: What a mention that is not counted on its own sentence still needs from the sentence it is in or the
#: next one: the employer's concern about the reader (the reader's own situation), the employer's
#: view about the reader (the team's profile), or the reader addressed (a reaction to a name).
SITUATION, TEAM = "situation", "team"
#: The group of look-alikes (``not_mentions``): they win overlaps and are then dropped.
_NONE = "_none"


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


@lru_cache(maxsize=8)
def _matchers(language: str, vocab: Any) -> tuple[Any, Any, dict[int, tuple[str, str]]]:
    import spacy
    from spacy.matcher import PhraseMatcher

    data = fairness_data(language)
    tokenizer = spacy.blank(language, vocab=vocab).tokenizer
    phrases, patterns = PhraseMatcher(vocab, attr="LOWER"), GatedMatcher(vocab)
    keys: dict[int, tuple[str, str]] = {}
    tables = ((TERM, data["terms"]), (ADJECTIVE, data["adjectives"]), (PROXY, data["proxies"]), (NAME, data["names"]),
              (REGION, data["regions"]), (STAGE, data["stage_proxies"]), (TERM, {_NONE: data["not_mentions"]}))
    for kind, table in tables:
        for group, words in table.items():
            key = f"fairness:{group}:{kind}"
            keys[vocab.strings.add(key)] = (group, kind)
            phrases.add(key, [tokenizer(w) for w in words])
    pattern_tables = ((TERM, data["patterns"]), (OWN, data["situation_patterns"]), (ADJECTIVE, data["adjective_patterns"]),
                      (READER, data["reader_patterns"]), (LIKENESS, data["likeness_patterns"]), (ATTITUDE, data["attitude_patterns"]),
                      (CONTRAST, data["contrast_patterns"]))
    for kind, table in pattern_tables:
        for group, group_patterns in table.items():
            key = f"fairness:{group}:{kind}:pattern"
            keys[vocab.strings.add(key)] = (group, kind)
            patterns.add(key, group_patterns)
    return phrases, patterns, keys


def mentions(doc: "Doc", language: str) -> list[Mention]:
    """Every mention in the doc, longest first where they overlap, in text order; a look-alike that
    contains a term ("maternity cover", "family-run") takes its place and is dropped."""
    phrases, patterns, keys = _matchers(language, doc.vocab)
    found = [Mention(s, e, *keys[m]) for m, s, e in [*phrases(doc), *patterns(doc)]]
    # An age as a number is matched with the word after it ("at 61 I'm…"); the mention ends at the number.
    # So does an age stated of the reader ("You're 61 and the contractor…" is the mention "You're 61").
    found = [Mention(m.start, _after_number(doc, m), m.group, m.kind) if m.kind == OWN or _stated_age(doc, m) else m for m in found]
    # An age-coded place is matched with the word before its negation (", not a retirement home"); the mention starts at it.
    found = [Mention(m.start + 1, m.end, m.group, m.kind) if m.kind == CONTRAST else m for m in found]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted((m for m in kept if m.group != _NONE), key=lambda m: m.start)


def _stated_age(doc: "Doc", m: Mention) -> bool:
    """An age term that states the reader's age as a number ("you're 61 and", "you'll be 62 next year")."""
    return m.kind == TERM and m.group == "age" and doc[m.start].lower_.startswith("you") and any(
        t.like_num for t in doc[m.start : m.end - 1])


def _after_number(doc: "Doc", m: Mention) -> int:
    numbers = [t.i for t in doc[m.start : m.end] if t.like_num]
    return numbers[-1] + 1 if numbers else m.end


def references(ctx: "Context") -> Iterator[tuple["Span", list[Mention]]]:
    """Each sentence with the mentions in it that refer to a characteristic as a reason or impression.

    A mention that its own sentence does not settle (the reader's own situation, the team's profile)
    counts when that sentence or the next one states the employer's concern or view about the reader
    ("You mentioned you took time off for anxiety. The panel wasn't sure the pressure would be good for you.")."""
    english = ctx.language == "en"
    judge, concern = (_english, _concern) if english else (_swedish, _concern_sv)
    data = fairness_data(ctx.language)
    found = mentions(ctx.doc, ctx.language)
    sentences = ctx.sentences
    for i, sent in enumerate(sentences):
        window = sentences[i : i + 2]
        inside = []
        for m in (m for m in found if sent.start <= m.start < sent.end):
            verdict = judge(sent, m, data)
            if verdict == SITUATION:
                verdict = any(concern(s, data) for s in window)
            elif verdict == READER:
                verdict = any(_addressed(s, data) for s in window)
            elif verdict == TEAM:
                verdict = any(_addressed(s, data) and (_employer_view(s, data) or concern(s, data)) for s in window) if english else False
            if verdict:
                inside.append(m)
        if inside:
            yield sent, inside


def culture_fit(ctx: "Context") -> Iterator[tuple[int, int]]:
    """Character ranges where the reader is said not to fit the culture ("you weren't a culture fit",
    "du passade inte in i kulturen"), or where fit is given as what the decision came down to ("it came
    down to culture fit", "det handlade om kemin")."""
    data = fairness_data(ctx.language)
    spec = data["culture_fit"]
    denied = _denied_to_reader if ctx.language == "en" else _negated_nearby
    for sent in ctx.sentences:
        lower = sent.text.lower()
        found = []
        if _any_fit(ctx.language).search(lower):  # most sentences have none: one search instead of one per phrase
            found = [(m.start(), m.end()) for phrase in spec["phrases"] for m in [re.search(re.escape(phrase), lower)] if m]
            found += [(m.start(), m.end()) for pattern in spec["patterns"] for m in [re.search(pattern, lower)] if m]
        hit = next(((a, b) for a, b in found if _addressed(sent, data)
                    and denied(sent, sent.char_span(a, b, alignment_mode="expand"), data)), None)
        hit = hit or _fit_as_the_reason(sent, lower, spec)
        if hit:
            yield sent.start_char + hit[0], sent.start_char + hit[1]


@lru_cache(maxsize=4)
def _any_fit(language: str) -> "re.Pattern[str]":
    """Whether a sentence holds any of the language's culture-fit phrases or patterns."""
    spec = fairness_data(language)["culture_fit"]
    return re.compile("|".join([*(re.escape(p) for p in spec["phrases"]), *spec["patterns"]]))


def _fit_as_the_reason(sent: "Span", lower: str, spec: dict[str, Any]) -> tuple[int, int] | None:
    """"It came down to culture fit", "it was mostly about culture", "föll det på kemin": a reason frame
    whose subject is the decision (``reason_subjects``; Swedish inverts it into ``inverted_reasons``) and
    whose object is fit or culture, ending the clause; no negation before it ("it was never about…")."""
    objects, negations = spec["objects"], spec["negations"]
    frames = ((spec["reasons"], spec["reason_subjects"]), (spec["inverted_reasons"], ("",)))
    for reasons, subjects in frames:
        regex = _reason_regex(reasons, objects, subjects)
        for m in regex.finditer(lower) if regex else ():
            before = lower[max(0, m.start() - 40) : m.start("frame")].split()[-4:]
            if not any(w.strip(",.") in negations or w.endswith("n't") for w in before):
                return m.start("frame"), m.end("frame")
    return None


@lru_cache(maxsize=16)
def _reason_regex(reasons: tuple[str, ...], objects: tuple[str, ...], subjects: tuple[str, ...]) -> "re.Pattern[str] | None":
    if not (reasons and objects and subjects):
        return None
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    adverbs = r"(?:(?:honestly|really|mostly|mainly|largely|just|simply|ultimately|partly|in the end|finally|all|ärligt talat|i slutändan|egentligen|mest|främst|nog)[, ]+){0,2}"
    lead = rf"\b(?:{alt(subjects)})\s+{adverbs}" if any(subjects) else r"\b"
    return re.compile(rf"{lead}(?P<frame>(?:{alt(reasons)})\s+{adverbs}(?:the |our |a |den |vår )?(?:{alt(objects)}))"
                      rf"(?=\s*(?:[.,;:!?\u2014\u2013-]|$)|\s+(?:and|och|rather|snarare|than|än|more than|mer än)\b)")


def _denied_to_reader(sent: "Span", span: "Span", data: dict[str, Any]) -> bool:
    """The phrase completes a negated clause whose subject is the reader ("you weren't a culture fit"),
    or that sees the reader as it ("we don't see you as a culture fit"), or the negation is inside the phrase."""
    negations = data["culture_fit"]["negations"]
    # "slot into", "gel with": the phrase is its own clause (a verb, or whatever has a subject of its own).
    verb = span.root.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children)
    clause = span.root.head if span.root.dep_ in _TAKES_HEAD_SUBJECT and not verb else span.root
    seen_as: list["Token"] = []
    if clause.lower_ == "as" and clause.dep_ == "prep" and span.root.dep_ == "pobj":
        clause = clause.head  # "see/regard/consider you as a culture fit": the reader is the object it is said of
        seen_as = [c for c in clause.children if c.dep_ == "dobj"]
    # The negation may sit on the view that governs the clause ("we didn't feel you'd be a culture fit").
    governing = list(clause.head.children) if clause.dep_ in ("ccomp", "xcomp") else []
    negated = any(c.dep_ == "neg" or c.lower_ in negations for c in (*clause.children, *governing, *span))
    # An open clause takes its subject from the clause it completes ("you didn't seem to fit in here").
    subjects = [*clause.children, *(governing if clause.dep_ == "xcomp" else ())]
    about_reader = any(c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in subjects) or any(_second(c, data) for c in seen_as)
    return negated and about_reader


def _negated_nearby(sent: "Span", span: "Span", data: dict[str, Any]) -> bool:
    """A negation inside the phrase or among the eight words before it ("vi kände inte att du var en
    kulturmatch"); not one that sets the fit aside as the reason ("det handlade inte om huruvida du passar vår kultur")."""
    negations, aside = data["culture_fit"]["negations"], data["culture_fit"]["set_aside"]
    doc = sent.doc
    return any(t.lower_ in negations and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in aside)
               for t in doc[max(sent.start, span.start - 8) : span.end])


# ---------------------------------------------------------------------------------------- English
def _english(sent: "Span", m: Mention, data: dict[str, Any]) -> bool | str:
    """True or False, or what the mention still needs from its sentence or the next (SITUATION, TEAM)."""
    span = sent.doc[m.start : m.end]
    job = _job_related(sent, data)
    if m.kind == READER:  # "worth going by Mo on your CV": the name is a person's, and the advice is the reader's
        return not job and not (m.end < len(sent.doc) and sent.doc[m.end].lower_ in ("'s", "\u2019s")) and READER
    if m.kind == LIKENESS:  # "the people are closer to your own background"
        return not job and _people_alike(span, data)
    if m.kind == ATTITUDE:  # "look at the council, they're less bothered about age"
        return not job and not _own_attitude(span, data)
    if m.kind == CONTRAST:  # "we're pitched at stag dos and festival crowds, not a retirement home"
        return not job
    if m.kind == REGION and not _from_a_region(span, data):
        return False
    if m.kind in (PROXY, REGION) and _of_the_clientele(span, data):  # "more customers from round here"
        return False
    if m.kind == OWN and _a_measure(span, data):  # "your score was solid at 84"
        return False
    if _a_name(span, data) or _someone_elses(span, data) or _of_a_thing(span, data) or _a_past_time(span):
        return False
    about = _addressed(sent, data) or _employer_view(sent, data)
    if m.kind == STAGE:  # "at this stage of your career you might prefer something less demanding"
        return about and contains_any(sent.text.lower(), data["slowing_cues"]) and not job
    if m.kind == NAME:
        return _name_reaction(span, data) and not job and (True if about else READER)
    if m.kind == ADJECTIVE:
        if _describes_a_person(span.root, data) or _said_of_the_reader(span.root, data):
            return about and not job
        if _describes_a_quality(span.root, data):  # "a youthful energy on the shop floor, and we felt…"
            return _employer_view(sent, data) and not job
        return TEAM if _team_profile(span, data) and not job else False
    if m.kind in (TERM, OWN, REGION) and _tied(span, m.group, data) and not _handled(span, data):
        # "Your accent was never an issue for us": denied, unless the sentence turns on it ("…, but clients might…").
        if _problem_predicate(span.root, data["problem_predicates"]) == "denied" and not contains_any(
                sent.text.lower(), ("but", "though", "although", "however", "yet", "still", "except")):
            return False
        lower = sent.text.lower()
        excused = contains_any(lower, data["accommodation_cues"]) or contains_any(lower, data["goodwill_cues"])
        return not excused or _concern(sent, data)
    if _governed(span, data) and (about or contains_any(sent.text.lower(), data["own_judgements"])) and not job:
        return True  # also "…with the baby due around then it just doesn't line up for us"
    if m.kind == PROXY or job:
        return False
    if m.group in data["imagined_groups"] and _imagined_hire(span, data):
        return True  # "felt like a man would just get on with it easier"
    if m.group in data["problem_groups"] and _addressed(sent, data) and _a_problem(span, data):
        return True  # "the hijab might raise questions at the gate", "the wheelchair could be an issue on the floor"
    if about and _generalised(span, _employer_view(sent, data), data):
        return True
    if _handled(span, data):
        return False
    if _team_profile(span, data):
        return TEAM
    if m.kind == OWN:
        return SITUATION
    if m.group in data["situation_groups"] and (_in_readers_clause(span, data) or _in_readers_record(span, data)):
        return SITUATION
    # Religious practice as a scheduling problem: "you mentioned needing to go to the mosque at lunchtime, and the
    # supervisor has to be on the floor on Fridays", with the concern in that sentence or the next.
    if m.group in data["practice_groups"] and _in_readers_clause(span, data, through_open=True) and contains_any(sent.text.lower(), data["schedule_cues"]):
        return SITUATION
    return False


def _imagined_hire(span: "Span", data: dict[str, Any]) -> bool:
    """An indefinite person of a gender imagined doing the job better: the subject of a verb with "would", "might" or
    "could" and a comparative ("a man would just get on with it easier", "a lad would cope better with the lifting",
    also as "felt like a man would…"); not a person described further ("a man from the agency would call you sooner")."""
    root = span.root
    if not any(t.lower_ in ("a", "an") for t in (*span, *root.children)):
        return False
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in root.children):
        return False
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "like":  # "felt like a man would…", however it is parsed
        verb = root.head.head
        for _ in range(2):
            if _modal(verb, data) or verb.head is verb:
                break
            verb = verb.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or not _modal(verb, data):
        return False
    subject = set(t.i for t in root.subtree)
    words = [c for c in verb.children if c.i not in subject]
    words += [g for c in words if c.dep_ in ("acomp", "advmod", "xcomp", "prt") for g in c.children]
    return any(w.tag_ in ("JJR", "RBR") or w.lower_ in data["comparatives"] for w in words)


def _modal(verb: "Token", data: dict[str, Any]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in data["imagined_modals"] for c in verb.children)


def _people_alike(span: "Span", data: dict[str, Any]) -> bool:
    """What is said to be close to the reader's background is people: the subject of "be/seem closer to your own
    background" ("the client base and the people are closer to…", also through "who"), or the noun the comparison
    describes ("people closer to your own background"); not work or a role, and not a background of a kind ("your own
    background in logistics", "your own background as a nurse")."""
    noun = span[-1]
    if any(c.dep_ in ("prep", "conj", "cc") and c.lower_ in data["likeness_professional"] for c in noun.children):
        return False
    if span.end < len(span.doc) and span.doc[span.end].lower_ in data["likeness_professional"]:
        return False
    people = set(data["likeness_people"]) | set(data["profile_nouns"]) | set(data["employer_subjects"]) | set(data["clientele_nouns"])

    def person(t: "Token") -> bool:
        return t.lemma_.lower() in people or t.lower_ in people

    t = span[0]
    while t.dep_ in ("advmod", "amod", "conj") and t.head is not t and t.head.pos_ in ("ADJ", "ADV"):
        t = t.head  # "more similar to", "closer and closer"
    if t.dep_ == "amod" and person(t.head):
        return True
    if t.dep_ not in ("acomp", "attr", "oprd", "advmod"):
        return False
    verb = t.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [g for s in subjects for g in s.children if g.dep_ == "conj"]
    if verb.dep_ == "relcl" and any(s.lower_ in ("who", "that", "which") for s in subjects):
        subjects.append(verb.head)
    return any(person(s) for s in subjects)


def _own_attitude(span: "Span", data: dict[str, Any]) -> bool:
    """The attitude is the writer's side's own ("we're more relaxed about age", "our clients are less bothered
    about age"): its subject is first person or has the employer's possessive; nor a comparison of what matters
    ("clients are less bothered about age than about the certificates")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "than" and doc[span.end + 1].lower_ in ("about", "with", "on", "by", "over"):
        return True
    t = span.root
    while t.pos_ not in ("VERB", "AUX") and t.head is not t:
        t = t.head
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    first = ("we", "i", "us", "our", "my")
    return any(s.lower_ in first or any(c.dep_ == "poss" and c.lower_ in first for c in s.children) for s in subjects)


def _a_past_time(span: "Span") -> bool:
    """"Earlier in your career you ran a team of five": a time in the reader's past that a past-tense verb
    is dated by, not their stage of life ("a role for someone earlier in their career")."""
    first = span[0]
    if first.lower_ not in ("earlier", "early") or first.dep_ != "advmod":
        return False
    verb = first.head
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _a_problem(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is the subject of a practical problem, not negated: "the hijab might raise questions at the
    gate", "the turban could put some customers off", "the wheelchair would be an issue on the shop floor",
    "the accent might not go down well"; not "the wheelchair won't be a problem", nor an institution ("the
    church might raise questions about the booking")."""
    root, spec = span.root, data["problem_predicates"]
    if root.dep_ not in ("nsubj", "nsubjpass") or span.text.lower() in data["problem_exclusions"]:
        return False
    return _problem_predicate(root, spec) == "problem"


def _problem_predicate(root: "Token", spec: dict[str, Any]) -> str | None:
    """"problem" when the subject ``root`` is said to raise questions, put people off or be an issue, "denied"
    when that is negated ("your accent was never an issue", "won't be a problem"), else None."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    negated = any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in children)
    if lemma in spec["verbs"]:
        objects = [c for c in children if c.dep_ == "dobj"]
        objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
        if any(o.lower_ in spec["verbs"][lemma] or o.lemma_.lower() in spec["verbs"][lemma] for o in objects):
            return "denied" if negated else "problem"
        return None
    if lemma in spec["particles"]:
        if not any(c.dep_ == "prt" and c.lower_ in spec["particles"][lemma] for c in children):
            return None
        if lemma == "go":  # "might not go down well": a problem only negated, or "badly"
            return "problem" if negated or any(c.lower_ in ("badly", "poorly") for c in verb.subtree) else None
        return "denied" if negated else "problem"
    if lemma in ("be", "become", "prove", "seem"):
        for c in children:
            if c.dep_ == "attr" and (c.lemma_.lower() in spec["nouns"] or c.lower_ in spec["nouns"]):
                return "denied" if negated or any(d.lower_ in ("no", "not") for d in c.children) else "problem"
            if c.dep_ == "acomp" and c.lower_ in spec["adjectives"]:
                return "denied" if negated else "problem"
    return None


def _of_the_clientele(span: "Span", data: dict[str, Any]) -> bool:
    """The "from…" phrase describes the clientele, not the staff: "more customers from round here", "shoppers
    who are from these parts"."""
    t = span.root
    if t.dep_ in ("pobj", "pcomp", "advmod") and t.head.lower_ == "from":
        t = t.head
    if t.lower_ != "from":
        return False
    head = t.head
    if head.pos_ in ("AUX", "VERB"):  # "shoppers who are from round here", "win more customers from round here"
        people = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] if head.lemma_ == "be" else [
            c for c in head.children if c.dep_ == "dobj"]
        if head.dep_ == "relcl" and head.lemma_ == "be":
            people.append(head.head)
        return any(s.lemma_.lower() in data["clientele_nouns"] or s.lower_ in data["clientele_nouns"] for s in people)
    return head.lemma_.lower() in data["clientele_nouns"] or head.lower_ in data["clientele_nouns"]


def _a_measure(span: "Span", data: dict[str, Any]) -> bool:
    """"At 84" measures a thing, not the reader's age: the subject of the clause it belongs to is a noun that names
    no person ("your score was solid at 84, above the pass mark", "the crate was heavy at 25"), or the sentence
    talks of scores or units ("the pass mark is 75, so at 72 you were just short")."""
    if contains_any(span.sent.text.lower(), data["measure_cues"]):
        return True
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    people = set(data["profile_nouns"]) | set(data["employer_subjects"])
    return any(s.pos_ in ("NOUN", "PROPN") and s.ent_type_ != "PERSON" and s.lemma_.lower() not in people and s.lower_ not in people
               for s in subjects)


def _second(t: "Token", data: dict[str, Any]) -> bool:
    return t.lower_ in data["second_person"] and not (t.i > 0 and t.doc[t.i - 1].lower_ in data["not_addressing"])


def _addressed(sent: "Span", data: dict[str, Any]) -> bool:
    """A second-person word, or an "us" that takes the reader in with the writer ("not ideal for either of
    us", "för någon av oss")."""
    return any(_second(t, data) for t in sent) or contains_any(sent.text.lower(), data["inclusive_addressees"])


def _a_name(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is (part of) a name ("Christian" the person, the Elderly Care ward): a proper noun the
    tagger puts in a name; not a common word it does (a sentence's first word, "Divorced women tend…"), nor
    one with the reader's possessive, which no name takes ("your Sabbath", however the tagger reads it)."""
    def first_word(t: "Token") -> bool:
        return all(w.is_space or w.is_punct for w in t.doc[t.sent.start : t.i])

    if not any(t.ent_type_ in _NAME_ENTITIES and (t.pos_ == "PROPN" or not first_word(t)) for t in span):
        return False
    return not any(c.dep_ == "poss" and _second(c, data) for t in span for c in t.children)


def _described(t: "Token") -> "Token":
    """The noun a mention describes: the head of an adjective or compound ("single people"), or the noun a
    "from", "with" or "like" phrase of it qualifies ("people from overseas", "women with young children")."""
    if t.dep_ in ("amod", "compound", "nmod"):
        return t.head
    if t.dep_ in ("pobj", "advmod", "pcomp") and t.head.dep_ == "prep" and t.head.lower_ in ("from", "with", "like", "of"):
        return t.head.head
    return t


def _like_the_reader(t: "Token", data: dict[str, Any]) -> bool:
    """The noun is compared to the reader: "people like you (from overseas)", "someone like you with a disability"."""
    return any(c.dep_ == "prep" and c.lower_ == "like" and any(o.dep_ == "pobj" and _second(o, data) for o in c.children)
               for c in t.children)


def _generalised(span: "Span", view: bool, data: dict[str, Any]) -> bool:
    """The mention names or describes a group of people of whom something is said as a rule: the group is the
    subject of "tend to" or of a verb with "always", "often", "never"… ("married people with a family tend to
    put down roots", "single people often drift back to the city", "foreigners never stay long"), or, under
    the employer's view (``view``: "in our experience…"), a bare plural subject ("married men settle better").
    Not one person, nor people with a determiner ("the married couple who own the café")."""
    groups = [t for t in span if t.lemma_.lower() in data["group_nouns"] or t.lower_ in data["group_nouns"]]
    noun = _described(span.root)
    if noun.lemma_.lower() in data["group_nouns"] or noun.lower_ in data["group_nouns"]:
        groups.append(noun)
    elif noun.i == span.root.i and len(span) == 1 and noun.tag_ in ("NNS", "NNPS"):
        groups.append(noun)  # "foreigners", "immigrants", "divorcees"
    for g in groups:
        if g.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = g.head
        if verb.lemma_.lower() in data["generic_lemmas"]:
            return True
        if any(c.dep_ in ("advmod", "det", "predet") and c.lower_ in data["generic_adverbs"] for c in (*verb.children, *g.children)):
            return True
        if view and g.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in g.children):
            return True
    return False


def _handled(span: "Span", data: dict[str, Any]) -> bool:
    """The health word is the work, not the reader's: the object of a verb of managing ("you would manage
    sickness absence for 40 staff", "you handled the sick notes"); not with the reader's possessive ("you
    manage your diabetes")."""
    if any(c.dep_ == "poss" and _second(c, data) for t in span for c in (t, *t.children)):
        return False
    t = span.root
    while t.dep_ in ("compound", "amod", "pobj", "prep", "conj") and t.head is not t and t.head.pos_ != "VERB":
        t = t.head
    if t.dep_ == "compound":
        t = t.head
    return t.dep_ in ("dobj", "pobj", "conj") and t.head.lemma_.lower() in data["handling_lemmas"]


def _in_readers_record(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is what the employer read in the reader's record, or what that record showed ("the panel
    noted from your references a long period of sickness absence", "your references mention time off sick",
    "we saw on your form that…")."""
    t = span.root
    while t.pos_ not in ("VERB", "AUX") and t.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "conj", "appos", "nmod") and t.head is not t:
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in data["record_lemmas"]:
        return False

    def readers_record(n: "Token") -> bool:
        return (n.lemma_.lower() in data["record_nouns"] or n.lower_ in data["record_nouns"]) and any(
            c.dep_ == "poss" and _second(c, data) for c in n.children)

    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    sources = [o for c in t.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(readers_record(n) for n in (*subjects, *sources)) and (
        _employer_subject(t, data) or any(readers_record(n) for n in subjects))


def _someone_elses(span: "Span", data: dict[str, Any]) -> bool:
    """The mention belongs to a third person ("his family", "her children", "Stefan's wheelchair", "the client
    or family") or to the writer ("as a single mum myself"); not a possessive of the mention's own that
    compares ages ("stylists their own age")."""
    def own(c: "Token") -> bool:
        return span.start <= c.i < span.end and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "own"

    if any(c.dep_ == "poss" and (c.lower_ in data["third_person_possessives"] or c.pos_ == "PROPN") and not own(c)
           for c in span.root.children):
        return True
    # The writer's own: "as a single mum myself, I know…".
    if any(c.dep_ == "appos" and c.lower_ in data["writer_reflexives"] for t in {span.root, _described(span.root)} for c in t.children):
        return True
    return _with_someone_else(span, data)


def _with_someone_else(span: "Span", data: dict[str, Any]) -> bool:
    """A bare family or marital word coordinated with the person the work is for, whose family it is ("call
    the client or family first", "patients and relatives", "Mr K and family"); not with the reader's
    possessive ("your children and your partner")."""
    root = span.root
    if _mention_group(span, data) not in data["relative_groups"] or any(_second(t, data) for t in (*span, *root.children)):
        return False
    partners = [*([root.head] if root.dep_ == "conj" else []), *(c for c in root.children if c.dep_ == "conj")]
    return any(p.pos_ in ("NOUN", "PROPN") and (p.lemma_.lower() in data["third_parties"] or p.lower_ in data["third_parties"]
                                                or p.ent_type_ == "PERSON") for p in partners)


def _tied(span: "Span", group: str, data: dict[str, Any]) -> bool:
    """The reader is part of the mention, or a direct dependent of it or of the word it attaches to
    as subject or possessor ("you mentioned your children", "at 58, you would…"), or the possessor of
    that subject ("your English has a strong accent"). A word for a person or an event (gender, marital
    status) is the reader's through a subject only with a verb of being or having ("you are a woman",
    "you have a wife"), not of doing ("you met a lady from HR", "you organised a wedding")."""
    near = [*span, *(c for t in span for c in t.children)]
    head = span.root.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
    if group in data["predicate_groups"] and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in data["owning_lemmas"]:
        subjects = [c for c in subjects if c.dep_ == "poss"]
    near += [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "poss")]
    return any(_second(t, data) for t in near) or _like_the_reader(_described(span.root), data)


def _governed(span: "Span", data: dict[str, Any]) -> bool:
    """Inside a reason adjunct that opens its clause ("with a baby on the way, we…"; not "you worked with
    the children") or that can only be a reason wherever it stands ("given the school run, …"), or under a
    view of the employer's ("we were mindful that…", "we wanted…", "it's better to have…") of which the
    mention is not itself the subject ("the lads felt…")."""
    anywhere = data["reason_markers_anywhere"]
    for anc in span.root.ancestors:
        if anc.lower_ in data["reason_markers"] and anc.head.pos_ in ("VERB", "AUX") and (
                anc.i < anc.head.i or _after_a_comment(anc) or _after_a_coordinator(anc, data)):
            return True
        if anc.lower_ in anywhere and anc.dep_ not in ("ROOT", "acl", "relcl", "conj", "ccomp", "xcomp") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in anc.children
        ):
            return True
        if span.root.head is anc and span.root.dep_ in ("nsubj", "nsubjpass"):
            continue
        views = [anc, *(c for c in anc.children if c.dep_ == "acomp")]
        if any(_employers_view(v, data) for v in views) or any(_impersonal_view(v, data) for v in views):
            return True
        # "The board's view was that…", "our feeling is that…": a view noun of the employer's as the subject.
        if anc.lemma_ == "be" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and _employers_view(c, data) for c in anc.children):
            return True
    return False


def _after_a_comment(marker: "Token") -> bool:
    """The reason marker opens the main clause after a comment clause with no subject of its own, to which
    the parser attaches it ("To be honest, with the baby due in October the timing…"; not "Having worked
    with the children, you…", where it follows its verb with no comma)."""
    comment = marker.head
    return (comment.dep_ == "advcl" and comment.i < marker.i < comment.head.i and marker.i > 0
            and marker.doc[marker.i - 1].lower_ in (",", "\u2014", "\u2013", "-")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comment.children))


def _after_a_coordinator(marker: "Token", data: dict[str, Any]) -> bool:
    """The reason marker opens a clause of its own after "and" or "but", which the parser hangs on the clause before
    ("…, and with the baby due around then it just doesn't line up"): a subject of a later verb follows it; not a second
    object of the verb before ("you were good with the kids and with the parents")."""
    doc = marker.doc
    if marker.i == 0 or doc[marker.i - 1].lower_ not in data["coordinators"]:
        return False
    inside = set(t.i for t in marker.subtree)
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i not in inside and t.head.i > t.i and t.head.dep_ not in ("relcl", "acl")
               and t.lower_ not in ("who", "which", "that") for t in doc[marker.i + 1 : marker.sent.end])


def _employers_view(t: "Token", data: dict[str, Any]) -> bool:
    """A view whose subject is the employer's side: "we wanted", "they'd rather have", "we're after"."""
    if t.lower_ == "after" and t.dep_ == "prep" and t.head.lemma_ == "be":
        return _employer_subject(t.head, data)
    return _is_view(t, data) and _employer_subject(t, data)


def _is_view(t: "Token", data: dict[str, Any]) -> bool:
    lemma = t.lemma_.lower()
    if lemma in data["view_particles"]:
        return any(c.dep_ == "prt" and c.lower_ in data["view_particles"][lemma] for c in t.children)
    if lemma in data["view_modifiers"]:  # "we've had bad experiences with…"
        return any(c.dep_ == "amod" and c.lower_ in data["view_modifiers"][lemma] for c in t.children)
    if lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in data["view_modifiers"] and _is_view(c, data) for c in t.children):
        return True  # the same, with "with…" attached to "had"
    # "would rather have": a preference, whatever the verb.
    if t.pos_ in ("VERB", "AUX") and any(c.lower_ == "rather" and c.dep_ == "advmod" for c in t.children):
        return any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "\u2019d") for c in t.children)
    return lemma in data["view_lemmas"]


def _impersonal_view(t: "Token", data: dict[str, Any]) -> bool:
    """A comparative of preference with "it" as the subject ("it's better to have someone local")."""
    if t.lower_ not in data["impersonal_views"]:
        return False
    clause = t.head if t.dep_ in _TAKES_HEAD_SUBJECT else t
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children)


def _employer_subject(t: "Token", data: dict[str, Any]) -> bool:
    """The subject of ``t`` (or of the clause it completes) is the employer's side: we, I, the panel…;
    a view noun counts with the employer's possessive ("our concern was…"), and a relative clause takes
    its subject from what it describes ("our regulars are women who would feel…")."""
    if t.pos_ == "NOUN" and any(c.dep_ == "poss" and (c.lower_ in data["employer_possessives"] or c.lemma_.lower() in data["employer_subjects"])
                                for c in t.children):
        return True
    for word in (t, t.head) if t.dep_ in _TAKES_HEAD_SUBJECT else (t,):
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and word.dep_ == "conj" and word.pos_ in ("VERB", "AUX"):  # "the panel noted… and had concerns"
            subjects = [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if word.dep_ == "relcl" and any(s.lower_ in ("who", "that", "which") for s in subjects):
            antecedent = word.head
            subjects.append(antecedent)
            if antecedent.dep_ == "attr":
                subjects += [c for c in antecedent.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in data["employer_subjects"] or s.lemma_.lower() in data["employer_subjects"] for s in subjects):
            return True
        if not subjects and _elided_first_person(word, data):
            return True
    return False


def _elided_first_person(word: "Token", data: dict[str, Any]) -> bool:
    """A view with its "we" or "I" left out at the start of a statement ("Need someone who looks the part.", "Wanted
    someone younger."); not an imperative to the reader ("Think about…") nor a question ("Need help with childcare?")."""
    if word.dep_ != "ROOT" or word.lemma_.lower() not in data["elided_views"] or word.sent.text.rstrip().endswith("?"):
        return False
    if any(t.is_alpha for t in word.doc[word.sent.start : word.i]):
        return False
    return word.tag_ == "VBD" or word.lemma_.lower() in ("need", "want", "prefer", "reckon")


def _negated(t: "Token", data: dict[str, Any]) -> bool:
    words = [*t.children, *(t.head.children if t.dep_ in ("acomp", "xcomp") else ())]
    return any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never", "no") for c in words)


def _concern(sent: "Span", data: dict[str, Any]) -> bool:
    """The sentence voices the employer's concern about the reader: a fearing or doubting view of the
    employer's ("we worried", "the panel wasn't sure", "we couldn't see…", "we didn't want…"), or a burden
    put on the reader ("would be hard on you", "too much for you", "working for you")."""
    if not _addressed(sent, data):
        return False
    if contains_any(sent.text.lower(), data["concern_phrases"]):  # "I'm not sure…" however it is parsed
        return True
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in data["concern_lemmas"] and _employer_subject(t, data):
            return True
        if lemma in data["negatable_views"] and _employer_subject(t, data) and _negated(t, data):
            return True
        if _second(t, data) and t.dep_ == "pobj" and t.head.lower_ in ("on", "for", "to"):
            if t.head.head.lemma_.lower() in data["burden_words"]:
                return True
    return False


def _of_a_thing(span: "Span", data: dict[str, Any]) -> bool:
    """The word names a property or a kind of thing, not a person: "the age of the system", "a family of
    products", "our family support team", "the kids' menu", "the church youth club". A health word
    stays a mention there ("wheelchair access"), as the thing is the reader's need."""
    root, people = span.root, set(data["profile_nouns"]) | set(data["employer_subjects"])
    if root.dep_ == "poss" and _second(root, data) and len(span) > 1:  # "your condition" in "your condition report"
        root = span[-1]
    possessive = root.dep_ == "poss" and any(c.dep_ == "case" for c in root.children)
    if (root.dep_ == "compound" or possessive) and root.head.i >= span.end and root.head.pos_ == "NOUN":
        head = root.head.lemma_.lower()
        # A term that is a health word only with the reader's possessive ("your condition") is the name of
        # the thing it qualifies ("your condition report", "your medication round").
        lent = len(span) > 1 and _second(span[0], data) and span[1:].text.lower() not in data["terms"].get("health", ())
        if head not in people and root.head.lower_ not in people and (_mention_group(span, data) != "health" or lent):
            return True
    for c in span.root.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end:
            objects = [o for o in c.children if o.dep_ == "pobj"]
            if objects and all(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ != "PERSON" and o.lemma_.lower() not in people
                               and o.lower_ not in people for o in objects):
                return True
    return False


def _mention_group(span: "Span", data: dict[str, Any]) -> str | None:
    text = span.text.lower()
    return next((g for g, words in data["terms"].items() if text in words), None)


def _team_profile(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is what the team, crew or clientele is ("the crew is all men", "the team are all in their
    twenties", "our regulars are young")."""
    t = span.root
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    head = t.head
    if t.dep_ not in ("attr", "acomp", "prep", "pobj") or head.lemma_ != "be":
        if not (t.dep_ == "pobj" and head.head.lemma_ == "be"):
            return False
        head = head.head
    people = set(data["profile_nouns"]) | set(data["employer_subjects"])
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in people and c.lower_ not in ("we", "i", "they") for c in head.children)


def _in_readers_clause(span: "Span", data: dict[str, Any], through_open: bool = False) -> bool:
    """The mention is inside a clause whose subject is the reader ("the time you took off for anxiety",
    "you're in the middle of a divorce"): the reader's own situation, told to the employer; ``through_open``
    also through open clauses that take the reader as their subject ("you mentioned needing to go to the mosque")."""
    t = span.root
    while t.pos_ not in ("VERB", "AUX") and t.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "conj", "appos", "attr",
                                                       "nmod", "npadvmod", "pcomp", "acomp") and t.head is not t:
        t = t.head
    while through_open and t.dep_ == "xcomp" and t.head is not t and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        t = t.head
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in t.children)


def _employer_view(sent: "Span", data: dict[str, Any]) -> bool:
    """The sentence states the employer's view: a view of the employer's side ("we wanted…"), an impersonal
    preference ("it's better to have…"), or the employer's experience ("in our experience…", however parsed)."""
    return any(_employers_view(t, data) or _impersonal_view(t, data) for t in sent) or contains_any(
        sent.text.lower(), data["view_phrases"])


def _describes_a_person(t: "Token", data: dict[str, Any]) -> bool:
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.head.lower_ in data["profile_nouns"] or t.lower_ in data["profile_nouns"]


def _said_of_the_reader(t: "Token", data: dict[str, Any]) -> bool:
    """The adjective is said of the reader, with no noun ("you were the oldest by twenty years", "you're
    younger than the rest of the team"); not of the reader's things ("your laptop is older")."""
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ == "amod" and t.tag_ in ("JJR", "JJS") and t.head.ent_type_ == "DATE":
        t = t.head  # "you were the oldest by twenty years", parsed as "oldest … years"
    return t.dep_ in ("acomp", "attr") and t.head.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in t.head.children)


def _describes_a_quality(t: "Token", data: dict[str, Any]) -> bool:
    """The adjective describes what people bring ("a vibrant, youthful energy"): counted under the employer's
    view only, as "the young energy of your design" is about a thing."""
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.head.lemma_.lower() in data["person_qualities"]


def _from_a_region(span: "Span", data: dict[str, Any]) -> bool:
    """The region is where a person or people are from ("a supervisor from Eastern Europe", "someone from
    abroad", "to hire staff from abroad"), not where work is done or goods come from ("sales in Eastern
    Europe", "we import parts from Asia")."""
    prep = span.root.head
    if span.root.dep_ not in ("pobj", "pcomp", "advmod") or prep.lower_ != "from":
        return False
    head = prep.head
    if head.pos_ in ("NOUN", "PRON", "PROPN"):
        return True
    return head.lemma_.lower() in data["hiring_lemmas"] and any(c.dep_ == "dobj" for c in head.children)


def _name_reaction(span: "Span", data: dict[str, Any]) -> bool:
    """A reaction to a name, of which the name is the cause: "put off by the name", "your full name would throw
    them", "struggle with your surname", "your name is hard to say", "an easier name". Not a name of a thing
    ("the name of the product", "the brand name") nor one that is only kept, seen or put forward."""
    root, spec = span.root, data["name_reactions"]
    if any(c.dep_ == "compound" for c in root.children) or (span.end < len(span.doc) and span.doc[span.end].lower_ == "of"):
        return False
    if contains_any(span.doc[root.left_edge.i : root.i].text.lower(), spec["modifiers"]):  # "an English-sounding name"
        return True

    def reacts(verb: "Token", role: str) -> bool:
        lemma = verb.lemma_.lower()
        if lemma not in spec[role]:
            return False
        particles = spec["particles"].get(lemma)
        return not particles or any(c.lower_ in particles for c in verb.children)

    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):  # "your name would throw them", "your name is hard to say"
        return reacts(head, "subject") and (head.lemma_ not in ("be", "seem") or any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in spec["predicates"] for c in head.children))
    if root.dep_ == "dobj":  # "change your name"
        return reacts(head, "object")
    if root.dep_ == "pobj" and head.lower_ in ("by", "with", "over", "about"):
        # "put off by the name", "struggle with your surname", "uncomfortable with the name"; not "a change of name"
        verb = head.head
        return verb.pos_ in ("VERB", "ADJ") and reacts(verb, "subject" if head.lower_ == "by" else "object")
    return False


def _job_related(sent: "Span", data: dict[str, Any]) -> bool:
    return contains_any(sent.text.lower(), data["requirement_cues"] + data["accommodation_cues"])


# ---------------------------------------------------------------------------------------- Swedish
def _swedish(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    doc = sent.doc
    lower = sent.text.lower()
    near = doc[max(sent.start, m.start - SV_VIEW_BEFORE) : min(sent.end, m.end + SV_VIEW_AFTER)].text.lower()
    view = _sv_view(near, data)
    job = _job_related(sent, data)
    if m.start > sent.start and doc[m.start - 1].lower_ in data["third_person_possessives"]:
        return False
    if _sv_someone_elses_leave(sent, m, data):  # "vi har en föräldraledighet att täcka", "en kollega går på föräldraledighet"
        return False
    # A name of a thing: "ett svenskare namn på kampanjen".
    if m.end < sent.end and doc[m.end - 1].lower_.startswith(("namn", "efternamn", "förnamn")) and doc[m.end].lower_ in data["name_followers"]:
        return False
    if m.kind == STAGE:  # "i det här skedet av din karriär kanske du vill ha något mindre krävande"
        return (_addressed(sent, data) or view) and contains_any(lower, data["slowing_cues"]) and not job
    # A congratulation or an offer of adjustments is no reason, unless a concern is voiced with it.
    excused = contains_any(lower, data["accommodation_cues"]) or contains_any(lower, data["goodwill_cues"])
    if m.adjective:
        # As in English, the view may stand anywhere in the sentence ("vi är ett ungt gäng, så vi tror…").
        return _sv_describes_a_person(sent, m, data) and (_addressed(sent, data) or _sv_view(lower, data)) and not job
    if doc[m.start : m.end].text.lower() in data["age_comparisons"]:  # "vi tror att de känner sig tryggare med en stylist i samma ålder"
        return _sv_view(lower, data) and not job
    if doc[m.start : m.end].text.lower() in data["loose_terms"]:
        how = _sv_loose(sent, m, data)
        return (not excused or _concern_sv(sent, data)) if how == "tied" else (how == "reason" and not job)
    # The work, not the reader's: "du fick ner sjukfrånvaron i din butik", "du hanterade sjukskrivningarna".
    before = doc[max(sent.start, m.start - SV_TIE_WINDOW) : m.start]
    if contains_any(before.text.lower(), data["handling_phrases"]) and not any(t.lower_ in ("din", "ditt", "dina") for t in before):
        return False
    window = doc[max(sent.start, m.start - SV_TIE_WINDOW) : min(sent.end, m.end + SV_TIE_WINDOW)]
    if m.kind == TERM and any(_second(t, data) for t in window):
        return not excused or _concern_sv(sent, data)
    # "Tack för att du berättade om…" thanks the reader; its "att du" is no reason.
    before = doc[sent.start : m.end].text.lower().replace("tack för att du", "tack")
    reason = contains_any(before, data["reason_markers"])
    return (reason or view) and (_addressed(sent, data) or view) and not job


def _sv_someone_elses_leave(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention is a leave or a situation that is not the reader's: the vacancy to cover ("en föräldraledighet
    att täcka", "vikarie för en föräldraledighet", "täcka upp för en kollegas sjukskrivning"), or a colleague's in a
    clause with no second-person word ("eftersom en kollega går på föräldraledighet i vår")."""
    doc = sent.doc
    after = doc[m.end : min(sent.end, m.end + 4)].text.lower()
    if any(after.startswith(p) for p in data["cover_after"]):
        return True
    before = [t for t in doc[max(sent.start, m.start - 4) : m.start]]
    if any(_second(t, data) for t in before):
        return False
    words = [t.lower_ for t in before if t.lower_ not in ("en", "ett", "denna", "den", "det")]
    text = " ".join(words)
    if any(text.endswith(p) for p in data["cover_before"]):
        return True
    # The clause the mention is in, back to its start: someone else's situation, with nothing of the reader's.
    clause = []
    for t in reversed(doc[sent.start : m.start]):
        if t.lower_ in (",", ";", ":", "\u2013", "\u2014", "-", "och", "men", "eftersom", "då", "när", "så", "att"):
            break
        clause.append(t)
    lower = " ".join(t.lower_ for t in reversed(clause))
    return bool(clause) and not any(_second(t, data) for t in clause) and contains_any(lower, data["other_people"])


def _sv_view(text_lower: str, data: dict[str, Any]) -> bool:
    """The employer's view in the text, also with an adverb inside it ("vi har dock valt", "vi har ärligt
    talat valt")."""
    return contains_any(without_any(text_lower, data["view_adverbs"]), data["employer_views"])


def _sv_describes_a_person(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """An adjective of age of a person or the team: before its noun, also past another adjective ("ett ungt
    och hungrigt gäng"), or after a person ("någon som är lite yngre", "någon yngre", "kandidaten var äldre")."""
    doc = sent.doc
    following = [t for t in doc[m.end : min(sent.end, m.end + 3)] if t.is_alpha and t.lower_ != "och"]
    if following and _sv_person(following[0].lower_, data):
        return True
    if len(following) > 1 and m.end < sent.end and doc[m.end].lower_ in ("och", ",") and _sv_person(following[1].lower_, data):
        return True
    before = [t.lower_ for t in doc[max(sent.start, m.start - 6) : m.start]]
    while before and before[-1] in data["degree_adverbs"]:
        before.pop()
    if before and before[-1] in ("någon", "ingen"):
        return True
    if len(before) > 1 and before[-1] in ("är", "var", "vore"):
        subject = before[-3] if before[-2] == "som" and len(before) > 2 else before[-2]
        return subject in data["person_pronouns"] or _sv_person(subject, data)
    return False


def _sv_person(word: str, data: dict[str, Any]) -> bool:
    """A person or the team, also as the head of a compound ("säljteamet", "sökandegruppen")."""
    return word in data["profile_nouns"] or any(word.endswith(s) for s in data["profile_suffixes"])


def _sv_loose(sent: "Span", m: Mention, data: dict[str, Any]) -> str | None:
    """"barn", "familj": "tied" (the reader's own) only with a possessive or a verb of having just before,
    with nothing but a number or "små" between ("dina två barn", "du har tre små barn", "du väntar barn"),
    and "reason" only when the reason phrase is right before them ("med tanke på barnen"); "du verkade
    tycka om barn" and "du har arbetat med barn" are about the job."""
    words = [t.lower_ for t in sent.doc[max(sent.start, m.start - 5) : m.start]]
    possessive = ("din", "ditt", "dina")
    if words and (words[-1] in possessive or (len(words) > 1 and words[-2] in possessive and words[-1] in data["family_modifiers"])):
        return "tied"
    for i in range(len(words) - 1):
        if words[i] == "du" and words[i + 1] in data["owning_verbs"] and all(w in data["family_modifiers"] for w in words[i + 2 :]):
            return "tied"
    close = sent.doc[max(sent.start, m.start - 4) : m.start].text.lower()
    return "reason" if contains_any(close, data["reason_markers"]) and not close.endswith("att du") else None


def _concern_sv(sent: "Span", data: dict[str, Any]) -> bool:
    """The employer's concern about the reader ("vi har svårt att se hur det skulle fungera för dig")."""
    return _addressed(sent, data) and contains_any(sent.text.lower(), data["concern_views"])
