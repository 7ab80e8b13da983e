"""`followup demo`: the whole flow on the bundled sample mailbox, in a temp home only."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from assistant.adapters import paths
from assistant.adapters.store import Store
from assistant.app import demo
from assistant.cli import main

COMPANIES = (
    "Harbor Lane Robotics",
    "Quillstone Analytics",
    "Brightwater Energy",
    "Corvid Logistics",
    "Mapleway Health",
    "Tidepool Studio",
    "Orchard Lane Software",
)


@pytest.fixture
def outside(tmp_path, monkeypatch):
    """A fake user: HOME, XDG dirs, temp dir and working dir, all empty and watched."""
    user = tmp_path / "user"
    for sub in ("home", "tmp", "cwd"):
        (user / sub).mkdir(parents=True)
    home = user / "home"
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    for name in ("FOLLOWUP_HOME", "FOLLOWUP_CONFIG", "FOLLOWUP_NOW"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TMPDIR", str(user / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(user / "tmp"))
    monkeypatch.chdir(user / "cwd")
    return user


def files_under(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file())


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def test_demo_shows_the_whole_flow_and_writes_only_in_its_home(outside, tmp_path, capsys):
    demo_home = tmp_path / "demo-home"
    started = time.monotonic()
    assert run(["demo", "--home", str(demo_home)]) == 0
    elapsed = time.monotonic() - started
    out = capsys.readouterr().out

    assert elapsed < 30
    for company in COMPANIES:  # the applications table shows every sample company
        assert company in out
    assert "rejected" in out and "interviewing" in out
    assert "not job mail" in out  # the newsletter and the shop order
    # the withheld follow-up, with the employer's own words and the alternative
    assert "Withheld" in out
    assert "please do not contact us about the status of your application" in out
    assert "networking note" in out
    # one email exactly as it would be sent, threaded to the recruiter's message
    assert "To: Priya Natarajan <priya.natarajan@quillstone.example>" in out
    assert "Subject: Re: Your application for Data Engineer at Quillstone Analytics" in out
    assert "In-Reply-To: <demo.0002.7f3a@mail.quillstone.example>" in out
    assert "followup drafts approve" in out
    assert "followup init" in out and "docs/providers.md" in out

    # nothing outside the demo's home, and the environment is as it was
    assert files_under(outside) == []
    assert "FOLLOWUP_HOME" not in os.environ
    assert paths.database_path(demo_home).is_file()


def test_demo_records_respect_the_do_not_contact_request(outside, tmp_path, capsys):
    demo_home = tmp_path / "demo-home"
    assert run(["demo", "--home", str(demo_home)]) == 0
    capsys.readouterr()
    store = Store.open(paths.database_path(demo_home))
    try:
        apps = {row["id"]: row for row in store.application_rows()}
        by_company = {
            name: [a for a in apps.values() if name in (a["company"] or "")] for name in COMPANIES
        }
        assert all(by_company[name] for name in COMPANIES), by_company
        (brightwater,) = by_company["Brightwater Energy"]
        assert brightwater["no_follow_up"]
        drafts = store.drafts()
        to_brightwater = [d for d in drafts if d.application_id == brightwater["id"]]
        assert [d.channel for d in to_brightwater] == ["networking"]
        assert not any("brightwater" in (d.to_email or "") for d in drafts)
        (orchard,) = by_company["Orchard Lane Software"]
        assert store.decision(orchard["id"])["action"] == "wait"  # applied four days ago
        (corvid,) = by_company["Corvid Logistics"]
        assert corvid["status"] == "rejected"
        (tidepool,) = by_company["Tidepool Studio"]
        assert tidepool["source"] == "sent"  # found from the résumé mail in Sent
        assert all(d.status in ("pending", "needs_recipient") for d in drafts)  # none sent
    finally:
        store.close()


def test_a_second_run_in_the_same_home_adds_nothing(outside, tmp_path, capsys):
    demo_home = tmp_path / "demo-home"
    assert run(["demo", "--home", str(demo_home)]) == 0
    store = Store.open(paths.database_path(demo_home))
    before = (len(store.application_rows()), len(store.drafts()))
    store.close()
    assert run(["demo", "--home", str(demo_home)]) == 0
    store = Store.open(paths.database_path(demo_home))
    assert (len(store.application_rows()), len(store.drafts())) == before
    store.close()
    assert "In-Reply-To:" in capsys.readouterr().out


def test_without_home_a_temp_dir_is_used_and_removed_unless_kept(outside, capsys):
    assert run(["demo"]) == 0
    assert "removed at the end" in capsys.readouterr().out
    assert list((outside / "tmp").iterdir()) == []

    assert run(["demo", "--keep"]) == 0
    out = capsys.readouterr().out
    (kept,) = (outside / "tmp").iterdir()
    assert kept.name.startswith("followup-demo-")
    assert f"FOLLOWUP_HOME={kept}" in out
    assert paths.database_path(kept).is_file()


def test_refuses_a_home_with_other_peoples_files(outside, tmp_path, capsys):
    real = tmp_path / "real-state"
    real.mkdir()
    (real / "followup.sqlite3").write_bytes(b"precious")
    assert run(["demo", "--home", str(real)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("followup: error:") and len(err.splitlines()) == 1
    assert "not made by `followup demo`" in err
    assert (real / "followup.sqlite3").read_bytes() == b"precious"
    assert sorted(p.name for p in real.iterdir()) == ["followup.sqlite3"]


def test_the_sample_mailbox_becomes_a_maildir(tmp_path):
    maildir = demo.build_maildir(tmp_path / "mail")
    inbox = list((maildir / "cur").iterdir())
    sent = list((maildir / ".Sent" / "cur").iterdir())
    assert len(inbox) + len(sent) == len(demo.sample_files()) >= 10
    assert len(sent) == 1 and sent[0].name.endswith(":2,S")
    assert all((maildir / sub / "tmp").is_dir() for sub in ("", ".Sent"))


def test_python_dash_m_runs_the_demo_in_a_fresh_process(outside, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "demo", "--home", str(tmp_path / "h")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "In-Reply-To: <demo.0002.7f3a@mail.quillstone.example>" in result.stdout
    assert files_under(outside) == []
