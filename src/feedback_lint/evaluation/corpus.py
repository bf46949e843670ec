"""Load the labelled corpus (``corpus/drafts/*.jsonl``) and assign each draft its fixed split.

The split is a stable hash of the draft's id, so adding drafts never moves an existing one:
70 % train, 15 % dev, 15 % test. The test split is read only by ``evaluate --split test``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..core.errors import InputError

SPLITS = ("train", "dev", "test")


def split_of(draft_id: str) -> str:
    """The fixed split of a draft id.

    >>> split_of("req-good-001") in SPLITS
    True
    """
    bucket = int(hashlib.sha256(draft_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def shard_of(draft_id: str) -> str:
    """The corpus shard a draft id names (a batch of drafts written together): ``fb-r20`` of ``fb-r20-022``.

    >>> shard_of("fb-r20-022")
    'fb-r20'
    """
    return draft_id.rsplit("-", 1)[0]


@dataclass(frozen=True)
class LabelledDraft:
    id: str
    kind: str
    language: str
    format: str
    text: str
    specificity: int
    constructiveness: int
    confrontation: int
    overall: int
    confrontational_spans: tuple[tuple[int, int], ...]
    vague_spans: tuple[tuple[int, int], ...]
    fine: bool
    fairness: bool = False
    #: Character ranges of each reference to a protected characteristic (empty when ``fairness`` is false).
    fairness_spans: tuple[tuple[int, int], ...] = ()
    #: Character ranges of each concrete, checkable detail; None when the draft is not labelled for them.
    specific_spans: tuple[tuple[int, int], ...] | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def split(self) -> str:
        return split_of(self.id)


def _offsets(text: str, spans: list[str], where: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    seen: dict[str, int] = {}
    for span in spans:
        n = seen.get(span, 0)
        at = -1
        for _ in range(n + 1):
            at = text.find(span, at + 1)
            if at < 0:
                raise InputError(f"{where}: span {span!r} is not in the text")
        seen[span] = n + 1
        out.append((at, at + len(span)))
    return tuple(out)


def default_corpus_dir() -> Path:
    """``corpus/`` of the source checkout (the corpus is not part of the installed package)."""
    for base in (Path.cwd(), *Path.cwd().parents):
        if (base / "corpus" / "drafts").is_dir():
            return base / "corpus"
    here = Path(__file__).resolve()
    for base in here.parents:
        if (base / "corpus" / "drafts").is_dir():
            return base / "corpus"
    raise InputError("corpus/drafts not found: run from the feedback-lint source checkout or pass --corpus")


def load_corpus(directory: Path | None = None, *, splits: tuple[str, ...] = SPLITS) -> list[LabelledDraft]:
    directory = directory or default_corpus_dir()
    drafts: list[LabelledDraft] = []
    for path in sorted((directory / "drafts").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: invalid JSON ({exc.msg})") from None
            d = LabelledDraft(
                id=row["id"], kind=row["kind"], language=row["language"], format=row["format"], text=row["text"],
                specificity=row["specificity"], constructiveness=row["constructiveness"],
                confrontation=row["confrontation"], overall=row["overall"],
                confrontational_spans=_offsets(row["text"], row.get("confrontational_spans", []), where),
                vague_spans=_offsets(row["text"], row.get("vague_spans", []), where),
                fine=bool(row.get("fine", False)), fairness=bool(row.get("fairness", False)),
                fairness_spans=_offsets(row["text"], row.get("fairness_spans", []), where),
                specific_spans=None if row.get("specific_spans") is None else _offsets(row["text"], row["specific_spans"], where),
            )
            if d.split in splits:
                drafts.append(d)
    return drafts


def iter_split(split: str, directory: Path | None = None) -> Iterator[LabelledDraft]:
    yield from load_corpus(directory, splits=(split,))
