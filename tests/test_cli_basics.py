"""The `followup` command as a whole: help, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from assistant.cli import COMMANDS, SUMMARIES, main, main_group

REPO = Path(__file__).resolve().parent.parent


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def registered() -> list[str]:
    with click.Context(main_group) as ctx:
        return main_group.list_commands(ctx)


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert "Commands:" in out
    names = registered()
    assert {"init", "doctor"} <= set(names)
    for name in names:
        assert f"  {name} " in out or out.rstrip().endswith(f"  {name}")
    for option in ("--config", "--now", "--debug"):
        assert option in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_registered_command_has_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    if name not in registered():
        # Listed but not built yet: it must not appear in --help either.
        code, out, _ = run(["--help"], capsys)
        assert f"  {name} " not in out
        return
    assert SUMMARIES.get(name), f"{name} has no one-line summary for --help"
    with click.Context(main_group) as ctx:
        command = main_group.get_command(ctx, name)
    assert command is not None
    assert (command.help or "").strip(), f"{name} has no help text"
    code, out, err = run([name, "--help"], capsys)
    assert code == 0, err
    assert f"Usage: followup {name}" in out


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["frobnicate"], capsys)
    assert code == 2
    assert "No such command" in err


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["doctor", "--frobnicate"], capsys)
    assert code == 2
    assert "--frobnicate" in err


def test_bad_now_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--now", "next tuesday", "doctor"], capsys)
    assert code == 2
    assert "--now" in err


def test_a_runtime_error_is_one_line_on_stderr_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("# exists\n", encoding="utf-8")
    code, out, err = run(["--config", str(config), "init", "--email", "a@b.c"], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("followup: error: ")
    assert "Traceback" not in err


def test_config_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(tmp_path / "from-env.toml"))
    code, out, _ = run(["doctor"], capsys)
    assert code == 1
    assert f"no config file at {tmp_path / 'from-env.toml'}" in out


def test_default_config_path_is_in_the_isolated_config_dir(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["doctor", "--json"], capsys)
    assert code == 1
    assert os.environ["XDG_CONFIG_HOME"] in out


def test_python_dash_m_and_the_example_config_fail_cleanly() -> None:
    """`python -m assistant --config config.example.toml doctor`: exit 1, no traceback."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "--config", "config.example.toml", "doctor"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "FAIL  imap host" in result.stdout
    help_run = subprocess.run(
        [sys.executable, "-m", "assistant", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert help_run.returncode == 0
    assert "doctor" in help_run.stdout
