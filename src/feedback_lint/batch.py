"""``feedback-lint batch``: lint a JSONL or CSV file of drafts, one JSON result per line out.

Streaming: records are read, linted and written in bounded chunks, so memory does not grow with the
input. With ``jobs > 1`` the chunks go to a pool of worker processes, each of which loads the model
once; results are still written in input order. A record that cannot be read is reported on stderr
with its line number and skipped (or, with ``strict``, ends the run after everything before it).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import threading
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, ContextManager, Iterable, Iterator, Sequence

from .core.draft import Draft
from .core.errors import InputError

if TYPE_CHECKING:
    from .core.config import Config
    from .core.linter import Linter

_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
#: Drafts per chunk handed to a worker (and parsed in one ``nlp.pipe`` stream).
CHUNK = 32
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_JOB = 3
SCORES = ("overall", "specificity", "constructiveness", "tone", "confrontation")


@dataclass(frozen=True)
class Record:
    line: int
    id: Any
    text: str


@dataclass(frozen=True)
class Malformed:
    line: int
    reason: str


@dataclass(frozen=True)
class Outcome:
    """One linted record: its output line and what the summary needs."""

    json_line: str
    verdict: str
    scores: dict[str, int]
    failed: bool


@dataclass
class Summary:
    drafts: int = 0
    malformed: int = 0
    failed: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    score_totals: Counter[str] = field(default_factory=Counter)
    stopped_at: int | None = None

    def add(self, outcome: Outcome) -> None:
        self.drafts += 1
        self.failed += outcome.failed
        self.verdicts[outcome.verdict] += 1
        self.score_totals.update(outcome.scores)

    @property
    def exit_status(self) -> int:
        """As ``check``: 2 if a record could not be read, else 1 if a draft failed, else 0."""
        if self.malformed:
            return 2
        return 1 if self.failed else 0

    def render(self) -> str:
        counts = ", ".join(f"{self.verdicts[v]} {v}" for v in ("send", "review", "block") if self.verdicts[v]) or "none"
        lines = [f"{self.drafts} draft{'s' if self.drafts != 1 else ''} checked: {counts}"]
        if self.malformed:
            lines[0] += f"; {self.malformed} malformed record{'s' if self.malformed != 1 else ''} skipped"
        if self.stopped_at is not None:
            lines[0] += f"; stopped at line {self.stopped_at} (--strict)"
        lines[0] += "."
        if self.drafts:
            means = ", ".join(f"{name} {self.score_totals[name] / self.drafts:.1f}" for name in SCORES)
            lines.append(f"mean scores: {means}.")
        return "\n".join(lines) + "\n"


def input_format(path: str, given: str | None) -> str:
    """The input's format: as given, else from the file name; standard input is JSONL unless given."""
    if given:
        return given
    if path == "-":
        return "jsonl"
    fmt = _SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: cannot tell the format from the name; use --input-format jsonl or csv")
    return fmt


def read_records(
    stream: IO[bytes], fmt: str, *, source: str, text_field: str, id_field: str, max_size: int
) -> Iterator[Record | Malformed]:
    """Records (or the reason one is malformed) from a binary stream, one at a time."""
    rows = _jsonl_rows(stream) if fmt == "jsonl" else _csv_rows(stream, text_field, source)
    for line, row in rows:
        yield row if isinstance(row, Malformed) else _record(line, row, text_field, id_field, max_size)


def _jsonl_rows(stream: IO[bytes]) -> Iterator[tuple[int, dict[str, Any] | Malformed]]:
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield number, Malformed(number, f"not valid UTF-8 (byte {exc.start})")
            continue
        except ValueError as exc:
            yield number, Malformed(number, f"not valid JSON ({exc})")
            continue
        yield number, row if isinstance(row, dict) else Malformed(number, "not a JSON object")


def _csv_rows(stream: IO[bytes], text_field: str, source: str) -> Iterator[tuple[int, dict[str, Any] | Malformed]]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"{source}:1: cannot read the CSV header ({exc})") from None
    if text_field not in header:
        raise InputError(f"{source}: no column {text_field!r} in the CSV header (columns: {', '.join(header)}); use --text-field")
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, Malformed(start, f"not valid CSV ({exc})")
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not values:
            continue
        if len(values) != len(header):
            yield line, Malformed(line, f"{len(values)} fields where the header has {len(header)}")
        else:
            yield line, dict(zip(header, values))


def _record(line: int, row: dict[str, Any], text_field: str, id_field: str, max_size: int) -> Record | Malformed:
    text, record_id = row.get(text_field), row.get(id_field)
    if not isinstance(text, str):
        return Malformed(line, f"no {text_field!r} field" if text is None else f"{text_field!r} is not a string")
    try:
        size = len(text.encode("utf-8"))
        json.dumps(record_id, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return Malformed(line, "not valid UTF-8")
    if not text.strip():
        return Malformed(line, "the draft is empty")
    if size > max_size:
        return Malformed(line, f"the draft is larger than max-size ({max_size} bytes)")
    return Record(line, record_id, text)


def chunks(items: Iterable[Record | Malformed], *, on_malformed: Callable[[Malformed], None], strict: bool) -> Iterator[list[Record]]:
    """Records in chunks of ``CHUNK``; malformed ones go to ``on_malformed`` (and, if ``strict``, end
    the input after the records before them)."""
    chunk: list[Record] = []
    for item in items:
        if isinstance(item, Malformed):
            on_malformed(item)
            if strict:
                break
            continue
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def lint_chunk(linter: "Linter", chunk: Sequence[Record], *, source: str, kind: str, lang: str) -> list[Outcome]:
    drafts = [Draft.from_text(r.text, source=f"{source}:{r.line}") for r in chunk]
    return [
        Outcome(
            json.dumps({"id": record.id, **report.to_dict()}, ensure_ascii=False),
            report.verdict,
            report.scores.to_dict(),
            report.failed,
        )
        for record, report in zip(chunk, linter.lint_drafts(drafts, kind=kind, lang=lang))
    ]


def lint_chunks(
    chunked: Iterable[list[Record]], *, config: "Config", kind: str, lang: str, source: str, jobs: int
) -> Iterator[Outcome]:
    """Outcomes in input order, linted here (``jobs == 1``) or by ``jobs`` worker processes."""
    if jobs == 1:
        from .core.linter import Linter

        linter = Linter(config)
        for chunk in chunked:
            yield from lint_chunk(linter, chunk, source=source, kind=kind, lang=lang)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(config,)) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in chunked:
            pending.append(pool.submit(_worker_lint, chunk, source, kind, lang))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


_worker_linter: "Linter | None" = None


def _start_worker(config: "Config") -> None:
    """In each worker process: build the linter once (the model loads on its first chunk), and leave
    when the main process does, however it ended."""
    global _worker_linter
    from .core.linter import Linter

    threading.Thread(target=_exit_with_parent, daemon=True).start()
    _worker_linter = Linter(config)


def _exit_with_parent() -> None:
    from multiprocessing import connection, parent_process

    parent = parent_process()
    if parent is not None:
        connection.wait([parent.sentinel])
        os._exit(1)


def _worker_lint(chunk: list[Record], source: str, kind: str, lang: str) -> list[Outcome]:
    if _worker_linter is None:
        raise RuntimeError("batch worker used without _start_worker")
    return lint_chunk(_worker_linter, chunk, source=source, kind=kind, lang=lang)


def run(
    path: str,
    *,
    config: "Config",
    kind: str = "auto",
    lang: str = "auto",
    fmt: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    output: str | None = None,
    jobs: int = 1,
    strict: bool = False,
) -> int:
    """Lint every record of ``path`` (``-``: standard input) and write the results to ``output``
    (default: standard output). Malformed records, a progress bar (on a terminal only) and the summary
    go to standard error. Returns the exit status."""
    from tqdm import tqdm

    fmt = input_format(path, fmt)
    summary = Summary()
    progress = tqdm(unit=" drafts", file=sys.stderr, disable=not sys.stderr.isatty(), leave=False)

    def malformed(item: Malformed) -> None:
        summary.malformed += 1
        if strict:
            summary.stopped_at = item.line
        progress.write(f"feedback-lint: error: {path}:{item.line}: {item.reason}", file=sys.stderr)

    with _open_input(path) as stream, _open_output(output) as out, progress:
        records = read_records(stream, fmt, source=path, text_field=text_field, id_field=id_field, max_size=config.max_size)
        chunked = chunks(records, on_malformed=malformed, strict=strict)
        for outcome in lint_chunks(chunked, config=config, kind=kind, lang=lang, source=path, jobs=jobs):
            out.write(outcome.json_line.encode("utf-8") + b"\n")
            summary.add(outcome)
            progress.update()
    sys.stderr.write(summary.render())
    return summary.exit_status


def _open_input(path: str) -> ContextManager[IO[bytes]]:
    if path == "-":
        return contextlib.nullcontext(sys.stdin.buffer)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _open_output(path: str | None) -> ContextManager[IO[bytes]]:
    if path is None:
        return contextlib.nullcontext(sys.stdout.buffer)
    try:
        return open(path, "wb")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
