"""Do a handful of corrections of one sender's mail fix that sender's other mail?

    .venv/bin/python benchmarks/corrections.py [CORPUS_DIR] [--folds 10] [--inner 5] [--json]

Reads the labelled corpus (default ../shared/corpus: dev/ and every train/*
slice; nothing of it is copied). The classifier a user would have is the packaged
one, which was trained on this corpus, so it is measured the way
``eval_classifier.py`` measures it: leave-source-out (each message classified by a
model trained without its source, as new mail from a sender never seen). Then the
benchmark plays the user:

- for every sender (the From domain) whose mail that classifier gets wrong at
  least twice, the user corrects a handful of those mistakes (up to 5, always
  leaving at least one): ``followup correct`` with the labelled kind. The local
  refit (``assistant/core/learning.py``) is trained on those corrections alone,
  exactly as ``app/corrections.py`` does, and that sender's *other* messages are
  classified again: accuracy before / after, fixed / broken;
- one refit trained on all those corrections together is applied to every message
  of every other sender: accuracy before / after, and how many changed.

The corpus's senders are small (2 to 13 messages each, mostly one per template),
so the per-sender lines are a handful of messages each; the totals are the figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_classifier import cross_validate  # noqa: E402

from assistant.core import learning  # noqa: E402
from assistant.core.models import Analysis, Kind  # noqa: E402

MOST_CORRECTIONS = 5


@dataclass
class Item:
    file: str
    label: Kind
    sender: str
    analysis: Analysis
    units: tuple[int, ...]

    @property
    def right(self) -> bool:
        return self.analysis.kind is self.label


def load(corpus: Path, folds: int, inner: int) -> list[Item]:
    """Every labelled message with its leave-source-out classification."""
    rows, _, _, _ = cross_validate(corpus, folds, inner)
    return [
        Item(
            str(row["label"]["file"]),
            Kind(row["label"]["kind"]),
            learning.sender_of(row["message"]),
            row["analysis"],
            learning.features(row["message"]),
        )
        for row in rows
    ]


def example(item: Item) -> learning.Example:
    """What ``followup correct --kind LABEL`` teaches the refit."""
    return learning.Example(
        item.label, frozenset(item.units), item.file, item.sender, item.analysis.kind
    )


def after(fitted: learning.Refit, item: Item) -> bool:
    return fitted.adjust(item.analysis, item.units, item.sender).kind is item.label


def measure(items: list[Item]) -> dict[str, Any]:
    by_sender: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_sender[item.sender].append(item)
    senders = []
    all_corrections: list[Item] = []
    for sender, mail in sorted(by_sender.items()):
        wrong = [i for i in mail if not i.right]
        if len(wrong) < 2 or not sender:
            continue
        corrected = wrong[: min(MOST_CORRECTIONS, len(wrong) - 1)]
        all_corrections += corrected
        fitted = learning.refit(example(i) for i in corrected)
        others = [i for i in mail if i not in corrected]
        before_right = sum(i.right for i in others)
        after_right = sum(after(fitted, i) for i in others)
        senders.append(
            {
                "sender": sender,
                "messages": len(mail),
                "corrected": len(corrected),
                "others": len(others),
                "before": before_right,
                "after": after_right,
                "fixed": sum(not i.right and after(fitted, i) for i in others),
                "broken": sum(i.right and not after(fitted, i) for i in others),
            }
        )
    fitted_all = learning.refit(example(i) for i in all_corrections)
    corrected_senders = {s["sender"] for s in senders}
    rest = [i for i in items if i.sender not in corrected_senders]
    changed = [
        i for i in rest if fitted_all.adjust(i.analysis, i.units, i.sender) is not i.analysis
    ]
    return {
        "messages": len(items),
        "similar": learning.SIMILAR,
        "same_sender": learning.SAME_SENDER,
        "senders": senders,
        "totals": {
            key: sum(s[key] for s in senders)
            for key in ("corrected", "others", "before", "after", "fixed", "broken")
        },
        "rest": {
            "messages": len(rest),
            "before": sum(i.right for i in rest),
            "after": sum(after(fitted_all, i) for i in rest),
            "changed": len(changed),
        },
    }


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "0/0"


def report(result: dict[str, Any]) -> str:
    lines = [
        f"{result['messages']} labelled messages, classified leave-source-out "
        f"({result['folds']} folds); refit: nearest corrected example at "
        f"similarity >= {result['similar']} ({result['same_sender']} from the same sender)",
        "",
        "Senders the classifier gets wrong at least twice: correct a handful, "
        "then that sender's other mail",
        f"{'sender':34} {'msgs':>4} {'fixed by you':>12} {'others':>6} "
        f"{'right before':>12} {'right after':>11}",
    ]
    for s in result["senders"]:
        lines.append(
            f"{s['sender'][:34]:34} {s['messages']:>4} {s['corrected']:>12} {s['others']:>6} "
            f"{s['before']:>12} {s['after']:>11}"
        )
    t = result["totals"]
    lines += [
        f"{'all of them':34} {'':>4} {t['corrected']:>12} {t['others']:>6} "
        f"{t['before']:>12} {t['after']:>11}",
        "",
        f"their other mail: right before {_pct(t['before'], t['others'])}, "
        f"after {_pct(t['after'], t['others'])} ({t['fixed']} fixed, {t['broken']} broken)",
    ]
    r = result["rest"]
    lines.append(
        f"every other sender's mail, with all {t['corrected']} corrections learnt: right before "
        f"{_pct(r['before'], r['messages'])}, after {_pct(r['after'], r['messages'])} "
        f"({r['changed']} changed)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--folds", type=int, default=10, help="outer folds (by source)")
    parser.add_argument("--inner", type=int, default=5, help="inner folds (choices)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    result = measure(load(args.corpus, args.folds, args.inner))
    result["folds"] = args.folds
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
