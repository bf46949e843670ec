"""A draft as the linter sees it: the decoded input, and which parts of it are the writer's own words.

Offsets everywhere in feedback-lint are character offsets into ``Draft.text``, the decoded input as
given. Parts that are not linted (a quoted reply, a signature, e-mail headers other than the subject)
are *masked*: replaced by spaces in ``Draft.lintable`` (line breaks kept), so the parse of the
lintable text has exactly the same offsets as the input.
"""

from __future__ import annotations

import bisect
import os
import email
import email.policy
import re
from dataclasses import dataclass, field
from functools import cached_property
from email.message import EmailMessage
from pathlib import Path

from .errors import InputError

#: Drafts are e-mails; anything larger is almost certainly not one and would make the parse slow.
DEFAULT_MAX_BYTES = 256 * 1024

DRAFT_SUFFIXES = (".txt", ".md", ".eml")

# "On Mon, 3 Jun 2024, Jane Doe wrote:" and the Swedish "Den tis 3 juni 2025 skrev Anna Berg:"
_ATTRIBUTION = re.compile(r"^[ \t]*(?:On|Den)\b[^\n]{0,300}?\b(?:wrote|skrev)\b[^\n]{0,200}?:[ \t]*$", re.MULTILINE)
# the same, wrapped onto a second line
_ATTRIBUTION_WRAPPED = re.compile(r"^[ \t]*(?:On|Den)\b[^\n]{0,300}\n[^\n]{0,200}\b(?:wrote|skrev)\b[^\n]{0,200}?:[ \t]*$", re.MULTILINE)
_ORIGINAL_MESSAGE = re.compile(
    r"^[ \t]*-{2,}\s*(Original Message|Forwarded message|Ursprungligt meddelande|Vidarebefordrat meddelande)\s*-{2,}[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_OUTLOOK_SEPARATOR = re.compile(r"^[ \t]*_{10,}[ \t]*$", re.MULTILINE)
_OUTLOOK_HEADER = re.compile(
    r"^[ \t]*\*?(?:From|Från):\*?[ \t]+\S[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*\*?(?:Sent|Date|Skickat|Datum):\*?[ \t]+\S", re.MULTILINE
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*$", re.MULTILINE)
_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)


@dataclass
class Draft:
    """One draft: its source name, the decoded text, and the character ranges that are linted."""

    text: str
    source: str = "-"
    regions: list[tuple[int, int]] = field(default_factory=list)
    #: ``"input"`` when offsets index the input file itself; ``"decoded-body"`` for an e-mail whose body
    #: is encoded (quoted-printable, base64, HTML): offsets then index ``text``, the decoded view.
    offset_base: str = "input"
    #: Character range of an e-mail's subject (linted, but not part of the body's structure).
    subject: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not self.regions:
            self.regions = _own_words(self.text, 0, len(self.text))
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    @cached_property
    def lintable(self) -> str:
        """``text`` with everything outside ``regions`` replaced by spaces (newlines kept)."""
        out = list(_blank(self.text))
        for start, end in self.regions:
            out[start:end] = self.text[start:end]
        return "".join(out)

    def is_linted(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.regions)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    # ------------------------------------------------------------------ constructors
    @classmethod
    def from_text(cls, text: str, *, source: str = "-", is_email: bool | None = None) -> "Draft":
        """A draft from a string. An RFC 5322 message (headers, blank line, body) is parsed as e-mail
        when ``is_email`` is true, or when it is ``None`` and the text starts with mail headers."""
        if is_email is None:
            is_email = _looks_like_email(text)
        if is_email:
            return _from_email(text, source)
        return cls(text=text, source=source)

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str, suffix: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> "Draft":
        if len(data) > max_bytes:
            raise InputError(
                f"{source}: {len(data) / 1024:.0f} KB is too large for a draft (limit {max_bytes // 1024} KB; "
                "set max-size in the configuration to raise it)"
            )
        if b"\x00" in data[:8192]:
            raise InputError(f"{source}: looks like a binary file, not a text draft")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: not valid UTF-8 (byte {exc.start}); save the draft as UTF-8") from None
        if not text.strip():
            raise InputError(f"{source}: the draft is empty")
        return cls.from_text(text, source=source, is_email=True if suffix.lower() == ".eml" else None)


def read_draft(path: str, *, stdin_bytes: bytes | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Draft:
    """Read one path (or ``-`` with ``stdin_bytes``) into a Draft, raising InputError with one clear line."""
    if path == "-":
        return Draft.from_bytes(stdin_bytes or b"", source="-", max_bytes=max_bytes)
    data, _ = read_file(path, max_bytes=max_bytes)
    return Draft.from_bytes(data, source=path, suffix=Path(path).suffix, max_bytes=max_bytes)


def read_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, os.stat_result]:
    """A draft file's bytes and its stat, refusing oversized files before reading; errors are one line."""
    p = Path(path)
    try:
        st = p.stat()
        if st.st_size > max_bytes:
            raise InputError(
                f"{path}: {st.st_size / 1024:.0f} KB is too large for a draft (limit {max_bytes // 1024} KB; "
                "set max-size in the configuration to raise it)"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return data, st


def expand_paths(paths: list[str]) -> list[str]:
    """Paths as given, with directories walked (sorted) for draft files; ``-`` kept as is."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in DRAFT_SUFFIXES and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            out.extend(found)
        else:
            out.append(path)
    return out


# ---------------------------------------------------------------------------------------- helpers
def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _own_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges of ``text[start:end]`` that are the writer's own words: quoted replies and the signature
    are cut out."""
    cut_from = end
    for pattern in (_ATTRIBUTION_WRAPPED, _ATTRIBUTION, _ORIGINAL_MESSAGE, _OUTLOOK_HEADER, _SIGNATURE):
        m = pattern.search(text, start, end)
        if m and m.start() < cut_from:
            cut_from = m.start()
    m = _OUTLOOK_SEPARATOR.search(text, start, cut_from)
    if m and _OUTLOOK_HEADER.search(text, m.end(), end):
        cut_from = min(cut_from, m.start())
    regions: list[tuple[int, int]] = []
    pos = start
    for m in _QUOTED_LINE.finditer(text, start, cut_from):
        if m.start() > pos:
            regions.append((pos, m.start()))
        pos = m.end()
    if cut_from > pos:
        regions.append((pos, cut_from))
    return [(s, e) for s, e in regions if text[s:e].strip()]


_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]")


def _looks_like_email(text: str) -> bool:
    head = text.lstrip("\ufeff").split("\n\n", 1)[0].splitlines()
    if len(head) < 2:
        return False
    names = {line.split(":", 1)[0].lower() for line in head if _HEADER_LINE.match(line)}
    return sum(1 for line in head if _HEADER_LINE.match(line) or line[:1] in " \t") == len(head) and bool(
        names & {"from", "to", "subject", "date", "mime-version", "content-type", "message-id"}
    ) and len(names & {"from", "to", "subject", "date"}) >= 2


def _from_email(text: str, source: str) -> Draft:
    msg = email.message_from_string(text, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not msg.keys():
        return Draft(text=text, source=source)
    subject = str(msg.get("subject", "") or "")
    plain = msg.get_body(preferencelist=("plain",))
    html = None if plain is not None else msg.get_body(preferencelist=("html",))
    part = plain or html

    regions: list[tuple[int, int]] = []
    head_end = _header_end(text)
    m = re.search(r"^Subject:[ \t]*(.*(?:\n[ \t].*)*)$", text[:head_end], re.MULTILINE | re.IGNORECASE)
    subject_span = None
    if m and m.group(1).strip():
        subject_span = (m.start(1), m.end(1))
        regions.append(subject_span)

    if part is None:
        return Draft(text=text, source=source, regions=regions or [(0, 0)], subject=subject_span)

    body = _decoded_content(part)
    cte = str(part.get("content-transfer-encoding", "7bit")).lower()
    raw_payload = part.get_payload(decode=False)
    literal = plain is not None and cte in ("7bit", "8bit", "binary") and isinstance(raw_payload, str)
    if literal:
        at = text.find(raw_payload, head_end) if raw_payload else -1
        if at >= 0:
            regions.extend(_own_words(text, at, at + len(raw_payload)))
            return Draft(text=text, source=source, regions=regions, subject=subject_span)
    # Encoded or HTML body: lint a decoded view "Subject: …\n\n<body>"; offsets index that view.
    if html is not None:
        body = _html_to_text(body)
    view = (f"Subject: {subject}\n\n" if subject else "") + body
    view_regions = [(9, 9 + len(subject))] if subject else []
    body_start = len(view) - len(body)
    view_regions.extend(_own_words(view, body_start, len(view)))
    return Draft(text=view, source=source, regions=view_regions, offset_base="decoded-body",
                 subject=view_regions[0] if subject else None)


def _header_end(text: str) -> int:
    m = re.search(r"\r?\n\r?\n", text)
    return m.end() if m else len(text)


def _decoded_content(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    return content if isinstance(content, str) else content.decode("utf-8", errors="replace")


def _html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for quote in soup.find_all("blockquote"):
        quote.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    blocks = [" ".join(el.get_text().split()) for el in soup.find_all(["p", "div", "li", "h1", "h2", "h3", "tr"]) if not el.find(["p", "div", "li", "tr"])]
    text = "\n\n".join(b for b in blocks if b) if blocks else soup.get_text("\n", strip=True)
    return text + "\n"
