"""Messages per second for parse + classify on one core (and parse alone, and screen).

    .venv/bin/python benchmarks/classify_speed.py [CORPUS_DIR_OR_FOLDER] [--rounds N]

Reads every .eml under the folder (default ../shared/corpus/dev/messages, falling
back to tests/fixtures/mail), warms the caches once, then times N rounds and
reports the best round, so a busy machine does not hide the real figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.core.classify import classify, screen  # noqa: E402
from assistant.core.parse import parse  # noqa: E402


def best_rate(label: str, work: list[bytes], step, rounds: int) -> float:  # type: ignore[no-untyped-def]
    best = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        for raw in work:
            step(raw)
        elapsed = time.perf_counter() - started
        best = max(best, len(work) / elapsed)
    print(f"{label:32} {best:9.0f} messages/s")
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "corpus" / "dev" / "messages"
    if not default.exists():
        default = ROOT / "tests" / "fixtures" / "mail"
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if (folder / "dev" / "messages").is_dir():
        folder = folder / "dev" / "messages"
    files = sorted(folder.rglob("*.eml"))
    if not files:
        print(f"no .eml files under {folder}", file=sys.stderr)
        return 1
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    work = [path.read_bytes() for path in files]
    heads = [raw.split(b"\n\n", 1)[0] for raw in work]
    for raw in work:  # compile patterns, fill caches
        classify(parse(raw))
    print(f"{len(work)} messages from {folder}, best of {args.rounds} rounds, one core")
    best_rate("parse", work, parse, args.rounds)
    best_rate("parse + screen (headers only)", heads, lambda raw: screen(parse(raw)), args.rounds)
    rate = best_rate("parse + classify", work, lambda raw: classify(parse(raw)), args.rounds)
    print(f"target >= 1000 messages/s: {'met' if rate >= 1000 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
