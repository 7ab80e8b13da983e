"""The checks of `followup doctor`: config, secrets, the IMAP and SMTP servers.

:func:`run_checks` returns a :class:`Report` (a list of pass/fail checks, each
with a hint); front ends print it or dump it as JSON. Each step that fails skips
the steps that depend on it. Nothing on the servers is changed, nothing is sent.
"""

from __future__ import annotations

import contextlib
import functools
import smtplib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import FollowupError, TLSError

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from assistant.adapters.credentials import Secret
    from assistant.adapters.settings import (
        AccountSettings,
        ImapSettings,
        ServerSettings,
        Settings,
        SmtpSettings,
    )

#: reserved example domains (RFC 2606): a host there was never changed from an example.
_PLACEHOLDER_DOMAINS = ("example.com", "example.net", "example.org", "example", "invalid")
_CAPABILITIES = ("IDLE", "CONDSTORE", "SPECIAL-USE", "UIDPLUS", "MOVE")

_NO_LOGIN = 'auth = "none": a local mail server on a loopback address, no login'

#: what a missing special folder costs, and how to get one
_MISSING = {
    "drafts": "no Drafts folder: drafts cannot reach your mail client until there is one "
    "(review, approve and `followup send` work without it); `followup drafts push` "
    "creates it (with the \\Drafts flag where the server can), or create a folder named "
    "Drafts in your mail client or webmail",
    "sent": "no Sent folder: follow-ups you send from your mail client are not recognised "
    "as sent (matching them uses Sent); `followup send` creates it for its copies, or "
    "create a folder named Sent in your mail client or webmail",
}


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    hint: str | None = None


SecretProvider = Callable[["ServerSettings"], "Secret"]
T = TypeVar("T")


@dataclass
class Report:
    """Every check in order; ``ok`` when all passed."""

    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def failed(self) -> int:
        return sum(not c.ok for c in self.checks)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "checks": [asdict(c) for c in self.checks]}


class _Report:
    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.checks: list[Check] = []

    def add(self, name: str, ok: bool, detail: str, hint: str | None = None) -> bool:
        self.checks.append(Check(f"{self.prefix}{name}", ok, detail, hint))
        return ok

    def fail(self, name: str, error: FollowupError) -> bool:
        return self.add(name, False, error.message, error.hint)

    def logged_in(self, name: str, login: Callable[[], None], server: ServerSettings) -> bool:
        """Try ``login``; the check says who it logged in as, or why it could not."""
        try:
            login()
        except FollowupError as exc:
            return self.fail(name, exc)
        return self.add(name, True, f"logged in as {server.login}")


def run_checks(
    config_path: Path,
    *,
    account: str | None = None,
    secret_provider: SecretProvider | None = None,
    timeout: float | None = None,
) -> Report:
    """Every check, in order; a failed step skips the steps that depend on it."""
    from assistant.adapters.config import load_settings

    report = _Report()
    try:
        settings = load_settings(config_path)
    except FollowupError as exc:
        report.fail("config", exc)
        return Report(report.checks)
    count = len(settings.accounts)
    report.add("config", True, f"{config_path} ({count} account{'s' if count != 1 else ''})")
    try:
        accounts = _accounts(settings, account)
    except FollowupError as exc:
        report.fail("account", exc)
        return Report(report.checks)
    for item in accounts:
        prefix = f"{item.name}: " if len(accounts) > 1 else ""
        sub = _Report(prefix)
        _check_account(sub, item, secret_provider, timeout)
        report.checks.extend(sub.checks)
    return Report(report.checks)


def _accounts(settings: Settings, name: str | None) -> list[AccountSettings]:
    from assistant.errors import ConfigError

    if name is not None:
        return [settings.account(name)]
    if not settings.accounts:
        raise ConfigError(
            "no account configured", hint="run `followup init` or add an [accounts.NAME] table"
        )
    return list(settings.accounts.values())


def _check_account(
    report: _Report,
    account: AccountSettings,
    secret_provider: SecretProvider | None,
    timeout: float | None,
) -> None:
    _check_imap(report, account.imap, secret_provider, timeout)
    if account.smtp is None:
        report.add(
            "smtp",
            False,
            "no [smtp] table: follow-ups cannot be sent from this account",
            f"add [accounts.{account.name}.smtp] with host and tls",
        )
        return
    _check_smtp(report, account.smtp, secret_provider, timeout)


def _secret(
    report: _Report,
    server: ServerSettings,
    secret_provider: SecretProvider | None,
    timeout: float | None,
) -> Secret | None:
    from assistant.adapters.credentials import get_secret

    provider = secret_provider or get_secret
    if secret_provider is None and timeout is not None:
        # --timeout also bounds password_command / token_command.
        provider = functools.partial(get_secret, timeout=timeout)
    name = f"{server.protocol} secret"
    try:
        secret = provider(server)
    except FollowupError as exc:
        report.fail(name, exc)
        return None
    what = "OAuth2 token" if secret.kind == "oauth2" else "password"
    report.add(name, True, f"{what} for {server.login} from {secret.source or 'the provider'}")
    return secret


def _placeholder(report: _Report, server: ServerSettings) -> bool:
    host = server.host.lower().rstrip(".")
    if any(host == d or host.endswith("." + d) for d in _PLACEHOLDER_DOMAINS):
        report.add(
            f"{server.protocol} host",
            False,
            f"{server.host} is a placeholder, not a real server",
            f"set [accounts.{server.account_name}.{server.protocol}] host to your provider's "
            "server (see the provider notes in config.example.toml)",
        )
        return True
    return False


def _tls_detail(server: ServerSettings, sock: Any) -> str:
    from assistant.adapters.connections import tls_version

    version = tls_version(sock)
    if version is None:
        return "plain text (allowed: loopback address)"
    how = "implicit TLS" if server.tls == "tls" else "STARTTLS"
    trust = f"ca_file {server.ca_file}" if server.ca_file else "the system's trust store"
    return f"{how}, {version}, certificate verified against {trust}"


def _connect(report: _Report, server: ServerSettings, connect: Callable[[], T]) -> T | None:
    """The "connect" check (and "tls" when TLS failed); None when it failed."""
    name = server.protocol
    if _placeholder(report, server):
        return None
    try:
        connection = connect()
    except TLSError as exc:
        report.add(f"{name} connect", True, f"reached {server.host}:{server.port}")
        report.fail(f"{name} tls", exc)
        return None
    except FollowupError as exc:
        report.fail(f"{name} connect", exc)
        return None
    report.add(f"{name} connect", True, f"reached {server.host}:{server.port}")
    return connection


def _check_imap(
    report: _Report,
    server: ImapSettings,
    secret_provider: SecretProvider | None,
    timeout: float | None,
) -> None:
    from assistant.adapters.connections import connect_imap, login_imap

    secret = _secret(report, server, secret_provider, timeout)
    client = _connect(report, server, lambda: connect_imap(server, timeout=timeout))
    if client is None:
        return
    with _closing_imap(client):
        report.add("imap tls", True, _tls_detail(server, client.socket()))
        if secret is None:
            return
        if not report.logged_in("imap login", lambda: login_imap(client, server, secret), server):
            return
        _check_capabilities(report, client)
        _check_folders(report, client, server)


@contextlib.contextmanager
def _closing_imap(client: IMAPClient) -> Iterator[IMAPClient]:
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            client.logout()
        with contextlib.suppress(Exception):
            client.shutdown()


def _check_capabilities(report: _Report, client: IMAPClient) -> None:
    try:
        capabilities = {c.decode().upper() for c in client.capabilities()}
    except Exception as exc:
        report.add("imap capabilities", False, f"CAPABILITY failed: {exc}")
        return
    parts = [f"{name} {'yes' if name in capabilities else 'no'}" for name in _CAPABILITIES]
    hint = None
    if "IDLE" not in capabilities:
        hint = "no IDLE: `followup run` checks for new mail on its interval instead"
    report.add("imap capabilities", True, ", ".join(parts), hint)


def _check_folders(report: _Report, client: IMAPClient, server: ImapSettings) -> None:
    try:
        listing = client.list_folders()
    except Exception as exc:
        report.add("imap folders", False, f"LIST failed: {exc}")
        return
    check = folders_check(listing, server.folders, server.account_name)
    report.add(check.name, check.ok, check.detail, check.hint)


def folders_check(listing: Sequence[Any], folders: Sequence[str], account_name: str) -> Check:
    """The folders to scan exist; which are Sent, Drafts and Junk; what a missing one costs.

    ``listing``: the server's LIST answer as imapclient gives it (flags, delimiter, name).
    """
    from assistant.adapters.connections import special_use_roles

    names = [str(name) for _flags, _delimiter, name in listing]
    lowered = {n.lower(): n for n in names}
    missing = [f for f in folders if f not in names and f.lower() not in lowered and f != "INBOX"]
    roles = special_use_roles(listing)
    found = ", ".join(
        f"{label} = {roles[role]}"
        for role, label in (("sent", "Sent"), ("drafts", "Drafts"), ("junk", "Junk"))
        if role in roles
    )
    detail = f"scans {', '.join(folders)}" + (f"; {found}" if found else "")
    if missing:
        shown = ", ".join(names[:12]) + (" ..." if len(names) > 12 else "")
        return Check(
            "imap folders",
            False,
            f"folder{'s' if len(missing) > 1 else ''} not on the server: {', '.join(missing)}",
            f"fix folders in [accounts.{account_name}.imap]; the server has: {shown}",
        )
    hints = [_MISSING[role] for role in ("drafts", "sent") if role not in roles]
    return Check("imap folders", True, detail, "; ".join(hints) if hints else None)


def _check_smtp(
    report: _Report,
    server: SmtpSettings,
    secret_provider: SecretProvider | None,
    timeout: float | None,
) -> None:
    from assistant.adapters.connections import auth_mechanisms, connect_smtp, login_smtp

    no_login = server.auth == "none"
    if no_login:
        report.add("smtp secret", True, _NO_LOGIN)
        secret = None
    else:
        secret = _secret(report, server, secret_provider, timeout)
    smtp = _connect(report, server, lambda: connect_smtp(server, timeout=timeout))
    if smtp is None:
        return
    try:
        report.add("smtp tls", True, _tls_detail(server, smtp.sock))
        mechanisms = auth_mechanisms(smtp)
        size = smtp.esmtp_features.get("size", "").strip()
        extras = f"; SIZE {int(size) // 1_000_000} MB" if size.isdigit() and int(size) else ""
        if no_login:
            offered = f"AUTH {' '.join(mechanisms)}" if mechanisms else "no AUTH"
            report.add("smtp ehlo", True, f"{offered}{extras}")
            report.add("smtp login", True, f"not needed: {_NO_LOGIN}")
            return
        if not mechanisms:
            report.add(
                "smtp ehlo",
                False,
                f"{server.host} offers no AUTH on this connection",
                "the server may want STARTTLS first, or another port",
            )
            return
        report.add("smtp ehlo", True, f"AUTH {' '.join(mechanisms)}{extras}")
        if secret is None:
            return
        report.logged_in("smtp login", lambda: login_smtp(smtp, server, secret), server)
    finally:
        _quit(smtp)


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except Exception:
        with contextlib.suppress(Exception):
            smtp.close()
