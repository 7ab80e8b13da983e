"""`followup init`: write a config file and store the password in the keyring.

Interactive by default (it asks for what no flag gave, guessing the servers of
well-known providers from the address); scripts pass flags and ``--no-input``
(or ``--password-stdin``). The password goes to the keyring, never into the file;
the file is written atomically (temp file + rename, mode 0600) and only after it
validated and the secret was stored, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click

from assistant.adapters import paths
from assistant.cli.context import get_app
from assistant.errors import ConfigError, SecretError

TLS_CHOICES = ("tls", "starttls", "none")


@dataclass(frozen=True)
class Provider:
    imap_host: str
    smtp_host: str
    imap_tls: str = "tls"
    smtp_tls: str = "tls"
    imap_port: int | None = None
    smtp_port: int | None = None
    auth: str = "password"
    note: str = ""


_GMAIL = Provider(
    "imap.gmail.com",
    "smtp.gmail.com",
    note="Gmail: use an App password (https://myaccount.google.com/apppasswords).",
)
_OUTLOOK = Provider(
    "outlook.office365.com",
    "smtp-mail.outlook.com",
    smtp_tls="starttls",
    auth="oauth2",
    note="Outlook/Microsoft 365 need OAuth2: a token helper such as `oama access ADDRESS`.",
)
_ICLOUD = Provider(
    "imap.mail.me.com",
    "smtp.mail.me.com",
    smtp_tls="starttls",
    note="iCloud: use an app-specific password (appleid.apple.com).",
)
_PROTON = Provider(
    "127.0.0.1",
    "127.0.0.1",
    imap_tls="starttls",
    smtp_tls="starttls",
    imap_port=1143,
    smtp_port=1025,
    note="Proton: run Proton Mail Bridge; use its bridge password and export its "
    "certificate for --ca-file.",
)
_FASTMAIL = Provider(
    "imap.fastmail.com",
    "smtp.fastmail.com",
    note="Fastmail: use an app password (Settings > Privacy & Security).",
)
PROVIDERS: dict[str, Provider] = {
    "gmail.com": _GMAIL,
    "googlemail.com": _GMAIL,
    "outlook.com": _OUTLOOK,
    "hotmail.com": _OUTLOOK,
    "live.com": _OUTLOOK,
    "msn.com": _OUTLOOK,
    "icloud.com": _ICLOUD,
    "me.com": _ICLOUD,
    "mac.com": _ICLOUD,
    "proton.me": _PROTON,
    "protonmail.com": _PROTON,
    "pm.me": _PROTON,
    "fastmail.com": _FASTMAIL,
    "fastmail.fm": _FASTMAIL,
    "yahoo.com": Provider(
        "imap.mail.yahoo.com",
        "smtp.mail.yahoo.com",
        note="Yahoo: use an app password (Account security > Generate app password).",
    ),
}


def guess_provider(email: str) -> Provider:
    """Known servers for the address's domain, else imap.<domain> / smtp.<domain>."""
    domain = email.rpartition("@")[2].strip().lower()
    return PROVIDERS.get(domain) or Provider(f"imap.{domain}", f"smtp.{domain}")


def toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


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


def render_config(a: Answers) -> str:
    """The config file for these answers: every key present, commented, no secret."""

    table = a.account if _bare_key(a.account) else toml_string(a.account)

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
            lines.append('# password: in the keyring (service "followup", user = login)')
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
        "# password_command.\n\n"
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


def _local_timezone() -> str:
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


@click.command("init")
@click.option(
    "--account",
    "account_name",
    default="personal",
    show_default=True,
    help="Name of the [accounts.NAME] table.",
)
@click.option("--email", help="Your email address.")
@click.option("--name", "display_name", help="Your name, as recipients should see it.")
@click.option("--login", help="Login name, if not the email address.")
@click.option("--imap-host", help="IMAP server (guessed from the address if known).")
@click.option("--imap-port", type=click.IntRange(1, 65535), help="Default: 993 / 143 by TLS.")
@click.option("--imap-tls", type=click.Choice(TLS_CHOICES), help="Default: tls.")
@click.option("--smtp-host", help="SMTP server (guessed from the address if known).")
@click.option("--smtp-port", type=click.IntRange(1, 65535), help="Default: 465 / 587 by TLS.")
@click.option("--smtp-tls", type=click.Choice(TLS_CHOICES), help="Default: tls.")
@click.option(
    "--ca-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Trust this server certificate (a self-signed one, e.g. Proton Bridge).",
)
@click.option(
    "--auth",
    type=click.Choice(("password", "oauth2")),
    help="password (default) or oauth2 (needs --token-command).",
)
@click.option("--token-command", help="Command that prints an OAuth2 access token.")
@click.option(
    "--password-command", help="Command that prints the password (instead of the keyring)."
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from standard input (implies --no-input).",
)
@click.option("--no-input", is_flag=True, help="Never prompt: use flags and defaults only.")
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
def command(
    account_name: str,
    email: str | None,
    display_name: str | None,
    login: str | None,
    imap_host: str | None,
    imap_port: int | None,
    imap_tls: str | None,
    smtp_host: str | None,
    smtp_port: int | None,
    smtp_tls: str | None,
    ca_file: Path | None,
    auth: str | None,
    token_command: str | None,
    password_command: str | None,
    password_stdin: bool,
    no_input: bool,
    force: bool,
) -> None:
    """Write a config file and store the password in the keyring.

    Asks for what the flags do not give (the servers of Gmail, Outlook, iCloud,
    Fastmail, Yahoo and Proton Bridge are filled in from your address). The
    password is stored in the system keyring, never in the file; with
    --password-command nothing is stored. Example for scripts:

      printf %s "$PW" | followup init --email alex@example.com --name "Alex Morgan"
      --imap-host imap.example.com --smtp-host smtp.example.com --password-stdin
    """
    from assistant.adapters.credentials import check_backend, store_secret

    app = get_app()
    path = app.resolved_config_path
    if path.exists() and not force:
        raise ConfigError(f"{path} already exists", hint="use --force to overwrite it")
    if password_stdin and password_command:
        raise click.UsageError("give --password-stdin or --password-command, not both")
    interactive = not (no_input or password_stdin)

    def ask(label: str, value: str | None, default: str | None, option: str) -> str:
        if value:
            return value
        if interactive:
            answer: str = click.prompt(label, default=default or None, show_default=bool(default))
            return answer.strip()
        if default:
            return default
        raise click.UsageError(f"{option} is required with --no-input/--password-stdin")

    email = ask("Email address", email, None, "--email")
    if "@" not in email:
        raise click.BadParameter(f"not an email address: {email!r}", param_hint="--email")
    guess = guess_provider(email)
    if interactive and guess.note and not (imap_host or smtp_host):
        click.echo(guess.note, err=True)
    display_name = ask("Your name", display_name, None, "--name")
    imap_host = ask("IMAP server", imap_host, guess.imap_host, "--imap-host")
    if imap_tls is None:
        imap_tls = guess.imap_tls if imap_host == guess.imap_host else "tls"
    if imap_port is None and imap_host == guess.imap_host:
        imap_port = guess.imap_port
    smtp_host = ask("SMTP server", smtp_host, guess.smtp_host, "--smtp-host")
    if smtp_tls is None:
        smtp_tls = guess.smtp_tls if smtp_host == guess.smtp_host else "tls"
    if smtp_port is None and smtp_host == guess.smtp_host:
        smtp_port = guess.smtp_port
    auth = auth or ("oauth2" if token_command else guess.auth)
    if auth == "oauth2":
        token_command = ask(
            "Command that prints an OAuth2 access token",
            token_command,
            f"oama access {email}",
            "--token-command",
        )

    answers = Answers(
        account=account_name,
        email=email,
        name=display_name,
        login=login or email,
        imap_host=imap_host,
        imap_port=imap_port,
        imap_tls=imap_tls,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
        smtp_tls=smtp_tls,
        auth=auth,
        password_command=password_command,
        token_command=token_command,
        ca_file=ca_file.resolve() if ca_file else None,
        timezone=_local_timezone(),
    )
    text = render_config(answers)

    # Validate before asking for the password or touching the keyring.
    _validate(text, path)
    needs_password = auth == "password" and not password_command
    if needs_password:
        backend = check_backend()
        if not backend.ok:
            raise SecretError(
                f"cannot store the password: {backend.reason}",
                hint="install and unlock a Secret Service such as gnome-keyring or KeePassXC, "
                "or use --password-command (e.g. --password-command 'pass show mail')",
            )
        password = _read_password(password_stdin, interactive)
        backend_name = store_secret(answers.login, password)
    write_atomically(path, text)

    click.echo(f"Wrote {path} (readable only by you).")
    if needs_password:
        click.echo(f"Stored the password for {answers.login} in the keyring ({backend_name}).")
    elif auth == "oauth2":
        click.echo(f"OAuth2 tokens will come from: {token_command}")
    else:
        click.echo(f"The password will come from: {password_command}")
    config_flag = "" if path == paths.default_config_path() else f"--config {path} "
    click.echo(f"Next: check the connection with `followup {config_flag}doctor`.")


def _validate(text: str, path: Path) -> None:
    """Load ``text`` as a config (in a temp dir) so no invalid file is ever written."""
    from assistant.adapters.config import load_settings

    with tempfile.TemporaryDirectory(prefix="followup-init-") as scratch:
        probe = Path(scratch) / path.name
        probe.write_text(text, encoding="utf-8")
        try:
            load_settings(probe, environ={})
        except ConfigError as exc:
            message = exc.message.replace(str(probe), "the new config")
            raise ConfigError(message, hint=exc.hint) from None


def _read_password(from_stdin: bool, interactive: bool) -> str:
    if from_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
    elif interactive:
        value = click.prompt("Password (stored in the keyring)", hide_input=True)
    else:
        raise click.UsageError(
            "no password: give --password-stdin or --password-command with --no-input"
        )
    if not value:
        raise SecretError("the password is empty")
    return value
