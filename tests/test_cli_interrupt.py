"""Ctrl-C says what was kept and exits 130; usage errors are one line (exit 2). Real processes."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.adapters import paths
from assistant.adapters.store import Store
from tests.test_fail_fast import (  # noqa: F401
    closed_port,
    config_for,
    silent_server,
    wait_until_blocked,
)
from tests.test_outbox import add_draft, write_config


def start(config: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "--config", str(config), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def read_until(
    process: subprocess.Popen[bytes], marker: bytes, seen: bytearray, times: int = 1
) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    while seen.count(marker) < times:
        assert time.monotonic() < deadline, seen.decode(errors="replace")
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            assert chunk, seen.decode(errors="replace")
            seen.extend(chunk)


def interrupt(process: subprocess.Popen[bytes]) -> str:
    wait_until_blocked(process)
    process.send_signal(signal.SIGINT)
    try:
        _out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    return err.decode()


def test_ctrl_c_in_scan_says_what_was_kept_and_exits_130(tmp_path, silent_server):  # noqa: F811
    port, accepted = silent_server
    process = start(config_for(tmp_path / "c.toml", port, closed_port()), "scan")
    assert accepted.wait(30)
    err = interrupt(process)
    assert process.returncode == 130
    assert err.strip().splitlines() == [
        "Interrupted: every batch read so far is saved; the next scan goes on from there."
    ]


def test_ctrl_c_in_review_keeps_the_decisions_made(
    tmp_path, imap_account, smtp_server, isolated_env
):
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    store = Store.open(paths.database_path(isolated_env.followup_home))
    first = add_draft(store, approve=False)
    second = add_draft(store, approve=False)
    store.close()
    process = start(config, "review")
    assert process.stdin is not None
    seen = bytearray()
    read_until(process, b"[q]uit", seen)
    process.stdin.write(b"a\n")
    process.stdin.flush()
    read_until(process, b"[q]uit", seen, times=2)  # the second draft's prompt
    err = interrupt(process)
    assert process.returncode == 130
    assert (
        err.strip()
        .splitlines()[-1]
        .startswith(
            "Interrupted: every draft you already approved, edited, snoozed or discarded is saved"
        )
    )
    store = Store.open(paths.database_path(isolated_env.followup_home))
    try:
        statuses = {d.id: str(getattr(d.status, "value", d.status)) for d in store.drafts()}
    finally:
        store.close()
    assert statuses[first] == "approved" and statuses[second] == "pending"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["scan", "--no-such-flag"],
            "No such option '--no-such-flag' (see `followup scan --help`)",
        ),
        (["nosuch"], "No such command 'nosuch' (see `followup --help`)"),
        (["drafts", "snooze", "1"], "Missing option '--until'"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(tmp_path, args, words):
    done = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, FOLLOWUP_CONFIG=str(tmp_path / "none.toml")),
    )
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("followup: error: ") and words in lines[0]


def test_input_that_ends_at_a_prompt_is_one_line_not_an_interruption(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "--config", str(tmp_path / "c.toml"), "init"],
        input="alex@example.org\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "followup: error: no answer (standard input ended)"
    )
    assert not (tmp_path / "c.toml").exists()
