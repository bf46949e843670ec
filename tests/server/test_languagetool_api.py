"""LanguageTool clients pointed at the real server: the real ``language_tool_python`` client, and the
raw API with UTF-16 offsets, annotated text, languages and rule parameters."""

from __future__ import annotations

import json

import httpx
import language_tool_python

DRAFT = "Hej José 😀😀, why didn't I get the job?? I DEMAND an explanation!!!"


def utf16_slice(text: str, offset: int, length: int) -> str:
    """What a Java or JavaScript client (strings of UTF-16 code units) reads at offset/length."""
    units = text.encode("utf-16-le")
    return units[2 * offset:2 * (offset + length)].decode("utf-16-le")


def lt_check(server, **form) -> httpx.Response:
    return httpx.post(server.url + "/v2/check", data=form, timeout=60)


def test_language_tool_python_client_receives_feedback_lint_matches_on_the_right_words(server):
    tool = language_tool_python.LanguageTool("en-US", remote_server=server.url)
    try:
        matches = tool.check(DRAFT)
    finally:
        tool.close()
    words = {}
    for m in matches:
        words.setdefault(m.rule_id, []).append(DRAFT[m.offset:m.offset + m.error_length])
    # After two emoji (two UTF-16 units each) and an accented letter, the client's offsets still land
    # on the shouted word, the repeated punctuation and the demand.
    assert "DEMAND" in words["CF007"]
    assert words["CF008"] == ["??", "!!!"]
    assert "I DEMAND an explanation" in words["CF002"]
    assert {m.category for m in matches} >= {"CONFRONTATION"}
    demand = next(m for m in matches if m.rule_id == "CF002")
    assert "I would appreciate any feedback you are able to share" in demand.replacements


def test_every_match_is_the_finding_of_v1_check_in_utf16_units(server):
    findings = httpx.post(server.url + "/v1/check", json={"text": DRAFT}, timeout=60).json()["findings"]
    matches = lt_check(server, text=DRAFT, language="en-US").json()["matches"]
    assert [m["rule"]["id"] for m in matches] == [f["code"] for f in findings]
    for m, f in zip(matches, findings):
        assert utf16_slice(DRAFT, m["offset"], m["length"]) == f["text"]
        assert m["offset"] == len(DRAFT[:f["start"]].encode("utf-16-le")) // 2
        context = m["context"]
        assert utf16_slice(context["text"], context["offset"], context["length"]) == f["text"].replace("\n", " ")
        assert m["message"] == f["message"]


def test_response_has_languagetool_shape(server):
    body = lt_check(server, text=DRAFT, language="auto", motherTongue="sv", level="picky", enabledOnly="false").json()
    assert body["software"]["name"] == "feedback-lint" and body["software"]["apiVersion"] == 1
    assert body["language"]["code"] == "en-US" and body["language"]["detectedLanguage"]["code"] == "en-US"
    for m in body["matches"]:
        assert {"message", "shortMessage", "offset", "length", "replacements", "context", "sentence", "type", "rule"} <= set(m)
        assert set(m["rule"]) >= {"id", "description", "issueType", "category"}
        assert set(m["rule"]["category"]) == {"id", "name"}
        assert all(set(r) == {"value"} for r in m["replacements"])
        assert m["sentence"] and m["sentence"] in DRAFT
    shouting = next(m for m in body["matches"] if m["rule"]["id"] == "CF008")
    assert shouting["sentence"] in DRAFT and utf16_slice(DRAFT, shouting["offset"], shouting["length"]) in shouting["sentence"]


def test_annotated_data_offsets_index_the_document_with_its_markup(server):
    annotation = [
        {"markup": "<p>"},
        {"text": "Hej José 😀,"},
        {"markup": "<br/>", "interpretAs": "\n"},
        {"text": "I "},
        {"markup": "<b>"},
        {"text": "DEMAND"},
        {"markup": "</b>"},
        {"text": " an explanation!!!"},
        {"markup": "</p>", "interpretAs": "\n\n"},
    ]
    original = "".join(item.get("text", item.get("markup")) for item in annotation)
    body = lt_check(server, data=json.dumps({"annotation": annotation}), language="en-GB").json()
    assert body["language"]["code"] == "en-GB"
    found = {(m["rule"]["id"], utf16_slice(original, m["offset"], m["length"])) for m in body["matches"]}
    assert ("CF007", "DEMAND") in found
    assert ("CF008", "!!!") in found


def test_languages_lists_the_english_and_swedish_variants_the_client_can_ask_for(server):
    languages = httpx.get(server.url + "/v2/languages", timeout=10).json()
    long_codes = {entry["longCode"] for entry in languages}
    assert {"en", "en-US", "en-GB", "sv", "sv-SE"} <= long_codes
    assert {entry["code"] for entry in languages} == {"en", "sv"}
    assert all(set(entry) == {"name", "code", "longCode"} for entry in languages)


def test_swedish_draft_is_detected_and_its_offsets_land_on_the_words(server):
    draft = "Hej Åsa 😀,\n\nVarför fick jag inte jobbet?? Jag kräver en förklaring!!!\n\nMvh Sam"
    auto = lt_check(server, text=draft, language="auto").json()
    assert auto["language"]["code"] == "sv-SE" and auto["language"]["detectedLanguage"]["code"] == "sv-SE"
    findings = httpx.post(server.url + "/v1/check", json={"text": draft, "lang": "sv"}, timeout=60).json()
    assert findings["language"] == "sv"
    asked = lt_check(server, text=draft, language="sv-SE").json()
    assert asked["language"]["code"] == "sv-SE"
    assert [m["rule"]["id"] for m in asked["matches"]] == [f["code"] for f in findings["findings"]] == [m["rule"]["id"] for m in auto["matches"]]
    for m, f in zip(asked["matches"], findings["findings"]):
        assert utf16_slice(draft, m["offset"], m["length"]) == f["text"]
    assert ("CF008", "!!!") in {(m["rule"]["id"], utf16_slice(draft, m["offset"], m["length"])) for m in asked["matches"]}


def test_disabled_rules_and_categories_from_the_client_are_honoured(server):
    tool = language_tool_python.LanguageTool("en-US", remote_server=server.url)
    try:
        tool.disabled_rules = {"CF008", "MORFOLOGIK_RULE_EN_US"}
        tool.disabled_categories = {"CONSTRUCTIVENESS", "TYPOS"}
        ids = {m.rule_id for m in tool.check(DRAFT)}
    finally:
        tool.close()
    assert "CF008" not in ids and not {i for i in ids if i.startswith("CN")}
    assert "CF007" in ids


def test_enabled_only_runs_just_the_enabled_rules(server):
    body = lt_check(server, text=DRAFT, language="en-US", enabledRules="CF007,TYPOGRAPHY_RULE", enabledOnly="true").json()
    assert {m["rule"]["id"] for m in body["matches"]} == {"CF007"}


def test_empty_text_has_no_matches(server):
    body = lt_check(server, text="  \n", language="en-US").json()
    assert body["matches"] == []


def test_bad_languagetool_requests_get_plain_text_errors_as_languagetool_sends_them(server):
    for form, words in [
        ({"text": DRAFT}, "language"),
        ({"language": "en-US"}, "'text' or 'data'"),
        ({"language": "de-DE", "text": "Ich verlange eine Erklärung!"}, "English and Swedish"),
        ({"language": "en-US", "data": "{oops"}, "JSON"),
        ({"language": "en-US", "data": json.dumps({"annotation": [{"text": 1}]})}, "string"),
        ({"language": "en-US", "data": json.dumps({"annotation": [{"text": "a", "markup": "<b>"}]})}, "either"),
    ]:
        response = lt_check(server, **form)
        assert response.status_code == 400, (form, response.text)
        assert response.headers["content-type"].startswith("text/plain")
        assert response.text.startswith("Error: ") and words in response.text, response.text
