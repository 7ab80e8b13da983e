"""`followup init`: ask (or take flags), test the logins, write the config file.

The questions and what is printed live here; the defaults, the password's home,
the login test and the file writing are :mod:`assistant.app.setup`. Nothing is
written (and nothing stored in the keyring) before the answers validated and,
unless ``--no-check``, the IMAP and SMTP logins worked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from assistant.app import setup
from assistant.cli.context import get_app
from assistant.errors import ConfigError, SecretError


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
@click.option("--imap-host", help="IMAP server (known providers: from the address).")
@click.option("--imap-port", type=click.IntRange(1, 65535), help="Default: 993 / 143 by TLS.")
@click.option("--imap-tls", type=click.Choice(setup.TLS_CHOICES), help="Default: tls.")
@click.option("--smtp-host", help="SMTP server (known providers: from the address).")
@click.option("--smtp-port", type=click.IntRange(1, 65535), help="Default: 465 / 587 by TLS.")
@click.option("--smtp-tls", type=click.Choice(setup.TLS_CHOICES), help="Default: tls.")
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
    "--password-command",
    help="Command that prints the password (pass, secret-tool, op, bw) instead of the keyring.",
)
@click.option(
    "--password-env",
    is_flag=True,
    help="Take the password from the environment variable FOLLOWUP_PASSWORD_<ACCOUNT>.",
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from standard input (implies --no-input).",
)
@click.option("--no-check", is_flag=True, help="Write the file without testing the logins.")
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
    password_env: bool,
    password_stdin: bool,
    no_check: bool,
    no_input: bool,
    force: bool,
) -> None:
    """Write a config file after testing the IMAP and SMTP logins.

    Asks for what the flags do not give, with the servers, ports and TLS of
    known providers (Gmail, Outlook, iCloud, Fastmail, Yahoo, GMX, WEB.DE,
    mailbox.org, Posteo, Proton Bridge, ...) as defaults. The password goes to
    the system keyring; where there is none (SSH, WSL, containers) it comes from
    a password manager's command or the environment variable
    FOLLOWUP_PASSWORD_<ACCOUNT>. It is never written to the file. For scripts:

      printf %s "$PW" | followup init --email alex@example.com --name "Alex Morgan"
      --imap-host imap.example.com --smtp-host smtp.example.com --password-stdin
    """
    app = get_app()
    path = app.resolved_config_path
    if path.exists() and not force:
        raise ConfigError(f"{path} already exists", hint="use --force to overwrite it")
    if sum(map(bool, (password_stdin and not password_env, password_command, password_env))) > 1:
        raise click.UsageError("give one of --password-stdin, --password-command, --password-env")
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

    def ask_choice(label: str, value: str | None, default: str) -> str:
        if value or not interactive:
            return value or default
        choice: str = click.prompt(label, type=click.Choice(setup.TLS_CHOICES), default=default)
        return choice

    def ask_port(label: str, value: int | None, default: int) -> int:
        if value or not interactive:
            return value or default
        port: int = click.prompt(label, type=click.IntRange(1, 65535), default=default)
        return port

    asked_email = email is None
    email = ask("Email address", email, None, "--email")
    if "@" not in email:
        raise click.BadParameter(f"not an email address: {email!r}", param_hint="--email")
    guess = setup.guess_provider(email)
    if interactive and guess.note and not (imap_host or smtp_host):
        click.echo(guess.note, err=True)
    display_name = ask("Your name", display_name, None, "--name")
    # what a flag settled is not asked again: a host given as a flag takes its defaults
    login = ask("Login", login, email, "--login") if asked_email else (login or email)
    servers = {}
    for kind, host, tls, port in (
        ("imap", imap_host, imap_tls, imap_port),
        ("smtp", smtp_host, smtp_tls, smtp_port),
    ):
        upper = kind.upper()
        default = guess.imap if kind == "imap" else guess.smtp
        asked = host is None
        host = ask(f"{upper} server", host, default.host, f"--{kind}-host")
        tls = tls or setup.default_tls(guess, kind, host)
        if asked:
            tls = ask_choice(f"{upper} TLS", None, tls)
        port = port or setup.default_port(guess, kind, host, tls)
        if asked:
            port = ask_port(f"{upper} port", None, port)
        servers[kind] = (host, port, tls)
    auth = auth or ("oauth2" if token_command else guess.auth)
    if auth == "oauth2":
        token_command = ask(
            "Command that prints an OAuth2 access token",
            token_command,
            f"oama access {email}",
            "--token-command",
        )

    kept_in = "oauth2" if auth == "oauth2" else "keyring"
    if auth == "password":
        if password_command:
            kept_in = "command"
        elif password_env:
            kept_in = "environment"
        else:
            kept_in, password_command = _where_the_password_lives(
                account_name, email, login, interactive
            )
    answers = setup.Answers(
        account=account_name,
        email=email,
        name=display_name,
        login=login,
        imap_host=servers["imap"][0],
        imap_port=servers["imap"][1],
        imap_tls=servers["imap"][2],
        smtp_host=servers["smtp"][0],
        smtp_port=servers["smtp"][1],
        smtp_tls=servers["smtp"][2],
        auth=auth,
        password_command=password_command,
        token_command=token_command,
        ca_file=ca_file.resolve() if ca_file else None,
        timezone=setup.local_timezone(),
        kept_in=kept_in,
    )
    text = setup.render_config(answers)
    settings = setup.validate(text, path)  # before asking for the password

    password: setup.Secret | None = None
    variable = setup.env_var_name(account_name)
    if kept_in == "keyring":
        password = setup.Secret(
            _read_password("Password (stored in the keyring)", password_stdin, interactive)
        )
    elif kept_in == "environment" and not os.environ.get(variable) and not no_check:
        if not (interactive or password_stdin):
            raise SecretError(
                f"{variable} is not set, so the login cannot be tested",
                hint="set it first, or give --no-check",
            )
        password = setup.Secret(
            _read_password(
                "Password (only to test the login now; not stored)", password_stdin, interactive
            )
        )
    if not no_check:
        for line in setup.try_logins(settings, password):
            click.echo(line)
    if kept_in == "keyring" and password is not None:
        backend = setup.store_password(login, password)
    setup.write_atomically(path, text)

    click.echo(f"Wrote {path} (readable only by you).")
    if kept_in == "keyring":
        click.echo(f"Stored the password for {login} in the keyring ({backend}).")
    elif kept_in == "oauth2":
        click.echo(f"OAuth2 tokens will come from: {token_command}")
    elif kept_in == "environment":
        click.echo(
            f"The password will come from the environment variable {variable}; set it "
            "wherever followup runs (the background service does not see your shell's)."
        )
    else:
        click.echo(f"The password will come from: {password_command}")
    config_flag = "" if path == setup.default_config_path() else f"--config {path} "
    click.echo(f"Next: check the connection with `followup {config_flag}doctor`.")


def _where_the_password_lives(
    account: str, email: str, login: str, interactive: bool
) -> tuple[str, str | None]:
    """("keyring", None) where a safe keyring exists; else the user's choice."""
    status = setup.keyring_status()
    if status.ok:
        return "keyring", None
    variable = setup.env_var_name(account)
    if not interactive:
        raise SecretError(
            f"cannot store the password: {status.reason}",
            hint="install and unlock a Secret Service such as gnome-keyring or KeePassXC, "
            "or use --password-command (e.g. --password-command 'pass show mail') "
            f"or --password-env ({variable})",
        )
    managers = setup.installed_password_managers()
    click.echo(f"No safe keyring here: {status.reason}.")
    click.echo("Where should followup get the password?")
    choices = [m.name for m in managers] + ["another command", f"the environment ({variable})"]
    for number, label in enumerate(choices, 1):
        click.echo(f"  {number}. {label}")
    picked: int = click.prompt(
        "Choose", type=click.IntRange(1, len(choices)), default=1, show_default=True
    )
    if picked == len(choices):
        click.echo(f"Chose the environment variable {variable}.")
        return "environment", None
    if picked <= len(managers):
        manager = managers[picked - 1]
        click.echo(
            f"Chose {manager.name}; store the password with: {manager.store_hint(email, login)}"
        )
        default = manager.command_for(email, login)
    else:
        default = None
    command: str = click.prompt("Command that prints the password", default=default)
    return "command", command.strip()


def _read_password(prompt: str, from_stdin: bool, interactive: bool) -> str:
    if from_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
    elif interactive:
        value = click.prompt(prompt, hide_input=True)
    else:
        raise click.UsageError(
            "no password: give --password-stdin, --password-command or --password-env "
            "with --no-input"
        )
    if not value:
        raise SecretError("the password is empty")
    return value
