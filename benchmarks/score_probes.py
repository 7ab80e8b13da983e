"""Score probe sets (benchmarks/probe_sets) with the packaged model or another one.

    .venv/bin/python benchmarks/score_probes.py [SET.txt ...] [--model FILE] [--errors]

Each set is built in memory as benchmarks/own_mail/build.py builds its messages, then
classified as ``followup classify`` does. Prints, per set: kinds wrong, refusals missed,
invitations missed, and the other mails read as the wrong kind. The sets are our own
writing: their figures are hints about mail the corpus lacks, never headline figures, and
a set the model trained on (``learn.PROBE_SETS``) says nothing about new mail. Without
arguments: every set, the held-out review20.txt first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learn  # noqa: E402

from assistant.core import model  # noqa: E402
from assistant.core.classify import classify  # noqa: E402
from assistant.core.parse import parse  # noqa: E402

HELD_OUT = "review20.txt"


def score(path: Path, kind_model: model.KindModel | None, errors: bool) -> str:
    wrong = {"rejection": 0, "interview_invitation": 0, "other": 0}
    total = {"rejection": 0, "interview_invitation": 0, "other": 0}
    for label, raw in learn.read_probe_set(path):
        analysis = classify(parse(raw), kind_model=kind_model)
        family = label["kind"] if label["kind"] in wrong else "other"
        total[family] += 1
        if str(analysis.kind) != label["kind"]:
            wrong[family] += 1
            if errors:
                print(f"  {label['template_id']}: {label['kind']} -> {analysis.kind}")
    trained = "trained on" if path.name in learn.PROBE_SETS else "never trained on"
    return (
        f"{path.name} ({trained}): kinds wrong {sum(wrong.values())} of {sum(total.values())}; "
        f"refusals missed {wrong['rejection']} of {total['rejection']}, invitations missed "
        f"{wrong['interview_invitation']} of {total['interview_invitation']}, others wrong "
        f"{wrong['other']} of {total['other']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--model", type=Path, help="a kind model file (default: packaged)")
    parser.add_argument("--errors", action="store_true", help="list the wrong mails")
    args = parser.parse_args(argv)
    sets = args.sets or [learn.PROBES / HELD_OUT] + [learn.PROBES / n for n in learn.PROBE_SETS]
    kind_model = model.parse_model(args.model.read_bytes()) if args.model else None
    for path in sets:
        print(score(path, kind_model, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
