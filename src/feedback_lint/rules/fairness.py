"""Protected characteristics used as a reason or an impression (rules FA001 and FA002).

A *mention* is a phrase that names a protected characteristic or an obvious proxy for one
(``data/fairness.json``, per language: age, family and pregnancy, health and disability, religion,
ethnicity and national origin, gender, sexual orientation, marital status). A word alone is not a
finding: "a young company", "the children loved your story", "the Eid and Christmas rota is shared
fairly" are harmless. A mention counts when it is about the reader, or the profile the employer wanted:

* **tied to the reader**: "you"/"your" is part of the mention or attached to it ("your accent",
  "you are 63", "you mentioned your children");
* or **governed by a reason or by the employer's view**, in a sentence that addresses the reader or
  states that view: inside a reason adjunct of the clause ("with three young kids at home we think…",
  "as a recent graduate you would…"), or under a verb or adjective of wanting, preferring or judging
  whose subject is the employer's side ("we wanted a man", "our clients prefer a local", "we were
  concerned about how the wheelchair would work");
* an adjective of age counts only when it describes a person or the team ("a younger face", "a young
  and energetic team").

A mention that is only governed, not tied, does not count in a sentence that states a job requirement
("the role requires fluent Swedish for client calls", "as stated in the advert", "the post involves
lifting 25 kg") or offers adjustments: the requirement is the job-related reason. English drafts are
parsed, so "attached", "governed" and "describes" come from the dependency parse; Swedish drafts have
no parser (see core/nlp.py), so the same decisions are made from word order: a second-person word
within three words of the mention ties it, a reason is a set phrase before it in the sentence, and a
view is a set phrase close to it ("vi ville ha en kille", "…som ensamstående mamma tror vi").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterator

from ..core.lexicon import contains_any
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


@lru_cache(maxsize=4)
def fairness_data(language: str) -> dict[str, Any]:
    raw = json.loads((resources.files("feedback_lint") / "data" / "fairness.json").read_text(encoding="utf-8"))
    return raw[language]


@dataclass(frozen=True)
class Mention:
    """Tokens ``start:end`` of a doc name a characteristic of ``group``."""

    start: int
    end: int
    group: str
    adjective: bool = False


@lru_cache(maxsize=8)
def _matchers(language: str, vocab: Any) -> tuple[Any, Any, dict[int, tuple[str, bool]]]:
    import spacy
    from spacy.matcher import PhraseMatcher

    data = fairness_data(language)
    tokenizer = spacy.blank(language, vocab=vocab).tokenizer
    phrases, patterns = PhraseMatcher(vocab, attr="LOWER"), GatedMatcher(vocab)
    keys: dict[int, tuple[str, bool]] = {}
    for adjective, table in ((False, data["terms"]), (True, data["adjectives"])):
        for group, words in table.items():
            key = f"fairness:{group}:{adjective}"
            keys[vocab.strings.add(key)] = (group, adjective)
            phrases.add(key, [tokenizer(w) for w in words])
    for group, group_patterns in data["patterns"].items():
        key = f"fairness:{group}:pattern"
        keys[vocab.strings.add(key)] = (group, False)
        patterns.add(key, group_patterns)
    return phrases, patterns, keys


def mentions(doc: "Doc", language: str) -> list[Mention]:
    """Every mention in the doc, longest first where they overlap, in text order."""
    phrases, patterns, keys = _matchers(language, doc.vocab)
    found = [Mention(s, e, *keys[m]) for m, s, e in [*phrases(doc), *patterns(doc)]]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def references(ctx: "Context") -> Iterator[tuple["Span", list[Mention]]]:
    """Each sentence with the mentions in it that refer to a characteristic as a reason or impression."""
    judge = _english if ctx.language == "en" else _swedish
    data = fairness_data(ctx.language)
    found = mentions(ctx.doc, ctx.language)
    for sent in ctx.sentences:
        inside = [m for m in found if sent.start <= m.start < sent.end and judge(sent, m, data)]
        if inside:
            yield sent, inside


def culture_fit(ctx: "Context") -> Iterator[tuple[int, int]]:
    """Character ranges where the reader is said not to fit the culture ("you weren't a culture fit",
    "du passade inte in i kulturen")."""
    data = fairness_data(ctx.language)
    spec = data["culture_fit"]
    denied = _denied_to_reader if ctx.language == "en" else _negated_nearby
    for sent in ctx.sentences:
        lower = sent.text.lower()
        for phrase in spec["phrases"]:
            at = lower.find(phrase)
            if at >= 0 and _addressed(sent, data) and denied(sent, sent.char_span(at, at + len(phrase), alignment_mode="expand"), data):
                yield sent.start_char + at, sent.start_char + at + len(phrase)
                break


def _denied_to_reader(sent: "Span", span: "Span", data: dict[str, Any]) -> bool:
    """The phrase completes a negated clause whose subject is the reader ("you weren't a culture fit"),
    or the negation is inside the phrase."""
    negations = data["culture_fit"]["negations"]
    clause = span.root.head if span.root.dep_ in _TAKES_HEAD_SUBJECT else span.root
    # The negation may sit on the view that governs the clause ("we didn't feel you'd be a culture fit").
    governing = clause.head.children if clause.dep_ in ("ccomp", "xcomp") else ()
    negated = any(c.dep_ == "neg" or c.lower_ in negations for c in (*clause.children, *governing, *span))
    about_reader = any(c.dep_ in ("nsubj", "nsubjpass") and _second(c, data) for c in clause.children)
    return negated and about_reader


def _negated_nearby(sent: "Span", span: "Span", data: dict[str, Any]) -> bool:
    """A negation inside the phrase or among the eight words before it ("vi kände inte att du var en
    kulturmatch")."""
    negations = data["culture_fit"]["negations"]
    return any(t.lower_ in negations for t in sent.doc[max(sent.start, span.start - 8) : span.end])


# ---------------------------------------------------------------------------------------- English
def _english(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    span = sent.doc[m.start : m.end]
    if any(t.ent_type_ in _NAME_ENTITIES for t in span) or _someone_elses(span, data):
        return False
    job = _job_related(sent, data)
    if m.adjective:
        return _describes_a_person(span.root, data) and (_addressed(sent, data) or _employer_view(sent, data)) and not job
    if _tied(span, data):
        return not contains_any(sent.text.lower(), tuple(data["accommodation_cues"]))
    return _governed(span, data) and (_addressed(sent, data) or _employer_view(sent, data)) and not job


def _second(t: "Token", data: dict[str, Any]) -> bool:
    return t.lower_ in data["second_person"] and not (t.i > 0 and t.doc[t.i - 1].lower_ in data["not_addressing"])


def _addressed(sent: "Span", data: dict[str, Any]) -> bool:
    return any(_second(t, data) for t in sent)


def _someone_elses(span: "Span", data: dict[str, Any]) -> bool:
    """The mention belongs to a third person ("his family", "her children", "Stefan's wheelchair")."""
    return any(c.dep_ == "poss" and (c.lower_ in data["third_person_possessives"] or c.pos_ == "PROPN") for c in span.root.children)


def _tied(span: "Span", data: dict[str, Any]) -> bool:
    """The reader is part of the mention, or a direct dependent of it or of the word it attaches to
    as subject or possessor ("you mentioned your children", "at 58, you would…"), or the possessor of
    that subject ("your English has a strong accent")."""
    near = [*span, *(c for t in span for c in t.children)]
    head = span.root.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
    near += [*subjects, *(c for s in subjects for c in s.children if c.dep_ == "poss")]
    return any(_second(t, data) for t in near)


def _governed(span: "Span", data: dict[str, Any]) -> bool:
    """Inside a reason adjunct that opens its clause ("with a baby on the way, we…"; not "you worked with
    the children"), or under a view of the employer's ("we were mindful that…", "we wanted…")."""
    for anc in span.root.ancestors:
        if anc.lower_ in data["reason_markers"] and anc.head.pos_ in ("VERB", "AUX") and anc.i < anc.head.i:
            return True
        views = [anc, *(c for c in anc.children if c.dep_ == "acomp")]
        if any(v.lemma_.lower() in data["view_lemmas"] and _employer_subject(v, data) for v in views):
            return True
    return False


def _employer_subject(t: "Token", data: dict[str, Any]) -> bool:
    """The subject of ``t`` (or of the clause it completes) is the employer's side: we, I, the panel…"""
    for word in (t, t.head) if t.dep_ in _TAKES_HEAD_SUBJECT else (t,):
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in data["employer_subjects"] or s.lemma_.lower() in data["employer_subjects"] for s in subjects):
            return True
    return False


def _employer_view(sent: "Span", data: dict[str, Any]) -> bool:
    return any(t.lemma_.lower() in data["view_lemmas"] and _employer_subject(t, data) for t in sent)


def _describes_a_person(t: "Token", data: dict[str, Any]) -> bool:
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.head.lower_ in data["profile_nouns"] or t.lower_ in data["profile_nouns"]


def _job_related(sent: "Span", data: dict[str, Any]) -> bool:
    return contains_any(sent.text.lower(), tuple(data["requirement_cues"] + data["accommodation_cues"]))


# ---------------------------------------------------------------------------------------- Swedish
def _swedish(sent: "Span", m: Mention, data: dict[str, Any]) -> bool:
    doc = sent.doc
    lower = sent.text.lower()
    near = doc[max(sent.start, m.start - SV_VIEW_BEFORE) : min(sent.end, m.end + SV_VIEW_AFTER)].text.lower()
    view = contains_any(near, tuple(data["employer_views"]))
    job = _job_related(sent, data)
    if m.start > sent.start and doc[m.start - 1].lower_ in data["third_person_possessives"]:
        return False
    if m.adjective:
        following = [t for t in doc[m.end : min(sent.end, m.end + 3)] if t.is_alpha and t.lower_ not in ("och",)]
        person = bool(following) and following[0].lower_ in data["profile_nouns"]
        return person and (_addressed(sent, data) or view) and not job
    window = doc[max(sent.start, m.start - SV_TIE_WINDOW) : min(sent.end, m.end + SV_TIE_WINDOW)]
    if any(_second(t, data) for t in window):
        return not contains_any(lower, tuple(data["accommodation_cues"]))
    before = doc[sent.start : m.end].text.lower()
    reason = contains_any(before, tuple(data["reason_markers"]))
    return (reason or view) and (_addressed(sent, data) or view) and not job
