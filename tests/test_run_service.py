"""`followup run` as a real process against the real Dovecot: pick-up, one instance, SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_scanning import ats_confirmation


def write_config(path: Path, imap_account) -> Path:
    keys = imap_account.config_keys("starttls")
    path.write_text(
        f"""
[accounts.main]
email = "alex@example.org"
display_name = "Alex Morgan"

[accounts.main.imap]
host = "{keys["host"]}"
port = {keys["port"]}
tls = "starttls"
login = "{keys["login"]}"
password_command = "{keys["password_command"]}"
ca_file = "{keys["ca_file"]}"

[profile]
name = "Alex Morgan"

[notify]
desktop = false
"""
    )
    return path


def start_run(config: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, FOLLOWUP_CONFIG=str(config))
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "run", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def companies(config: Path) -> set[str]:
    env = dict(os.environ, FOLLOWUP_CONFIG=str(config))
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "apps", "list", "--all", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return {a["company"] for a in json.loads(done.stdout)}


def wait_for(predicate, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.25)
    raise AssertionError(f"not within {timeout} s")


@pytest.mark.parametrize("idle", [True, False], ids=["idle", "polling"])
def test_run_picks_up_new_mail_refuses_a_second_instance_and_stops_on_sigterm(
    imap_account, tmp_path, idle
):
    """With IDLE the next scheduled scan is an hour away, so only IDLE can bring the
    second message in; without it, the 5-second schedule does. The waits are bounds
    for a failure, generous for a loaded machine, not speed claims."""
    config = write_config(tmp_path / "config.toml", imap_account)
    imap_account.deliver(ats_confirmation(1, "Brightforge Labs", "Backend Engineer"))
    args = ["--interval", "3600"] if idle else ["--interval", "5", "--no-idle"]
    service = start_run(config, *args)
    try:
        wait_for(lambda: "Brightforge Labs" in companies(config), 60)

        second = start_run(config, *args)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 1
        assert "already running" in err and err.count("\n") == 1

        imap_account.append(ats_confirmation(2, "Cobalt Orchard", "Product Designer"))
        wait_for(lambda: "Cobalt Orchard" in companies(config), 60)

        service.send_signal(signal.SIGTERM)
        _, log = service.communicate(timeout=30)
        assert service.returncode == 0
        assert "stopped after" in log
        assert imap_account.password not in log
    finally:
        if service.poll() is None:
            service.kill()
            service.wait()


def test_run_without_config_is_one_clear_line(tmp_path):
    service = start_run(tmp_path / "missing.toml", "--interval", "5")
    _, err = service.communicate(timeout=30)
    assert service.returncode == 1
    assert err.strip().count("\n") == 0 and "followup init" in err
