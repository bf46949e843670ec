"""The real server over real HTTP on 127.0.0.1: /v1/check, /healthz, OpenAPI, size limits, bad requests."""

from __future__ import annotations

import json

import httpx
import jsonschema
import pytest

from feedback_lint.reporters.json_reporter import schema

DEMAND = "Hi Sam,\n\nWhy didn't I get the job?? I DEMAND an explanation!!!\n\nMark\n"


def post(server, path: str, **kwargs) -> httpx.Response:
    return httpx.post(server.url + path, timeout=60, **kwargs)


def result_validator() -> jsonschema.Draft202012Validator:
    """The schema of one element of the JSON output's results."""
    full = schema()
    return jsonschema.Draft202012Validator({"$schema": full["$schema"], "$defs": full["$defs"], "$ref": "#/$defs/result"})


def test_healthz_and_openapi_document_every_endpoint(server):
    health = httpx.get(server.url + "/healthz", timeout=10)
    assert health.status_code == 200 and health.json()["status"] == "ok"
    paths = httpx.get(server.url + "/openapi.json", timeout=10).json()["paths"]
    assert {"/v1/check", "/v2/check", "/v2/languages", "/healthz"} <= set(paths)
    assert "/v1/rewrite" not in paths


def test_v1_check_returns_one_result_of_the_json_output(server):
    response = post(server, "/v1/check", json={"text": DEMAND, "kind": "request"})
    assert response.status_code == 200, response.text
    result = response.json()
    result_validator().validate(result)
    assert result["kind"] == "request" and result["verdict"] == "block"
    for f in result["findings"]:
        assert f["text"] == DEMAND[f["start"]:f["end"]]
    assert {"CF002", "CF007", "CF008"} <= {f["code"] for f in result["findings"]}


def test_server_configuration_applies_and_request_config_is_laid_over_it(server):
    plain = post(server, "/v1/check", json={"text": DEMAND}).json()
    assert not [f for f in plain["findings"] if f["code"].startswith("ST")]  # the server's ignore = ["ST"]
    selected = post(server, "/v1/check", json={"text": DEMAND, "config": {"select": ["CF008", "ST"]}}).json()
    assert {f["code"] for f in selected["findings"]} == {"CF008"}  # ST selected, but still ignored by the server


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"{not json", 422, ["json"]),
        (json.dumps({"kind": "request"}).encode(), 422, ["text"]),
        (json.dumps({"text": DEMAND, "kind": "memo"}).encode(), 422, ["kind"]),
        (json.dumps({"text": 42}).encode(), 422, ["text"]),
        (json.dumps({"text": "   "}).encode(), 400, ["empty"]),
        (json.dumps({"text": DEMAND, "config": {"colour": "red"}}).encode(), 400, ["colour"]),
        (json.dumps({"text": "I DEMAND an explanation \ud800!!!"}).encode(), 400, ["surrogate"]),
        (json.dumps({"text": DEMAND, "config": {"select": ["ZZ999"]}}).encode(), 400, ["ZZ999"]),
    ],
)
def test_malformed_v1_requests_get_400_or_422_with_a_message(server, body, status, words):
    response = post(server, "/v1/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str)
    for word in words:
        assert word.lower() in detail.lower()


def test_draft_over_the_configured_max_size_is_refused_with_413(server):
    response = post(server, "/v1/check", json={"text": DEMAND, "config": {"max-size": 20}})
    assert response.status_code == 413 and "max-size" in response.json()["detail"]


def test_body_over_the_limit_is_refused_by_its_content_length(server):
    response = post(server, "/v1/check", json={"text": "I demand an explanation. " * (server.max_body // 20)})
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


def test_body_over_the_limit_is_refused_as_it_streams_in_without_a_content_length(server):
    def chunks():
        yield b'{"text": "'
        for _ in range(server.max_body // 1000 + 2):
            yield b"I demand. " * 100
        yield b'"}'

    response = post(server, "/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in response.request.headers
    assert response.status_code == 413


def test_streamed_body_within_the_limit_is_checked_as_usual(server):
    body = json.dumps({"text": DEMAND}).encode()

    def chunks():
        for i in range(0, len(body), 7):
            yield body[i:i + 7]

    response = post(server, "/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] == "block"


def test_languagetool_endpoint_refuses_oversized_forms_in_plain_text(server):
    response = post(server, "/v2/check", data={"language": "en-US", "text": "x" * (server.max_body + 1)})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/plain") and response.text.startswith("Error: ")


def test_draft_text_never_reaches_the_server_log(server):
    marker = "Zanzibar-Quokka-4471"
    post(server, "/v1/check", json={"text": f"I DEMAND an explanation, {marker}!!!"})
    post(server, "/v2/check", data={"language": "auto", "text": f"Why didn't I get the job, {marker}??"})
    post(server, "/v1/check", content=f'{{"text": "{marker}'.encode(), headers={"content-type": "application/json"})
    assert marker not in server.logged()
