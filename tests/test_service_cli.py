"""`followup service`: the unit/agent text, and install/uninstall/status in a temp HOME."""

from __future__ import annotations

import json
import os
import plistlib
import stat
import sys
from pathlib import Path

import pytest

from assistant.adapters import unit_files
from assistant.cli import main


@pytest.fixture
def fake_home(tmp_path, monkeypatch):
    """HOME, XDG dirs and FOLLOWUP_HOME inside tmp_path; no systemctl/launchctl on PATH."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    monkeypatch.setenv("USER", "alex")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))  # only what a test puts there
    return home


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def fake_manager(bin_dir: Path, name: str, log: Path, *, fail_on: str = "", says: str = "") -> None:
    """A stand-in for systemctl/launchctl that records its arguments."""
    script = bin_dir / name
    script.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> "{log}"\n'
        f'case "$*" in *"{fail_on or "never-matches"}"*) '
        'echo "Failed to connect to bus: No medium found" >&2; exit 1;; esac\n'
        f'case "$1 $2" in "--user is-"*) echo "{says}"; exit 0;; esac\n'
        "exit 0\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


# ---------------------------------------------------------------------- pure text


def test_systemd_unit_runs_the_daemon_with_restart_and_environment(tmp_path):
    spec = unit_files.spec_for(
        "/opt/venv/bin/python",
        120,
        {"FOLLOWUP_HOME": str(tmp_path / "state"), "FOLLOWUP_NOW": "2030-01-01", "HOME": "/x"},
        config_path=Path("relative/config.toml"),
    )
    text = unit_files.systemd_unit(spec)
    assert "ExecStart=/opt/venv/bin/python -m assistant run --interval 120\n" in text
    assert "Restart=on-failure\n" in text
    assert f"Environment=FOLLOWUP_HOME={tmp_path / 'state'}\n" in text
    config = Path("relative/config.toml").absolute()
    assert f"Environment=FOLLOWUP_CONFIG={config}\n" in text
    assert "FOLLOWUP_NOW" not in text  # only the config and home are passed through
    assert "WantedBy=default.target" in text
    assert text.splitlines()[1] == "[Unit]"


def test_systemd_words_with_spaces_percent_and_dollar_are_quoted_and_read_back():
    argv = ("/home/a b/venv/bin/python", "-m", "assistant", "run", "--interval", "60")
    spec = unit_files.ServiceSpec(argv, {"FOLLOWUP_HOME": "/data/100% $HOME"})
    text = unit_files.systemd_unit(spec)
    assert 'ExecStart="/home/a b/venv/bin/python" -m assistant' in text
    assert 'Environment="FOLLOWUP_HOME=/data/100%% $$HOME"' in text
    assert unit_files.parse_systemd_exec(text) == argv
    assert unit_files.ServiceSpec(argv).interval == 60


def test_launchd_agent_is_a_valid_plist_that_restarts_on_failure(tmp_path):
    spec = unit_files.spec_for("/usr/local/bin/python3", 300, {"FOLLOWUP_HOME": "/tmp/s"})
    log = unit_files.launchd_log_path(tmp_path)
    agent = plistlib.loads(unit_files.launchd_plist(spec, log).encode())
    assert agent["Label"] == "org.followup.assistant"
    assert agent["ProgramArguments"] == [
        "/usr/local/bin/python3",
        "-m",
        "assistant",
        "run",
        "--interval",
        "300",
    ]
    assert agent["EnvironmentVariables"]["FOLLOWUP_HOME"] == "/tmp/s"
    assert agent["KeepAlive"] == {"SuccessfulExit": False}
    assert agent["RunAtLoad"] is True
    assert agent["StandardErrorPath"] == str(log)


def test_unit_paths_follow_xdg_and_the_macos_layout(tmp_path):
    assert unit_files.systemd_unit_path(tmp_path) == (
        tmp_path / ".config/systemd/user/followup.service"
    )
    assert unit_files.systemd_unit_path(tmp_path, "/cfg") == Path(
        "/cfg/systemd/user/followup.service"
    )
    assert unit_files.launchd_plist_path(tmp_path) == (
        tmp_path / "Library/LaunchAgents/org.followup.assistant.plist"
    )


# ---------------------------------------------------------------------- the command


def test_install_status_uninstall_round_trip_without_starting(fake_home, tmp_path, capsys):
    unit = fake_home / ".config/systemd/user/followup.service"
    assert run(["service", "install", "--no-start", "--interval", "90", "--kind", "systemd"]) == 0
    out = capsys.readouterr().out
    assert unit.is_file()
    text = unit.read_text()
    assert f"ExecStart={sys.executable} -m assistant run --interval 90" in text
    assert f"Environment=FOLLOWUP_HOME={tmp_path / 'state'}" in text
    assert f"Wrote {unit}" in out
    assert "systemctl --user daemon-reload" in out
    assert "systemctl --user enable --now followup.service" in out
    assert "loginctl enable-linger alex" in out
    assert "journalctl --user -u followup -f" in out

    assert run(["service", "status", "--kind", "systemd"]) == 0
    out = capsys.readouterr().out
    assert f"Installed: {unit}" in out
    assert "--interval 90" in out
    assert "systemctl not available" in out
    assert "followup run: not running" in out

    assert run(["service", "status", "--json", "--kind", "systemd"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["installed"] is True
    assert info["interval"] == 90
    assert info["current_python"] is True

    assert run(["service", "uninstall", "--no-stop", "--kind", "systemd"]) == 0
    assert f"Removed {unit}" in capsys.readouterr().out
    assert not unit.exists()
    assert run(["service", "status", "--json", "--kind", "systemd"]) == 0
    assert json.loads(capsys.readouterr().out)["installed"] is False
    assert run(["service", "uninstall", "--kind", "systemd"]) == 0  # twice is fine
    assert "Not installed" in capsys.readouterr().out


def test_install_runs_systemctl_when_present(fake_home, tmp_path, capsys):
    log = tmp_path / "systemctl.log"
    fake_manager(tmp_path / "bin", "systemctl", log, says="active")
    assert run(["service", "install", "--kind", "systemd"]) == 0
    assert "Started." in capsys.readouterr().out
    assert log.read_text().splitlines() == [
        "--user daemon-reload",
        "--user enable --now followup.service",
    ]
    assert run(["service", "status", "--kind", "systemd"]) == 0
    assert "Active: active" in capsys.readouterr().out
    log.unlink()
    assert run(["service", "uninstall", "--kind", "systemd"]) == 0
    assert log.read_text().splitlines() == [
        "--user disable --now followup.service",
        "--user daemon-reload",
    ]


def test_a_failing_systemctl_is_one_line_with_the_steps_left(fake_home, tmp_path, capsys):
    fake_manager(tmp_path / "bin", "systemctl", tmp_path / "log", fail_on="enable")
    assert run(["service", "install", "--kind", "systemd"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith("note: no config file at")  # the service would fail without one
    errors = [line for line in lines if line.startswith("followup: error:")]
    assert len(errors) == 1 and len(lines) == 2
    err = errors[0]
    assert "Failed to connect to bus" in err
    assert "systemctl --user enable --now followup.service" in err
    assert (fake_home / ".config/systemd/user/followup.service").is_file()  # still written


def test_launchd_round_trip(fake_home, tmp_path, capsys):
    log = tmp_path / "launchctl.log"
    fake_manager(tmp_path / "bin", "launchctl", log)
    plist = fake_home / "Library/LaunchAgents/org.followup.assistant.plist"
    assert run(["service", "install", "--kind", "launchd"]) == 0
    out = capsys.readouterr().out
    agent = plistlib.loads(plist.read_bytes())
    assert agent["ProgramArguments"][1:4] == ["-m", "assistant", "run"]
    assert f"launchctl bootstrap gui/{os.getuid()} {plist}" in out
    assert "tail -f " in out and "followup.log" in out
    assert (fake_home / "Library/Logs/followup").is_dir()
    assert run(["service", "uninstall", "--kind", "launchd"]) == 0
    assert not plist.exists()
    assert f"bootout gui/{os.getuid()}/org.followup.assistant" in log.read_text()


def test_status_sees_a_running_daemon_by_its_pid_file(fake_home, tmp_path, capsys):
    state = tmp_path / "state"
    state.mkdir()
    (state / "followup.pid").write_text(f"{os.getpid()}\n")
    assert run(["service", "status", "--kind", "systemd"]) == 0
    assert f"followup run: running (pid {os.getpid()})" in capsys.readouterr().out
