"""One-shot commands fail fast; the service stops at once: real processes, real timings.

A closed port is a port we bound and released; a server that never answers is a
socket that accepts and stays silent. Limits are generous (the machine is shared);
the figures measured on a quiet machine are in the commit message.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.adapters import paths
from assistant.adapters.store import Store
from tests.test_outbox import add_draft, write_config

#: a one-shot command that meets a closed port ends well within the 30 s a connection
#: may wait; a quiet machine takes about 1 s, a loaded one up to 7 s to start Python
_AT_ONCE = 15


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def silent_server() -> Iterator[tuple[int, threading.Event]]:
    """A port that accepts connections and never says a word; the event marks the first one."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        try:
            while True:
                conn, _ = listener.accept()
                held.append(conn)
                accepted.set()
        except OSError:
            return

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield int(listener.getsockname()[1]), accepted
    finally:
        listener.close()
        for conn in held:
            conn.close()


def config_for(path: Path, imap_port: int, smtp_port: int) -> Path:
    server = (
        'host = "127.0.0.1"\nport = {port}\ntls = "none"\nlogin = "alex"\n'
        'password_command = "echo secret"\n'
    )
    path.write_text(
        '[accounts.main]\nemail = "alex@example.org"\ndisplay_name = "Alex Morgan"\n\n'
        "[accounts.main.imap]\n" + server.format(port=imap_port) + "\n"
        "[accounts.main.smtp]\n" + server.format(port=smtp_port) + "\n"
        '[profile]\nname = "Alex Morgan"\n\n[notify]\ndesktop = false\n'
    )
    return path


def followup(config: Path, *args: str, timeout: float = 60) -> tuple[int, str, str, float]:
    env = dict(os.environ, FOLLOWUP_CONFIG=str(config))
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done.returncode, done.stdout, done.stderr, time.monotonic() - started


def test_scan_against_a_closed_port_fails_at_once_in_one_line(tmp_path):
    config = config_for(tmp_path / "config.toml", closed_port(), closed_port())
    code, out, err, seconds = followup(config, "scan")
    assert code == 1
    assert err.splitlines() == [err.strip()], err  # one line: no retry warnings, no traceback
    assert err.startswith("followup: error: cannot reach 127.0.0.1:")
    assert "Connection refused" in err
    # well below the 30 s connect timeout a retry would wait: the refusal is taken at
    # once; what the time measures is mostly starting Python (5-7 s at a load of 7)
    assert seconds < _AT_ONCE, f"took {seconds:.1f} s"
    assert out == ""


def test_send_with_the_smtp_server_down_stops_at_once_and_keeps_the_draft(
    tmp_path, imap_account, make_smtp_server, isolated_env
):
    smtp = make_smtp_server("starttls")
    config = write_config(tmp_path / "config.toml", imap_account, smtp)
    store = Store.open(paths.database_path(isolated_env.followup_home))
    draft_id = add_draft(store)
    store.close()
    smtp.stop()  # the port is closed now

    code, out, err, seconds = followup(config, "send")
    assert code == 1
    assert seconds < _AT_ONCE, f"took {seconds:.1f} s"
    assert "Connection refused" in err
    assert "retry" not in err.lower() and "trying again" not in err
    store = Store.open(paths.database_path(isolated_env.followup_home))
    try:
        assert store.draft(draft_id).status == "approved"  # sent by the next `send`
    finally:
        store.close()


def wait_until_blocked(process: subprocess.Popen[Any]) -> None:
    """Wait until the process sleeps in a system call (reading a socket or the terminal).

    A signal that lands in the instant between Python's last check for signals and the
    blocking call is only seen when that call returns (here: a 30 s server timeout),
    which tests the race, not what a user's Ctrl-C or `kill` does. Linux shows the
    process state in /proc.
    """
    stat = Path(f"/proc/{process.pid}/stat")
    deadline = time.monotonic() + 30
    asleep = 0
    while asleep < 5:
        assert time.monotonic() < deadline, "the process never waited"
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
        asleep = asleep + 1 if state == "S" else 0
        time.sleep(0.02)


def start_run(config: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, FOLLOWUP_CONFIG=str(config))
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "run", "--no-idle", "--interval", "3600"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop_and_time(process: subprocess.Popen[str]) -> tuple[float, str]:
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        _out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    return time.monotonic() - started, err


def test_run_stops_within_a_second_of_sigterm_while_waiting_to_retry(tmp_path):
    config = config_for(tmp_path / "config.toml", closed_port(), closed_port())
    process = start_run(config)
    assert process.stderr is not None
    line = ""
    deadline = time.monotonic() + 30
    while "cycle failed" not in line and time.monotonic() < deadline:
        line = process.stderr.readline()
    assert "next try in 5 s" in line, line
    seconds, err = stop_and_time(process)
    assert seconds < 2.5, f"took {seconds:.1f} s"
    assert "stopped after 0 cycles" in err


def test_run_stops_within_a_second_of_sigterm_while_a_server_does_not_answer(
    tmp_path, silent_server
):
    port, accepted = silent_server
    config = config_for(tmp_path / "config.toml", port, closed_port())
    process = start_run(config)
    assert accepted.wait(30), "followup run never connected"
    wait_until_blocked(process)  # waiting for a greeting that never comes (timeout: 30 s)
    seconds, err = stop_and_time(process)
    assert seconds < 2.5, f"took {seconds:.1f} s"
    assert "cut short" in err


def test_send_announces_its_bounded_retries_of_a_temporary_failure(
    tmp_path, imap_account, smtp_server, isolated_env
):
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    store = Store.open(paths.database_path(isolated_env.followup_home))
    draft_id = add_draft(store)
    store.close()
    smtp_server.fail_next("451 4.3.0 Try again later", times=5, at="MAIL")

    code, _out, err, seconds = followup(config, "send")
    assert code == 1
    lines = err.splitlines()
    assert sum("trying again in" in line for line in lines) == 2, err
    assert f"followup: draft {draft_id}: temporary failure (451 4.3.0 Try again later" in err
    assert "(attempt 3 of 3)" in err
    assert "gave up after 3 attempts" in err
    assert seconds < 10, f"took {seconds:.1f} s"
    assert smtp_server.messages == []
