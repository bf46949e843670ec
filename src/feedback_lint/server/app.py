"""The HTTP API: ``/v1/check`` (feedback-lint's JSON result), LanguageTool's ``/v2/check`` and
``/v2/languages``, and ``/healthz``. OpenAPI documentation at ``/docs`` and ``/openapi.json``.

Linting is CPU work: it runs in a worker thread, one draft at a time, so the event loop keeps
answering. Nothing here logs or prints a draft.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable, Literal, Optional, TypeVar

import anyio.to_thread
from fastapi import FastAPI, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field

from .._version import __version__
from ..core.config import Config
from ..core.draft import Draft
from ..core.errors import FeedbackLintError, InputError
from ..core.report import Report
from ..presend import linter_for, policy_config
from ..reporters.json_reporter import schema
from . import languagetool as lt
from .limits import DEFAULT_MAX_BODY, BodySizeLimit

#: Drafts linted at start-up, one per language, so the models and the language detector are loaded
#: before the first request.
WARM_UP = (
    "Hi Sam,\n\nThank you for your time on Tuesday.\n\nKind regards,\nAna\n",
    "Hej Anna,\n\nTack för att du tog dig tid i tisdags.\n\nVänliga hälsningar,\nSam\n",
)

T = TypeVar("T")


class TooLarge(FeedbackLintError):
    """The draft is larger than the configuration's ``max-size``."""


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The draft: plain text, or a whole RFC 5322 message.")
    kind: Literal["auto", "request", "feedback"] = Field("auto", description="What the draft is; auto decides from the text.")
    lang: Literal["auto", "en", "sv"] = Field("auto", description="The draft's language; auto detects it.")
    config: Optional[dict[str, Any]] = Field(
        None,
        description="Configuration keys as in [tool.feedback-lint] (fail-on, min-score, select, ignore, severity, phrases, …), "
        "laid over the server's configuration for this request.",
    )


def create_app(config: Config | None = None, *, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The ASGI application. ``config`` is the server's configuration (default: the discovered one);
    a request's ``config`` is laid over it."""
    base = config if config is not None else policy_config(None)
    one_at_a_time = anyio.CapacityLimiter(1)

    async def off_loop(work: Callable[[], T]) -> T:
        return await anyio.to_thread.run_sync(work, limiter=one_at_a_time)

    def lint(text: str, kind: str, lang: str, overrides: dict[str, Any] | None, *, is_email: bool | None) -> Report:
        cfg = policy_config(overrides, base=base)
        try:
            size = len(text.encode("utf-8"))
        except UnicodeEncodeError:
            raise InputError("the draft is not valid Unicode text (it has a lone surrogate)") from None
        if size > cfg.max_size:
            raise TooLarge(f"the draft is larger than max-size ({cfg.max_size} bytes)")
        return linter_for(cfg).lint(Draft.from_text(text, is_email=is_email), kind=kind, lang=lang)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await off_loop(lambda: warm_up(base))
        yield

    app = FastAPI(
        title="feedback-lint",
        version=__version__,
        summary="Checks a drafted interview-feedback e-mail, or a request for feedback, before it is sent.",
        lifespan=lifespan,
    )
    app.add_middleware(BodySizeLimit, max_body=max_body)

    @app.exception_handler(FeedbackLintError)
    async def user_error(request: Request, exc: FeedbackLintError) -> Any:
        return _error(request, 413 if isinstance(exc, TooLarge) else 400, str(exc))

    @app.exception_handler(lt.RequestError)
    async def languagetool_error(request: Request, exc: lt.RequestError) -> Any:
        return _error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Any:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, problems)

    @app.get("/healthz", summary="Liveness: the model is loaded and the server answers.")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.post(
        "/v1/check",
        summary="Lint one draft; the answer is one element of the JSON output's results.",
        responses={200: {"content": {"application/json": {"schema": _result_schema()}}}},
    )
    async def check(body: CheckRequest) -> dict[str, Any]:
        if not body.text.strip():
            raise InputError("the draft is empty")
        report = await off_loop(lambda: lint(body.text, body.kind, body.lang, body.config, is_email=None))
        return report.to_dict()

    @app.post("/v2/check", summary="LanguageTool-compatible check (form fields as LanguageTool's /v2/check).")
    async def languagetool_check(
        text: Optional[str] = Form(None, description="The text to check."),
        data: Optional[str] = Form(None, description="LanguageTool's annotated text (JSON), instead of text."),
        language: Optional[str] = Form(None, description="auto, or a variant of English or Swedish (en-US, en-GB, sv-SE, …)."),
        kind: Literal["auto", "request", "feedback"] = Form("auto", description="feedback-lint's draft kind."),
        disabled_rules: Optional[str] = Form(None, alias="disabledRules"),
        disabled_categories: Optional[str] = Form(None, alias="disabledCategories"),
        enabled_rules: Optional[str] = Form(None, alias="enabledRules"),
        enabled_categories: Optional[str] = Form(None, alias="enabledCategories"),
        enabled_only: Optional[str] = Form(None, alias="enabledOnly"),
    ) -> dict[str, Any]:
        asked = lt.language(language)
        if text is None and data is None:
            raise lt.RequestError("Missing 'text' or 'data' parameter")
        doc = lt.AnnotatedText.from_text(text) if text is not None else lt.AnnotatedText.from_data(data or "")
        if not doc.plain.strip():
            return lt.empty_response(asked)
        params = {
            "disabledRules": disabled_rules,
            "disabledCategories": disabled_categories,
            "enabledRules": enabled_rules,
            "enabledCategories": enabled_categories,
            "enabledOnly": enabled_only,
        }
        overrides = lt.rule_overrides(params, base)
        report = await off_loop(lambda: lint(doc.plain, kind, asked.lint, overrides, is_email=False))
        return lt.check_response(report, doc, asked)

    @app.get("/v2/languages", summary="The languages /v2/check accepts, as LanguageTool lists them.")
    async def languagetool_languages() -> list[dict[str, str]]:
        return lt.languages()

    return app


def warm_up(config: Config) -> None:
    """Load the language models and build the linter for ``config`` (once per process)."""
    list(linter_for(config).lint_drafts([Draft.from_text(text, is_email=False) for text in WARM_UP]))


def _error(request: Request, status: int, detail: str) -> Any:
    """LanguageTool's clients read an error as plain text (``Error: …``); everything else gets JSON."""
    if request.url.path.startswith("/v2/"):
        return PlainTextResponse(f"Error: {detail}", status_code=status)
    return JSONResponse({"detail": detail}, status_code=status)


def _result_schema() -> dict[str, Any]:
    """The ``result`` definition of the JSON output's schema, its references inlined for OpenAPI."""
    defs = schema()["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].rsplit("/", 1)[1]])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(value) for value in node]
        return node

    return inline(defs["result"])
