"""Train the kind model on the labelled corpus and write assistant/core/data/kind_model.bin.

    .venv/bin/python benchmarks/train_model.py [CORPUS_DIR] [--out FILE] [--folds 5] [--[no-]own]

Reads dev/ and every train/*/ folder of CORPUS_DIR (default ../shared/corpus; or one
labelled folder such as tests/fixtures/heldout), chooses C and the model/rules
threshold by grouped (leave-source-out) cross-validation, fits the confidence
calibration on the out-of-fold predictions, trains on everything and writes the
file. ``--own`` adds the project's own labelled mail (benchmarks/own_mail) and the
probe sets of ``learn.PROBE_SETS`` (each at its weight) as training rows (``--no-own``
leaves both out; the default is ``learn.OWN_BY_DEFAULT``).
Same corpus -> the same bytes. Needs numpy and scikit-learn (the ``train``
extra); the texts themselves are never copied, only hashed feature weights.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learn  # noqa: E402

from assistant.core import model  # noqa: E402

DEFAULT_OUT = learn.ROOT / "assistant" / "core" / "data" / "kind_model.bin"


def train(corpus: Path, folds: int = 5, own: Path | None = None) -> bytes:
    rows = learn.load(corpus, own)
    if not rows:
        raise SystemExit(f"no labelled messages under {corpus}")
    learn.featurize(rows)
    x, y = learn.matrix(rows), learn.labels(rows)
    rules = learn.np.array([learn.CLASSES.index(r.rules_kind) for r in rows])
    groups = [r.group for r in rows]
    strong = learn.np.array([r.strong for r in rows])
    real = learn.real_mail(rows)
    mine = learn.corpus_rows(rows)
    probes = learn.probe_rows(rows)
    choice = learn.choose(
        x,
        y,
        rules,
        strong,
        groups,
        min(folds, len(set(groups))),
        real,
        mine,
        probes,
        learn.people(rows),
    )
    meta = {
        "messages": len(rows),
        "sources": len(set(groups)),
        "corpus": learn.corpus_digest(rows),
        "C": choice.c,
        "temperature": choice.temperature,
        "cv_macro_f1": round(choice.inner_f1, 4),
    }
    if own is not None:
        meta["own_messages"] = sum(r.slice == learn.OWN_SLICE and not r.probe_c for r in rows)
        meta["probe_messages"] = sum(r.probe_c > 0 for r in rows)
        meta["probe_sets"] = dict(learn.PROBE_SETS)
    head, weights = learn.header(learn.train(x, y, choice, probes), choice, meta)
    return model.dump(head, weights)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(learn.ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--own",
        action=argparse.BooleanOptionalAction,
        default=learn.OWN_BY_DEFAULT,
        help=f"add the project's own labelled mail ({learn.OWN.relative_to(learn.ROOT)}) "
        "and the probe sets",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    data = train(Path(args.corpus), args.folds, learn.OWN if args.own else None)
    Path(args.out).write_bytes(data)
    built = model.parse_model(data)
    print(
        f"wrote {args.out} ({len(data) / 1e6:.2f} MB) in {time.perf_counter() - started:.1f} s: "
        f"{built.meta}, thresholds {built.thresholds}, calibration {built.calibration}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
