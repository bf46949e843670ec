"""Language: each draft's language is detected (or given), reported, and decides the pipeline, the
rules and the models it is checked with."""

from __future__ import annotations

import pytest

import feedback_lint
from feedback_lint.core.draft import Draft
from feedback_lint.core.errors import ConfigError
from feedback_lint.core.language import detect_language

SV_FEEDBACK = (
    "Hej Maja,\n\nTack för att du kom på intervju för tjänsten som lagerledare i Västerås. Vi har valt en annan "
    "sökande, och jag vill förklara varför.\n\nDin genomgång av skiftschemat var tydlig och du hittade felet i "
    "bemanningen på natten direkt. Det som avgjorde var caset om inventeringen: du räknade med fel antal pallplatser, "
    "så differensen blev 40 pallar för stor. Öva gärna på lagerberäkningar i Excel innan nästa intervju.\n\n"
    "Vi rekryterar igen i höst och jag hoppas att du söker då.\n\nMed vänliga hälsningar\nKarin Ek\n"
)
EN_FEEDBACK = (
    "Hi Maja,\n\nThank you for interviewing for the warehouse lead role in Leeds. We have offered it to another "
    "candidate. Your walk-through of the shift rota was clear, but in the stock-count case you used the wrong number "
    "of pallet spaces. Practising stock calculations in Excel would help before your next interview.\n\n"
    "Kind regards,\nKaren\n"
)


def test_detects_swedish_and_english_drafts():
    assert detect_language(SV_FEEDBACK) == "sv"
    assert detect_language(EN_FEEDBACK) == "en"


def test_text_without_letters_is_english():
    assert detect_language("12:30 -- ?!") == "en"


def test_the_report_says_which_language_was_used_and_lang_overrides_detection():
    assert feedback_lint.lint(SV_FEEDBACK).to_dict()["language"] == "sv"
    assert feedback_lint.lint(EN_FEEDBACK).to_dict()["language"] == "en"
    assert feedback_lint.lint(SV_FEEDBACK, lang="en").language == "en"


def test_an_unknown_language_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown language 'de'"):
        feedback_lint.lint(EN_FEEDBACK, lang="de")


def test_swedish_drafts_get_swedish_rules_messages_and_suggestions(lint_text):
    report = lint_text("Hej,\nVarför fick jag inte jobbet?? Jag kräver en förklaring!\nRonny", "request")
    codes = {f.code for f in report.findings}
    assert {"CF001", "CF002", "CF008"} <= codes
    demand = next(f for f in report.findings if f.code == "CF002")
    assert demand.message.startswith("Krav och anspråk")
    assert demand.suggestions[0].replacement.lower().startswith("jag skulle uppskatta")


def test_english_rules_do_not_run_on_swedish_drafts(lint_text):
    from feedback_lint.rules import all_rules

    english_only = {r.code for r in all_rules()} - {r.code for r in all_rules() if r.speaks("sv")}
    report = lint_text("Hej,\nI demand an explanation. Jag kräver inget.\nRonny", "request", lang="sv")
    assert not english_only & {f.code for f in report.findings}
    assert all(not f.message.startswith("Demands") for f in report.findings)


def test_mixed_input_keeps_its_order_and_each_language_loads_one_pipeline(linter):
    drafts = [Draft.from_text(t, source=str(i)) for i, t in enumerate([EN_FEEDBACK, SV_FEEDBACK, EN_FEEDBACK, SV_FEEDBACK])]
    reports = list(linter.lint_drafts(drafts))
    assert [r.source for r in reports] == ["0", "1", "2", "3"]
    assert [r.language for r in reports] == ["en", "sv", "en", "sv"]
    assert linter.nlp_for("sv") is linter.nlp_for("sv") and linter.nlp_for("sv") is not linter.nlp
    assert linter.nlp_for("sv").lang == "sv"


def test_swedish_drafts_are_scored_by_the_swedish_models(lint_text):
    as_swedish = lint_text(SV_FEEDBACK, "feedback", lang="sv").scores
    as_english = lint_text(SV_FEEDBACK, "feedback", lang="en").scores
    assert as_swedish != as_english
    hostile = lint_text("Hej,\nNi har slösat bort min tid. Helt oprofessionellt. Jag kommer att skriva en recension på Glassdoor.\nLinus", "request").scores
    good = lint_text(SV_FEEDBACK, "feedback").scores
    assert good.overall - hostile.overall >= 40 and hostile.confrontation > good.confrontation


def test_swedish_greeting_and_sign_off_are_recognised(lint_text):
    codes = {f.code for f in lint_text(SV_FEEDBACK, "feedback").findings}
    assert not {"ST001", "ST002"} & codes
    bare = {f.code for f in lint_text("Tack för intervjun. Vi har valt en annan sökande.", "feedback", lang="sv").findings}
    assert {"ST001", "ST002"} <= bare
