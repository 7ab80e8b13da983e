"""Score probe sets (benchmarks/probe_sets) with the packaged model or another one.

    .venv/bin/python benchmarks/score_probes.py [SET.txt ...] [--model FILE] [--errors]
                                                [--outcomes]

Each set is built in memory as benchmarks/own_mail/build.py builds its messages, then
classified as ``followup classify`` does. Prints, per set: kinds wrong (and how many of
those are unsure), refusals missed, invitations missed, and the other mails (receipts,
look-alikes) read as the wrong kind. The sets are our own
writing: their figures are hints about mail the corpus lacks, never headline figures, and
a set the model trained on (``learn.PROBE_SETS``) says nothing about new mail. Without
arguments: every set, the held-out ones (``HELD_OUT``) first.

``--outcomes`` also asks what a wrong kind costs the user: each refusal and invitation
goes to the tracker (``intake.incoming``, as a scan would) for an application at that
employer still "applied", once as an answer in the thread of the user's application and
once as fresh mail from the employer's domain. An application that stays "applied" gets
a follow-up drafted when it is due (the user still reviews it), unless the mail is kept
as its latest message and is unsure ("held as unsure"); "replied" gets none.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learn  # noqa: E402

from assistant.core import intake, model  # noqa: E402
from assistant.core.classify import classify  # noqa: E402
from assistant.core.known import Known  # noqa: E402
from assistant.core.learning import is_unsure  # noqa: E402
from assistant.core.models import Status  # noqa: E402
from assistant.core.parse import parse  # noqa: E402

#: the sets never trained on (keep them out of learn.PROBE_SETS)
HELD_OUT = (
    "review20.txt",
    "review21.txt",
    "review22.txt",
    "pt22.txt",
    "fr23.txt",
    "corp25.txt",
    "review24.txt",
    "review26.txt",
)


def score(path: Path, kind_model: model.KindModel | None, errors: bool) -> str:
    wrong = {"rejection": 0, "interview_invitation": 0, "other": 0}
    unsure = 0  # of the wrong: confidence under UNSURE_BELOW, so plan drafts nothing on them
    total = {"rejection": 0, "interview_invitation": 0, "other": 0}
    for label, raw in learn.read_probe_set(path):
        analysis = classify(parse(raw), kind_model=kind_model)
        family = label["kind"] if label["kind"] in wrong else "other"
        total[family] += 1
        if str(analysis.kind) != label["kind"]:
            wrong[family] += 1
            unsure += is_unsure(analysis.confidence)
            if errors:
                print(f"  {label['template_id']}: {label['kind']} -> {analysis.kind}")
    trained = "trained on" if path.name in learn.PROBE_SETS else "never trained on"
    return (
        f"{path.name} ({trained}): kinds wrong {sum(wrong.values())} of {sum(total.values())} "
        f"({unsure} of them unsure); "
        f"refusals missed {wrong['rejection']} of {total['rejection']}, invitations missed "
        f"{wrong['interview_invitation']} of {total['interview_invitation']}, others wrong "
        f"{wrong['other']} of {total['other']}"
    )


#: the user's application in the simulated mailbox, and the user
APPLICATION_ID = "<application-1@candidate.example>"
CANDIDATE = "alex.moreau@example.net"


def outcome(raw: bytes, label: dict, kind_model: model.KindModel | None, thread: bool) -> str:
    """The status an "applied" application at the sender's employer ends in, as a scan
    writes it (``intake.incoming``); ", held as unsure" where the mail is kept with it and
    unsure, so plan drafts nothing until the user confirms or corrects it."""
    if thread:
        raw = f"In-Reply-To: {APPLICATION_ID}\n".encode() + raw
    message = parse(raw)
    analysis = classify(message, kind_model=kind_model)
    sender = message.sender.email if message.sender else "jobs@unknown.example"
    applied = {
        "id": 1,
        "company": label["company"],
        "role": label["role"],
        "status": str(Status.APPLIED),
        "requisition_id": None,
        "contact_email": "jobs@" + sender.rpartition("@")[2],
        "thread_message_id": APPLICATION_ID,
    }
    known = Known.of([applied], [(APPLICATION_ID, 1)], [], own=[APPLICATION_ID])
    now = (message.date or datetime.now(UTC)) + timedelta(days=1)
    writes = intake.incoming(message, analysis, known, own={CANDIDATE}, now=now)
    if writes is None or writes.application_id != 1:
        return str(Status.APPLIED)
    status = writes.fields.get("status")
    if status and status != Status.APPLIED:
        return str(status)
    held = is_unsure(analysis.confidence)
    return str(Status.APPLIED) + (", held as unsure" if held else "")


def outcomes(path: Path, kind_model: model.KindModel | None) -> list[str]:
    lines = []
    for kind in ("rejection", "interview_invitation"):
        for thread in (True, False):
            ends = Counter(
                outcome(raw, label, kind_model, thread)
                for label, raw in learn.read_probe_set(path)
                if label["kind"] == kind
            )
            where = "in the thread of the application" if thread else "as fresh mail"
            counts = ", ".join(f"{status} {n}" for status, n in sorted(ends.items()))
            lines.append(f"  {kind}, {where}: {counts}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--model", type=Path, help="a kind model file (default: packaged)")
    parser.add_argument("--errors", action="store_true", help="list the wrong mails")
    parser.add_argument(
        "--outcomes", action="store_true", help="what the tracker makes of refusals, invitations"
    )
    args = parser.parse_args(argv)
    names = [*HELD_OUT, *learn.PROBE_SETS]
    sets = args.sets or [learn.PROBES / name for name in names]
    kind_model = model.parse_model(args.model.read_bytes()) if args.model else None
    for path in sets:
        print(score(path, kind_model, args.errors))
        if args.outcomes:
            print("\n".join(outcomes(path, kind_model)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
