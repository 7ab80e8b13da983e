"""core.known: a message is matched against the applications sharing a key with it,
and that gives the same answer as matching it against all of them."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from assistant.core import track
from assistant.core.known import Known, matchable
from assistant.core.models import Address, Analysis, Kind, Message

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
#: with longer and shorter writings of one name ("Copperfield" / "Copperfield Foods S.A."),
#: which find_application matches by the role
COMPANIES = [
    "Brightline",
    "Brightline Inc.",
    "Copperfield",
    "Dunmore Labs",
    "Copperfield Foods",
    None,
]
DOMAINS = ["brightline.example", "copperfield.example", "dunmore.example", "gmail.com"]
ROLES = ["Data Analyst", "Backend Engineer", None]


def row(n: int, rng: random.Random) -> dict:
    domain = rng.choice(DOMAINS)
    return dict(
        id=n,
        company=rng.choice(COMPANIES),
        role=rng.choice(ROLES),
        status=rng.choice(["applied", "rejected", "interviewing"]),
        requisition_id=rng.choice([None, None, "R-1", "R-2"]),
        contact_email=rng.choice([None, f"hr@{domain}"]),
        thread_message_id=f"<t{n}@{domain}>",
        applied_at=(NOW - timedelta(days=rng.randint(0, 30))).isoformat(),
    )


def message(rng: random.Random, known: Known) -> tuple[Message, Analysis]:
    threads = [m for a in known.apps.values() for m in a.message_ids] + ["<stray@x.example>"]
    refs = tuple(rng.sample(threads, rng.randint(0, 2)))
    sent = Message(
        sender=Address("", f"jobs@{rng.choice(DOMAINS)}"),
        date=NOW - timedelta(days=rng.randint(0, 30)),
        message_id=f"<m{rng.randrange(10**6)}@x.example>",
        in_reply_to=refs[0] if refs else None,
        references=refs,
    )
    analysis = Analysis(
        kind=rng.choice([Kind.APPLICATION_CONFIRMATION, Kind.REJECTION, Kind.OTHER_JOB]),
        company=rng.choice(
            ["Brightline", "Copperfield", "Dunmore Labs", "Copperfield Foods S.A.", "Dunmore", None]
        ),
        role=rng.choice(ROLES),
        requisition_id=rng.choice([None, "R-1", "R-2"]),
    )
    return sent, analysis


def test_matching_the_keyed_applications_is_matching_all_of_them():
    rng = random.Random(11)
    known = Known.of([row(n, rng) for n in range(1, 40)], [], [])
    answers = set()
    longer_or_shorter = 0
    for step in range(400):
        if step % 10 == 0:  # applications change and threads grow, as in a scan
            changed = row(rng.randint(1, 45), rng)
            known.remember(changed)
            known.link(f"<x{step}@x.example>", rng.choice(list(known.apps)))
        sent, analysis = message(rng, known)
        every = list(known.apps.values())
        some = matchable(sent, analysis, known)
        assert len(some) <= len(every)
        found = track.find_application(sent, analysis, every)
        assert track.find_application(sent, analysis, some) == found
        answers.add(type(found).__name__)
        longer_or_shorter += isinstance(found, track.Match) and "same employer (" in found.reason
        assert track.find_application(sent, None, matchable(sent, None, known)) == (
            track.find_application(sent, None, every)
        )
    assert answers == {"Match", "Unsure", "NoneType"}  # every kind of answer was compared
    assert longer_or_shorter  # and matches by a longer or shorter name among them


def test_a_changed_company_leaves_its_old_key():
    rng = random.Random(3)
    known = Known.of([dict(row(1, rng), company="Brightline", contact_email=None)], [], [])
    asks = Message(sender=Address("", "jobs@elsewhere.example"), date=NOW)
    old = Analysis(kind=Kind.REJECTION, company="Brightline")
    assert [a.id for a in matchable(asks, old, known)] == [1]
    known.remember(dict(row(1, rng), company="Copperfield", contact_email=None))
    assert matchable(asks, old, known) == []
    assert [
        a.id for a in matchable(asks, Analysis(kind=Kind.REJECTION, company="Copperfield"), known)
    ] == [1]
