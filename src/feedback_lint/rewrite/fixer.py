"""``feedback-lint fix`` and ``feedback-lint rewrite``: files in, fixed files (or a diff, or the
rewritten text) out. The command line calls these; nothing here parses options.

A file is rewritten in place only when its bytes and modification time are still those it had when
it was read (otherwise it is left alone with a message), through a temporary file in the same
directory and ``os.replace``, keeping the file's mode. Everything outside the edits is written back
byte for byte: line endings, a byte-order mark, e-mail headers, the quoted reply and the signature.
An e-mail whose body is encoded (quoted-printable, base64, HTML) is refused: its linted text is a
decoded view, and writing that view back would change the message's encoding.
"""

from __future__ import annotations

import difflib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from ..core.config import Config
from ..core.draft import Draft, expand_paths, read_file
from ..core.errors import InputError
from .engine import Rewriter
from .result import RewriteResult

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class _Snapshot:
    """A file as it was read: its bytes and what ``os.stat`` said about it."""

    path: str
    data: bytes
    mtime_ns: int
    size: int
    mode: int

    @classmethod
    def take(cls, path: str, max_bytes: int) -> "_Snapshot":
        data, st = read_file(path, max_bytes=max_bytes)
        return cls(path, data, st.st_mtime_ns, st.st_size, st.st_mode)

    def unchanged_on_disk(self) -> bool:
        try:
            st = os.stat(self.path)
            return st.st_mtime_ns == self.mtime_ns and st.st_size == self.size and Path(self.path).read_bytes() == self.data
        except OSError:
            return False


def fix_paths(
    paths: list[str], *, config: Config, kind: str, lang: str = "auto", unsafe: bool, diff: bool, stdin: BinaryIO,
    out: Callable[[str], None], out_bytes: Callable[[bytes], None], err: Callable[[str], None],
) -> int:
    """Fix each draft's findings at or above ``fail-on`` (safe suggestions only unless ``unsafe``).
    Returns the exit status: 2 when a path could not be fixed, else 1 when a draft still fails (or,
    with ``diff``, when anything would change), else 0."""
    rewriter = Rewriter(config)
    errors = changed = edits = 0
    after = []
    for path in expand_paths(list(paths)):
        snapshot = None
        try:
            snapshot = _Snapshot(path, stdin.read(), 0, 0, 0) if path == "-" else _Snapshot.take(path, config.max_size)
            draft = _draft(snapshot, config.max_size)
            result = rewriter.rewrite(draft, kind=kind, lang=lang, unsafe=unsafe, min_severity=config.fail_on)
        except InputError as exc:
            err(f"feedback-lint: error: {exc}")
            errors += 1
            if path == "-" and snapshot is not None and not diff:
                out_bytes(snapshot.data)  # a pipe still gets the draft, unchanged
            continue
        after.append(result.after)
        new = _encode(snapshot.data, result.text)
        if result.changed:
            changed += 1
            edits += len(result.edits)
        if diff:
            if result.changed:
                out(unified_diff(result, path))
            continue
        if path == "-":
            out_bytes(new)
        elif result.changed:
            if not snapshot.unchanged_on_disk():
                err(f"feedback-lint: error: {path}: changed on disk while it was being fixed; left alone (run fix again)")
                errors += 1
                continue
            _write_atomically(path, new, snapshot.mode)
    remaining = sum(1 for r in after if r.failed)
    err(f"{changed} of {len(after)} drafts {'would change' if diff else 'fixed'} ({edits} edits); {remaining} "
        f"{'would ' if diff else ''}still fail the check.")
    if errors:
        return 2
    return 1 if remaining or (diff and changed) else 0


def rewrite_path(path: str, *, config: Config, kind: str, lang: str = "auto", output_format: str, stdin: BinaryIO,
                 out: Callable[[str], None]) -> int:
    """Print the whole rewritten draft (every suggestion and insertion), or it and its edits as JSON."""
    snapshot = _Snapshot(path, stdin.read(), 0, 0, 0) if path == "-" else _Snapshot.take(path, config.max_size)
    draft = Draft.from_bytes(snapshot.data, source=path, suffix=Path(path).suffix, max_bytes=config.max_size)
    result = Rewriter(config).rewrite(draft, kind=kind, lang=lang)
    if output_format == "json":
        out(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out(result.text)
    return 0


def unified_diff(result: RewriteResult, path: str) -> str:
    """The change as a unified diff of ``PATH``."""
    lines = difflib.unified_diff(
        result.original.splitlines(keepends=True), result.text.splitlines(keepends=True),
        fromfile=path, tofile=path,
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _draft(snapshot: _Snapshot, max_bytes: int) -> Draft:
    draft = Draft.from_bytes(snapshot.data, source=snapshot.path, suffix=Path(snapshot.path).suffix, max_bytes=max_bytes)
    if draft.offset_base != "input":
        raise InputError(f"{snapshot.path}: the e-mail body is encoded (quoted-printable, base64 or HTML), so fix cannot "
                         "rewrite it in place; use 'feedback-lint rewrite' and paste the result into your mail program")
    return draft


def _encode(original: bytes, text: str) -> bytes:
    return (_BOM if original.startswith(_BOM) else b"") + text.encode("utf-8")


def _write_atomically(path: str, data: bytes, mode: int) -> None:
    """Write through a temporary file in the same directory, then rename it over ``path``."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".feedback-lint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
