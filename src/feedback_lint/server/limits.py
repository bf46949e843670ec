"""Refuse request bodies over a size limit, by the declared Content-Length and by the bytes that arrive."""

from __future__ import annotations

import json
from typing import Any, Awaitable, Callable, MutableMapping

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Default for ``--max-body``: comfortably above the largest draft (``max-size``, 256 KB) JSON-escaped.
DEFAULT_MAX_BODY = 1024 * 1024


class BodySizeLimit:
    """ASGI middleware: a body larger than ``max_body`` bytes gets 413 before the application sees it.

    A declared ``Content-Length`` over the limit is refused at once; a body sent without one (chunked)
    is counted as it streams in and refused as soon as it passes the limit. A body within the limit is
    handed on whole, so the application reads it as usual.
    """

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await self._refuse(scope, send)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            body += message.get("body", b"")
            if len(body) > self.max_body:
                await self._refuse(scope, send)
                return
            more = message.get("more_body", False)
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        detail = f"request body larger than {self.max_body} bytes (the server's --max-body)"
        if scope["path"].startswith("/v2/"):
            content, media = f"Error: {detail}".encode(), b"text/plain; charset=utf-8"
        else:
            content, media = json.dumps({"detail": detail}).encode(), b"application/json"
        headers = [(b"content-type", media), (b"content-length", str(len(content)).encode()), (b"connection", b"close")]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": content})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
