"""`followup apps merge|split|attach` on a real store filled by a real scan."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from assistant.adapters import paths
from assistant.adapters.sources.local import MaildirSource
from assistant.adapters.store import Store
from assistant.app import regrouping
from assistant.app.scanning import Scanner
from assistant.app.unsure import with_unsure
from assistant.core.models import Status
from tests.test_apps_cli import run
from tests.test_scanning import ME, NOW, mail, write_maildir

K = "kestrelworks.example"


def confirmation(n: int, role: str) -> bytes:
    return mail(
        f"Kestrel Works Recruiting <recruiting@{K}>",
        f"Application received: {role}",
        f"Hi Alex,\n\nthanks for applying for the {role} position at Kestrel Works. "
        "We have received your application.\n\nKestrel Works Recruiting\n",
        msgid=f"kw-{n}@{K}",
        when=NOW - timedelta(days=20 - n),
    )


REJECTION = mail(
    f"Ola Berg <ola.berg@{K}>",
    "Your application",
    "Dear Alex,\n\nthank you for your interest in Kestrel Works. Unfortunately we have "
    "decided not to move forward with your application.\n\nOla Berg\n",
    msgid=f"kw-reject@{K}",
    when=NOW - timedelta(days=5),
)


@pytest.fixture
def store(tmp_path, monkeypatch) -> Store:
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(tmp_path / "absent.toml"))
    maildir = tmp_path / "Mail"
    opened = Store.open(paths.database_path())
    scanner = Scanner(opened, own_addresses=[ME], now=NOW)
    # one at a time: a Maildir's file names do not keep the order of delivery
    for raw in (confirmation(0, "Data Analyst"), confirmation(1, "Backend Engineer"), REJECTION):
        write_maildir(maildir, [("", raw)])
        scanner.scan(MaildirSource(maildir))
    return opened


def ids(store: Store) -> dict[str, int]:
    return {a.role or "": a.id for a in store.applications()}


def test_an_unsure_rejection_is_attached_by_the_user_and_the_status_follows(store):
    roles = ids(store)
    assert all(a.status is Status.APPLIED for a in store.applications())
    held = {a.id: a.unsure for a in with_unsure(store, store.applications())}
    assert all(held.values())  # no follow-up is drafted while the question is open
    regrouping.attach(store, roles["Backend Engineer"], f"<kw-reject@{K}>", NOW)
    assert store.application(roles["Backend Engineer"]).status is Status.REJECTED
    assert store.application(roles["Data Analyst"]).status is Status.APPLIED
    for app_id in roles.values():  # the question is settled everywhere
        assert "unsure" not in [e["kind"] for e in store.evidence(app_id)]
    assert [a.unsure for a in with_unsure(store, store.applications())] == [None, None]


def test_merge_and_split_move_mail_and_rederive(store):
    roles = ids(store)
    keep, other = roles["Data Analyst"], roles["Backend Engineer"]
    regrouping.merge(store, keep, other, NOW)
    assert [a.id for a in store.applications()] == [keep]
    moved = {m["message_id"] for m in store.application_messages(keep)}
    assert moved == {f"<kw-0@{K}>", f"<kw-1@{K}>"}
    result = regrouping.split(store, keep, f"<kw-1@{K}>", NOW)
    new_id = result.application_ids[1]
    assert store.application(new_id).role == "Backend Engineer"
    assert {m["message_id"] for m in store.application_messages(new_id)} == {f"<kw-1@{K}>"}


def test_merging_two_employers_needs_force(store, capsys):
    other = store.add_application(NOW, company="Halden Systems", role="QA", applied_at=NOW)
    roles = ids(store)
    argv = ["--now", NOW.isoformat(), "apps", "merge", str(roles["Data Analyst"]), str(other)]
    code, _out, err = run(argv, capsys)
    assert code == 1 and "different employers" in err and "--force" in err
    assert len(err.strip().splitlines()) <= 2
    code, out, err = run([*argv, "--force", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["application_ids"] == [roles["Data Analyst"]]
    assert [a.id for a in Store.open(paths.database_path()).applications()] == [
        roles["Data Analyst"],
        roles["Backend Engineer"],
    ]


def test_own_mail_to_an_employer_with_two_applications_is_asked_about_then_attached(store):
    roles = ids(store)
    follow_up = mail(
        ME,
        "Following up on my application",
        "Dear Kestrel Works team,\n\nI wanted to ask whether my application arrived.\n\nAlex",
        msgid="fu-1@example.org",
        to=f"recruiting@{K}",
        when=NOW - timedelta(days=2),
    )
    maildir = store.path.parent / "Mail2"
    write_maildir(maildir, [("Sent", follow_up)])
    Scanner(store, own_addresses=[ME], now=NOW).scan(MaildirSource(maildir))

    def asked(app_id: int) -> bool:
        return any(
            e["kind"] == "unsure" and e["message_id"] == "<fu-1@example.org>"
            for e in store.evidence(app_id)
        )

    for app_id in roles.values():  # no guess: both are asked, neither counts it
        assert asked(app_id)
        assert store.follow_ups(app_id) == []
    regrouping.attach(store, roles["Data Analyst"], "<fu-1@example.org>", NOW)
    assert not asked(roles["Backend Engineer"]) and not asked(roles["Data Analyst"])
    assert len(store.follow_ups(roles["Data Analyst"])) == 1
    assert store.find_message_by_id("<fu-1@example.org>")["application_id"] == roles["Data Analyst"]
