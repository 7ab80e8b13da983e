"""`followup service` as a use case: how `followup run` starts by itself, and whether it runs.

Three mechanisms: a systemd *user* unit (Linux with a user session), a launchd
agent (macOS), and a crontab ``@reboot`` line where there is no systemd user
session (SSH-only servers, WSL, containers), which also starts ``followup run``
at once. The file texts are :mod:`assistant.adapters.unit_files`; this module
writes them, runs ``systemctl``/``launchctl``/``crontab``, and reports what it
did. ``status`` asks the service manager and the pid file, and says so when a
manager cannot be asked.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.adapters import paths, unit_files
from assistant.errors import FollowupError

KINDS = ("systemd", "launchd", "cron")
DEFAULT_INTERVAL = unit_files.DEFAULT_INTERVAL
shell_line = unit_files.shell_line


@dataclass(frozen=True)
class Target:
    """Where the service file of one kind lives, and how to start, stop and watch it."""

    kind: str
    path: Path
    home: Path
    state: Path  # FOLLOWUP_HOME: the pid file, cron's log

    @property
    def manager(self) -> str:
        return {"systemd": "systemctl", "launchd": "launchctl", "cron": "crontab"}[self.kind]

    def text(self, spec: unit_files.ServiceSpec) -> str:
        if self.kind == "systemd":
            return unit_files.systemd_unit(spec)
        if self.kind == "cron":
            return unit_files.cron_file(spec, unit_files.cron_log_path(self.state))
        return unit_files.launchd_plist(spec, unit_files.launchd_log_path(self.home))

    def start_commands(self) -> list[list[str]]:
        if self.kind == "systemd":
            return unit_files.systemd_start_commands()
        if self.kind == "launchd":
            return unit_files.launchd_start_commands(self.path, os.getuid())
        return []

    def stop_commands(self) -> list[list[str]]:
        if self.kind == "systemd":
            return unit_files.systemd_stop_commands()
        if self.kind == "launchd":
            return unit_files.launchd_stop_commands(os.getuid())
        return []

    def log_command(self) -> str:
        if self.kind == "systemd":
            return unit_files.systemd_log_command()
        if self.kind == "cron":
            return f"tail -f {unit_files.cron_log_path(self.state)}"
        return unit_files.launchd_log_command(self.home)

    def argv_in_file(self) -> tuple[str, ...] | None:
        text = self.path.read_text(encoding="utf-8")
        if self.kind == "systemd":
            return unit_files.parse_systemd_exec(text)
        if self.kind == "cron":
            return unit_files.parse_cron_argv(text)
        return unit_files.parse_launchd_argv(text)


def target(kind: str) -> Target:
    home = Path.home()
    xdg = os.environ.get("XDG_CONFIG_HOME")
    if kind == "systemd":
        path = unit_files.systemd_unit_path(home, xdg)
    elif kind == "cron":
        path = unit_files.cron_path(home, xdg)
    else:
        path = unit_files.launchd_plist_path(home)
    return Target(kind, path, home, paths.home_dir())


def choose(kind: str | None) -> tuple[Target, str | None]:
    """The target to install, and why the platform's usual one is not used (or None)."""
    if kind is not None:
        return target(kind), None
    if sys.platform == "darwin":
        return target("launchd"), None
    if sys.platform.startswith("linux"):
        problem = systemd_session_problem()
        if problem is None:
            return target("systemd"), None
        return target("cron"), f"no systemd user session here ({problem})"
    return target("cron"), f"no systemd or launchd on {sys.platform}"


def installed(kind: str | None) -> Target:
    """For status and uninstall: the given kind, else the one whose file exists."""
    if kind is not None:
        return target(kind)
    for candidate in KINDS:
        found = target(candidate)
        if found.path.exists():
            return found
    return choose(None)[0]


def run_command(argv: list[str], *, prefer_stdout: bool = False, text_in: str | None = None):
    """Run a service-manager command; (exit code, the first line it printed).

    The line comes from stderr (where errors go) unless ``prefer_stdout``.
    """
    try:
        result = subprocess.run(
            argv, capture_output=True, text=True, timeout=60, check=False, input=text_in
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return 1, str(exc)
    streams = (result.stdout, result.stderr) if prefer_stdout else (result.stderr, result.stdout)
    output = (streams[0].strip() or streams[1].strip()).splitlines()
    return result.returncode, output[0] if output else ""


def systemd_session_problem() -> str | None:
    """None when ``systemctl --user`` can reach a user manager; else why not, in its words."""
    if shutil.which("systemctl") is None:
        return "systemctl not found"
    code, output = run_command(["systemctl", "--user", "show-environment"])
    return None if code == 0 else (output or f"systemctl --user exit code {code}")


# -- install ------------------------------------------------------------------------------


@dataclass
class InstallReport:
    target: Target
    spec: unit_files.ServiceSpec
    replaced: bool = False
    #: why the usual mechanism was not used (no systemd user session, say)
    fallback: str | None = None
    #: (command line, its first output line) for every command run
    ran: list[tuple[str, str]] = field(default_factory=list)
    #: commands the user still has to run (the manager is missing, or --no-start)
    pending: list[str] = field(default_factory=list)
    started: bool = False
    pid: int | None = None
    cron_line: str | None = None


def spec_for(interval: int, config_path: Path | None) -> unit_files.ServiceSpec:
    home_env = os.environ.get("FOLLOWUP_HOME")
    return unit_files.spec_for(
        sys.executable,
        interval,
        os.environ,
        config_path=config_path,
        home=Path(home_env) if home_env else None,
    )


def install(
    chosen: Target, spec: unit_files.ServiceSpec, *, start: bool, fallback: str | None = None
) -> InstallReport:
    """Write the file and (with ``start``) enable and start the service."""
    report = InstallReport(chosen, spec, replaced=chosen.path.exists(), fallback=fallback)
    if chosen.kind == "cron":
        report.cron_line = unit_files.cron_line(spec, unit_files.cron_log_path(chosen.state))
        if "%" in report.cron_line:
            raise FollowupError(
                "a path in the command holds '%', which cron cannot run",
                hint="move the virtual environment or FOLLOWUP_HOME to a path without '%'",
            )
    chosen.path.parent.mkdir(parents=True, exist_ok=True)
    chosen.path.write_text(chosen.text(spec), encoding="utf-8")
    if chosen.kind == "launchd":
        unit_files.launchd_log_path(chosen.home).parent.mkdir(parents=True, exist_ok=True)
    if chosen.kind == "cron":
        _install_cron(report, start)
        return report
    steps = chosen.start_commands()
    if not start or shutil.which(chosen.manager) is None:
        report.pending = [unit_files.shell_line(step) for step in steps]
        return report
    if chosen.kind == "launchd" and report.replaced:
        for step in chosen.stop_commands():
            run_command(step)  # an older copy may be loaded; bootstrap would refuse
    for index, step in enumerate(steps):
        code, output = run_command(step)
        report.ran.append((unit_files.shell_line(step), output))
        if code != 0:
            left = " && ".join(unit_files.shell_line(s) for s in steps[index:])
            hint = f"run: {left}"
            if chosen.kind == "systemd" and "bus" in output.lower():
                hint = "no systemd user session here; use `followup service install --kind cron`"
            raise FollowupError(
                f"wrote {chosen.path}, but `{unit_files.shell_line(step)}` failed: "
                f"{output or f'exit code {code}'}",
                hint=hint,
            )
    report.started = True
    return report


def _install_cron(report: InstallReport, start: bool) -> None:
    """The line goes into the user's crontab (where ``crontab`` exists); started now too."""
    chosen, line = report.target, report.cron_line
    assert line is not None
    if shutil.which("crontab") is None:
        report.pending.append(f"add this line with `crontab -e`: {line}")
    elif not start:
        report.pending.append(f"(crontab -l 2>/dev/null; echo {_quote(line)}) | crontab -")
    else:
        current = _read_crontab()
        code, output = run_command(["crontab", "-"], text_in=unit_files.crontab_with(current, line))
        report.ran.append(("crontab -", output))
        if code != 0:
            raise FollowupError(
                f"wrote {chosen.path}, but `crontab -` failed: {output or f'exit code {code}'}",
                hint=f"add this line with `crontab -e`: {line}",
            )
    if not start:
        return
    report.pid = running_pid(chosen.state)
    if report.pid is None:
        report.pid = _start_detached(report.spec, chosen.state)
    report.started = True


def _read_crontab() -> str:
    try:
        result = subprocess.run(
            ["crontab", "-l"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise FollowupError(f"cannot read your crontab: {exc}") from None
    return result.stdout if result.returncode == 0 else ""  # "no crontab for alex": empty


def _quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


def _start_detached(spec: unit_files.ServiceSpec, state: Path) -> int:
    """Run the crontab line's command now, as cron would at boot, in its own session."""
    command = unit_files.cron_command(spec, unit_files.cron_log_path(state))
    state.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(  # noqa: S602 - the exact line cron will run
        command,
        shell=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        cwd=str(Path.home()),
    )
    return process.pid


# -- uninstall ----------------------------------------------------------------------------


@dataclass
class UninstallReport:
    target: Target
    removed: bool = False
    ran: list[tuple[str, str]] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    stopped_pid: int | None = None


def uninstall(chosen: Target, *, stop: bool) -> UninstallReport:
    """Stop the service (with ``stop``) and remove its file (and its crontab line)."""
    report = UninstallReport(chosen)
    if not chosen.path.exists():
        return report
    have_manager = shutil.which(chosen.manager) is not None
    if stop and have_manager:
        for step in chosen.stop_commands():
            _code, output = run_command(step)
            report.ran.append((unit_files.shell_line(step), output))
    if chosen.kind == "cron" and have_manager:
        current = _read_crontab()
        if unit_files.CRON_MARKER in current:
            _code, output = run_command(
                ["crontab", "-"], text_in=unit_files.crontab_with(current, None)
            )
            report.ran.append(("crontab -", output))
    if chosen.kind == "cron" and stop:
        report.stopped_pid = running_pid(chosen.state)
        if report.stopped_pid is not None:
            with contextlib.suppress(OSError):
                os.kill(report.stopped_pid, signal.SIGTERM)
    chosen.path.unlink()
    report.removed = True
    if stop and chosen.kind == "systemd" and have_manager:
        run_command(["systemctl", "--user", "daemon-reload"])
    elif not stop:
        report.pending = [unit_files.shell_line(step) for step in chosen.stop_commands()]
    return report


# -- status -------------------------------------------------------------------------------


def status(chosen: Target) -> dict[str, Any]:
    """What is installed, what the service manager says, and whether `followup run` runs."""
    info: dict[str, Any] = {
        "kind": chosen.kind,
        "path": str(chosen.path),
        "installed": chosen.path.exists(),
        "command": None,
        "interval": None,
        "current_python": None,
        "enabled": None,
        "active": None,
        "manager": None,  # why the service manager could not be asked, if it could not
        "in_crontab": None,
        "running_pid": running_pid(chosen.state),
        "logs": chosen.log_command(),
    }
    if info["installed"]:
        argv = chosen.argv_in_file()
        if argv:
            info["command"] = list(argv)
            info["interval"] = unit_files.ServiceSpec(argv).interval
            info["current_python"] = argv[0] == sys.executable
    if shutil.which(chosen.manager) is None:
        info["manager"] = f"{chosen.manager} not available here"
    elif chosen.kind == "systemd":
        problem = systemd_session_problem()
        if problem is not None:
            info["manager"] = f"no systemd user session here ({problem})"
        else:
            info["enabled"] = _systemctl_word("is-enabled")
            info["active"] = _systemctl_word("is-active")
    elif chosen.kind == "cron":
        info["in_crontab"] = unit_files.CRON_MARKER in _read_crontab()
    elif info["installed"]:
        code, _ = run_command(
            ["launchctl", "print", f"gui/{os.getuid()}/{unit_files.LAUNCHD_LABEL}"]
        )
        info["active"] = "loaded" if code == 0 else "not loaded"
    return info


def _systemctl_word(verb: str) -> str:
    """`systemctl --user is-enabled|is-active followup.service`: its one-word answer."""
    code, output = run_command(
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


def running_pid(state: Path) -> int | None:
    """The pid `followup run` wrote into the state dir, if that process is alive."""
    pid_file = paths.lock_path(state).with_suffix(".pid")
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
