"""Readers for the public data sets in ``../shared/datasets/`` (never copied into the project)."""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import InputError

#: How many rows of each external set the confrontation model sees (fixed by seed).
PARADETOX_SAMPLE = 2500
SEED = 13


def default_datasets_dir() -> Path:
    for base in (Path.cwd(), *Path.cwd().parents):
        candidate = base.parent / "shared" / "datasets"
        if candidate.is_dir():
            return candidate
        candidate = base / "shared" / "datasets"
        if candidate.is_dir():
            return candidate
    raise InputError("../shared/datasets not found: pass --datasets DIR")


def _require(path: Path) -> Path:
    if not path.is_file():
        raise InputError(f"{path}: data set file not found")
    return path


@dataclass(frozen=True)
class Labelled:
    text: str
    label: int


def stanford_politeness(root: Path) -> list[Labelled]:
    """The paper's binary task: top quartile of the normalised score is polite (1), bottom is impolite (0)."""
    path = _require(root / "stanford-politeness-wikipedia" / "wikipedia.annotated.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(r["Request"], float(r["Normalized Score"])) for r in csv.DictReader(fh)]
    scores = sorted(s for _, s in rows)
    low, high = scores[len(scores) // 4], scores[(3 * len(scores)) // 4]
    return [Labelled(text, 1 if s >= high else 0) for text, s in rows if s >= high or s <= low]


def politeness_strategies(root: Path) -> dict[str, dict[str, object]]:
    """Strategy marker lists from the ConvoKit politeness lexicons (MIT), with where a marker counts."""
    base = root / "convokit-politeness-lexicons"
    markers = json.loads(_require(base / "politeness_local.ngram_markers.json").read_text(encoding="utf-8"))
    starters = json.loads(_require(base / "politeness_local.starter_markers.json").read_text(encoding="utf-8"))
    non_starters = json.loads(_require(base / "politeness_local.non_starter_markers.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, object]] = {}
    for name, words in sorted(markers.items()):
        out[name] = {"markers": sorted(words), "position": "any"}
    for name, words in sorted(starters.items()):
        out[name] = {"markers": sorted(words), "position": "start"}
    for name, words in sorted(non_starters.items()):
        out[name] = {"markers": sorted(words), "position": "not_start"}
    return out


def receptiveness(root: Path) -> list[Labelled]:
    """Bottom quartile of rated receptiveness as confrontational (1), top quartile as receptive (0)."""
    path = _require(root / "receptiveness" / "receptive_train.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(r["text"], float(r["receptive"])) for r in csv.DictReader(fh)]
    scores = sorted(s for _, s in rows)
    low, high = scores[len(scores) // 4], scores[(3 * len(scores)) // 4]
    return [Labelled(text, 1 if s <= low else 0) for text, s in rows if s <= low or s >= high]


def paradetox(root: Path) -> list[Labelled]:
    """Toxic sentences (1) and their first neutral rewrite (0), a fixed random sample."""
    path = _require(root / "paradetox" / "paradetox.tsv")
    pairs: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        for row in reader:
            if len(row) >= 2 and row[0].strip() and row[1].strip():
                pairs.append((row[0], row[1]))
    rng = random.Random(SEED)
    sample = rng.sample(pairs, min(PARADETOX_SAMPLE, len(pairs)))
    return [Labelled(t, 1) for t, _ in sample] + [Labelled(n, 0) for _, n in sample]
