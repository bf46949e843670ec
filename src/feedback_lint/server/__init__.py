"""``feedback-lint serve``: the linter as a local HTTP service, for tools that check a draft before it
is sent (an applicant-tracking system, a mail client, a LanguageTool client).

It binds to 127.0.0.1 unless told otherwise, loads the model once before it answers, and logs no
request (there is no access log). The application itself is :func:`feedback_lint.server.app.create_app`.
"""

from __future__ import annotations

import socket
import sys

from ..core.config import Config
from ..core.errors import FeedbackLintError
from .limits import DEFAULT_MAX_BODY

__all__ = ["serve", "DEFAULT_MAX_BODY"]

LOOPBACK = ("127.0.0.1", "::1", "localhost")


class ServeError(FeedbackLintError):
    """The server cannot start (say, the port is taken)."""


def serve(*, host: str = "127.0.0.1", port: int = 8765, config: Config | None = None, max_body: int = DEFAULT_MAX_BODY) -> None:
    """Listen on ``host:port`` (``port`` 0 picks a free one) until interrupted. The model is loaded
    before the server says it is serving."""
    import uvicorn

    from ..presend import policy_config
    from .app import create_app, warm_up

    if max_body <= 0:
        raise ServeError("--max-body must be a positive number of bytes")
    config = config if config is not None else policy_config(None)
    sock = _listen(host, port)
    warm_up(config)
    app = create_app(config, max_body=max_body)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, access_log=False, log_level="warning", server_header=False))
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    if host not in LOOPBACK:
        print(f"feedback-lint: warning: listening on {host}: anyone who can reach this machine can send it drafts", file=sys.stderr)
    print(f"feedback-lint: serving on http://{shown}:{bound_port} (API docs at /docs); Ctrl-C stops it", file=sys.stderr, flush=True)
    server.run(sockets=[sock])


def _listen(host: str, port: int) -> socket.socket:
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except (OSError, OverflowError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ServeError(f"cannot listen on {host}:{port} ({reason})") from None
