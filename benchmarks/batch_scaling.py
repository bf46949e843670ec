"""How ``feedback-lint batch`` scales: wall time with 1 and 2 jobs, peak memory with 10x the drafts.

Not a test: it prints figures for the README. Run it from the repository root, after
``pip install -e '.[bench]'`` (psutil measures the memory of the whole process tree):

    python benchmarks/batch_scaling.py

It writes 2,000 and 20,000 drafts (made from examples/ and corpus/drafts/*.jsonl, varied: names,
greetings, order of paragraphs, a sentence borrowed from another draft; no network) to a temporary
directory, then runs ``feedback-lint batch`` as a user would, in a subprocess:

* ``--jobs 1`` and ``--jobs 2`` on 2,000 drafts: wall times and the speed-up (target: at least 1.6
  on a 2-core machine);
* ``--jobs 2`` on 2,000 and on 20,000 drafts: peak resident memory of the process and all its
  workers, sampled every 20 ms, and the ratio (target: within 10 %).

With ``--repeat N`` the two timed runs on the small input are each made N times and the fastest is
kept, which helps on a machine that is also doing other work.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["Sam", "Ana", "José", "Priya", "Lena", "Marek", "Chloé", "Tomasz", "Aiko", "Dara", "Noor", "Kofi"]
GREETINGS = ["Hi {}", "Dear {}", "Hello {}", "Hej {}", "Good morning {}"]
SPEED_UP_TARGET = 1.6
MEMORY_TARGET = 0.10


def source_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").iterdir()) if p.suffix in (".txt", ".md")]
    for path in sorted((ROOT / "corpus" / "drafts").glob("*.jsonl")):
        texts.extend(json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return texts


def vary(text: str, other: str, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) > 3 and rng.random() < 0.5:
        middle = paragraphs[1:-1]
        rng.shuffle(middle)
        paragraphs = [paragraphs[0], *middle, paragraphs[-1]]
    first_line, _, rest = paragraphs[0].partition("\n")
    if first_line.rstrip(",").split(" ")[0] in ("Hi", "Dear", "Hello", "Hej"):
        paragraphs[0] = rng.choice(GREETINGS).format(rng.choice(NAMES)) + "," + ("\n" + rest if rest else "")
    borrowed = [s for s in other.replace("\n", " ").split(". ") if 20 < len(s) < 200]
    if borrowed and len(paragraphs) > 2:
        paragraphs.insert(len(paragraphs) - 1, rng.choice(borrowed).strip().rstrip(".") + ".")
    return "\n\n".join(paragraphs) + "\n"


def write_drafts(path: Path, count: int, texts: list[str], seed: int = 5) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = vary(rng.choice(texts), rng.choice(texts), rng)
            out.write(json.dumps({"id": f"draft-{i:05d}", "text": text}, ensure_ascii=False) + "\n")


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_batch(drafts: Path, jobs: int, workdir: Path) -> tuple[float, int, str]:
    """Wall time, peak RSS of the process tree, and the summary line of one ``feedback-lint batch`` run."""
    command = [sys.executable, "-m", "feedback_lint", "batch", str(drafts), "--jobs", str(jobs), "--output", str(workdir / "out.jsonl")]
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(proc.pid)
    stderr: list[bytes] = []
    reader = threading.Thread(target=lambda: stderr.append(proc.stderr.read()))
    reader.start()
    while proc.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.02)
    elapsed = time.perf_counter() - started
    reader.join()
    text = b"".join(stderr).decode("utf-8")
    if proc.returncode not in (0, 1):
        raise SystemExit(f"feedback-lint batch failed ({proc.returncode}):\n{text}")
    return elapsed, peak, text.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=2_000, help="drafts in the small input (default 2,000)")
    parser.add_argument("--large", type=int, default=20_000, help="drafts in the large input (default 20,000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each timing; the fastest is kept (default 1)")
    args = parser.parse_args()

    texts = source_texts()
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; {len(texts)} source texts")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        small, large = workdir / "small.jsonl", workdir / "large.jsonl"
        write_drafts(small, args.small, texts)
        write_drafts(large, args.large, texts)

        def measure(drafts: Path, count: int, jobs: int, repeat: int) -> tuple[float, int]:
            runs = [run_batch(drafts, jobs, workdir) for _ in range(repeat)]
            elapsed, peak = min(r[0] for r in runs), max(r[1] for r in runs)
            print(f"{count:>6} drafts, --jobs {jobs}: {elapsed:7.1f} s, peak RSS {peak / 2**20:6.0f} MiB   ({runs[0][2]})", flush=True)
            return elapsed, peak

        one, _ = measure(small, args.small, 1, args.repeat)
        two, rss_small = measure(small, args.small, 2, args.repeat)
        _, rss_large = measure(large, args.large, 2, 1)

    speed_up = one / two
    ratio = rss_large / rss_small
    print(f"speed-up with 2 jobs: {speed_up:.2f} (target >= {SPEED_UP_TARGET}): {'met' if speed_up >= SPEED_UP_TARGET else 'NOT met'}")
    print(
        f"peak RSS {args.large} vs {args.small} drafts: {ratio:.3f} (target within {MEMORY_TARGET:.0%}): "
        f"{'met' if abs(ratio - 1) <= MEMORY_TARGET else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
