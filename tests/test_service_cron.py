"""`followup service` without a systemd user session: the crontab @reboot line, started now.

systemctl answers as it does in an SSH session or a container ("Failed to connect
to bus"). `crontab` is a stand-in that keeps the table in a file: a test must never
change the crontab of the machine it runs on. What the line runs is real: the
test checks that `followup run` started from it, against the real Dovecot, and
that `status` and `uninstall` see and stop that process.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import time
from pathlib import Path

import pytest

from tests.test_run_service import write_config
from tests.test_service_cli import fake_manager, run


@pytest.fixture
def no_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME in tmp_path; PATH holds a systemctl without a user bus and a file-backed crontab."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "state"))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_manager(bin_dir, "systemctl", tmp_path / "systemctl.log", fail_on="--user")
    table = tmp_path / "crontab.txt"
    crontab = bin_dir / "crontab"
    crontab.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = -l ]; then [ -f "{table}" ] || {{ echo "no crontab for alex" >&2; '
        f'exit 1; }}; cat "{table}"; exit 0; fi\n'
        f'[ "$1" = - ] && cat > "{table}"\n'
    )
    crontab.chmod(crontab.stat().st_mode | stat.S_IEXEC)
    # the stand-ins come first; cat and sh from the system
    monkeypatch.setenv("PATH", os.pathsep.join([str(bin_dir), "/usr/bin", "/bin"]))
    return table


def wait_until(predicate, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "not within the time"
        time.sleep(0.2)


def test_install_falls_back_to_cron_starts_now_and_status_tells_the_truth(
    no_session, tmp_path, imap_account, capsys, monkeypatch
):
    table = no_session
    table.write_text("0 3 * * * backup.sh\n")  # the user's own line stays
    config = write_config(tmp_path / "config.toml", imap_account)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config))
    pid = None
    try:
        assert run(["service", "install", "--interval", "60"]) == 0
        out = capsys.readouterr().out
        assert "No systemd user session here (Failed to connect to bus" in out
        assert "using cron instead" in out
        lines = table.read_text().splitlines()
        assert lines[0] == "0 3 * * * backup.sh"
        assert lines[1].startswith("@reboot ") and "-m assistant run --interval 60" in lines[1]
        assert "crontab line: @reboot" in out and "Started (pid" in out
        cron_file = Path(os.environ["HOME"]) / ".config/followup/followup.cron"
        assert cron_file.read_text().splitlines()[-1] == lines[1]

        state = tmp_path / "state"
        wait_until(lambda: (state / "followup.pid").exists())
        pid = int((state / "followup.pid").read_text())
        wait_until(lambda: "cycle done" in (state / "run.log").read_text())

        assert run(["service", "status", "--json"]) == 0
        info = json.loads(capsys.readouterr().out)
        assert (info["kind"], info["installed"], info["in_crontab"]) == ("cron", True, True)
        assert info["running_pid"] == pid and info["interval"] == 60
        assert run(["service", "status"]) == 0
        out = capsys.readouterr().out
        assert "In your crontab: yes" in out and f"running (pid {pid})" in out

        assert run(["service", "uninstall"]) == 0
        out = capsys.readouterr().out
        assert f"Stopped followup run (pid {pid})" in out
        assert table.read_text() == "0 3 * * * backup.sh\n"
        wait_until(lambda: not (state / "followup.pid").exists(), 10)
        pid = None
        assert run(["service", "status", "--kind", "systemd"]) == 0
        out = capsys.readouterr().out
        assert "Service manager: no systemd user session here" in out
        assert "followup run: not running" in out
    finally:
        if pid is not None:
            os.kill(pid, signal.SIGKILL)


def test_explicit_systemd_without_a_session_points_to_cron(no_session, capsys):
    assert run(["service", "install", "--kind", "systemd"]) == 1
    err = capsys.readouterr().err
    error = [line for line in err.splitlines() if line.startswith("followup: error:")]
    assert len(error) == 1
    assert "Failed to connect to bus" in error[0]
    assert "followup service install --kind cron" in error[0]
