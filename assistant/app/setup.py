"""`followup init` as a use case: provider defaults, where the password lives, the config file.

The front end asks the questions; this module knows the answers' defaults (the
providers in ``data/providers.toml``, shipped and never fetched), where a
password can be kept when no safe keyring exists (a password manager's command
or an environment variable), tests the IMAP and SMTP logins before anything is
written, and writes the file atomically (0600, temp file + rename). No password
is ever written to the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from assistant.adapters.credentials import Secret
from assistant.errors import ConfigError, FollowupError

if TYPE_CHECKING:
    from assistant.adapters.credentials import BackendCheck
    from assistant.adapters.settings import Settings

__all__ = ["Answers", "Provider", "Secret", "Server"]

T = TypeVar("T")

TLS_CHOICES = ("tls", "starttls", "none")
DEFAULT_PORTS = {
    "imap": {"tls": 993, "starttls": 143, "none": 143},
    "smtp": {"tls": 465, "starttls": 587, "none": 587},
}


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    tls: str


@dataclass(frozen=True)
class Provider:
    """A mail provider's servers (``key`` is empty for a guess from the domain)."""

    key: str
    name: str
    imap: Server
    smtp: Server
    auth: str = "password"
    note: str = ""


@cache
def providers() -> dict[str, Provider]:
    """Domain -> provider, from the bundled ``data/providers.toml``."""
    text = resources.files("assistant.app").joinpath("data/providers.toml").read_text("utf-8")
    by_domain: dict[str, Provider] = {}
    for key, entry in tomllib.loads(text).items():
        provider = Provider(
            key=key,
            name=entry["name"],
            imap=Server(**entry["imap"]),
            smtp=Server(**entry["smtp"]),
            auth=entry.get("auth", "password"),
            note=entry.get("note", ""),
        )
        for domain in entry["domains"]:
            by_domain[domain] = provider
    return by_domain


def guess_provider(email: str) -> Provider:
    """The known provider of the address's domain, else imap.<domain> / smtp.<domain>."""
    domain = email.rpartition("@")[2].strip().lower().rstrip(".")
    known = providers().get(domain)
    if known is not None:
        return known
    return Provider(
        "",
        domain,
        Server(f"imap.{domain}", DEFAULT_PORTS["imap"]["tls"], "tls"),
        Server(f"smtp.{domain}", DEFAULT_PORTS["smtp"]["tls"], "tls"),
    )


def default_tls(provider: Provider, kind: str, host: str) -> str:
    """The provider's TLS mode when ``host`` is the provider's server, else implicit TLS."""
    server = provider.imap if kind == "imap" else provider.smtp
    return server.tls if host == server.host else "tls"


def default_port(provider: Provider, kind: str, host: str, tls: str) -> int:
    """The provider's port for this host and TLS mode, else the usual port for the mode."""
    server = provider.imap if kind == "imap" else provider.smtp
    if host == server.host and tls == server.tls:
        return server.port
    return DEFAULT_PORTS[kind][tls]


# -- where the password lives --------------------------------------------------------------


@dataclass(frozen=True)
class PasswordManager:
    """A password manager's CLI that can print the password for followup."""

    name: str
    program: str
    command: str  # a template: {email} and {login}
    how_to_store: str  # a template too

    def command_for(self, email: str, login: str) -> str:
        return self.command.format(email=email, login=login)

    def store_hint(self, email: str, login: str) -> str:
        return self.how_to_store.format(email=email, login=login)


PASSWORD_MANAGERS = (
    PasswordManager("pass", "pass", "pass show mail/{email}", "pass insert mail/{email}"),
    PasswordManager(
        "secret-tool (GNOME Keyring, KeePassXC)",
        "secret-tool",
        "secret-tool lookup service followup user {login}",
        "secret-tool store --label='followup {login}' service followup user {login}",
    ),
    PasswordManager(
        "1Password CLI",
        "op",
        "op read 'op://Personal/{email}/password'",
        "store it in 1Password as an item named {email}",
    ),
    PasswordManager(
        "Bitwarden CLI",
        "bw",
        "bw get password {email}",
        "store it in Bitwarden as an item named {email}, then `bw unlock`",
    ),
)


def keyring_status() -> BackendCheck:
    """Whether a safe keyring backend is active here (none: SSH, WSL, containers, servers)."""
    from assistant.adapters.credentials import check_backend

    return check_backend()


def installed_password_managers(
    which: Callable[[str], str | None] = shutil.which,
) -> list[PasswordManager]:
    return [m for m in PASSWORD_MANAGERS if which(m.program)]


def env_var_name(account: str) -> str:
    """``FOLLOWUP_PASSWORD_<ACCOUNT>``: the last place a password is looked for."""
    from assistant.adapters.credentials import env_var_name as name

    return name(account)


# -- the answers and the file --------------------------------------------------------------


@dataclass
class Answers:
    account: str
    email: str
    name: str
    login: str
    imap_host: str
    imap_port: int | None
    imap_tls: str
    smtp_host: str
    smtp_port: int | None
    smtp_tls: str
    auth: str
    password_command: str | None
    token_command: str | None
    ca_file: Path | None
    timezone: str
    #: "keyring", "command", "environment" or "oauth2": where the secret comes from
    kept_in: str = "keyring"


def toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


def render_config(a: Answers) -> str:
    """The config file for these answers: every key present, commented, no secret."""

    table = a.account if _bare_key(a.account) else toml_string(a.account)
    where = {
        "keyring": '# password: in the keyring (service "followup", user = login)',
        "environment": f"# password: from the environment variable {env_var_name(a.account)}",
    }

    def server(kind: str, host: str, port: int | None, tls: str) -> str:
        lines = [
            f"[accounts.{table}.{kind}]",
            f"host = {toml_string(host)}",
            f"tls = {toml_string(tls)}",
        ]
        lines.append(f"port = {port}" if port else "# port: follows tls")
        lines.append(f"login = {toml_string(a.login)}")
        if a.auth == "oauth2":
            lines.append('auth = "oauth2"')
            lines.append(f"token_command = {toml_string(a.token_command or '')}")
        elif a.password_command:
            lines.append(f"password_command = {toml_string(a.password_command)}")
        else:
            lines.append(where.get(a.kept_in, where["keyring"]))
        if a.ca_file:
            lines.append(f"ca_file = {toml_string(str(a.ca_file))}")
        if kind == "imap":
            lines.append('folders = ["INBOX"]')
        else:
            lines.append('save_sent = "auto"')
            lines.append("daily_cap = 20")
            lines.append("min_spacing_seconds = 60")
        return "\n".join(lines) + "\n"

    return (
        "# followup configuration, written by `followup init`.\n"
        "# Every key is explained in config.example.toml; check it with `followup doctor`.\n"
        "# Secrets never go here: the password lives in the keyring or comes from\n"
        "# password_command (or the environment variable FOLLOWUP_PASSWORD_<ACCOUNT>).\n\n"
        f"[accounts.{table}]\n"
        "default = true\n"
        f"email = {toml_string(a.email)}\n"
        f"display_name = {toml_string(a.name)}\n\n"
        + server("imap", a.imap_host, a.imap_port, a.imap_tls)
        + "\n"
        + server("smtp", a.smtp_host, a.smtp_port, a.smtp_tls)
        + "\n[profile]\n"
        f"name = {toml_string(a.name)}\n"
        '# phone = "+1 555 0100"\n'
        '# linkedin = "https://www.linkedin.com/in/your-name"\n\n'
        "[policy]\n"
        "follow_up_after_days = 7\n"
        "max_follow_ups = 1\n"
        f"timezone = {toml_string(a.timezone)}\n"
        "working_hours = [9, 17]\n"
        "calls = false\n\n"
        "[notify]\n"
        "desktop = true\n"
        "digest_email = false\n\n"
        "[scan]\n"
        "since_days = 90\n"
    )


def _bare_key(name: str) -> bool:
    return bool(name) and all(c.isalnum() or c in "-_" for c in name) and name.isascii()


def validate(text: str, path: Path) -> Settings:
    """Load ``text`` as a config (in a temp dir) so no invalid file is ever written."""
    from assistant.adapters.config import load_settings

    with tempfile.TemporaryDirectory(prefix="followup-init-") as scratch:
        probe = Path(scratch) / path.name
        probe.write_text(text, encoding="utf-8")
        try:
            return load_settings(probe, environ={})
        except ConfigError as exc:
            message = exc.message.replace(str(probe), "the new config")
            raise ConfigError(message, hint=exc.hint) from None


def try_logins(
    settings: Settings,
    secret: Secret | None,
    *,
    timeout: float | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[str]:
    """Log in to the IMAP and SMTP servers of the new account (and log out); what passed.

    ``secret``: the password typed in (None: ask the configured source, such as
    the password command). A failure raises its one-line error, naming the server.
    """
    from assistant.adapters.connections import open_imap, open_smtp
    from assistant.adapters.credentials import get_secret
    from assistant.adapters.settings import ServerSettings

    account = settings.default_account()

    def provide(server: ServerSettings) -> Secret:
        if secret is not None and server.auth == "password":
            return secret
        return get_secret(server, environ=environ)

    passed = []
    client = _tested("IMAP", lambda: open_imap(account, secret_provider=provide, timeout=timeout))
    with contextlib.suppress(Exception):
        client.logout()
    passed.append(f"IMAP login to {account.imap.describe()} as {account.imap.login}: ok")
    if account.smtp is not None:
        smtp = _tested("SMTP", lambda: open_smtp(account, secret_provider=provide, timeout=timeout))
        with contextlib.suppress(Exception):
            smtp.quit()
        passed.append(f"SMTP login to {account.smtp.describe()} as {account.smtp.login}: ok")
    return passed


def _tested(what: str, step: Callable[[], T]) -> T:
    try:
        return step()
    except FollowupError as exc:
        exc.message = f"{what} test failed, nothing was written: {exc.message}"
        exc.args = (exc.message,)
        raise


def store_password(login: str, password: Secret) -> str:
    """Put the password in the keyring; returns the backend's name."""
    from assistant.adapters.credentials import store_secret

    return store_secret(login, password)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a 0600 temp file in the same dir and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def local_timezone() -> str:
    """The system's IANA zone name if we can tell, else UTC."""
    from zoneinfo import ZoneInfo

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        link = os.readlink("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
        except Exception:  # noqa: S112 - try the next candidate
            continue
        return name
    return "UTC"


def default_config_path() -> Path:
    from assistant.adapters import paths

    return paths.default_config_path()
