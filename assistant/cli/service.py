"""`followup service install|uninstall|status`: run `followup run` in the background.

Linux gets a systemd *user* unit, macOS a launchd agent. The file text comes
from :mod:`assistant.adapters.unit_files`; this module writes it, runs ``systemctl`` or
``launchctl`` (unless ``--no-start``), and says what it did and how to see logs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from assistant.adapters import unit_files
from assistant.cli.context import emit_json, get_app
from assistant.errors import FollowupError

KINDS = ("systemd", "launchd")


@dataclass(frozen=True)
class Target:
    """Where the service file of one kind lives, and how to start, stop and watch it."""

    kind: str
    path: Path
    home: Path

    @property
    def manager(self) -> str:
        return "systemctl" if self.kind == "systemd" else "launchctl"

    def text(self, spec: unit_files.ServiceSpec) -> str:
        if self.kind == "systemd":
            return unit_files.systemd_unit(spec)
        return unit_files.launchd_plist(spec, unit_files.launchd_log_path(self.home))

    def start_commands(self) -> list[list[str]]:
        if self.kind == "systemd":
            return unit_files.systemd_start_commands()
        return unit_files.launchd_start_commands(self.path, os.getuid())

    def stop_commands(self) -> list[list[str]]:
        if self.kind == "systemd":
            return unit_files.systemd_stop_commands()
        return unit_files.launchd_stop_commands(os.getuid())

    def log_command(self) -> str:
        if self.kind == "systemd":
            return unit_files.systemd_log_command()
        return unit_files.launchd_log_command(self.home)

    def argv_in_file(self) -> tuple[str, ...] | None:
        text = self.path.read_text(encoding="utf-8")
        if self.kind == "systemd":
            return unit_files.parse_systemd_exec(text)
        return unit_files.parse_launchd_argv(text)


def _target(kind: str | None) -> Target:
    home = Path.home()
    if kind is None:
        if sys.platform == "darwin":
            kind = "launchd"
        elif sys.platform.startswith("linux"):
            kind = "systemd"
        else:
            raise FollowupError(
                f"`followup service` knows systemd (Linux) and launchd (macOS), not {sys.platform}",
                hint="run `followup run` from your own startup mechanism instead",
            )
    if kind == "systemd":
        path = unit_files.systemd_unit_path(home, os.environ.get("XDG_CONFIG_HOME"))
    else:
        path = unit_files.launchd_plist_path(home)
    return Target(kind, path, home)


def _run(argv: list[str], *, prefer_stdout: bool = False) -> tuple[int, str]:
    """Run a service-manager command; (exit code, the first line it printed).

    The line comes from stderr (where errors go) unless ``prefer_stdout``.
    """
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return 1, str(exc)
    streams = (result.stdout, result.stderr) if prefer_stdout else (result.stderr, result.stdout)
    output = (streams[0].strip() or streams[1].strip()).splitlines()
    return result.returncode, output[0] if output else ""


kind_option = click.option(
    "--kind",
    type=click.Choice(KINDS),
    hidden=True,
    help="Write this kind of service file whatever the platform (for tests).",
)


@click.group("service")
def command() -> None:
    """Install or remove the background service (`followup run` on a schedule).

    Linux: a systemd user unit (~/.config/systemd/user/followup.service).
    macOS: a launchd agent (~/Library/LaunchAgents/org.followup.assistant.plist).
    """


@command.command("install")
@click.option(
    "--interval",
    type=click.IntRange(min=1),
    default=unit_files.DEFAULT_INTERVAL,
    show_default=True,
    help="Seconds between scans.",
)
@click.option("--no-start", is_flag=True, help="Only write the file; do not enable or start it.")
@kind_option
def install(interval: int, no_start: bool, kind: str | None) -> None:
    """Write the service file and (unless --no-start) enable and start it."""
    app = get_app()
    target = _target(kind)
    home_env = os.environ.get("FOLLOWUP_HOME")
    spec = unit_files.spec_for(
        sys.executable,
        interval,
        os.environ,
        config_path=app.config_path,
        home=Path(home_env) if home_env else None,
    )
    if app.config_path is None and not app.resolved_config_path.exists():
        click.echo(
            f"note: no config file at {app.resolved_config_path} yet; "
            "run `followup init` before the service starts, or it will fail.",
            err=True,
        )
    target.path.parent.mkdir(parents=True, exist_ok=True)
    replaced = target.path.exists()
    target.path.write_text(target.text(spec), encoding="utf-8")
    if target.kind == "launchd":
        unit_files.launchd_log_path(target.home).parent.mkdir(parents=True, exist_ok=True)
    click.echo(f"{'Replaced' if replaced else 'Wrote'} {target.path}")
    click.echo(f"  runs: {unit_files.shell_line(spec.argv)}")
    for name in sorted(spec.environment):
        shown = "(this shell's, so password commands are found)" if name == "PATH" else None
        click.echo(f"  with: {name}={shown or spec.environment[name]}")
    steps = target.start_commands()
    started = False
    if no_start:
        click.echo("Not started (--no-start). To start it:")
        for step in steps:
            click.echo(f"  {unit_files.shell_line(step)}")
    elif shutil.which(target.manager) is None:
        click.echo(f"{target.manager} not found; to start it later:")
        for step in steps:
            click.echo(f"  {unit_files.shell_line(step)}")
    else:
        if target.kind == "launchd" and replaced:
            for step in target.stop_commands():
                _run(step)  # an older copy may be loaded; bootstrap would refuse
        for step in steps:
            code, output = _run(step)
            click.echo(f"  $ {unit_files.shell_line(step)}" + (f"  ({output})" if output else ""))
            if code != 0:
                remaining = steps[steps.index(step) :]
                raise FollowupError(
                    f"wrote {target.path}, but `{unit_files.shell_line(step)}` failed: "
                    f"{output or f'exit code {code}'}",
                    hint="run: " + " && ".join(unit_files.shell_line(s) for s in remaining),
                )
        started = True
        click.echo("Started.")
    if target.kind == "systemd":
        user = os.environ.get("USER") or "$USER"
        click.echo(
            "To keep it running when you are logged out (and start it at boot): "
            f"loginctl enable-linger {user}"
        )
    click.echo(f"Logs: {target.log_command()}")
    click.echo("Status: followup service status")
    if started:
        click.echo("You will be told when drafts wait; approve them with `followup review`.")


@command.command("uninstall")
@click.option("--no-stop", is_flag=True, help="Only remove the file; do not stop the service.")
@kind_option
def uninstall(no_stop: bool, kind: str | None) -> None:
    """Stop the service and remove its file."""
    target = _target(kind)
    if not target.path.exists():
        click.echo(f"Not installed (no {target.path}).")
        return
    if not no_stop and shutil.which(target.manager) is not None:
        for step in target.stop_commands():
            code, output = _run(step)
            click.echo(f"  $ {unit_files.shell_line(step)}" + (f"  ({output})" if output else ""))
    target.path.unlink()
    click.echo(f"Removed {target.path}")
    if not no_stop and target.kind == "systemd" and shutil.which("systemctl") is not None:
        _run(["systemctl", "--user", "daemon-reload"])
    elif no_stop:
        click.echo("Not stopped (--no-stop); a running copy keeps running until you stop it:")
        for step in target.stop_commands():
            click.echo(f"  {unit_files.shell_line(step)}")


@command.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@kind_option
def status(as_json: bool, kind: str | None) -> None:
    """Whether the service is installed, enabled and running."""
    app = get_app()
    target = _target(kind)
    info: dict[str, Any] = {
        "kind": target.kind,
        "path": str(target.path),
        "installed": target.path.exists(),
        "command": None,
        "interval": None,
        "current_python": None,
        "enabled": None,
        "active": None,
        "running_pid": _running_pid(app.home),
        "logs": target.log_command(),
    }
    if info["installed"]:
        argv = target.argv_in_file()
        if argv:
            info["command"] = list(argv)
            info["interval"] = unit_files.ServiceSpec(argv).interval
            info["current_python"] = argv[0] == sys.executable
    if shutil.which(target.manager) is not None:
        if target.kind == "systemd":
            info["enabled"] = _systemctl_word("is-enabled")
            info["active"] = _systemctl_word("is-active")
        elif info["installed"]:
            code, _ = _run(["launchctl", "print", f"gui/{os.getuid()}/{unit_files.LAUNCHD_LABEL}"])
            info["active"] = "loaded" if code == 0 else "not loaded"
    if as_json:
        emit_json(info)
        return
    if info["installed"]:
        click.echo(f"Installed: {target.path}")
        if info["command"]:
            click.echo(f"  runs: {unit_files.shell_line(info['command'])}")
        if info["current_python"] is False:
            click.echo(
                "  note: it runs another Python than this followup "
                f"({sys.executable}); `followup service install` again to update it"
            )
    else:
        click.echo(f"Not installed ({target.path} does not exist).")
    if info["enabled"] is not None:
        click.echo(f"Enabled: {info['enabled']}")
    if info["active"] is not None:
        click.echo(f"Active: {info['active']}")
    if info["enabled"] is None and info["active"] is None:
        click.echo(f"Service manager: {target.manager} not available here.")
    pid = info["running_pid"]
    click.echo(
        f"followup run: running (pid {pid}) on {app.home}"
        if pid
        else f"followup run: not running on {app.home}"
    )
    if info["installed"]:
        click.echo(f"Logs: {info['logs']}")


def _systemctl_word(verb: str) -> str:
    """`systemctl --user is-enabled|is-active followup.service`: its one-word answer."""
    code, output = _run(
        ["systemctl", "--user", verb, unit_files.SYSTEMD_UNIT_NAME], prefer_stdout=True
    )
    word = output.split()[0] if output else ""
    if word in _SYSTEMCTL_WORDS:
        return word
    return f"unknown ({output})" if output else "unknown"


_SYSTEMCTL_WORDS = frozenset(
    {
        "enabled",
        "disabled",
        "static",
        "masked",
        "linked",
        "not-found",
        "active",
        "inactive",
        "failed",
        "activating",
        "deactivating",
        "reloading",
    }
)


def _running_pid(home: Path) -> int | None:
    """The pid `followup run` wrote into the state dir, if that process is alive."""
    from assistant.adapters import paths

    pid_file = paths.lock_path(home).with_suffix(".pid")
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, owned by someone else
    except OSError:
        return None
    return pid
