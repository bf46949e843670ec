"""The English reading: whether a mention counts in its sentence (``_english``), decided from the dependency
parse as the package docstring describes, and whether a culture-fit phrase completes a negated clause about the
reader (``_denied_to_reader``, for ``culture_fit``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...core.lexicon import contains_any
from .common import (
    ADJECTIVE,
    ATTITUDE,
    CHANGE,
    COLLEAGUE,
    CONTRAST,
    DATED,
    LIKENESS,
    NAME,
    OWN,
    PARTNER,
    PROXY,
    READER,
    REGION,
    RESIDENCE,
    SENIORITY,
    SITUATION,
    STAGE,
    TEAM,
    TERM,
    TOLD,
    Mention,
    _a_bare_transition,
    _a_reaction_to_it,
    _a_clashing_date,
    _a_burden_for_a_gender,
    _taking_orders_from,
    _fitting_in_with_a_gender,
    _no_ones_characteristic,
    _a_reaction_before,
    _the_writers_reaction,
    _addressed,
    _excused,
    _goodwill,
    _job_related,
    _own_clause,
    _like_them_in_a_respect,
    _played_no_part,
    _second,
    _set_against_recent_graduates,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Tokens of these entity types are names ("Christian" the person, a ward called "Elderly Care").
_NAME_ENTITIES = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"}
#: Dependencies through which an adjective, object or complement takes its clause's subject.
_TAKES_HEAD_SUBJECT = {"acomp", "xcomp", "ccomp", "attr", "dobj", "pobj", "amod", "conj", "oprd"}


def _english(sent: "Span", m: Mention, data: dict[str, Any]) -> bool | str:
    """True or False, or what the mention still needs from its sentence or the next (SITUATION, TEAM)."""
    verdict = _english_verdict(sent, m, data)
    # Inside the reader's own question, reported ("You asked whether the fitness test is adjusted for older applicants", "You asked
    # if it counted against you that you have two small children"), a reason or the reader's situation counts only with a concern
    # in this sentence or the next.
    if verdict in (True, TOLD) and _in_the_readers_question(sent.doc[m.start : m.end], data):
        return SITUATION
    return verdict


def _english_verdict(sent: "Span", m: Mention, data: dict[str, Any]) -> bool | str:
    """:func:`_english` before the reader's own question is taken into account."""
    span = sent.doc[m.start : m.end]
    # A requirement in another clause does not make the employer's judgement of the reader job-related: "The role comes with a
    # twelve-month accredited training programme, and with you being only a few years off retiring, the panel questioned…".
    job = _job_related(sent, data) and not _judged_apart(sent, m, data)
    if m.kind == READER:  # "worth going by Mo on your CV": the name is a person's, and the advice is the reader's
        return not job and not (m.end < len(sent.doc) and sent.doc[m.end].lower_ in ("'s", "\u2019s")) and READER
    if m.kind == LIKENESS:  # "the people are closer to your own background"
        return not job and _people_alike(span, data)
    if m.kind == ATTITUDE:  # "look at the council, they're less bothered about age"
        return not job and not _own_attitude(span, data)
    if m.kind == CONTRAST:  # "we're pitched at stag dos and festival crowds, not a retirement home"
        return not job
    if m.kind == COLLEAGUE:  # "Our client manager, Jordan, is 29, and with your thirty years in practice…"
        # The one the employer has chosen for the job ("We've gone with Kieran for the GM job. … Kieran's 26, …"): the hire's
        # age told to the reader is an impression of the reader's, on its own.
        return not job and (True if _the_hire(span, data) else SENIORITY)
    if m.kind == DATED:  # "you graduated in 1991, and the analysts here all finished university within the last five or six years"
        return not job and (True if _set_against_recent_graduates(sent, m, data) else SITUATION)
    if m.kind == RESIDENCE:  # "some of our clients are a bit funny about carers from the Darnley Park side of town"
        return not job and _a_reaction_before(sent, m, data) and (
            _addressed(sent, data) or _employer_view(sent, data) or _the_writers_reaction(sent, m, data))
    if m.kind == PARTNER:  # "when you mentioned your partner Marcus, Clive felt some of them might not be comfortable…"
        return not job and SITUATION
    if m.kind == REGION and not _from_a_region(span, data):
        return False
    if _a_bare_transition(sent, m, data):  # "I hope your transition goes smoothly": as likely a change of career
        return False
    if _no_ones_characteristic(sent, m, data):  # "the Sabbath in Judaism", a word quoted as a word, "young in the trade"
        return False
    if m.kind in (PROXY, REGION) and _of_the_clientele(span, data):  # "more customers from round here"
        return False
    # An age idiom said of the reader (``reader_predicates``: "you're a bit long in the tooth for what we need"), as an adjective of
    # age is ("you're older than the rest"); said of anything else ("your van is long in the tooth") it is a proxy, counted governed.
    if m.kind == PROXY and span.text.lower() in data["reader_predicates"] and _predicate_of(span, data, reader=True):
        return not job
    # A one-word proxy that describes (``people_predicates``: "local") is one only said of people ("the owners want the floor staff
    # to be local"), and then counts governed; not of a thing ("the local depot", "we want the produce to be local").
    if m.kind == PROXY and span.text.lower() in data["people_predicates"] and not _predicate_of(span, data, reader=False):
        return False
    if m.kind == PROXY and _like_them_in_a_respect(sent.doc, m, data):  # "teachers who are like them in their interests"
        return False
    if m.kind == PROXY and span.text.lower() in data["team_only_proxies"]:  # "the team is all local people", not "our customers are…"
        return TEAM if not job and _team_of(span, data) else False
    if m.kind == OWN and _a_measure(span, data):  # "your score was solid at 84"
        return False
    # A holiday the tagger makes a name is no name when it is the time of the reader's work ("how you'd manage the weekend
    # shifts when Ramadan falls").
    named = _a_name(span, data) and not _readers_observance(span, data)
    if named or _someone_elses(span, data) or _of_a_thing(span, data) or _a_past_time(span, data):
        return False
    if _a_clashing_date(sent, m, data):  # "our first proposed interview date clashed with Eid": the date, moved or not
        return not job and SITUATION
    if span.text.lower() in data["age_remarks"]:  # "you've been doing this since before most of us were born"
        return not job and any(_second(t, data) and t.dep_ in ("nsubj", "nsubjpass") for t in sent.doc[sent.start : m.start])
    # What the sentence says played no part ("I want to be clear that your time on parental leave played no part in the
    # decision", ``no_bearing_cues``): no reason, however governed, unless a concern is voiced in this sentence or the next; a
    # sentence that turns ("…, but we weren't sure…") is decided as it stands.
    if m.kind in (TERM, OWN, REGION) and _of_no_bearing(span, data) and not contains_any(sent.text.lower(), data["turn_cues"]):
        return SITUATION
    about = _addressed(sent, data) or _employer_view(sent, data)
    # A body part of the reader's (``reason_only_groups``: "your back", "your knees") counts only as a reason that opens its clause
    # ("with your back I can't see you lasting the winter", "because of your knees"), not under a view ("we want you to look after
    # your back") nor as how the reader did something ("you lifted with your back straight").
    if m.kind == PROXY and m.group in data["reason_only_groups"]:
        return _governed(span, data, views=False) and about and not job
    if m.kind == STAGE:  # "at this stage of your career you might prefer something less demanding"
        # Also said of a generic person, who stands for the reader: "someone at this stage of their career might be looking to wind down".
        return (about or _a_generic_person(span, data)) and contains_any(sent.text.lower(), data["slowing_cues"]) and not job
    # An age in decades of a generic person under the employer's view stands for the reader as well: "the panel was not
    # convinced someone in his late fifties could keep pace"; so does the age of the one gone with or offered the job instead
    # ("we've offered the trainee place to someone at the start of their career").
    if m.group == "age" and m.kind == TERM and about and _a_generic_person(span, data, ("indefinite_persons",)):
        return not job
    if m.group == "age" and m.kind == TERM and _chosen_generic_person(span, data):
        return not job
    if m.group == "age" and m.kind == TERM and about and _aged_person_doubted(span, data):  # "A bloke coming up 55 isn't going to last"
        return not job
    if m.kind == NAME:
        return _name_reaction(span, data) and not job and (True if about else READER)
    if _a_burden_for_a_gender(sent, m, data) or _taking_orders_from(sent, m, data):  # "it's a lot of lifting for a lady on this site"
        return not job
    if _fitting_in_with_a_gender(sent, m, data):  # "someone who'll gel with the lads", with a concern about the reader
        return not job and SITUATION
    if m.kind == ADJECTIVE:
        if _describes_a_person(span.root, data) or _said_of_the_reader(span.root, data):
            if about or job:
                return about and not job
            # "The front desk here is a very young, buzzy team": the team's make-up, with a concern about the reader in this
            # sentence or the next ("I'm not sure you'd feel at home").
            return _describes_a_team(span.root, data) and _unsettled_in_team(sent, data)
        if _describes_a_quality(span.root, data):  # "a youthful energy on the shop floor, and we felt…"
            return _employer_view(sent, data) and not job
        if _hired_of_an_age(span.root, data) and not job:  # "so we've gone with one of the younger girls"
            return True
        return TEAM if _team_profile(span, data) and not job else False
    if m.kind in (TERM, OWN, REGION) and _tied(span, m.group, data) and not _handled(span, data):
        # "Your accent was never an issue for us": denied, unless the sentence turns on it ("…, but clients might…").
        if _problem_predicate(span.root, data["problem_predicates"]) == "denied" and not contains_any(
                sent.text.lower(), data["turn_cues"]):
            return False
        lower = sent.text.lower()
        if contains_any(lower, data["accommodation_cues"]):
            return _concern(sent, data)
        # A congratulation, or thanks for telling us ("thank you for letting us know about your dyslexia"): only with a concern,
        # or with the reader's priorities said to change in this sentence or the next.
        if _goodwill(lower, data):
            return _concern(sent, data) or CHANGE
        # An aid the employer has arranged or offers ("…, and we have set up text-to-speech on all our computers"):
        # no reason, unless a concern about the reader is voiced in this sentence or the next.
        if _aid_offered(sent, data):
            return SITUATION
        # Said in its own sentence to have played no part: only with a concern in this sentence or the next.
        if _played_no_part(lower, data):
            return SITUATION
        # The reader's relative running an errand ("your wife called to say you're well"): only with a concern in this sentence or the next.
        if _a_relative_acting(span, data):
            return SITUATION
        return TOLD if _in_readers_clause(span, data) else True
    # A congratulation with the reader's priorities said to change: "Congratulations on the baby news. … your priorities will change".
    if m.kind == TERM and not job and _goodwill(sent.text.lower(), data) and not contains_any(
            sent.text.lower(), data["accommodation_cues"]) and not _governed(span, data):
        return CHANGE
    # Not the work ("we often need cover for sickness and parental leave") nor the pupils ("I think the children loved your session").
    if _governed(span, data) and (about or contains_any(sent.text.lower(), data["own_judgements"])) and not job and not _described_by_wh(
            span, data) and not _handled(span, data) and not (m.group == "family" and _children_acting(span, data)):
        return True  # also "…with the baby due around then it just doesn't line up for us"
    if m.kind == PROXY and not job and _hired(span, data):  # "for now we will take local person"
        return True
    if m.group == "origin" and m.kind in (PROXY, REGION) and not job and _complaint_before(sent, m, data):
        return True  # "We had few complaints before when the staff is from abroad."
    # So is the employer's trouble with staff from a region (``reaction_frames``: "we've had nothing but trouble with staff from West
    # Africa"); not with a thing from it ("we had problems with the shipment from Asia").
    if m.kind == REGION and m.group == "origin" and not job and _staff_from(span, data) and _a_reaction_before(sent, m, data):
        return True
    # So is a visible characteristic that staff wore or used when the complaints came ("we've had complaints when carers wear a
    # hijab"); not the clientele's ("…when residents bring a wheelchair").
    if m.kind == TERM and m.group in data["reaction_groups"] and not job and _complaint_before(sent, m, data) and _worn_by_staff(span, data):
        return True
    if m.kind == PROXY or job:
        return False
    if m.group == "family" and _parents_first(span, data):  # "Most mums always put the kids first."
        return True if about else READER
    if m.group in data["imagined_groups"] and _imagined_hire(span, data):
        return True  # "felt like a man would just get on with it easier"
    # "the hijab might raise questions at the gate", "the wheelchair could be an issue on the floor", "the stammer made it difficult
    # to follow your submissions"; also reported as someone's feedback ("Their feedback was that the turban doesn't sit with the
    # corporate uniform").
    if m.group in data["problem_groups"] and _a_problem(span, data) and (_addressed(sent, data) or _reported_problem(span, data)):
        return True
    if _a_reaction_to_it(sent, m, data):  # "the vendors were a bit thrown by the turban"
        return True
    if about and _generalised(span, _employer_view(sent, data), data):
        return True
    if _handled(span, data):
        return False
    if _team_profile(span, data):
        return TEAM
    if m.kind == OWN:  # "at 63": counted with a concern, or with a burden weighed against it ("too much at 63")
        return True if _burden_before(span, data) and not job else SITUATION
    if m.group == "family" and _fronted_with(sent, m, data):  # "With the baby coming, the fumes didn't seem fair on you"
        return True
    if m.group == "family" and _at_home(span, data):  # "the 6am start with two little ones at home would be a real juggle for you"
        return SITUATION
    if m.group == "family" and _with_the_reader_now(span, data):  # "you're on your own with the two wee ones, and none of us could see…"
        return SITUATION
    # Also a family word that can only be the reader's own plans (``situation_terms``: "you're midway through IVF", "being
    # approved as an adopter"), unlike "children", which are as often the pupils the reader taught.
    if (m.group in data["situation_groups"] or span.text.lower() in data["situation_terms"]) and (
            _in_readers_clause(span, data) or _in_readers_record(span, data) or _reported_by_reader(span, data)):
        return SITUATION
    # Religious practice as a scheduling problem: "you mentioned needing to go to the mosque at lunchtime, and the
    # supervisor has to be on the floor on Fridays", with the concern in that sentence or the next.
    # So is a holiday as the time of the reader's work ("how you'd manage the weekend shifts when Ramadan falls next spring").
    if m.group in data["practice_groups"] and (_in_readers_clause(span, data, through_open=True) or _readers_observance(span, data)) and contains_any(
            sent.text.lower(), data["schedule_cues"]):
        return SITUATION
    # A practice put as a doubt in a question of the writer's own: "how would Friday prayers work when we're two hours from a
    # town?"; not an arrangement offered in this sentence or the next, as a told situation is not (TOLD).
    if m.group in data["practice_groups"] and _how_would_it_work(span, data) and not job and not _excused(sent.text.lower(), data):
        return TOLD
    return False


def _children_acting(span: "Span", data: dict[str, Any]) -> bool:
    """Children (``pupil_words``; not "the baby", which is the reader's) named with a determiner that is not the reader's, as
    the subject of their own clause under the view: the pupils or the clientele doing something ("I think the children loved
    your session", "we felt the kids would enjoy your story sessions"); not the reader's ("we felt your children would make
    the early shifts hard")."""
    root = span.root
    return root.lower_ in data["pupil_words"] and root.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("det", "poss") and c.lower_ in data["others_determiners"] for c in root.children)


def _how_would_it_work(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is the subject of "work" or "fit" (``workability_verbs``) in a direct question asked with "how would", "how
    could" or "how will": "how would Friday prayers work when we're two hours from a town?"; not the reader's preference asked ("how would
    Friday prayers work best for you?")."""
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.lemma_.lower() not in data["workability_verbs"]:
        return False
    children = {c.lower_ for c in verb.children}
    return "how" in children and bool(children & {"would", "could", "will"}) and "best" not in children and span.sent.text.rstrip().endswith("?")


def _describes_a_team(t: "Token", data: dict[str, Any]) -> bool:
    """The adjective describes the team, crew or staff ("a very young, buzzy team"), not a single person."""
    t = _conj_head(t)
    head = t.head if t.dep_ in ("amod", "compound") else t
    return head.lower_ in data["team_nouns"] or head.lemma_.lower() in data["team_nouns"]


def _unsettled_in_team(sent: "Span", data: dict[str, Any]) -> bool:
    """In the team's sentence or the next, a concern about the reader that is about fitting in or keeping up
    (``fit_concerns``: "I'm not sure you'd feel at home", "we weren't sure you'd enjoy the pace"), not about the work."""
    doc = sent.doc
    window = [sent, *([doc[sent.end].sent] if sent.end < len(doc) else [])]
    return any(_concern(s, data) and contains_any(s.text.lower(), data["fit_concerns"]) for s in window)


def _team_of(span: "Span", data: dict[str, Any]) -> bool:
    """The proxy is what the team or staff is ("the team is all local people", "our crew are locals"), not the clientele."""
    t = span.root
    if t.dep_ not in ("attr", "acomp") or t.head.lemma_ != "be":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in data["team_nouns"] or c.lemma_.lower() in data["team_nouns"])
               for c in t.head.children)


def _hired(span: "Span", data: dict[str, Any]) -> bool:
    """The proxy is whom the employer's side takes on ("we will take local person", "we hired local staff instead")."""
    t = _conj_head(span.root)
    verb = t.head
    return t.dep_ == "dobj" and verb.lemma_.lower() in data["hiring_lemmas"] and _employer_subject(verb, data)


def _complaint_before(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """Complaints said to have come when staff were of an origin, before the mention in its sentence (``complaint_frames``:
    "we had few complaints before when the staff is from abroad"): the employer's experience of a group."""
    before = sent.doc[sent.start : m.start].text.lower()
    return any(re.search(p, before) for p in data["complaint_frames"])


def _worn_by_staff(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is what staff wear, use or have: the object of a verb whose subject is a staff noun (``staff_nouns``: "when
    carers wear a hijab", "when staff have an accent")."""
    t = _first_conjunct(span.root)
    if t.dep_ != "dobj":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and _staff(c, data) for c in t.head.children)


def _predicate_of(span: "Span", data: dict[str, Any], reader: bool) -> bool:
    """The mention is the predicate of a verb of being or becoming (``predicate_lemmas``) whose subject is the reader (``reader``:
    "you're a bit long in the tooth", "you're getting set in your ways") or people (``staff_nouns``, ``profile_nouns``: "the owners
    want the floor staff to be local", "staff who are local"); not a thing ("your van is long in the tooth", "the depot is local"),
    nor people said to be near a place ("the drivers to be local to the depot")."""
    t = _conj_head(span.root)
    if t.dep_ in ("acomp", "attr", "oprd", "advmod") and t.head.lemma_.lower() in data["predicate_lemmas"]:
        verb = t.head  # "you're a bit long in the tooth", "you're getting a bit long in the tooth" (however parsed)
    elif t.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in t.children):
        verb = t  # "you're set in your ways", parsed as a passive
    else:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
        subjects.append(verb.head)  # "staff who are local"
    if reader:
        return any(_second(s, data) for s in subjects)
    # Near a place is where people live, not who they are ("the drivers to be local to the depot", ``proximity_followers``).
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in data["proximity_followers"]:
        return False
    people = set(data["staff_nouns"]) | set(data["profile_nouns"])
    return any(s.lemma_.lower() in people or s.lower_ in people for s in subjects)


def _fronted_with(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A family situation in a "With" phrase that opens the sentence, past a determiner, a number or "small"
    (``family_modifiers``), with a concern about the reader in the sentence ("With the baby coming, the bleach and the fumes
    didn't seem fair on you"), as the Swedish "med tre små barn hemma … var vi lite oroliga"; not without one ("With the baby
    coming in March, we're happy to talk about a later start")."""
    doc = sent.doc
    start = m.start
    while start > sent.start and (doc[start - 1].lower_ in data["family_modifiers"] or doc[start - 1].like_num):
        start -= 1
    return start - 1 == sent.start and doc[sent.start].lower_ == "with" and _concern(sent, data)


def _at_home(span: "Span", data: dict[str, Any]) -> bool:
    """A family word followed by "at home" (``household_followers``: "two little ones at home", "three small kids at home"):
    the reader's household, unless it describes someone else's ("families with small children at home", the children of a
    third party, a client group or a household word in ``household_nouns``)."""
    doc = span.doc
    if not doc[span.end : min(len(doc), span.end + 3)].text.lower().startswith(tuple(data["household_followers"])):
        return False
    noun = _described(span.root)
    if noun.i != span.root.i and noun.pos_ in ("NOUN", "PROPN", "PRON") and not _second(noun, data) and (
            noun.pos_ == "PROPN" or noun.ent_type_ == "PERSON" or noun.lemma_.lower() in data["third_parties"]
            or noun.lower_ in data["clientele_nouns"] or noun.lemma_.lower() in data["group_nouns"] or noun.lower_ in data["group_nouns"]
            or noun.lemma_.lower() in data["household_nouns"]):
        return False
    return True


def _of_no_bearing(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is in the subject of a clause that says it played no part (``no_bearing_cues``: "your time on parental
    leave played no part in the decision", "your age was not a factor", "your accent made no difference"): the clause's
    words outside its subject hold the cue."""
    for verb in span.root.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        subject = next((s for s in subjects if s.left_edge.i <= span.start and span.end - 1 <= s.right_edge.i), None)
        if subject is None:
            continue
        inside = set(range(subject.left_edge.i, subject.right_edge.i + 1))
        rest = "".join(t.text_with_ws for t in verb.subtree if t.i not in inside).lower()
        return contains_any(rest, data["no_bearing_cues"])
    return False


def _with_the_reader_now(span: "Span", data: dict[str, Any]) -> bool:
    """A family word that the reader is with, now: the object of "with" on a present-tense "be" whose subject is the reader
    ("you're on your own with the two wee ones", "you're at home with a newborn", "you're home with the kids"), the
    reader's household, counted with a concern; not praise ("you're great with the kids", where "with" is the adjective's)
    nor what the reader did ("you were with the children all afternoon")."""
    root = _conj_head(span.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "with":
        return False
    verb = prep.head
    if verb.pos_ in ("ADV", "NOUN") and verb.dep_ in ("advmod", "npadvmod"):  # "you're home with the kids"
        verb = verb.head
    return verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and any(
        c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in verb.children)


def _parents_first(span: "Span", data: dict[str, Any]) -> bool:
    """A rule said of mothers or fathers and their children ("Most mums always put the kids first", "working mothers
    always put family first"): a parent group (``parent_groups``) with no possessive, said as a rule (a generic adverb or
    "most"/"all"), and a priority word (``priority_cues``) in the sentence."""
    sent = span.sent
    lower = sent.text.lower()
    if not contains_any(lower, data["priority_cues"]):
        return False
    for t in sent:
        if t.lower_ not in data["parent_groups"] and f"{t.nbor(-1).lower_ if t.i > 0 else ''} {t.lower_}" not in data["parent_groups"]:
            continue
        if any(c.dep_ == "poss" for c in t.children) or span.start <= t.i < span.end:
            continue
        words = [*t.children, *t.head.children]
        if any(w.lower_ in data["generic_adverbs"] or w.lower_ in data["group_quantifiers"] for w in words) or t.head.lemma_.lower() in data["generic_lemmas"]:
            return True
    return False


def _described_by_wh(span: "Span", data: dict[str, Any]) -> bool:
    """A family word that is the subject of a clause a wh-word opens ("because it's how the children learn", "that's what the
    kids need"): people the work is for, described in general, not the reader's own."""
    root = span.root
    if _mention_group(span, data) != "family" or root.dep_ not in ("nsubj", "nsubjpass") or any(_second(t, data) for t in span):
        return False
    return any(c.lower_ in data["descriptive_wh"] and c.i < root.i for c in root.head.children)


def _aid_offered(sent: "Span", data: dict[str, Any]) -> bool:
    """The sentence has the employer arrange, set up, provide or offer an aid, an adjustment or a facility
    (``aid_terms``): its object ("we have set up text-to-speech", "we've arranged a hearing loop", "we can provide an
    adjusted desk", "we will give you extra time in the test", also through "equip… with"), what "there is" ("there's a
    ramp at the staff entrance"), a passive subject ("a hearing loop has been installed") or an available one ("a quiet
    room is available"), or what the reader will get or have ("you'll have extra time"); not negated ("there's no lift",
    "we don't have a ramp") nor someone else's doing ("the landlord never put in a ramp")."""
    doc, aids = sent.doc, data["aid_terms"]
    lower = sent.text.lower()
    if not any(aid in lower for aid in aids):  # most sentences name none: skips a span per token and length
        return False
    for i in range(sent.start, sent.end):
        aid = next((doc[j : i + 1] for j in range(max(sent.start, i - 4), i + 1) if doc[j : i + 1].text.lower() in aids), None)
        if aid is not None and _provided(aid.root, data):
            return True
    return False


def _provided(t: "Token", data: dict[str, Any]) -> bool:
    """The aid ``t`` is what the employer's side provides, or what the reader is given (see ``_aid_offered``)."""
    while t.dep_ in ("conj", "compound", "appos", "amod", "nmod") and t.head.i != t.i:  # "a ramp and a lift", "text-to-speech software"
        t = t.head
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in t.children):
        return False
    if t.dep_ == "pobj" and t.head.lower_ in ("with", "for"):  # "equipped every desk with…", "arranged for a quiet room"
        t = t.head
    verb = t.head
    if verb.i == t.i or verb.pos_ not in ("VERB", "AUX") or _negated(verb, data):
        return False
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "we'd be happy to arrange…"
    if t.dep_ == "attr" and lemma == "be":  # "there's a hearing loop in every room"
        return any(c.dep_ == "expl" and c.lower_ == "there" for c in children)
    if t.dep_ == "nsubjpass":  # "a hearing loop has been installed"
        return lemma in data["provision_lemmas"]
    if t.dep_ == "nsubj" and lemma == "be":  # "a quiet room is available"
        return any(c.dep_ == "acomp" and c.lower_ in data["available_words"] for c in children)
    if t.dep_ in ("dobj", "dative", "prep", "attr") and lemma in data["provision_lemmas"]:
        if any(_second(s, data) for s in subjects):  # "you'll have extra time", "you will get a sit-stand desk"
            return lemma in data["recipient_lemmas"]
        return not subjects or any(s.lower_ in data["employer_subjects"] or s.lemma_.lower() in data["employer_subjects"] or s.lower_ == "there"
                                   for s in subjects)
    return False


def _a_generic_person(span: "Span", data: dict[str, Any], keys: tuple[str, ...] = ("profile_nouns", "group_nouns", "generic_people")) -> bool:
    """The career stage or age describes a person or people in general ("someone at this stage of their career", "people at
    that point in their working life", "someone in his late fifties"), not the reader's own ("at this stage of your career")
    nor a time ("at this stage"). ``keys`` name the word lists the person is taken from: an age takes only an indefinite
    person (``indefinite_persons``), as "a man in his sixties" is as often a client in a scenario."""
    person = _generic_person_of(span)
    return person is not None and any(person.lower_ in data[k] for k in keys)


def _generic_person_of(span: "Span", *, loose: bool = False) -> "Token | None":
    """The word a prepositional mention with a third person's possessive describes ("someone" in "someone at the start of their
    career"; none for "at the start of your career"), if any; ``loose``, also the object right before it when the parser hangs the
    phrase on the verb ("we've offered the place to someone at the start of…")."""
    if not any(t.lower_ in ("their", "his", "her") for t in span):
        return None
    t = span.root
    if t.dep_ == "pobj":
        t = t.head
    if t.dep_ != "prep" or t.head.i == t.i:
        return None
    before = t.doc[t.i - 1] if t.i > t.sent.start else None
    if loose and t.head.pos_ in ("VERB", "AUX") and before is not None and before.dep_ == "pobj":
        return before
    return t.head


def _aged_person_doubted(span: "Span", data: dict[str, Any]) -> bool:
    """A person of an age in general, named by the mention itself (the ``patterns`` entry "a bloke coming up 55": the mention
    opens with the person it describes, not the reader), as the subject of a negated verb or of "struggle": "A bloke coming up
    55 isn't going to last the summer on that", said to the reader; not a client of that age doing something ("a man coming up
    70 asked about bus passes")."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.i != span.start or _second(root, data):
        return False
    verb = root.head
    return any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() == "struggle"


def _chosen_generic_person(span: "Span", data: dict[str, Any]) -> bool:
    """An age or career stage of an indefinite person (``indefinite_persons``) the employer's side has gone with or offered the job
    to ("we've offered the trainee place to someone at the start of their career", "we went with someone in their twenties"): the
    person chosen instead, who stands for what the reader is not; not one merely met ("we spoke to someone at the start…")."""
    person = _generic_person_of(span, loose=True)
    return person is not None and person.lower_ in data["indefinite_persons"] and person.dep_ == "pobj" and _taken_on(person, data)


def _imagined_hire(span: "Span", data: dict[str, Any]) -> bool:
    """An indefinite person of a gender imagined doing the job better: the subject of a verb with "would", "might" or
    "could" and a comparative ("a man would just get on with it easier", "a lad would cope better with the lifting",
    also as "felt like a man would…"); not a person described further ("a man from the agency would call you sooner")."""
    root = span.root
    if not any(t.lower_ in ("a", "an") for t in (*span, *root.children)):
        return False
    # Placed in the role is no further description ("whether a woman in this role would get the joiners on side").
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") and not _in_the_role(c, data) for c in root.children):
        return False
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "like":  # "felt like a man would…", however it is parsed
        verb = root.head.head
        for _ in range(2):
            if _modal(verb, data) or verb.head.i == verb.i:
                break
            verb = verb.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or not _modal(verb, data):
        return False
    if _deliberated(verb, data):  # "we talked about whether a woman in this role would get the joiners on side"
        return True
    subject = set(t.i for t in root.subtree)
    words = [c for c in verb.children if c.i not in subject]
    words += [g for c in words if c.dep_ in ("acomp", "advmod", "xcomp", "prt") for g in c.children]
    return any(w.tag_ in ("JJR", "RBR") or w.lower_ in data["comparatives"] for w in words)


def _in_the_role(prep: "Token", data: dict[str, Any]) -> bool:
    """"in this role", "in the job": a person placed in the role on offer (``role_nouns``), not described further."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in data["role_nouns"] and not any(c.dep_ == "poss" for c in o.children)
        for o in prep.children)


def _deliberated(verb: "Token", data: dict[str, Any]) -> bool:
    """The imagined hire's clause is a question the employer's side weighed: opened by "whether" or "if"
    (``deliberation_marks``) under a verb whose subject is the employer's side, also through "about" ("we talked about whether
    a woman in this role would…", "the panel wondered if a man would…"); not the reader's question ("you asked whether…")."""
    if not any(c.dep_ == "mark" and c.lower_ in data["deliberation_marks"] for c in verb.children):
        return False
    above = verb.head
    if above.pos_ == "ADP":
        above = above.head
    return above is not verb and above.pos_ in ("VERB", "AUX", "ADJ") and _employer_subject(above, data)


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
    while t.dep_ in ("advmod", "amod", "conj") and t.head.i != t.i and t.head.pos_ in ("ADJ", "ADV"):
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
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    first = ("we", "i", "us", "our", "my")
    return any(s.lower_ in first or any(c.dep_ == "poss" and c.lower_ in first for c in s.children) for s in subjects)


def _a_past_time(span: "Span", data: dict[str, Any]) -> bool:
    """"Earlier in your career you ran a team of five": a time in the reader's past that a past-tense verb
    is dated by, not their stage of life ("a role for someone earlier in their career")."""
    first = span[0]
    if first.lower_ not in data["past_time_adverbs"] or first.dep_ != "advmod":
        return False
    verb = first.head
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _readers_observance(span: "Span", data: dict[str, Any]) -> bool:
    """A holiday or observance (``observances``) as the time of something the reader does: the subject of a "when"/"while" clause,
    or the object of "during"/"over"/"in", on a verb whose subject is the reader ("how you'd manage the weekend shifts when
    Ramadan falls", "you'd be on the tills during Eid"); not a time of the employer's ("we close over Eid")."""
    if span.text.lower() not in data["problem_predicates"]["observances"]:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "advcl" and any(
            c.lower_ in ("when", "while", "whilst", "once") for c in root.head.children):
        verb = root.head.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("during", "over", "in", "through", "throughout"):
        verb = root.head.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_second(s, data) for s in subjects)


def _writers_deliberation(span: "Span", data: dict[str, Any]) -> bool:
    """A religious word that is the writer's own way of deciding: coordinated with a noun of deliberation
    (``deliberation_nouns``: "after a lot of discussion and prayer we felt…", "after much prayer and reflection"), or a verb
    whose subject is the writer (``writer_subjects``: "we prayed about it and felt…"); not with the reader in the phrase
    ("your prayer and reflection group")."""
    if _mention_group(span, data) != "religion" or any(_second(t, data) for t in span.root.subtree):
        return False
    root = span.root
    partners = [*([root.head] if root.dep_ == "conj" else []), *(c for c in root.children if c.dep_ == "conj")]
    if any(p.lemma_.lower() in data["deliberation_nouns"] or p.lower_ in data["deliberation_nouns"] for p in partners):
        return True
    return root.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in data["writer_subjects"] for c in root.children)


def _a_problem(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is the subject of a practical problem, not negated: "the hijab might raise questions at the
    gate", "the turban could put some customers off", "the wheelchair would be an issue on the shop floor",
    "the accent might not go down well", "the stammer made it difficult to follow your submissions", "the turban doesn't sit
    with the corporate uniform", also as the last of two subjects ("the way you dress and the headscarf didn't quite give the
    image we're after"); not "the wheelchair won't be a problem", nor an institution ("the church might raise questions about
    the booking")."""
    root, spec = span.root, data["problem_predicates"]
    if span.text.lower() in data["problem_exclusions"]:
        return False
    return _problem_predicate(_first_conjunct(root), spec) == "problem"


def _conj_head(t: "Token") -> "Token":
    """The first word of the coordination ``t`` is in ("young and energetic": "young"), which the rest of the sentence attaches to."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _first_conjunct(t: "Token") -> "Token":
    """The first of the nouns ``t`` is coordinated with, which the verb takes as its subject or object ("the way you dress and
    the headscarf didn't…": "way")."""
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
        t = t.head
    return t


def _reported_problem(span: "Span", data: dict[str, Any]) -> bool:
    """The problem is what someone's feedback or view was, or what someone said (``report_nouns``, ``reporting_lemmas``:
    "Their feedback was that the turban doesn't sit with the uniform", "the client said the headscarf might put visitors off"):
    the reason relayed to the reader."""
    clause = _first_conjunct(span.root).head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    above = clause.head
    if above.lemma_.lower() in data["reporting_lemmas"]:
        return True
    return above.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in data["report_nouns"] for c in above.children)


def _problem_predicate(root: "Token", spec: dict[str, Any]) -> str | None:
    """"problem" when the subject ``root`` is said to raise questions, put people off or be an issue, "denied"
    when that is negated ("your accent was never an issue", "won't be a problem"), else None."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    negated = any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in children)
    # Made hard: "the stammer made it difficult to follow you", "your accent made it hard for the panel"; not "didn't make it hard",
    # nor a date of the process ("Eid made it tricky to find an interview date", ``observances``).
    if lemma in spec["making_verbs"] and root.lower_ not in spec["observances"] and any(c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in spec["hardships"] for c in children):
        return "denied" if negated else "problem"
    # At odds with a look or a uniform: a clash ("the hijab would clash with the uniform"), or a fit negated ("the turban doesn't
    # sit with the corporate uniform", "the headscarf didn't give the image we're after"); a fit not negated is no problem.
    preps = [c.lower_ for c in children if c.dep_ in ("prep", "prt")]
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma in spec["clashes"] and any(p in spec["clashes"][lemma] for p in preps):
        return "denied" if negated else "problem"
    if lemma in spec["mismatches"] and negated and (any(p in spec["mismatches"][lemma] for p in preps) or any(
            o.lemma_.lower() in spec["images"] or o.lower_ in spec["images"] for o in objects)):
        return "problem"
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
            return "problem" if negated or any(c.lower_ in spec["adverbs"] for c in verb.subtree) else None
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
    talks of scores or units ("the pass mark is 75, so at 72 you were just short"). Not a burden weighed against it right before
    (``age_burdens`` in the five words before: "the pace of nights might be too much at 63", "too much for you at 63")."""
    if contains_any(span.sent.text.lower(), data["measure_cues"]):
        return True
    if _burden_before(span, data):
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    people = set(data["profile_nouns"]) | set(data["employer_subjects"])
    return any(s.pos_ in ("NOUN", "PROPN") and s.ent_type_ != "PERSON" and s.lemma_.lower() not in people and s.lower_ not in people
               for s in subjects)


def _burden_before(span: "Span", data: dict[str, Any]) -> bool:
    """A burden weighed against the age in the five words before it (``age_burdens``: "too much at 63", "too much for you at 63")."""
    return contains_any(span.doc[max(span.sent.start, span.start - 5) : span.start].text.lower(), data["age_burdens"])


def _a_name(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is (part of) a name ("Christian" the person, the Elderly Care ward): a proper noun the
    tagger puts in a name; not a common word it does (a sentence's first word, "Divorced women tend…"), nor an
    abbreviation it makes a name on its own ("you're midway through IVF"), nor the name a term is called after ("Crohn's
    disease"), nor one with the reader's possessive, which no name takes ("your Sabbath", however the tagger reads it)."""
    def first_word(t: "Token") -> bool:
        return all(w.is_space or w.is_punct for w in t.doc[t.sent.start : t.i])

    def lone_acronym(t: "Token") -> bool:
        """An abbreviation the tagger makes a name on its own ("midway through IVF", "your ADHD"), not one inside a longer
        name ("the ADHD Foundation")."""
        alone = t.ent_iob_ == "B" and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I")
        return alone and t.is_upper and len(t.text) > 1

    def eponym(t: "Token") -> bool:
        """The name a term is called after, with its "'s" inside the term ("Crohn's disease", "Crohn's")."""
        return t.i + 1 < span.end and t.doc[t.i + 1].lower_ in ("'s", "\u2019s")

    if not any(t.ent_type_ in _NAME_ENTITIES and (t.pos_ == "PROPN" or not first_word(t)) and not lone_acronym(t) and not eponym(t)
               for t in span):
        return False
    return not any(c.dep_ == "poss" and _second(c, data) for t in span for c in t.children) and not _readers_practice_of(span, data)


def _readers_practice_of(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is what the reader's practice is of (``practice_nouns``: "your observance of the Sabbath", "your keeping of
    Ramadan"): the reader's own, as "your Sabbath" is."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lemma_.lower() not in data["practice_nouns"]:
        return False
    return any(c.dep_ == "poss" and _second(c, data) for c in root.head.head.children)


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
    Not one person, nor people with a determiner ("the married couple who own the café") or counted ("four children at
    the back"), nor "at all"."""
    groups = [t for t in span if t.lemma_.lower() in data["group_nouns"] or t.lower_ in data["group_nouns"]]
    noun = _described(span.root)
    if noun.lemma_.lower() in data["group_nouns"] or noun.lower_ in data["group_nouns"]:
        groups.append(noun)
    elif noun.i == span.root.i and len(span) == 1 and noun.tag_ in ("NNS", "NNPS"):
        groups.append(noun)  # "foreigners", "immigrants", "divorcees"
    for g in groups:
        # A counted set of people is no rule ("four children at the back didn't do the task at all").
        if g.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "nummod" for c in g.children):
            continue
        verb = g.head
        if verb.lemma_.lower() in data["generic_lemmas"]:
            return True
        if any(c.dep_ in ("advmod", "det", "predet") and c.lower_ in data["generic_adverbs"] and not _at_all(c)
               for c in (*verb.children, *g.children)):
            return True
        if view and g.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in g.children):
            return True
    return False


def _at_all(t: "Token") -> bool:
    """"All" in "at all", an intensifier of a negation ("didn't do the task at all"), not a quantifier."""
    return t.lower_ == "all" and t.i > 0 and t.doc[t.i - 1].lower_ == "at"


def _handled(span: "Span", data: dict[str, Any]) -> bool:
    """The health word is the work, not the reader's: the object of a verb of managing ("you would manage
    sickness absence for 40 staff", "you handled the sick notes"); not with the reader's possessive ("you
    manage your diabetes")."""
    if any(c.dep_ == "poss" and _second(c, data) for t in span for c in (t, *t.children)):
        return False
    t = span.root
    while t.dep_ in ("compound", "amod", "pobj", "prep", "conj") and t.head.i != t.i and t.head.pos_ != "VERB":
        if t.dep_ == "prep" and t.head.lemma_.lower() in data["handling_lemmas"]:  # "cover for sickness and parental leave"
            return True
        t = t.head
    if t.dep_ == "compound":
        t = t.head
    return t.dep_ in ("dobj", "pobj", "conj") and t.head.lemma_.lower() in data["handling_lemmas"]


def _in_readers_record(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is what the employer read in the reader's record, or what that record showed ("the panel
    noted from your references a long period of sickness absence", "your references mention time off sick",
    "we saw on your form that…")."""
    t = span.root
    while t.pos_ not in ("VERB", "AUX") and t.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "conj", "appos", "nmod") and t.head.i != t.i:
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


def _judged_apart(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention's own clause holds the employer's view and no requirement (``requirement_cues``), which is in another clause
    of the sentence, as the Swedish ``_sv_judged_apart``."""
    clause = _own_clause(sent, m, data)
    return _employer_view(clause, data) and not contains_any(clause.text.lower(), data["requirement_cues"])


def _someone_elses(span: "Span", data: dict[str, Any]) -> bool:
    """The mention belongs to a third person ("his family", "her children", "Stefan's wheelchair", "the client
    or family"), is a relative of the employer's ("our Year 2 children", not "our kind of people"), is picked out by a class
    determiner ("every child"), or belongs to the writer ("as a single mum myself", also the writer's own deliberation: "after a
    lot of discussion and prayer we felt…"); not a possessive of the mention's own that compares ages ("stylists their own age") or that is part of
    the term's name ("your Crohn's disease")."""
    def own(c: "Token") -> bool:
        """A possessive of the mention's own: "their own age", a name the term is called after ("your Crohn's disease"), or one
        the phrase takes up again at its end ("their whole career ahead of them")."""
        inside = span.start <= c.i < span.end
        return inside and ((c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "own") or c.pos_ == "PROPN" or (
            span[-1].dep_ == "pobj" and span[-1].pos_ == "PRON"))

    # Also the owner of a name the term is called after ("Mr Patel's Crohn's disease").
    owners = [*span.root.children, *(g for c in span.root.children if c.dep_ == "poss" and own(c) for g in c.children)]
    # An age compared with theirs is the age wanted in the hire ("someone closer to their age behind the counter").
    if _compared_with(span, data):
        return False
    relative = _mention_group(span, data) in data["relative_groups"]
    if any(c.dep_ == "poss" and (c.lower_ in data["third_person_possessives"] or c.pos_ == "PROPN" or (
            relative and c.lower_ in data["employer_possessives"])) and not own(c) for c in owners):
        return True
    # Children picked out one by one or by which of them, as pupils or patients are ("kept every child involved", "which children
    # could blend the words"); not "your children" nor "any children", nor obligations pointed back to ("someone without those
    # commitments at home", ``obligation_nouns``).
    if span.root.lower_ not in data["obligation_nouns"] and ((span.start > 0 and span.doc[span.start - 1].lower_ in data["class_determiners"]) or any(
            c.dep_ == "det" and c.lower_ in data["class_determiners"] for c in span.root.children)):
        return True
    # The writer's own: "as a single mum myself, I know…".
    if any(c.dep_ == "appos" and c.lower_ in data["writer_reflexives"] for t in {span.root, _described(span.root)} for c in t.children):
        return True
    if _writers_deliberation(span, data):  # "after a lot of discussion and prayer we felt…", "we prayed about it and…"
        return True
    if _anothers_leave(span, data):  # "the post is a cover while our colleague is on parental leave"
        return True
    return _with_someone_else(span, data) or _in_a_third_partys_clause(span, data)


def _in_a_third_partys_clause(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is in a relative clause about a person the work is for (``third_parties``, not ``hire_standins``: "our
    scenario about Mr Patel, a resident with type 2 diabetes who wants to fast during Ramadan"); not about the reader or a
    person standing for the one hired ("someone who wears a hijab", "a person who can work Fridays")."""
    clause = next((t for t in span.root.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    antecedent, lemma = clause.head, clause.head.lemma_.lower()
    return antecedent.pos_ == "NOUN" and (lemma in data["third_parties"] or antecedent.lower_ in data["third_parties"]) and (
        lemma not in data["hire_standins"] and antecedent.lower_ not in data["hire_standins"])


def _pointed_at(span: "Span") -> bool:
    """A visible or audible characteristic pointed at with "that" under a clause that turns it down ("they don't book a country
    inn to be greeted by that accent", "nobody could follow that accent"): the reader's, said to the reader; not beside a
    negation in another clause ("that accent you did was spot on, and we don't need you to change a thing")."""
    return any(c.dep_ == "det" and c.lower_ == "that" for c in span.root.children) and any(
        c.dep_ == "neg" or c.lower_ in ("never", "nobody") for a in span.root.ancestors for c in a.children)


def _compared_with(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is what someone is compared with (``comparison_frames`` right before it: "closer to their age", "nearer
    their age", "similar to their age")."""
    before = " ".join(t.lower_ for t in span.doc[max(0, span.start - 3) : span.start])
    return before.endswith(tuple(data["comparison_frames"]))


def _a_relative_acting(span: "Span", data: dict[str, Any]) -> bool:
    """A relative (``relative_groups``) who is the subject of an errand (``relative_acts``: "your wife called to say you're
    well", "your husband dropped the forms off"), not of a verb of being or needing ("your children are young", "your family
    would need you home by three")."""
    root = span.root
    return (_mention_group(span, data) in data["relative_groups"] and root.dep_ == "nsubj"
            and root.head.lemma_.lower() in data["relative_acts"])


def _anothers_leave(span: "Span", data: dict[str, Any]) -> bool:
    """A leave someone named is on, goes on or returns from: the subject of the verb the leave hangs from by "on" or "from"
    is a name, "he" or "she", or a person of the employer's ("while our colleague is on parental leave", "because Sarah went on
    maternity leave"); not the reader's ("you were on parental leave"), nor a generic person who stands for the reader ("we
    need someone who won't go on maternity leave")."""
    root = span.root
    if root.lower_ != "leave" or root.dep_ != "pobj" or root.head.lower_ not in ("on", "from"):
        return False
    subjects = [c for c in root.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.pos_ == "PROPN" or s.lower_ in ("he", "she") or (s.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in data["employer_possessives"] for c in s.children)) for s in subjects)


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
    # So is a counted set of children the reader dealt with ("you kept all six children on the sound"): not the reader's own
    # through the subject of a verb of doing; "you have two children" still is.
    counted = group == "family" and _a_counted_set(span.root, data)
    if (group in data["predicate_groups"] or counted) and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in data["owning_lemmas"]:
        subjects = [c for c in subjects if c.dep_ == "poss"]
    if _worked_on(span.root, data):  # "you retubed the hearing aid", "you can move children on": not the reader's own
        subjects = [c for c in subjects if c.dep_ == "poss"]
    near += [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "poss")]
    return any(_second(t, data) for t in near) or _like_the_reader(_described(span.root), data) or _with_that(
        span, group, data) or _readers_practice_of(span, data) or (group in data["reaction_groups"] and _pointed_at(span))


def _worked_on(t: "Token", data: dict[str, Any]) -> bool:
    """The object, with no possessive, of a verb of doing ("you retubed the hearing aid", "so you can move children on"): a
    thing or people the reader worked on, not the reader's own, unlike the object of a verb of having, wearing, needing or
    telling (``bearing_lemmas``: "you wear a hijab", "you use a wheelchair", "you mentioned a stammer")."""
    head = t.head
    return t.dep_ == "dobj" and head.pos_ == "VERB" and not any(c.dep_ == "poss" for c in t.children) and (
        head.lemma_.lower() not in data["owning_lemmas"] and head.lemma_.lower() not in data["bearing_lemmas"])


def _a_counted_set(t: "Token", data: dict[str, Any]) -> bool:
    """A set of people counted out with a determiner ("all six children", "the four kids", "both twins"): a group in the
    room, not a household, which has no such determiner ("two kids", "your three children")."""
    children = list(t.children)
    return any(c.dep_ == "nummod" or c.lower_ == "both" for c in children) and any(
        c.dep_ in ("det", "predet") and c.lower_ in data["counted_determiners"] for c in children)


def _the_hire(span: "Span", data: dict[str, Any]) -> bool:
    """The person whose age is given is the one the employer's side has taken on for the job: "the successful candidate", or a
    name that an earlier sentence or this one has them go with, hire or offer the job to ("We've gone with Kieran for the GM
    job. … Kieran's 26", "we offered the post to Priya, who is 24")."""
    people = [t for t in span if t.dep_ in ("nsubj", "nsubjpass", "poss")]
    people += [t.head.head for t in people if t.lower_ in ("who", "that") and t.head.dep_ == "relcl"]  # "Priya, who is 24"
    for person in people:
        if person.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in data["hire_modifiers"] for c in person.children):
            return True  # "the successful candidate is 26"
        if person.pos_ != "PROPN" and person.ent_type_ != "PERSON":
            continue
        for t in span.doc[: max(span.end, person.i + 1)]:  # the person itself too: "we offered the post to Priya, who is 24"
            if t.lower_ != person.lower_:
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_.lower() in data["hiring_with_lemmas"]:
                verb = t.head.head  # "we've gone with Kieran"
            elif t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in data["offering_lemmas"]:
                verb = t.head.head  # "we offered the post to Priya"
            elif t.dep_ == "dobj" and t.head.lemma_.lower() in data["hiring_lemmas"]:
                verb = t.head  # "we've appointed Kieran"
            else:
                continue
            if _employer_subject(verb, data):
                return True
    return False


def _with_that(span: "Span", group: str, data: dict[str, Any]) -> bool:
    """A visible characteristic with a demonstrative, in a "with" phrase of a verb whose subject is the reader ("I couldn't
    follow half of what you said with that accent", "you turned up with that headscarf"): the reader's; not in a sentence
    stating a job requirement ("the brief requires a Scottish accent, and you read it with that accent")."""
    root = span.root
    if group not in data["problem_groups"] or not any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in root.children):
        return False
    if root.dep_ != "pobj" or root.head.lower_ != "with" or _job_related(span.sent, data):
        return False
    verb = root.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in verb.children)


def _hired_of_an_age(t: "Token", data: dict[str, Any]) -> bool:
    """An adjective of age on the people the employer's side has taken on instead ("we've gone with one of the younger
    girls", "we hired one of the younger lads"): a person word (``profile_nouns``, ``hired_people``), also as "one of…", that
    is the object of a hiring verb (``hiring_lemmas``) or of "with" after ``hiring_with_lemmas`` ("gone with")."""
    t = _conj_head(t)
    noun = t.head if t.dep_ == "amod" else None
    if noun is None or (noun.lower_ not in data["hired_people"] and noun.lower_ not in data["profile_nouns"]):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "some", "two", "someone"):
        noun = noun.head.head
    return _taken_on(noun, data)


def _taken_on(noun: "Token", data: dict[str, Any]) -> bool:
    """The person is the one the employer's side has taken on or offered the job to: the object of a hiring verb
    (``hiring_lemmas``: "we hired someone…"), of "with" after ``hiring_with_lemmas`` ("we've gone with someone…") or of "to"
    after ``offering_lemmas`` with the job as its object (``offered_things``: "we've offered the place to someone…"; not "we gave
    the leaflet to someone…")."""
    if noun.dep_ == "dobj":
        verb = noun.head
        return verb.lemma_.lower() in data["hiring_lemmas"] and _employer_subject(verb, data)
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
        return verb.lemma_.lower() in data["hiring_with_lemmas"] and _employer_subject(verb, data)
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        verb = noun.head.head
        return verb.lemma_.lower() in data["offering_lemmas"] and _employer_subject(verb, data) and any(
            c.dep_ == "dobj" and c.lower_ in data["offered_things"] for c in verb.children)
    return False


def _reported_by_reader(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is the subject of a clause the reader reported ("You mentioned the wedding is in August", "you said the
    divorce comes through in May"): the reader's own situation, as in their own clause; not a compound naming a thing
    ("the wedding venue", which ``_of_a_thing`` drops)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = root.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in data["reporting_lemmas"]:
        return False
    return any(c.dep_ == "nsubj" and _second(c, data) for c in clause.head.children)


def _governed(span: "Span", data: dict[str, Any], views: bool = True) -> bool:
    """Inside a reason adjunct that opens its clause ("with a baby on the way, we…", also with the parser making it the
    sentence's head; not "you worked with the children") or that can only be a reason wherever it stands ("given the school run, …"), or, with ``views``,
    under a view of the employer's ("we were mindful that…", "we wanted…", "it's better to have…") of which the
    mention is not itself the subject ("the lads felt…"); or named as what decided it (:func:`_what_decided_it`)."""
    anywhere = data["reason_markers_anywhere"]
    for anc in span.root.ancestors:
        if anc.lower_ in data["reason_markers"] and anc.head.pos_ in ("VERB", "AUX") and (
                anc.i < anc.head.i or _after_a_comment(anc) or _after_a_coordinator(anc, data)):
            return True
        # The same adjunct when the parser makes it the head of the sentence, with no comma after it ("With a little one on
        # the way I don't want to pile pressure on you").
        if anc.lower_ in data["reason_markers"] and anc.dep_ == "ROOT" and anc.i == anc.sent.start:
            return True
        if anc.lower_ in anywhere and anc.dep_ not in ("ROOT", "acl", "relcl", "conj", "ccomp", "xcomp") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in anc.children
        ):
            return True
        if anc.i == span.root.head.i and _what_decided_it(span.root, data):
            return True
        if not views or (span.root.head.i == anc.i and span.root.dep_ in ("nsubj", "nsubjpass")):
            continue
        words = [anc, *(c for c in anc.children if c.dep_ == "acomp")]
        if any(_employers_view(v, data) for v in words) or any(_impersonal_view(v, data) for v in words):
            return True
        # "The board's view was that…", "our feeling is that…": a view noun of the employer's as the subject.
        if anc.lemma_ == "be" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and _employers_view(c, data) for c in anc.children):
            return True
    return False


def _what_decided_it(t: "Token", data: dict[str, Any]) -> bool:
    """The mention is what "be" names as the decider: "What tipped it was the asthma you mentioned" (a clause of
    ``decider_verbs`` as the subject), "the deciding factor was your accent", "the reason was your age" (``decider_nouns``,
    each but "reason" with a ``decider_modifiers`` word); not a word inside the complement ("the main issue was the
    children's safety")."""
    head = t.head
    if t.dep_ != "attr" or head.lemma_ != "be":
        return False
    for c in head.children:
        if c.dep_ == "csubj" and c.lemma_ in data["decider_verbs"]:
            return True
        if c.dep_ == "nsubj" and c.lemma_ in data["decider_nouns"] and (
                c.lemma_ == "reason" or any(m.lower_ in data["decider_modifiers"] for m in c.children if m.dep_ in ("amod", "compound", "nummod"))):
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
    return _is_view(t, data) and _employer_subject(t, data) and not _an_offering(t, data)


def _an_offering(t: "Token", data: dict[str, Any]) -> bool:
    """The "view" is what an offering of the employer's is for ("our graduate scheme is aimed at people at the start of their
    career"): its subject is a scheme, programme or course (``offering_nouns``), with no other view of the employer's in the
    sentence ("…, and we think you'd be frustrated" keeps it a view)."""
    word = t.head if t.dep_ in _TAKES_HEAD_SUBJECT else t
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in data["offering_nouns"] for c in word.children):
        return False
    return not any(v.i != t.i and v.i != word.i and _is_view(v, data) and _employer_subject(v, data) for v in t.sent)


def _is_view(t: "Token", data: dict[str, Any]) -> bool:
    lemma = t.lemma_.lower()
    if lemma in data["view_particles"]:
        return any(c.dep_ == "prt" and c.lower_ in data["view_particles"][lemma] for c in t.children)
    if lemma in data["view_preps"]:  # "we went with someone else", "we've gone for…"; not "I went on paternity leave"
        return any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in data["view_preps"][lemma] for c in t.children)
    if lemma in data["person_view_lemmas"]:  # "they like a local lad", "our regulars love a young face": a liking for a kind of person
        # Also "a familiar sort of face": the person after "sort of", "kind of", "type of".
        objects = [c for c in t.children if c.dep_ == "dobj"]
        objects += [p for c in objects if c.lower_ in ("sort", "kind", "type") for g in c.children
                    if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
        return t.pos_ == "VERB" and any(c.lower_ in data["profile_nouns"] or c.lemma_.lower() in data["profile_nouns"] for c in objects)
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
        subjects += _quantified(subjects, data)  # "some of our parents feel…", "most of the residents would rather…"
        subjects += [c for s in subjects for c in s.conjuncts]  # "my husband and I felt…"
        if word.dep_ == "relcl" and any(s.lower_ in ("who", "that", "which") for s in subjects):
            antecedent = word.head
            subjects.append(antecedent)
            if antecedent.dep_ == "attr":
                subjects += [c for c in antecedent.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in data["employer_subjects"] or s.lemma_.lower() in data["employer_subjects"] or _employer_antecedent(s, data)
               for s in subjects):
            return True
        if not subjects and _elided_first_person(word, data):
            return True
        if not subjects and _gerund_of_employer(word, data):  # "the site manager made a comment about not wanting a woman…"
            return True
    return False


def _employer_antecedent(s: "Token", data: dict[str, Any]) -> bool:
    """A "he" or "she" (``anaphoric_subjects``) whose antecedent is the employer's side: the nearest singular noun that is a
    subject or a possessor before it, in its sentence or the one before, is an employer subject ("The gaffer isn't doing that
    again, he wants…", "Where it fell down was the general manager's concern. A large share of our guests…, and he felt…"); not
    another person ("Your referee rang, and she wants…"). A quantity ("a large share of our guests") is no one's name."""
    if s.lower_ not in data["anaphoric_subjects"]:
        return False
    doc = s.doc
    start = doc[s.sent.start - 1].sent.start if s.sent.start > 0 else s.sent.start
    for t in reversed(doc[start : s.i]):
        if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and (
                t.lower_ not in data["quantifiers"]):
            return t.lower_ in data["employer_subjects"] or t.lemma_.lower() in data["employer_subjects"]
    return False


def _gerund_of_employer(word: "Token", data: dict[str, Any]) -> bool:
    """A gerund with no subject of its own, in an "about"/"of" phrase, takes its subject from the clause it hangs on: the
    possessor of the noun it describes, or else the subject of the verb that has that noun or the phrase itself ("the site
    manager made a comment about not wanting a woman in this role", "we talked about hiring someone younger"); not the
    reader's ("you made a good point about wanting a mentor", "your idea of wanting…")."""
    if word.tag_ != "VBG" or word.dep_ != "pcomp" or word.head.lower_ not in ("about", "of", "on", "over"):
        return False
    above = word.head.head
    if above.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in above.children if c.dep_ == "poss"]
        if owners:
            return any(o.lower_ in data["employer_possessives"] or o.lemma_.lower() in data["employer_subjects"] for o in owners)
        if above.dep_ not in ("dobj", "attr", "pobj") or above.head.i == above.i:
            return False
        above = above.head
        if above.pos_ == "ADP":
            above = above.head
    if above.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and above.tag_ in ("VBD", "VBZ", "VBP") and above.i > above.sent.start and above.nbor(-1).pos_ == "NOUN":
        subjects = [above.nbor(-1)]  # a finite verb the parser left without its subject: the noun right before it
    return any(s.lower_ in data["employer_subjects"] or s.lemma_.lower() in data["employer_subjects"] for s in subjects)


def _quantified(subjects: list["Token"], data: dict[str, Any]) -> list["Token"]:
    """The people a quantifier subject picks out ("some of our parents", "most of the residents", "a lot of our
    customers"): the object of its "of", which then stands as the subject."""
    found = []
    for s in subjects:
        if s.lower_ in data["quantifiers"] or (s.lower_ == "lot" and any(c.lower_ == "a" for c in s.children)):
            found += [o for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return found


def _elided_first_person(word: "Token", data: dict[str, Any]) -> bool:
    """A view with its "we" or "I" left out at the start of a statement ("Need someone who looks the part.", "Wanted
    someone younger."); not an imperative to the reader ("Think about…") nor a question ("Need help with childcare?")."""
    if word.dep_ != "ROOT" or word.lemma_.lower() not in data["elided_views"] or word.sent.text.rstrip().endswith("?"):
        return False
    if any(t.is_alpha for t in word.doc[word.sent.start : word.i]):
        return False
    return word.tag_ == "VBD" or word.lemma_.lower() in data["elided_present_views"]


def _negated(t: "Token", data: dict[str, Any]) -> bool:
    """A negation on the word or the clause it completes, also a negative subject (``negative_subjects``: "none of us could
    see how…", "nobody felt…", "no one was sure…")."""
    words = [*t.children, *(t.head.children if t.dep_ in ("acomp", "xcomp") else ())]
    return any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never", "no") for c in words) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in data["negative_subjects"] or any(
            g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in words)


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
        # A concern noun as the object of a verb of having or raising ("we had questions"), not of a verb of doing ("we sent
        # the interview questions in advance").
        thing = t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() not in data["concern_noun_verbs"]
        if lemma in data["concern_lemmas"] and not thing and _employer_subject(t, data):
            return True
        if lemma in data["negatable_views"] and _employer_subject(t, data) and (_negated(t, data) or _diminished(t, data)):
            return True
        if lemma in data["aversion_lemmas"] and _employer_subject(t, data) and _averse_for_the_reader(t, data):
            return True  # "I'd hate to put you in a situation that set you back": a "wouldn't want" in other words
        if _second(t, data) and t.dep_ == "pobj" and t.head.lower_ in ("on", "for", "to"):
            # A hope, not a worry: "I hope the arrangements we made worked for you".
            if t.head.head.dep_ == "ccomp" and t.head.head.head.lemma_.lower() in data["hope_lemmas"]:
                continue
            if t.head.head.lemma_.lower() in data["burden_words"]:
                return True
            # "for you" on the verb whose complement is the burden: "the reports would be too much for you".
            if t.head.head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in data["burden_words"]
                                                  for c in t.head.head.children):
                return True
    return False


def _diminished(t: "Token", data: dict[str, Any]) -> bool:
    """A view made smaller, a doubt in other words (``diminishing_adverbs``: "I'm even less convinced you'd cope", "we were
    less sure after the second interview"); not "no less confident"."""
    return any(c.dep_ == "advmod" and c.lower_ in data["diminishing_adverbs"] and not any(g.lower_ == "no" for g in c.children)
               for c in t.children)


def _averse_for_the_reader(t: "Token", data: dict[str, Any]) -> bool:
    """An aversion of the employer's in the conditional (``aversion_lemmas``, ``conditional_modals``: "I'd hate to put you in a
    situation that set you back", "we would hate for you to struggle"), with the reader a subject or object in what it would
    hate: the same concern as "we wouldn't want to…"; not a plain "I hate to say it", nor one about something else ("I'd
    hate for the form to go missing") or only the reader's things ("I'd hate to lose your details")."""
    if not any(c.dep_ == "aux" and c.lower_ in data["conditional_modals"] for c in t.children):
        return False
    complements = [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    return any(_second(w, data) and w.dep_ in ("nsubj", "nsubjpass", "dobj", "iobj", "pobj")
               for c in complements for w in c.subtree)


def _of_a_thing(span: "Span", data: dict[str, Any]) -> bool:
    """The word names a property or a kind of thing, not a person: "the age of the system", "a family of
    products", "our family support team", "the kids' menu", "the church youth club", "the age monitoring data", "your family's
    coach firm". A health word
    stays a mention there ("wheelchair access"), as the thing is the reader's need, unless the thing is a facility
    (``facility_nouns``: "our deaf resource base", "the dementia unit")."""
    root, people = span.root, set(data["profile_nouns"]) | set(data["employer_subjects"])
    # The name of records or a programme about the characteristic, however parsed (``named_thing_heads``: "our sexual orientation
    # monitoring data", "the disability network").
    if span.end < len(span.doc) and span.doc[span.end].lower_ in data["named_thing_heads"]:
        return True
    if root.dep_ == "poss" and _second(root, data) and len(span) > 1:  # "your condition" in "your condition report"
        root = span[-1]
    # A family owning a business names the business ("your family's coach firm", "your family's farm"), not the reader's household.
    if root.dep_ == "poss" and root.lemma_.lower() == "family" and root.head.lemma_.lower() in data["family_business_nouns"]:
        return True
    # A person of the reader's owning the thing ("your husband's transfer", "your children's school") is a person, not a kind.
    possessive = root.dep_ == "poss" and any(c.dep_ == "case" for c in root.children) and not any(
        c.dep_ == "poss" and _second(c, data) for c in root.children)
    if (root.dep_ == "compound" or possessive) and root.head.i >= span.end and root.head.pos_ == "NOUN":
        head = root.head.lemma_.lower()
        # A term that is a health word only with the reader's possessive ("your condition") is the name of
        # the thing it qualifies ("your condition report", "your medication round").
        lent = len(span) > 1 and _second(span[0], data) and span[1:].text.lower() not in data["terms"].get("health", ())
        if head not in people and root.head.lower_ not in people and (_mention_group(span, data) != "health" or lent):
            return True
    # A health word that names what a facility of the employer's is for ("our deaf resource base", "the dementia unit"):
    # the facility, not the reader's need.
    if root.dep_ in ("amod", "compound") and root.head.i >= span.end and _mention_group(span, data) == "health" and any(
            t.lemma_.lower() in data["facility_nouns"] for t in (root.head, *root.head.ancestors) if t.pos_ == "NOUN" and t.i < span.end + 3):
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
    twenties", "our regulars are young"), or the age profile it has ("the crew has an average age of 27")."""
    t = _conj_head(span.root)
    head = t.head
    has = t.dep_ == "dobj" and head.lemma_ == "have" and span.text.lower() in data["team_profile_terms"]  # "the crew has an average age of 27"
    if not has and (t.dep_ not in ("attr", "acomp", "prep", "pobj") or head.lemma_ != "be"):
        if not (t.dep_ == "pobj" and head.head.lemma_ == "be"):
            return False
        head = head.head
    people = set(data["profile_nouns"]) | set(data["employer_subjects"]) | set(data["team_nouns"])  # also "the workshop is all blokes"
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in people and c.lower_ not in ("we", "i", "they") for c in head.children)


def _in_the_readers_question(span: "Span", data: dict[str, Any]) -> bool:
    """The mention is in a "whether" or "if" clause under a verb of asking (``asking_lemmas``) whose subject is the reader."""
    clause = None
    for t in span.root.ancestors:
        if clause is not None and t.lemma_.lower() in data["asking_lemmas"] and any(
                c.dep_ == "nsubj" and _second(c, data) for c in t.children):
            return True
        if t.dep_ in ("ccomp", "advcl") and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children):
            clause = t
        elif clause is not None and t.dep_ not in ("ccomp", "xcomp", "advcl"):
            clause = None
    return False


def _in_readers_clause(span: "Span", data: dict[str, Any], through_open: bool = False) -> bool:
    """The mention is inside a clause whose subject is the reader ("the time you took off for anxiety",
    "you're in the middle of a divorce"): the reader's own situation, told to the employer; ``through_open``
    also through open clauses and gerunds after a preposition that take the reader as their subject ("you mentioned needing to go
    to the mosque", "you asked about stepping away for Friday prayers")."""
    # Also from the mention's first word, when the parser hangs the rest of it elsewhere ("the gap you explained as stress leave
    # raised doubts", where "leave" is read as an auxiliary of "raised"); and through a particle the parser hangs a phrase on
    # ("you had two periods off with depression").
    for start in dict.fromkeys((span.root, span[0])):
        t = start
        while t.pos_ not in ("VERB", "AUX") and t.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "conj", "appos", "attr",
                                                           "nmod", "npadvmod", "pcomp", "acomp", "prt") and t.head.i != t.i:
            t = t.head
        while through_open and t.head.i != t.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            if t.dep_ == "xcomp":
                t = t.head
            elif t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
                t = t.head.head  # a gerund after a preposition: "you asked about stepping away for Friday prayers"
            else:
                break
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in t.children):
            return True
    return False


def _employer_view(sent: "Span", data: dict[str, Any]) -> bool:
    """The sentence states the employer's view: a view of the employer's side ("we wanted…"), an impersonal
    preference ("it's better to have…"), or the employer's experience ("in our experience…", however parsed)."""
    return any(_employers_view(t, data) or _impersonal_view(t, data) for t in sent) or contains_any(
        sent.text.lower(), data["view_phrases"])


def _describes_a_person(t: "Token", data: dict[str, Any]) -> bool:
    """The adjective describes a person or people ("a younger face", "young apprentices"), not the name of a thing the people word
    qualifies ("our young apprentices scheme", "the young drivers programme")."""
    t = _conj_head(t)
    if t.lower_ in data["profile_nouns"]:
        return True
    noun = t.head
    if noun.lower_ not in data["profile_nouns"]:
        return False
    people = set(data["profile_nouns"]) | set(data["staff_nouns"])
    return not (noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() not in people
                and noun.head.lower_ not in people)


def _said_of_the_reader(t: "Token", data: dict[str, Any]) -> bool:
    """The adjective is said of the reader, with no noun, through "be" or another linking verb (``linking_lemmas``: "you were
    the oldest by twenty years", "you're younger than the rest of the team", "you read a little older than we'd pictured"); not of
    the reader's things ("your laptop is older")."""
    t = _conj_head(t)
    if t.dep_ == "amod" and t.tag_ in ("JJR", "JJS") and t.head.ent_type_ == "DATE":
        t = t.head  # "you were the oldest by twenty years", parsed as "oldest … years"
    return t.dep_ in ("acomp", "attr") and t.head.lemma_ in data["linking_lemmas"] and any(
        c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in t.head.children)


def _describes_a_quality(t: "Token", data: dict[str, Any]) -> bool:
    """The adjective describes what people bring ("a vibrant, youthful energy"): counted under the employer's
    view only, as "the young energy of your design" is about a thing."""
    t = _conj_head(t)
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
    # "when the staff is from abroad": people said to be from it.
    if head.lemma_ == "be" and any(c.dep_ in ("nsubj", "nsubjpass") and _staff(c, data) for c in head.children):
        return True
    return head.lemma_.lower() in data["hiring_lemmas"] and any(c.dep_ == "dobj" for c in head.children)


def _staff_from(span: "Span", data: dict[str, Any]) -> bool:
    """The region is where staff are from ("staff from West Africa", "carers from abroad"): the "from" hangs on a staff noun."""
    prep = span.root.head
    return prep.lower_ == "from" and _staff(prep.head, data)


def _staff(t: "Token", data: dict[str, Any]) -> bool:
    """A word for staff or people (``staff_nouns``: "carers", "staff", "someone"), as written or by its lemma."""
    return t.lower_ in data["staff_nouns"] or t.lemma_.lower() in data["staff_nouns"]


def _name_reaction(span: "Span", data: dict[str, Any]) -> bool:
    """A reaction to a name, of which the name is the cause: "put off by the name", "your full name would throw
    them", "struggle with your surname", "your name is hard to say", "an easier name", "a name they couldn't place". Not a name of a thing
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

    # "a name they couldn't place", "names she can't pronounce": a relative clause on the name that denies placing or saying it.
    if any(c.dep_ == "relcl" and c.lemma_.lower() in spec["unplaced"] and any(g.dep_ == "neg" for g in c.children)
           for c in root.children):
        return True
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


# ---------------------------------------------------------------------------------------- culture fit
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
    # The negation may sit on the view that governs the clause ("we didn't feel you'd be a culture fit"), or on the copula of
    # a doubt (``doubt_adjectives``: "we weren't confident you'd click with how we do things"; not "we weren't surprised…").
    governing = list(clause.head.children) if clause.dep_ in ("ccomp", "xcomp") else []
    if clause.dep_ == "ccomp" and clause.head.dep_ == "acomp" and clause.head.lower_ in data["doubt_adjectives"]:
        governing += list(clause.head.head.children)
    negated = any(c.dep_ == "neg" or c.lower_ in negations for c in (*clause.children, *governing, *span))
    # An open clause takes its subject from the clause it completes ("you didn't seem to fit in here").
    subjects = [*clause.children, *(governing if clause.dep_ == "xcomp" else ())]
    about_reader = any(c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in subjects) or any(_second(c, data) for c in seen_as)
    return negated and about_reader
