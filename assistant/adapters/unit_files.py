"""The text of the background-service files: a systemd user unit and a launchd agent.

Pure: every function takes what it needs (the command, the environment, the home
directory) and returns text or a path; ``followup service`` does the writing and
runs ``systemctl``/``launchctl``. Keeping it pure lets the tests read the exact
text a user would get.
"""

from __future__ import annotations

import plistlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SYSTEMD_UNIT_NAME = "followup.service"
LAUNCHD_LABEL = "org.followup.assistant"
DEFAULT_INTERVAL = 300

#: environment variables passed through to the service when they are set at install time.
#: PATH is included so a ``password_command`` or ``token_command`` (pass, oama, gpg, a
#: Homebrew binary) is found the same way it is from the shell.
PASSED_ENVIRONMENT = ("FOLLOWUP_CONFIG", "FOLLOWUP_HOME", "PATH")

_HEADER = "Written by `followup service install`; remove it with `followup service uninstall`."


@dataclass(frozen=True)
class ServiceSpec:
    """What the service runs: the argument vector and its environment."""

    argv: tuple[str, ...]
    environment: Mapping[str, str] = field(default_factory=dict)

    @property
    def interval(self) -> int | None:
        """The ``--interval`` in ``argv``, if any (for ``service status``)."""
        for flag, value in zip(self.argv, self.argv[1:], strict=False):
            if flag == "--interval" and value.isdigit():
                return int(value)
        return None


def run_command(python: str, interval: int = DEFAULT_INTERVAL) -> tuple[str, ...]:
    """``python -m assistant run --interval N``: works in any venv, no script on PATH needed."""
    return (python, "-m", "assistant", "run", "--interval", str(int(interval)))


def spec_for(
    python: str,
    interval: int,
    environ: Mapping[str, str],
    *,
    config_path: Path | None = None,
    home: Path | None = None,
) -> ServiceSpec:
    """The spec ``followup service install`` writes.

    ``config_path``/``home`` (from ``--config`` or the environment) are made
    absolute, since the service does not start in the user's working directory.
    """
    env: dict[str, str] = {}
    for name in PASSED_ENVIRONMENT:
        value = environ.get(name)
        if value:
            env[name] = value
    if config_path is not None:
        env["FOLLOWUP_CONFIG"] = str(Path(config_path).expanduser().absolute())
    elif "FOLLOWUP_CONFIG" in env:
        env["FOLLOWUP_CONFIG"] = str(Path(env["FOLLOWUP_CONFIG"]).expanduser().absolute())
    if home is not None:
        env["FOLLOWUP_HOME"] = str(Path(home).expanduser().absolute())
    elif "FOLLOWUP_HOME" in env:
        env["FOLLOWUP_HOME"] = str(Path(env["FOLLOWUP_HOME"]).expanduser().absolute())
    env["PYTHONUNBUFFERED"] = "1"  # log lines reach journald as they happen
    return ServiceSpec(run_command(python, interval), env)


# --------------------------------------------------------------------------- systemd


def systemd_unit_path(home: Path, xdg_config_home: str | None = None) -> Path:
    """``$XDG_CONFIG_HOME/systemd/user/followup.service`` (``~/.config`` by default)."""
    base = Path(xdg_config_home) if xdg_config_home else home / ".config"
    return base / "systemd" / "user" / SYSTEMD_UNIT_NAME


_SYSTEMD_PLAIN = re.compile(r"^[A-Za-z0-9_@%+=:,./-]+$")


def systemd_quote(word: str) -> str:
    """One word for ``ExecStart=``/``Environment=``: quoted when needed, ``%`` and ``$`` escaped.

    systemd expands ``%x`` specifiers in both settings and ``$VAR`` in
    ``ExecStart=``; doubling them keeps the text literal.
    """
    escaped = word.replace("%", "%%").replace("$", "$$")
    if escaped and _SYSTEMD_PLAIN.match(escaped):
        return escaped
    escaped = escaped.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def systemd_unit(spec: ServiceSpec) -> str:
    """The text of ``followup.service``, a user unit started at login (or boot with linger)."""
    lines = [
        f"# {_HEADER}",
        "[Unit]",
        "Description=followup: watches your mailbox after job applications and drafts follow-ups",
        "Documentation=man:systemd.service(5)",
        "StartLimitIntervalSec=600",
        "StartLimitBurst=10",
        "",
        "[Service]",
        "Type=simple",
        "ExecStart=" + " ".join(systemd_quote(word) for word in spec.argv),
    ]
    for name, value in sorted(spec.environment.items()):
        lines.append("Environment=" + systemd_quote(f"{name}={value}"))
    lines += [
        # a crash or a refused start (say, a broken config) is retried, calmly
        "Restart=on-failure",
        "RestartSec=30",
        # SIGTERM lets the current step finish; the daemon exits 0 within seconds
        "KillSignal=SIGTERM",
        "TimeoutStopSec=30",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ]
    return "\n".join(lines)


def parse_systemd_exec(text: str) -> tuple[str, ...] | None:
    """The words of ``ExecStart=`` in a unit we wrote (for ``service status``)."""
    for line in text.splitlines():
        if line.startswith("ExecStart="):
            return tuple(_split_systemd(line[len("ExecStart=") :]))
    return None


def _split_systemd(value: str) -> list[str]:
    words: list[str] = []
    for match in re.finditer(r'"((?:[^"\\]|\\.)*)"|(\S+)', value):
        if match.group(1) is not None:
            word = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), match[1])
        else:
            word = match.group(2)
        words.append(word.replace("%%", "%").replace("$$", "$"))
    return words


def systemd_start_commands() -> list[list[str]]:
    return [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", SYSTEMD_UNIT_NAME],
    ]


def systemd_stop_commands() -> list[list[str]]:
    return [["systemctl", "--user", "disable", "--now", SYSTEMD_UNIT_NAME]]


def systemd_log_command() -> str:
    return "journalctl --user -u followup -f"


# --------------------------------------------------------------------------- launchd


def launchd_plist_path(home: Path) -> Path:
    return home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"


def launchd_log_path(home: Path) -> Path:
    return home / "Library" / "Logs" / "followup" / "followup.log"


def launchd_plist(spec: ServiceSpec, log_path: Path) -> str:
    """The launchd agent: started at login, restarted when it exits with an error."""
    agent: dict[str, object] = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": list(spec.argv),
        "EnvironmentVariables": dict(sorted(spec.environment.items())),
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},
        "ThrottleInterval": 30,
        "ProcessType": "Background",
        "StandardOutPath": str(log_path),
        "StandardErrorPath": str(log_path),
    }
    text = plistlib.dumps(agent, sort_keys=False).decode("utf-8")
    # a comment after the XML declaration says where the file came from
    declaration, _, rest = text.partition("\n")
    return f"{declaration}\n<!-- {_HEADER} -->\n{rest}"


def parse_launchd_argv(text: str) -> tuple[str, ...] | None:
    try:
        agent = plistlib.loads(text.encode("utf-8"))
    except Exception:  # a file someone edited by hand: status just says "unreadable"
        return None
    argv = agent.get("ProgramArguments") if isinstance(agent, dict) else None
    if isinstance(argv, list) and all(isinstance(word, str) for word in argv):
        return tuple(argv)
    return None


def launchd_domain(uid: int) -> str:
    return f"gui/{uid}"


def launchd_start_commands(plist: Path, uid: int) -> list[list[str]]:
    return [["launchctl", "bootstrap", launchd_domain(uid), str(plist)]]


def launchd_stop_commands(uid: int) -> list[list[str]]:
    return [["launchctl", "bootout", f"{launchd_domain(uid)}/{LAUNCHD_LABEL}"]]


def launchd_log_command(home: Path) -> str:
    return f"tail -f {launchd_log_path(home)}"


def shell_line(argv: Sequence[str]) -> str:
    """A command as the user would type it."""
    import shlex

    return " ".join(shlex.quote(word) for word in argv)


# --------------------------------------------------------------------------- cron


CRON_MARKER = "# followup-assistant"


def cron_path(home: Path, xdg_config_home: str | None = None) -> Path:
    """Where the crontab line is kept (so ``status`` can read it back and compare)."""
    base = Path(xdg_config_home) if xdg_config_home else home / ".config"
    return base / "followup" / "followup.cron"


def cron_log_path(followup_home: Path) -> Path:
    return followup_home / "run.log"


def cron_command(spec: ServiceSpec, log_path: Path) -> str:
    """The shell command cron runs: the environment, ``followup run``, the log appended."""
    import shlex

    env = " ".join(
        f"{name}={shlex.quote(value)}" for name, value in sorted(spec.environment.items())
    )
    run = shell_line(spec.argv)
    return f"{env} {run} >> {shlex.quote(str(log_path))} 2>&1".strip()


def cron_line(spec: ServiceSpec, log_path: Path) -> str:
    """``@reboot ...``: started when the machine starts, no systemd user session needed.

    A ``%`` ends a crontab command (cron turns it into a newline), and no quoting
    helps inside single quotes: such a path is refused by the caller.
    """
    return f"@reboot {cron_command(spec, log_path)} {CRON_MARKER}"


def cron_file(spec: ServiceSpec, log_path: Path) -> str:
    return f"# {_HEADER}\n{cron_line(spec, log_path)}\n"


def parse_cron_argv(text: str) -> tuple[str, ...] | None:
    """The ``python -m assistant run ...`` words of the line we wrote."""
    import shlex

    for line in text.splitlines():
        if line.startswith("@reboot") and CRON_MARKER in line:
            words = shlex.split(line[len("@reboot") :].split(" >> ", 1)[0])
            while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):
                words.pop(0)  # the environment
            return tuple(words)
    return None


def crontab_with(current: str, line: str | None) -> str:
    """``current`` crontab text with our line replaced by ``line`` (removed when None)."""
    kept = [row for row in current.splitlines() if CRON_MARKER not in row]
    if line is not None:
        kept.append(line)
    return "\n".join(kept) + "\n" if kept else ""
