"""The Swedish reading: whether a mention counts in its sentence (``_swedish``). Swedish drafts have no parser
(see core/nlp.py), so the English decisions are made from word order, as the package docstring describes: a
second-person word within ``SV_TIE_WINDOW`` words ties a mention to the reader, a reason is a set phrase before it,
and the employer's view a set phrase close to it. ``_denied_or_weighed`` is the culture-fit test."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ...core.lexicon import contains_any, without_any
from .common import (
    CHANGE,
    DATED,
    PARTNER,
    PROXY,
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
    from spacy.tokens import Span

#: How far (in words) a Swedish second-person word may be from a mention to tie it to the reader, and
#: how far before and after it the employer's view ("vi ville ha…", "…tror vi") may stand to govern it.
SV_TIE_WINDOW = 3
SV_VIEW_BEFORE = 12
SV_VIEW_AFTER = 4
#: How far (in words) before a mention a preference of the clientele's ("känner sig tryggare med…") may stand.
SV_COMFORT_BEFORE = 6
#: How far before a mention a topic of the reader's work is looked for, and how many words may stand between them.
SV_TOPIC_WINDOW = 6
SV_TOPIC_GAP = 2
#: How many words may stand between "du har" and a characteristic the reader has ("en ganska kraftig").
SV_TRAIT_WORDS = 4
#: How far (in words) before a culture-fit phrase a negation of it, and a criterion the decision weighed, may stand.
SV_FIT_NEGATION_BEFORE = 8
SV_FIT_CRITERION_BEFORE = 12
#: How far (in words) after a group a word of habit may stand to make a generalisation ("nygifta vill ofta…").
SV_HABIT_WINDOW = 3


def _swedish(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    doc = sent.doc
    lower = sent.text.lower()
    near = doc[max(sent.start, m.start - SV_VIEW_BEFORE) : min(sent.end, m.end + SV_VIEW_AFTER)].text.lower()
    comfort = _sv_comfort(sent, m, data)  # "föräldrar som känner sig tryggare med kvinnlig personal"
    view = _sv_view(near, data) or comfort
    # A requirement in another clause does not make the employer's judgement of the reader job-related: "Tjänsten innebär
    # visningar i hela museet, och vi bedömer att det blir svårt att genomföra med rullstol".
    job = _job_related(sent, data) and not _sv_judged_apart(sent, m, data)
    if m.start > sent.start and doc[m.start - 1].lower_ in data["third_person_possessives"]:
        return False
    text = doc[m.start : m.end].text.lower()
    # Work called too much for a gender, or a gender the staff would not take orders from: "det är mycket lyft för en tjej", "grabbarna
    # tar inte order från en tjej".
    if _a_burden_for_a_gender(sent, m, data) or _taking_orders_from(sent, m, data):
        return not job
    if _fitting_in_with_a_gender(sent, m, data):  # "someone who'll gel with the lads", with a concern about the reader
        return not job and SITUATION
    if _a_bare_transition(sent, m, data):  # "jag hoppas att din transition går smidigt": lika gärna ett byte av bana
        return False
    if _no_ones_characteristic(sent, m, data):  # "sabbaten i judendomen", a word quoted as a word, "ung i yrket"
        return False
    # A qualification from abroad, not a person's origin: "personer med utländsk ingenjörsexamen".
    if text in data["qualification_adjectives"] and m.end < sent.end and doc[m.end].lower_.endswith(data["qualification_suffixes"]):
        return False
    # The employer's own institution: "vi i pingstförsamlingen", "vår moské".
    if m.group == "religion" and contains_any(" ".join(t.lower_ for t in doc[max(sent.start, m.start - 3) : m.start]).split(",")[-1],
                                              data["own_institution_markers"]) and not any(_second(t, data) for t in doc[max(sent.start, m.start - 3) : m.start]):
        return False
    # The writer's own way of deciding: "efter mycket bön och eftertanke kom vi fram till…".
    if m.group == "religion" and _sv_writers_deliberation(sent, m, data):
        return False
    # An age joke said of the reader's career: "du har hållit på sedan innan många av oss var födda".
    if text in data["age_remarks"]:
        return not job and any(_second(t, data) for t in doc[sent.start : m.start])
    if _a_clashing_date(sent, m, data):  # "vår första intervjudag krockade med eid al-fitr": the date, moved or not
        return not job and SITUATION
    # A practice put as a doubt in a question of the writer's own ("hur skulle fredagsbönen fungera under fältarbetet?"), counted
    # as a told situation is (TOLD): not with an arrangement offered in this sentence or the next.
    if m.group in data["practice_groups"] and _sv_how_would_it_work(sent, m, data) and not job and not _excused(lower, data):
        return TOLD
    # A generalisation about a group, under the employer's view or said to the reader: "Vi har sett förut att nygifta ofta vill
    # gå ner i tid, och vi behöver någon som…"; not with an arrangement offered ("småbarnsföräldrar behöver ofta flexibla tider,
    # så vi erbjuder…").
    if (_sv_view(lower, data) or _addressed(sent, data)) and _sv_generalised(sent, m, data) and not _excused(lower, data):
        return not job
    if m.kind == PARTNER:  # "när du nämnde din sambo Marcus, …", with a concern in this sentence or the next
        return not job and SITUATION
    if m.kind == DATED:  # "du tog examen 1991, och resten av teamet tog examen under de senaste fem åren"
        return not job and (True if _set_against_recent_graduates(sent, m, data) else SITUATION)
    if m.kind == RESIDENCE:  # "vi har haft problem med sena ankomster från personal som bor i Husby"
        return not job and _a_reaction_before(sent, m, data) and (
            _addressed(sent, data) or _sv_view(lower, data) or _the_writers_reaction(sent, m, data))
    # An age as what the team's people are ("teamet med kollegor som är i början av sin karriär", "personalen är i början av sin
    # yrkesbana"): the team's profile, not a colleague's own situation (below), counted with the reader steered elsewhere or a
    # concern about the reader in this sentence or the next.
    if m.kind == TERM and m.group == "age" and not view and not job and _sv_age_of_the_team(sent, m, data):
        return TEAM
    if _sv_someone_elses_leave(sent, m, data):  # "vi har en föräldraledighet att täcka", "en kollega går på föräldraledighet"
        return False
    if m.group == "family" and _sv_more_children_placed(sent, m, data):  # "i ditt case planerar du för fler barn i gruppen"
        return False
    if m.kind == PROXY and m.start > sent.start and doc[m.start - 1].lower_ in data["clientele_nouns"]:
        return False  # the clientele, not the staff: "vi vill ha fler kunder som är härifrån"
    # An age idiom said of the reader (``reader_predicates``: "du är lite till åren för det vi har framför oss"), as "du är äldre";
    # said of anything else ("maskinparken är lite till åren") it is a proxy, counted governed.
    if m.kind == PROXY and text in data["reader_predicates"] and _sv_said_of_the_reader(sent, m, data):
        return not job
    # A body part of the reader's (``reason_only_groups``: "din rygg", "dina knän") counts only as a reason: right after a reason
    # phrase ("med tanke på din rygg") or in a "med" phrase that opens its clause before the employer's view or concern ("med din
    # rygg vågar vi inte ta risken"); not "tänk på din rygg när du lyfter".
    if m.kind == PROXY and m.group in data["reason_only_groups"]:
        return not job and (_sv_reason_right_before(sent, m, data) or _sv_fronted_with(sent, m, data))
    # A diagnosis of a thing is the reader's work ("din diagnos av felet på R450:an"), not the reader's health.
    if m.group == "health" and _sv_a_things_diagnosis(sent, m, data):
        return False
    if m.kind == PROXY and _like_them_in_a_respect(doc, m, data):  # "lärare som liknar dem i intressen"
        return False
    # A name of a thing: "ett svenskare namn på kampanjen".
    if m.end < sent.end and doc[m.end - 1].lower_.startswith(data["name_words"]) and doc[m.end].lower_ in data["name_followers"]:
        return False
    # Nor is the look of a thing a person's origin: "en svensk framtoning på kampanjen", "ett nordiskt utseende för förpackningen";
    # not a person's look ("någon med ett svenskt utseende till butiken").
    if _sv_a_things_look(sent, m, data):
        return False
    # A number that measures a thing, not an age: "62 rader i timmen när kravet är 90", "gränsen är 75, och du fick 72 poäng".
    if m.group == "age" and _sv_a_measure(sent, m, data):
        return False
    # Advice to go by another name: "ett tips kan vara att använda ett mer svenskt tilltalsnamn i CV:t".
    if m.kind == TERM and m.group == "origin" and any(w in doc[m.end - 1].lower_ for w in data["name_words"]) and contains_any(lower, data["advice_cues"]):
        return not job
    if m.kind == STAGE:  # "i det här skedet av din karriär kanske du vill ha något mindre krävande"
        # Also of a generic person, who stands for the reader: "någon i det här skedet av sin karriär vill ofta trappa ner".
        generic = doc[m.start : m.end].text.lower().endswith(data["generic_stage_endings"]) and contains_any(
            doc[max(sent.start, m.start - 6) : min(sent.end, m.end + 3)].text.lower(), data["generic_people"])
        return (_addressed(sent, data) or view or generic) and contains_any(lower, data["slowing_cues"]) and not job
    # A congratulation or an offer of adjustments is no reason, unless a concern is voiced with it.
    excused = _excused(lower, data)
    if m.adjective:
        # As in English, the view may stand anywhere in the sentence ("vi är ett ungt gäng, så vi tror…"); with none, the
        # team's youth counts when this sentence or the next steers the reader elsewhere (TEAM: "Vi är ett ungt och drivet
        # gäng… Vi kände att du kanske skulle passa bättre på en mer traditionell byrå").
        if job:
            return False
        if not _sv_describes_a_person(sent, m, data):
            # The team where it works ("vårt team i receptionen är ungt"): only under a view, else as the team's profile (TEAM).
            return _sv_team_at_a_place(sent, m, data) and (True if (_sv_view(lower, data) or comfort) else TEAM)
        # Also a person of that age wished for, whoever wished it ("killarna uppe på kontoret ville ha någon yngre").
        return True if (_addressed(sent, data) or _sv_view(lower, data) or comfort or _sv_wished_for(sent, m, data)) else TEAM
    if m.start > sent.start and doc[m.start - 1].lower_ in data["team_age_terms"]:
        return False  # the number of an average age ("snittåldern är 78"), which the term itself stands for
    if text in data["team_age_terms"]:  # "vårt gäng har en snittålder på 28…, och vi var osäkra på om det skulle kännas bekvämt för dig"
        if m.start > sent.start and doc[m.start - 1].lower_.endswith("s") and doc[m.start - 1].lower_[:-1] in data["clientele_nouns"]:
            return False  # the clientele's: "kundernas snittålder är 70"
        return not job and (True if view and _addressed(sent, data) else SITUATION)
    # A gender as what the job requires: "jobbet kräver en kille som orkar bära gips".
    if m.kind == TERM and m.group == "gender" and m.start > sent.start and doc[m.start - 1].lower_ in data["requirement_verbs"]:
        return True
    if m.group == "age" and any(t.like_num for t in doc[m.start : m.end]) and _sv_colleague(sent, m, data):
        return not job and SENIORITY  # "Vår kundansvarige Jonas är 29, och med dina trettio år i yrket…"
    if doc[m.start : m.end].text.lower() in data["age_comparisons"]:  # "vi tror att de känner sig tryggare med en stylist i samma ålder"
        return (_sv_view(lower, data) or comfort or _sv_wished_for(sent, m, data)) and not job
    # An aid the employer has arranged or offers ("…, och vi har ordnat talsyntes på alla datorer") is no reason either,
    # unless a concern about the reader is voiced in this sentence or the next.
    aid = not excused and _sv_aid_offered(sent, data)
    if doc[m.start : m.end].text.lower() in data["loose_terms"]:
        how = _sv_loose(sent, m, data)
        return _sv_tied(sent, m, data, excused, aid) if how == "tied" else (how == "reason" and not job)
    # The work, not the reader's: "du fick ner sjukfrånvaron i din butik", "du hanterade sjukskrivningarna".
    before = doc[max(sent.start, m.start - SV_TIE_WINDOW) : m.start]
    if contains_any(before.text.lower(), data["handling_phrases"]) and not any(t.lower_ in ("din", "ditt", "dina") for t in before):
        return False
    # The topic of the reader's work before it: "ditt case om sjukfrånvaron på lagret", "din analys av sjukskrivningarna", "i
    # övningen om bemanning vid sjukfrånvaro".
    if _sv_topic_of_work(sent, m, data):
        return False
    # A gender as the team's make-up ("grabbarna är inte vana vid att ha tjejer i laget", "laget är sex gubbar"), with the
    # reader steered elsewhere or a concern about the reader in this sentence or the next.
    # Under a view of its own ("vi tar inte in nån tjej på bygget") it is decided below.
    if m.kind == TERM and m.group == "gender" and not view and not job and (doc[m.end : min(sent.end, m.end + 3)].text.lower().startswith(
            data["team_places"]) or _sv_team_make_up(sent, m, data)):
        return TEAM
    # The reader as the only one of a gender there ("du skulle trivas som enda tjej där"): the team's make-up too, view or not,
    # counted only with a concern about the reader in this sentence or the next.
    if m.kind == TERM and m.group == "gender" and doc[m.start].lower_ in data["sole_words"]:
        return TEAM if not job else False
    # A situation in a fronted "med" phrase before the employer's view or concern ("…, och med tre små barn hemma och en fru som
    # också jobbar skift var vi lite oroliga för hur det skulle gå ihop").
    if m.group == "family" and not job and _sv_fronted_with(sent, m, data):
        return True
    # Someone with the characteristic, whom the employer doubts the clientele would accept ("vi är osäkra på hur de skulle
    # reagera på att få hem någon som bär slöja", "en rådgivare som bryter så pass mycket").
    if m.kind == TERM and not job and _sv_doubted_person(sent, m, data):
        return True
    window = doc[max(sent.start, m.start - SV_TIE_WINDOW) : min(sent.end, m.end + SV_TIE_WINDOW)]
    if m.kind == TERM and _sv_denied_problem(sent, m, data):  # "din slöja skulle inte vara ett problem hos oss"
        return False
    # Near the reader but describing someone else ("i rollspelet mötte du en gravid kvinna"), or a counted group of a gender
    # ("när tolv killar fick stå i kö"): not tied; decided below.
    # A garment that is as often a thing the reader handled ("sjalen du valde till skyltdockan", ``untied_garments``) is not
    # tied by nearness; "din sjal" is, and the garment still counts as a problem or under a view below.
    # The reader's family plans after "och", with the reader's "du" or "ni" earlier in the clause ("att ni håller på att bygga hus och
    # planerar barn"), are tied like "ni planerar barn"; so is a visible characteristic the reader has past words for how marked it
    # is ("du har en ganska kraftig brytning").
    readers_own = m.kind == TERM and (
        (m.group == "family" and _sv_readers_coordinated_having(sent, m, data)) or _sv_had_by_the_reader(sent, m, data))
    if m.kind == TERM and (any(_second(t, data) for t in window) or readers_own) and text not in data["untied_garments"] and not (
            _sv_describes_another(sent, m, data) or _sv_counted_group(sent, m, data)):
        return _sv_tied(sent, m, data, excused, aid)
    # A congratulation with the reader's priorities said to change: "Grattis till bröllopet! … dina prioriteringar kommer att ändras".
    if m.kind == TERM and not job and _goodwill(lower, data) and not contains_any(lower, data["accommodation_cues"]):
        return CHANGE
    if _sv_practical_problem(sent, m, data) or _sv_problem_after(sent, m, data):  # "tufft för dig med hämtningar och VAB", "slöjan skulle dra…"
        return (_addressed(sent, data) or view) and not job and not excused
    if _a_reaction_to_it(sent, m, data):  # "säljarna sa att de blev ”lite ställda” av turbanen"
        return not job and not excused
    # Worries or complaints had when staff wore it (``complaint_frames``: "det har varit oro när personal bär sjal"), as the English
    # "we've had complaints when carers wear a hijab"; not the clientele's ("oro när de boende bär sjal").
    if m.group in data["reaction_groups"] and not job and not excused and _sv_complaint_before(sent, m, data):
        return True
    # The reader's accent or another visible characteristic remarked on as heard or seen ("brytningen hörs knappt"), in a sentence
    # to the reader: the reader's, as the English "your accent is barely noticeable".
    if _sv_remarked(sent, m, data):
        return (_addressed(sent, data) or view) and not job and not excused
    # "Tack för att du berättade om…" thanks the reader; its "att du" is no reason.
    before = doc[sent.start : m.end].text.lower().replace("tack för att du", "tack")
    reason = contains_any(before, data["reason_markers"]) or _sv_fronted_reason(sent, m, data)
    if (reason or view) and (_addressed(sent, data) or view) and not job:
        # Said in the same sentence to have played no part ("Du nämnde att du nyss kommit tillbaka från föräldraledigheten –
        # det har inte spelat in"): only with a concern in this sentence or the next.
        return SITUATION if _played_no_part(lower, data) else True
    # A religious observance in the reader's own clause, with a time of the working week (``schedule_cues``: "hur du skulle orka
    # helgpassen när ramadan infaller"): the reader's practice, counted with a concern in this sentence or the next.
    if m.group in data["practice_groups"] and not job and _sv_in_readers_clause(sent, m, data) and contains_any(lower, data["schedule_cues"]):
        return SITUATION
    # Children at home with nobody else's before them ("tufft för dig med resorna med små barn hemma"): the reader's household,
    # as the English "two little ones at home", counted with a concern about the reader in this sentence or the next; not
    # others' ("föräldrar med små barn hemma").
    return not job and text in data["household_terms"] and not _sv_others_household(sent, m, data) and SITUATION


def _sv_topic_of_work(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention is what a piece of the reader's work is about: a ``topic_phrases`` phrase right before it ("ditt case om
    sjukfrånvaron"), or up to two words before it with nothing of the reader's and no punctuation between ("i övningen om
    bemanning vid sjukfrånvaro"); not "i övningen om bemanning, med din sjukfrånvaro i åtanke"."""
    words = list(sent.doc[max(sent.start, m.start - SV_TOPIC_WINDOW) : m.start])
    for cut in range(len(words)):
        head, between = " ".join(t.lower_ for t in words[: cut + 1]), words[cut + 1 :]
        if len(between) <= SV_TOPIC_GAP and any(head == p or head.endswith(" " + p) for p in data["topic_phrases"]) and not any(
                t.is_punct or _second(t, data) for t in between):
            return True
    return False


def _sv_judged_apart(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention's own clause holds the employer's view and no requirement (``requirement_cues``), which is in another clause
    of the sentence ("Tjänsten innebär visningar i hela museet, och vi bedömer att det blir svårt med rullstol")."""
    clause = _own_clause(sent, m, data).text.lower()
    return _sv_view(clause, data) and not contains_any(clause, data["requirement_cues"])


def _sv_fronted_reason(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A fronted "då" (since) right before the mention, with at most the reader's possessive between: "Då sabbaten infaller från
    fredag kväll…", "Då din diabetes…"; a "då" that means "then" takes the verb next ("Då gick vi vidare…")."""
    doc = sent.doc
    return doc[sent.start].lower_ in data["fronted_reasons"] and sent.start < m.start <= sent.start + 2 and all(
        _second(doc[i], data) for i in range(sent.start + 1, m.start))


def _sv_writers_deliberation(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A religious word coordinated with a noun of deliberation (``deliberation_nouns``: "efter mycket bön och eftertanke",
    "efter samtal och bön"): the writer's own way of deciding, with no second-person word beside it ("din bön och…")."""
    doc = sent.doc
    before = [t.lower_ for t in doc[max(sent.start, m.start - 2) : m.start]]
    after = [t.lower_ for t in doc[m.end : min(sent.end, m.end + 2)]]
    if any(_second(t, data) for t in doc[max(sent.start, m.start - 2) : min(sent.end, m.end + 2)]):
        return False
    return (len(before) == 2 and before[1] == "och" and before[0] in data["deliberation_nouns"]) or (
        len(after) == 2 and after[0] == "och" and after[1] in data["deliberation_nouns"])


def _sv_remarked(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A visible or audible characteristic (``reaction_groups``) in the definite form, right before a verb of being heard or seen
    (``remark_after``: "brytningen hörs knappt", "hörapparaten syns inte"): a remark on the reader's own, not on a thing after it
    ("brytningen i filmen")."""
    doc = sent.doc
    return m.group in data["reaction_groups"] and m.end < sent.end and doc[m.end - 1].lower_.endswith(("n", "et")) and (
        doc[m.end].lower_ in data["remark_after"])


def _sv_in_readers_clause(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention's clause, back to a comma, a conjunction or "så" within ``2 * SV_TIE_WINDOW`` words, has the reader's "du" or
    "dig" ("hur du skulle orka helgpassen när ramadan infaller"); not another subject's ("så att alla fick ledigt när ramadan…")."""
    clause = []
    for t in reversed(sent.doc[max(sent.start, m.start - 2 * SV_TIE_WINDOW) : m.start]):
        if t.lower_ in (",", ";", ":", "och", "men", "så"):
            break
        clause.append(t)
    return any(t.lower_ in ("du", "dig") for t in clause)


def _sv_counted_group(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A gender word counted by a number before it ("när tolv killar fick stå i kö", "du hade sex tjejer i gruppen"): a group
    the reader led or met, not the reader; not "en av tolv killar", which counts the reader in."""
    doc = sent.doc
    if m.group != "gender" or m.start <= sent.start:
        return False
    number = doc[m.start - 1]
    if not number.like_num or number.lower_ in ("en", "ett"):
        return False
    return not (m.start - 2 >= sent.start and doc[m.start - 2].lower_ == "av")


def _sv_others_household(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """Children at home who are someone else's: a person, the clientele or a colleague just before the "med" the mention
    follows ("familjer med små barn hemma", "kollegor med barn hemma"), past a number or "små"."""
    doc = sent.doc
    i = m.start - 1
    while i >= sent.start and doc[i].lower_ in data["family_modifiers"]:
        i -= 1
    if i < sent.start + 1 or doc[i].lower_ != "med":
        return False
    word = doc[i - 1].lower_
    return not _second(doc[i - 1], data) and (word in data["clientele_nouns"] or word in data["other_people"] or _sv_person(word, data)
                                              or word in data["household_others"])


def _sv_team_make_up(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A gender as what the team is: the mention after "är", "var" or "består av" (past a number or ``make_up_words``:
    "bara", "ett gäng"), whose subject right before is the team or "vi" ("laget är sex gubbar", "vi är bara killar på
    verkstan", "arbetslaget består mest av kvinnor"); not a person ("min chef är en kvinna")."""
    doc = sent.doc

    def past_modifiers(i: int) -> int:
        while i >= sent.start and (doc[i].like_num or doc[i].lower_ in data["make_up_words"]):
            i -= 1
        return i

    i = past_modifiers(m.start - 1)
    if i > sent.start and doc[i].lower_ == "av":  # "består mest av kvinnor"
        i = past_modifiers(i - 1)
        if i < sent.start or doc[i].lower_ not in ("består", "bestod"):
            return False
    elif i < sent.start or doc[i].lower_ not in ("är", "var"):
        return False
    subject = doc[i - 1].lower_ if i > sent.start else ""
    return subject == "vi" or subject.endswith(data["profile_suffixes"])


def _sv_age_of_the_team(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """An age said of the team's people: the mention after "är" or "var" (past ``make_up_words``: "mest", "bara"), whose subject
    right before, also past "som", is a person or the team ("kollegor som är i början av sin karriär", "personalen är mest i
    början av sin yrkesbana"); not the reader ("du är i början av din karriär")."""
    doc = sent.doc
    i = m.start - 1
    while i >= sent.start and doc[i].lower_ in data["make_up_words"]:
        i -= 1
    if i <= sent.start or doc[i].lower_ not in ("är", "var"):
        return False
    i -= 1
    if doc[i].lower_ == "som" and i > sent.start:
        i -= 1
    word = doc[i].lower_
    return not _second(doc[i], data) and (_sv_person(word, data) or word in data["colleague_nouns"])


def _sv_describes_another(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention describes a person it stands before, after an indefinite article, who is someone the reader met or worked
    with ("i rollspelet mötte du en gravid kvinna", "du tog emot en muslimsk kund"): a person word or the clientele after it;
    not said of the reader ("du är ju en gravid kvinna", "som en ensamstående kvinna"). So does a word for a person of a
    gender that is itself the person ("du pratade med en tjej från HR", "du ringde en kvinna på kundtjänst"), as in English
    a gender is the reader's through "du" only with a verb of being ("du är ju en tjej"). So does a stage of life said of the
    clientele ("familjer i småbarnsåren")."""
    doc = sent.doc
    if m.start - 2 >= sent.start and doc[m.start - 1].lower_ == "i" and doc[m.start - 2].lower_ in data["clientele_nouns"]:
        return True
    # A definite plural of a gender (``definite_people``: "grabbarna på nattskiftet visar dig hur det funkar") is people the reader
    # meets, never the reader.
    if m.group == "gender" and doc[m.start : m.end].text.lower() in data["definite_people"]:
        return True
    itself = m.group == "gender" and _sv_person(doc[m.end - 1].lower_, data)
    if not itself and (m.end >= sent.end or not (_sv_person(doc[m.end].lower_, data) or doc[m.end].lower_ in data["clientele_nouns"])):
        return False
    article = m.start if doc[m.start].lower_ in data["indefinite_articles"] else m.start - 1
    if article < sent.start or doc[article].lower_ not in data["indefinite_articles"]:
        return False
    return not any(t.lower_ in data["predicative_words"] for t in doc[max(sent.start, article - 2) : article])  # "du är ju en…"


def _sv_more_children_placed(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """More children somewhere or made to do something (``clientele_after``: "fler barn i gruppen", "ytterligare barn per
    pedagog", "få fler barn att läsa", "fler barn än i fjol"): the clientele, as in a case or a plan of the work, not the
    reader's family; a time after it ("fler barn i framtiden", "på sikt") is the reader's plan."""
    doc = sent.doc
    if not any(t.lower_ in data["clientele_quantities"] for t in doc[m.start : m.end]):
        return False
    if m.end >= sent.end or doc[m.end].lower_ not in data["clientele_after"]:
        return False
    return not (m.end + 1 < sent.end and doc[m.end + 1].lower_ in data["plan_times"])


def _sv_tied(sent: "Span", m: Mention, data: dict[str, Any], excused: bool, aid: bool) -> bool | str:
    """A mention tied to the reader: excused by an offer of adjustments or a congratulation unless a concern is voiced in
    its sentence, by an aid offered unless a concern is voiced in its sentence or the next (SITUATION); the reader's own
    situation in their own clause ("du har dyslexi", "du nämnde dina ryggbesvär") also by an aid offered in the next
    sentence (TOLD)."""
    if excused:  # a congratulation or thanks for telling us, also with the reader's priorities said to change (CHANGE)
        goodwill = _goodwill(sent.text.lower(), data) and not contains_any(sent.text.lower(), data["accommodation_cues"])
        return _concern_sv(sent, data) or (CHANGE if goodwill else False)
    # An aid offered, or one the reader asked for in this sentence ("Du bad om att få testet uppläst på grund av din dyslexi, och det
    # ordnade vi", ``request_cues``): only with a concern in this sentence or the next.
    if aid or contains_any(sent.text.lower(), data["request_cues"]):
        return SITUATION
    # Said in its own sentence to have played no part: only with a concern in this sentence or the next.
    if _played_no_part(sent.text.lower(), data):
        return SITUATION
    # The reader's own clause, back to a comma or a conjunction: "du vill börja efter din föräldraledighet".
    return TOLD if _sv_in_readers_clause(sent, m, data) else True


def _sv_said_of_the_reader(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention is the predicate of the reader: after "är", "var", "blir" or "börjar bli" (``predicate_words``), past degree
    adverbs and softeners, with "du" as the subject before it or right after it ("du är lite till åren", "ärligt talat är du nog
    till åren"); not a thing's ("maskinparken är lite till åren")."""
    words = [t.lower_ for t in sent.doc[max(sent.start, m.start - 7) : m.start]]
    while words and (words[-1] in data["degree_adverbs"] or words[-1] in data["softeners"]):
        words.pop()
    if words and words[-1] in ("du", "ni") and len(words) > 1 and words[-2] in data["predicate_words"]:
        return True  # inverted: "är du lite till åren"
    if not words or words[-1] not in data["predicate_words"]:
        return False
    while words and words[-1] in data["predicate_words"]:
        words.pop()
    while words and words[-1] in data["softeners"]:
        words.pop()
    return bool(words) and words[-1] in ("du", "ni")


def _sv_reason_right_before(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A reason phrase ending right before the mention ("med tanke på din rygg", "på grund av dina knän", "eftersom din rygg…")."""
    before = " ".join(t.lower_ for t in sent.doc[max(sent.start, m.start - 4) : m.start])
    return any(before == r or before.endswith(" " + r) for r in data["reason_markers"])


def _sv_wished_for(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """An age on a person someone wished for (``wish_phrases``, ``wish_people``: "killarna uppe på kontoret ville ha någon
    yngre", "de ville hellre ha en yngre kille", "gruppen vill gärna ha någon i samma skede av livet"), not by the reader ("du
    ville ha någon äldre som mentor")."""
    before = [t.lower_ for t in sent.doc[max(sent.start, m.start - 7) : m.start]]
    while before and before[-1] in data["degree_adverbs"]:
        before.pop()
    if before and before[-1] == "i":  # "någon i samma ålder"
        before.pop()
    text = " ".join(before)
    person = next((p for p in sorted(data["wish_people"], key=len, reverse=True) if text == p or text.endswith(" " + p)), None)
    if person is None:
        return False
    text = text[: len(text) - len(person)].strip()
    wish = next((w for w in data["wish_phrases"] if text == w or text.endswith(" " + w)), None)
    if wish is not None:
        subject = text[: len(text) - len(wish)].split()[-1:]
        return not (subject and subject[0] in data["second_person"])
    # Inverted, with the subject between the verb and "ha" ("ärligt talat ville killarna uppe på kontoret ha någon yngre").
    words = text.split()
    if not words or words[-1] != "ha":
        return False
    between = []
    for w in reversed(words[-7:-1]):
        if w in ("vill", "ville"):
            return bool(between) and not any(b in data["second_person"] for b in between)
        between.append(w)
    return False


def _sv_complaint_before(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """Worries or complaints had when staff wore or used the mention, in the words before it (``complaint_frames``: "det har varit
    oro när personal bär sjal", "vi har fått klagomål när personalen bär slöja")."""
    before = sent.doc[max(sent.start, m.start - 12) : m.start].text.lower() + " "
    return any(re.search(p, before) for p in data["complaint_frames"])


def _sv_a_things_diagnosis(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A diagnosis or fault-finding (``act_words``) of something, named right after it (``act_preps``: "din diagnos av felet på
    R450:an", "diagnosen på bilen"): the reader's work; not of a health word ("diagnosen av adhd")."""
    doc = sent.doc
    if doc[m.end - 1].lower_ not in data["act_words"] or m.end + 1 >= sent.end or doc[m.end].lower_ not in data["act_preps"]:
        return False
    return doc[m.end + 1].lower_ not in data["terms"].get("health", ()) and not _second(doc[m.end + 1], data)


def _sv_fronted_with(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A family situation in a "med" phrase that opens its clause (at the start of the sentence or after a comma or "och"),
    past a number or "små", with the employer's view or concern after it in the sentence ("med tre små barn hemma … var vi
    lite oroliga"; also a body part of the reader's, "med din rygg vågar vi inte ta risken"); a loose word ("barn") only with a
    number or "små" before it, and not children placed somewhere, who are the clientele ("med tjugo barn i gruppen var vi
    oroliga för värmen")."""
    doc = sent.doc
    start = m.start
    while start > sent.start and doc[start - 1].lower_ in data["family_modifiers"]:
        start -= 1
    if doc[m.start : m.end].text.lower() in data["loose_terms"] and start == m.start:
        return False
    if start <= sent.start or doc[start - 1].lower_ != "med":
        return False
    if start - 1 > sent.start and doc[start - 2].lower_ not in (",", "och", "men"):
        return False
    if m.end < sent.end and doc[m.end].lower_ in data["placed_after"]:
        return False
    after = doc[m.end : sent.end].text.lower()
    return _sv_view(after, data) or contains_any(after, data["concern_views"])


def _sv_doubted_person(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """Someone described by the characteristic in a relative clause ("någon som bär slöja", "en rådgivare som bryter så pass
    mycket") after the employer's doubt or concern in the same clause, with "vi" (``concern_views``: "vi är osäkra på hur de
    skulle reagera på…", "vi är inte säkra på att de skulle känna samma förtroende för…"); not past a "men"."""
    doc = sent.doc
    if not any(t.lower_ == "som" for t in doc[max(sent.start, m.start - 2) : m.start]):
        return False
    before = [t.lower_ for t in doc[sent.start : m.start]]
    if "men" in before:
        before = before[len(before) - before[::-1].index("men") :]
    text = " ".join(before)
    return "vi" in before and contains_any(text, data["concern_views"])


def _sv_aid_offered(sent: "Span", data: dict[str, Any]) -> bool:
    """The sentence has the employer arrange, offer or have an aid, an adjustment or a facility (``aid_terms``): after a
    provision phrase of the employer's or the reader's getting it (``provision_cues``: "vi har ordnat talsyntes", "det
    finns hörslinga", "vi erbjuder ett höj- och sänkbart skrivbord", "du får förlängd skrivtid"), also with an adverb
    inside ("vi har redan ordnat") and words between ("vi har ordnat så att det finns talsyntes"), or before a phrase of
    being there (``provision_after``: "talsyntes finns på alla datorer"); not negated ("det finns ingen hiss", "vi har
    tyvärr inte någon ramp", "hiss finns inte")."""
    doc, aids, negations = sent.doc, data["aid_terms"], data["provision_negations"]
    for i in range(sent.start, sent.end):
        aid = next((doc[i : j] for j in range(min(sent.end, i + 5), i, -1) if doc[i:j].text.lower() in aids), None)
        if aid is None:
            continue
        before = doc[max(sent.start, aid.start - 8) : aid.start]
        # The clause the aid is in: back to the last "men" or "och", so "men det finns ingen ramp" is not excused by a "vi har" before it.
        cut = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower_ in ("men", "fast", "och", "eller")), -1)
        clause = " ".join(t.lower_ for t in before[cut + 1 :])
        plain = without_any(clause, data["provision_adverbs"])
        if contains_any(plain, data["provision_cues"]) and not contains_any(plain, negations):
            return True
        after = " ".join(t.lower_ for t in doc[aid.end : min(sent.end, aid.end + 4)]).split(",")[0]
        if contains_any(without_any(after, data["provision_adverbs"]), data["provision_after"]) and not contains_any(after, negations):
            return True
    return False


def _sv_practical_problem(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A family, health or religious term put as a practical problem just before it ("tufft med hämtningar och VAB",
    "krångligt med bönetiderna"), not the team's ("svårt med VAB i personalgruppen") nor a loose word ("tufft med barnen")."""
    if m.group not in ("family", "health", "religion") or sent.doc[m.start : m.end].text.lower() in data["loose_terms"]:
        return False
    doc = sent.doc
    start = m.start  # past the number or "små" before the mention: "svårt att få ihop med tre små barn hemma"
    while start > sent.start and doc[start - 1].lower_ in data["family_modifiers"]:
        start -= 1
    before = doc[max(sent.start, start - 5) : start].text.lower()
    after = doc[m.end : min(sent.end, m.end + 3)]
    return contains_any(before, data["problem_frames"]) and not contains_any(after.text.lower(), data["other_people"]) and not any(
        t.lower_.endswith(data["profile_suffixes"]) for t in after)


def _sv_problem_after(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A visible characteristic (``problem_groups``: religious dress, an aid) as the subject of a practical problem right
    after it, past modal words (``problem_modals``) and softening adverbs (``problem_softeners``) only: "slöjan skulle dra för
    mycket uppmärksamhet", "rullstolen kan bli ett problem", also at odds with a look ("sjalen inte riktigt går ihop med den
    stil vi har"); not negated ("slöjan skulle inte vara ett problem") nor with other words between ("slöjan i kollektionen
    drog blickar")."""
    if m.group not in data["problem_groups"]:
        return False
    # Past a softening adverb anywhere ("sjalen inte riktigt går ihop med den stil vi har" reads as "inte går ihop med").
    words = [t.lower_ for t in sent.doc[m.end : min(sent.end, m.end + 10)] if t.lower_ not in data["problem_softeners"]]
    while words and words[0] in data["problem_modals"]:
        words.pop(0)
    rest = " ".join(words)
    return any(rest == p or rest.startswith((p + " ", p + ",")) for p in data["problem_after"])


def _sv_denied_problem(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A practical problem denied right after the mention, past modal words ("din slöja skulle inte vara ett problem", "din
    rullstol är inget hinder"), with no turn after it ("…, men kunderna…")."""
    words = [t.lower_ for t in sent.doc[m.end : sent.end]]
    if "men" in words:
        return False
    while words and words[0] in data["problem_modals"]:
        words.pop(0)
    rest = " ".join(words)
    return any(rest == p or rest.startswith((p + " ", p + ",")) for p in data["denied_problems"])


def _sv_steered(sent: "Span", data: dict[str, Any]) -> bool:
    """The reader steered elsewhere ("du skulle passa bättre på en mer traditionell byrå", "där tempot är lite lugnare")."""
    return contains_any(sent.text.lower(), data["steer_cues"])


def _sv_someone_elses_leave(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention is a leave or a situation that is not the reader's: the vacancy to cover ("en föräldraledighet
    att täcka", "vikarie för en föräldraledighet", "täcka upp för en kollegas sjukskrivning"), or a colleague's in a
    clause with no second-person word ("eftersom en kollega går på föräldraledighet i vår")."""
    doc = sent.doc
    if any(_second(t, data) for t in doc[m.start : m.end]):  # the mention names the reader: "var du egentligen kommer ifrån"
        return False
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
    if clause and not any(_second(t, data) for t in clause) and contains_any(lower, data["other_people"]):
        return True
    # Past a colleague set off by commas, back to the subject: "eftersom Sara, en av våra förskollärare, är föräldraledig".
    if clause and doc[m.start - len(clause) - 1].lower_ == ",":
        wider = []
        for t in reversed(doc[sent.start : m.start]):
            if t.lower_ in ("eftersom", "då", "när", "så", "att", "och", "men", ";", ":"):
                break
            wider.append(t)
        named = any(t.is_title and t.i > sent.start and t.lower_ not in data["person_pronouns"] for t in wider)
        text = " ".join(t.lower_ for t in reversed(wider))
        return not any(_second(t, data) for t in wider) and (named or contains_any(text, data["other_people"]))
    return False


def _sv_generalised(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention names a group of people of whom something is said as a rule: a bare group (``generalised_groups``, with no
    determiner, possessive or number before it: not "våra nygifta par", "två killar") followed within ``SV_HABIT_WINDOW`` words by
    a word of habit (``generic_habits``: "nygifta ofta vill gå ner i tid", "småbarnsföräldrar vill ofta…", "killar brukar…")."""
    doc = sent.doc
    if doc[m.end - 1].lower_ not in data["generalised_groups"]:
        return False
    if m.start > sent.start and (doc[m.start - 1].lower_ in data["group_determiners"] or doc[m.start - 1].like_num):
        return False
    return contains_any(" ".join(t.lower_ for t in doc[m.end : min(sent.end, m.end + SV_HABIT_WINDOW)]), data["generic_habits"])


def _sv_view(text_lower: str, data: dict[str, Any]) -> bool:
    """The employer's view in the text, also with an adverb inside it ("vi har dock valt", "vi har ärligt
    talat valt", "var vi lite fundersamma"), or a doubt of the client's or of a decision-maker's relayed (``relayed_views``:
    "kunden var tveksam till…", "beställaren var inte säker på…"); not what an offering is for (``offering_views``:
    "traineeprogrammet riktar sig till…")."""
    plain = without_any(without_any(text_lower, data["offering_views"]), data["view_adverbs"])
    return contains_any(plain, data["employer_views"]) or any(re.search(p, plain) for p in data["relayed_views"])


def _sv_a_things_look(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A look of a nationality (``appearance_words``: "en svensk framtoning", "ett nordiskt utseende") that is a thing's, as
    a name can be: a place or purpose after it (``name_followers``: "på förpackningen", "för kampanjen"), with no person
    just before it ("någon med ett svenskt utseende till butiken" is a person's)."""
    doc = sent.doc
    if not (m.end < sent.end and doc[m.end - 1].lower_.startswith(data["appearance_words"]) and doc[m.end].lower_ in data["name_followers"]):
        return False
    before = doc[max(sent.start, m.start - 3) : m.start]
    return not any(t.lower_ in data["person_pronouns"] or _sv_person(t.lower_, data) for t in before)


def _sv_a_measure(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """An age as a number that measures a thing, as the English ``_a_measure``: not said of the reader ("du är 61"), and
    either said of a measure or a requirement right before it (``measure_nouns``: "kravet är 90", "gränsen är 75") or in a
    sentence that talks of scores, rates or units (``measure_cues``: "62 rader i timmen", "72 poäng", "25 kg")."""
    doc = sent.doc
    if not any(t.like_num for t in doc[m.start : m.end]):
        return False
    if any(_second(t, data) or t.lower_ == "jag" for t in doc[max(sent.start, m.start - 1) : m.end]):
        return False
    before = doc[m.start - 1].lower_ if m.start > sent.start else ""
    return before in data["measure_nouns"] or contains_any(sent.text.lower(), data["measure_cues"])


def _sv_colleague(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """An age as a number said of a colleague ("vår arbetsledare är 27", "Jonas, som är 29,"): the word before "är" (past
    "som" and a comma) is a colleague noun or a name, not a sentence's first word nor the reader."""
    doc = sent.doc
    if doc[m.start].lower_ not in ("är", "var"):
        return False
    i = m.start - 1
    while i >= sent.start and doc[i].lower_ in ("som", ",", "bara", "endast"):
        i -= 1
    if i < sent.start or _second(doc[i], data):
        return False
    word = doc[i]
    name = word.is_title and i > sent.start and word.lower_ not in data["person_pronouns"] and word.lower_ not in ("jag", "vi", "han", "hon", "det")
    return word.lower_ in data["colleague_nouns"] or any(word.lower_.endswith(n) for n in data["colleague_nouns"]) or name


def _sv_comfort(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """People said to feel safer or more at ease with staff of a kind, just before the mention ("föräldrar som känner sig
    tryggare med kvinnlig personal", "kunderna trivs bättre med någon som är härifrån"): a preference of the clientele's,
    so the employer's view. Only before it: "elever med adhd kände sig tryggare med dig" is praise."""
    before = sent.doc[max(sent.start, m.start - SV_COMFORT_BEFORE) : m.start].text.lower()
    return contains_any(before, data["comfort_views"])


def _sv_how_would_it_work(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """The mention right after "hur skulle", "hur ska" or "hur kan" (``workability_questions``) and before "fungera", "funka",
    "lösas" or "gå" (``workability_verbs``), in a direct question: "hur skulle fredagsbönen fungera under fältarbetet?"."""
    doc = sent.doc
    before = " ".join(t.lower_ for t in doc[max(sent.start, m.start - 2) : m.start])
    after = [t.lower_ for t in doc[m.end : min(sent.end, m.end + 2)]]
    return before in data["workability_questions"] and any(w in data["workability_verbs"] for w in after) and sent.text.rstrip().endswith("?")


def _sv_describes_a_person(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """An adjective of age of a person or the team: before its noun, also past another adjective ("ett ungt
    och hungrigt gäng"), or after a person or the reader ("någon som är lite yngre", "någon yngre", "kandidaten var äldre",
    "du är väldigt ung", past softeners too: "du är ju ung")."""
    doc = sent.doc
    following = [t for t in doc[m.end : min(sent.end, m.end + 3)] if t.is_alpha and t.lower_ != "och"]
    if following and _sv_person(following[0].lower_, data):
        return True
    if len(following) > 1 and m.end < sent.end and doc[m.end].lower_ in ("och", ",") and _sv_person(following[1].lower_, data):
        return True
    before = [t.lower_ for t in doc[max(sent.start, m.start - 6) : m.start]]
    while before and (before[-1] in data["degree_adverbs"] or before[-1] in data["softeners"]):
        before.pop()
    if before and before[-1] in ("någon", "ingen"):
        return True
    if len(before) > 1 and before[-1] in ("är", "var", "vore"):
        subject = before[-3] if before[-2] == "som" and len(before) > 2 else before[-2]
        # Also the reader: "du är väldigt ung", "du är lite för gammal för vårt gäng".
        return subject in data["person_pronouns"] or _sv_person(subject, data) or subject in data["second_person"]
    return False


def _sv_team_at_a_place(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """An adjective of age said of the team past where it works ("vårt team i receptionen är ungt", "personalen på lagret
    är ung"): "är" before it, and a person or team word before a place phrase before that."""
    before = [t.lower_ for t in sent.doc[max(sent.start, m.start - 6) : m.start]]
    while before and before[-1] in data["degree_adverbs"]:
        before.pop()
    return len(before) > 3 and before[-1] in ("är", "var") and before[-3] in ("i", "på", "hos", "inom") and _sv_person(before[-4], data)


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
    if _sv_readers_coordinated_having(sent, m, data):  # "att du nyss kommit tillbaka … och har två barn på förskolan"
        return "tied"
    core = list(words)
    while core and core[-1] in data["family_modifiers"]:
        core.pop()
    if len(core) > 1 and core[-2] in ("du", "dig") and core[-1] == "med":  # "för dig med tre barn under sju år hemma"
        return "tied"
    if len(core) > 2 and core[-3] in ("du", "dig") and core[-2] == "som" and core[-1] in data["owning_verbs"]:  # "dig som har små barn"
        return "tied"
    # The reason phrase right before them ("med tanke på barnen", "eftersom du har barn"), not a verb of the reader's
    # between ("det märktes att du tycker om barn").
    close = sent.doc[max(sent.start, m.start - 4) : m.start].text.lower()
    marker = next((r for r in sorted(data["reason_markers"], key=len, reverse=True) if contains_any(close, (r,))), None)
    if marker is None or close.endswith("att du"):
        return None
    rest = close[close.rfind(marker) + len(marker) :].split()
    return "reason" if all(w in data["family_modifiers"] or w in ("min", "mina", "sina", "era", "de", "den", "det") for w in rest) else None


def _sv_readers_coordinated_having(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A verb of having after "och" whose subject is the reader's "du" earlier in the clause, with nothing but a number or
    "små" before the mention ("att du nyss kommit tillbaka efter fyra år hemma och har två barn på förskolan"): the reader's
    own children, as "du har två barn"; not with another subject between ("du ledde samlingen och vi har tre barn"), nor
    children placed in the work (``work_groups``: "du tog över samlingen och har tre barn i gruppen"). So is a mention that opens
    with the verb, the reader's plans ("att ni håller på att bygga hus och planerar barn"), whose subject may also be the reader's
    household, "ni"."""
    doc = sent.doc
    i = m.start - 1
    while i >= sent.start and doc[i].lower_ in data["family_modifiers"]:
        i -= 1
    readers = ("du",)
    if doc[m.start].lower_ in data["coordinated_having"]:  # the verb opens the mention: "… och planerar barn"
        i, readers = m.start, ("du", "ni")
    if i - 1 < sent.start or doc[i].lower_ not in data["coordinated_having"] or doc[i - 1].lower_ != "och":
        return False
    # Children placed in the work ("… och har tre barn i gruppen"): the clientele, not the reader's own.
    if m.end + 1 < sent.end and doc[m.end].lower_ in ("i", "på") and doc[m.end + 1].lower_ in data["work_groups"]:
        return False
    for t in reversed(doc[max(sent.start, i - 12) : i - 1]):
        if _second(t, data) and t.lower_ in readers:
            return True
        if t.lower_ in (",", ";", ":") or t.lower_ in data["other_subjects"]:
            return False
    return False


def _sv_had_by_the_reader(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    """A visible characteristic (``problem_groups``) the reader has, past an article, degree adverbs and words for how marked it
    is (``trait_qualifiers``): "du har en ganska kraftig brytning", "har du en tydlig brytning"; not with anything else between
    ("du har jobbat med…")."""
    if m.group not in data["problem_groups"]:
        return False
    doc, i = sent.doc, m.start - 1
    skippable = (*data["indefinite_articles"], *data["degree_adverbs"], *data["softeners"], *data["trait_qualifiers"])
    while i >= sent.start and m.start - i <= SV_TRAIT_WORDS and doc[i].lower_ in skippable:
        i -= 1
    if i - 1 < sent.start:
        return False
    pair = {doc[i - 1].lower_, doc[i].lower_}  # "du har" or, inverted, "har du"
    return bool(pair & {"du", "ni"}) and bool(pair & {"har", "hade"})


def _concern_sv(sent: "Span", data: dict[str, Any]) -> bool:
    """The employer's concern about the reader ("vi har svårt att se hur det skulle fungera för dig"); not a reassurance that
    only sounds like one (``reassurance_patterns``: "jag tror inte att du skulle få några problem", "tror inte att du behöver
    oroa dig")."""
    lower = sent.text.lower()
    for pattern in data["reassurance_patterns"]:
        lower = re.sub(pattern, " ", lower)
    return _addressed(sent, data) and contains_any(lower, data["concern_views"])


# ---------------------------------------------------------------------------------------- culture fit
def _denied_or_weighed(sent: "Span", span: "Span", data: dict[str, Any]) -> bool:
    """A negation inside the phrase or among the eight words before it ("vi kände inte att du var en
    kulturmatch"); not one that sets the fit aside as the reason ("det handlade inte om huruvida du passar vår kultur").
    Or the fit named, within the twelve words before it, as a criterion the decision weighed (``criteria``: "vikt har lagts vid
    den sökandes förutsättningar att smälta in i arbetslagets kultur")."""
    negations, aside = data["culture_fit"]["negations"], data["culture_fit"]["set_aside"]
    doc = sent.doc
    before = doc[max(sent.start, span.start - SV_FIT_CRITERION_BEFORE) : span.start].text.lower()
    if contains_any(before, data["culture_fit"]["criteria"]):
        return True
    return any(t.lower_ in negations and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in aside)
               for t in doc[max(sent.start, span.start - SV_FIT_NEGATION_BEFORE) : span.end])
