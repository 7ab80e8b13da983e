"""Logged-in IMAP and SMTP connections for a configured account.

:func:`open_imap` and :func:`open_smtp` connect (implicit TLS, STARTTLS, or plain
text to a loopback address only), verify the certificate (the system's trust
store, or the account's ``ca_file`` instead), and log in with a password or an
OAuth2 token (XOAUTH2 / OAUTHBEARER). The steps are also public
(:func:`connect_imap`, :func:`login_imap`, ...), so ``followup doctor`` can report
each one on its own.

Every failure becomes one line of the error tree in :mod:`assistant.errors`:
:class:`ConnectError` (unreachable, refused, timed out), :class:`TLSError`
(certificate not trusted, handshake failed), :class:`AuthError` (login refused)
or :class:`ProtocolError`, with a hint and never a secret.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from assistant.adapters.credentials import Secret, get_secret
from assistant.adapters.settings import AccountSettings, ImapSettings, ServerSettings, SmtpSettings
from assistant.errors import (
    AuthError,
    ConfigError,
    ConnectError,
    MailError,
    ProtocolError,
    TLSError,
)

log = logging.getLogger(__name__)

SecretProvider = Callable[[ServerSettings], Secret]

#: RFC 6154 special-use flags (and Gmail's \All) -> role.
SPECIAL_USE_FLAGS = {
    "\\sent": "sent",
    "\\drafts": "drafts",
    "\\junk": "junk",
    "\\trash": "trash",
    "\\all": "all",
}

#: folder names used when a server has no special-use flags (compared case-insensitively,
#: as the full name or as the last part below a parent such as INBOX.Sent).
FOLDER_NAMES = {
    "sent": ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail"),
    "drafts": ("Drafts", "Draft", "[Gmail]/Drafts"),
    "junk": ("Junk", "Junk E-mail", "Junk Email", "Spam", "Bulk Mail", "[Gmail]/Spam"),
    "trash": ("Trash", "Deleted Items", "Deleted Messages", "Bin", "[Gmail]/Trash"),
    "all": ("[Gmail]/All Mail", "All Mail", "Archive"),
}


# --------------------------------------------------------------------------- TLS


def ssl_context(server: ServerSettings) -> ssl.SSLContext:
    """Verifying context: the system's trust store, or only ``ca_file`` when set."""
    try:
        return ssl.create_default_context(cafile=str(server.ca_file) if server.ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise TLSError(
            f"cannot use ca_file {server.ca_file}: {getattr(exc, 'reason', None) or exc}",
            hint="it must be a PEM certificate",
        ) from None


def tls_version(sock: Any) -> str | None:
    """``"TLSv1.3"`` for an encrypted socket, None for plain text."""
    version = getattr(sock, "version", None)
    return version() if callable(version) else None


# --------------------------------------------------------------------------- errors


def mail_error(exc: BaseException, server: ServerSettings, timeout: float) -> MailError:
    """Translate a socket/TLS/IMAP/SMTP exception into one line of the error tree."""
    where = f"{server.host}:{server.port}"
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or exc.reason or str(exc)
        if server.ca_file:
            hint = f"is {server.ca_file} the certificate this server presents?"
        else:
            hint = "set ca_file to the server's certificate if you trust it"
        return TLSError(f"certificate of {server.host} not trusted: {reason}", hint=hint)
    if isinstance(exc, ssl.SSLError):
        other = "starttls" if server.tls == "tls" else "tls"
        return TLSError(
            f"TLS with {where} failed: {exc.reason or exc}",
            hint=f'does port {server.port} speak tls = "{server.tls}"? try tls = "{other}" '
            "or the other port",
        )
    if isinstance(exc, socket.gaierror):
        return ConnectError(
            f"cannot find {server.host}: {exc.strerror or exc}", hint="check the host name"
        )
    if isinstance(exc, TimeoutError):
        return ConnectError(
            f"{where} did not answer within {timeout:g} s",
            hint=f'check host, port and tls = "{server.tls}" (a TLS port waits silently '
            "for a plain-text client)",
            transient=True,
        )
    if isinstance(exc, ConnectionRefusedError):
        return ConnectError(
            f"cannot reach {where}: Connection refused",
            hint="is the server running and the port right?",
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected) and "timed out" in str(exc):
        return mail_error(TimeoutError(str(exc)), server, timeout)
    if isinstance(exc, (imaplib.IMAP4.abort, smtplib.SMTPServerDisconnected, EOFError)):
        return ConnectError(f"{where} closed the connection: {_short(exc)}", transient=True)
    if isinstance(exc, OSError):
        return ConnectError(f"cannot reach {where}: {exc.strerror or _short(exc)}", transient=True)
    if isinstance(exc, smtplib.SMTPResponseException):
        return ProtocolError(f"{where} answered {exc.smtp_code}: {_short(exc.smtp_error)}")
    return ProtocolError(f"{where} answered unexpectedly: {_short(exc)}")


def _short(value: object, limit: int = 160) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = " ".join(str(value).split())
    if text.startswith("b'") and text.endswith("'"):
        text = text[2:-1]
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _close_quietly(close: Callable[[], object]) -> None:
    # Already failing: the first error is the one to show.
    with contextlib.suppress(Exception):
        close()


def _login_or_close(login: Callable[[], None], close: Callable[[], object]) -> None:
    """Log in on a fresh connection; one that cannot is closed before the error goes on."""
    try:
        login()
    except BaseException:
        _close_quietly(close)
        raise


def _timeout(server: ServerSettings, timeout: float | None) -> float:
    return float(timeout if timeout is not None else server.timeout)


def _imap_of(account: AccountSettings | ImapSettings) -> ImapSettings:
    return account.imap if isinstance(account, AccountSettings) else account


def _smtp_of(account: AccountSettings | SmtpSettings) -> SmtpSettings:
    if isinstance(account, SmtpSettings):
        return account
    if account.smtp is None:
        raise ConfigError(
            f"account {account.name or account.email} has no [smtp] table",
            hint="add [accounts.NAME.smtp] with host (and tls) to send mail",
        )
    return account.smtp


# --------------------------------------------------------------------------- IMAP


def connect_imap(
    server: ImapSettings,
    *,
    timeout: float | None = None,
    client_factory: Callable[..., IMAPClient] = IMAPClient,
) -> IMAPClient:
    """An IMAP connection with TLS in place (implicit or STARTTLS), not logged in."""
    seconds = _timeout(server, timeout)
    context = ssl_context(server) if server.tls != "none" else None
    try:
        client = client_factory(
            server.host,
            port=server.port,
            ssl=server.tls == "tls",
            ssl_context=context,
            timeout=seconds,
        )
    except Exception as exc:
        raise mail_error(exc, server, seconds) from None
    if server.tls == "starttls":
        try:
            if b"STARTTLS" not in client.capabilities():
                raise TLSError(
                    f"{server.host}:{server.port} does not offer STARTTLS",
                    hint='use tls = "tls" (port 993) if the server has it',
                )
            client.starttls(context)
        except Exception as exc:
            _close_quietly(client.shutdown)
            raise mail_error(exc, server, seconds) from None
    return client


def login_imap(client: IMAPClient, server: ImapSettings, secret: Secret) -> None:
    """Log in with a password (LOGIN) or an OAuth2 token (XOAUTH2, else OAUTHBEARER)."""
    seconds = server.timeout
    try:
        capabilities = set(client.capabilities())
        if secret.kind == "oauth2":
            if b"AUTH=XOAUTH2" in capabilities:
                client.oauth2_login(server.login, secret.reveal())
            elif b"AUTH=OAUTHBEARER" in capabilities:
                client.oauthbearer_login(server.login, secret.reveal())
            else:
                raise AuthError(
                    f"{server.host} offers neither XOAUTH2 nor OAUTHBEARER",
                    hint='use auth = "password" for this server',
                )
        else:
            if b"LOGINDISABLED" in capabilities:
                raise AuthError(
                    f"{server.host} does not allow a password login on this connection",
                    hint='use tls = "tls" or "starttls"',
                )
            client.login(server.login, secret.reveal())
    except imap_errors.LoginError as exc:
        raise AuthError(
            f"{server.host} refused the login for {server.login}",
            hint=_auth_hint(server, secret, _short(exc)),
        ) from None
    except MailError:
        raise
    except Exception as exc:
        raise mail_error(exc, server, seconds) from None


def _auth_hint(server: ServerSettings, secret: Secret, said: str) -> str:
    if secret.kind == "oauth2":
        base = "expired or wrong token? check token_command"
    else:
        base = "wrong password?"
        if server.host.endswith(("gmail.com", "googlemail.com")):
            base += " Gmail needs an app password"
    origin = f"; it came from {secret.source}" if secret.source else ""
    return f"{base}{origin}; the server said: {said}" if said else base + origin


def open_imap(
    account: AccountSettings | ImapSettings,
    *,
    secret_provider: SecretProvider = get_secret,
    timeout: float | None = None,
    client_factory: Callable[..., IMAPClient] = IMAPClient,
) -> IMAPClient:
    """A logged-in IMAPClient for ``account`` (or its ``[imap]`` settings)."""
    server = _imap_of(account)
    secret = secret_provider(server)
    client = connect_imap(server, timeout=timeout, client_factory=client_factory)
    _login_or_close(lambda: login_imap(client, server, secret), client.shutdown)
    return client


def special_use_roles(
    listing: Iterable[tuple[Sequence[Any], Any, Any]],
) -> dict[str, str]:
    """role -> folder from a LIST answer: special-use flags first, then common names.

    Roles: ``sent``, ``drafts``, ``junk``, ``trash`` and ``all`` (Gmail's All Mail).
    """
    entries = [(flags, _text(delimiter), _text(name)) for flags, delimiter, name in listing]
    roles: dict[str, str] = {}
    for flags, _delimiter, name in entries:
        for flag in flags:
            role = SPECIAL_USE_FLAGS.get(_text(flag).lower())
            if role and role not in roles:
                roles[role] = name
    for role, names in FOLDER_NAMES.items():
        if role in roles:
            continue
        wanted = [n.lower() for n in names]
        for candidate in wanted:  # the order of FOLDER_NAMES is the preference
            match = next(
                (
                    name
                    for _flags, delimiter, name in entries
                    if name.lower() == candidate
                    or (delimiter and name.lower().rsplit(delimiter.lower(), 1)[-1] == candidate)
                ),
                None,
            )
            if match is not None:
                roles[role] = match
                break
    return roles


def special_folders(client: IMAPClient) -> dict[str, str]:
    """Sent/Drafts/Junk/Trash (and Gmail's All Mail) of a logged-in account."""
    return special_use_roles(client.list_folders())


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


# --------------------------------------------------------------------------- SMTP


def connect_smtp(
    server: SmtpSettings,
    *,
    timeout: float | None = None,
    local_hostname: str | None = None,
) -> smtplib.SMTP:
    """An SMTP connection after EHLO, with TLS in place (implicit or STARTTLS)."""
    seconds = _timeout(server, timeout)
    context = ssl_context(server) if server.tls != "none" else None
    smtp: smtplib.SMTP | None = None
    try:
        if server.tls == "tls":
            smtp = smtplib.SMTP_SSL(
                server.host,
                server.port,
                local_hostname=local_hostname,
                timeout=seconds,
                context=context,
            )
        else:
            smtp = smtplib.SMTP(
                server.host, server.port, local_hostname=local_hostname, timeout=seconds
            )
        smtp.ehlo()
        if server.tls == "starttls":
            if not smtp.has_extn("starttls"):
                raise TLSError(
                    f"{server.host}:{server.port} does not offer STARTTLS",
                    hint='use tls = "tls" (port 465) if the server has it',
                )
            smtp.starttls(context=context)
            smtp.ehlo()
    except Exception as exc:
        if smtp is not None:
            _close_quietly(smtp.close)
        if isinstance(exc, smtplib.SMTPConnectError):
            raise ConnectError(
                f"{server.host}:{server.port} refused the session: {exc.smtp_code} "
                f"{_short(exc.smtp_error)}"
            ) from None
        raise mail_error(exc, server, seconds) from None
    return smtp


def auth_mechanisms(smtp: smtplib.SMTP) -> list[str]:
    """The AUTH mechanisms the server offers on this connection (after EHLO)."""
    return smtp.esmtp_features.get("auth", "").upper().split()


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (Google, Microsoft)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer_string(user: str, token: str, host: str, port: int) -> str:
    """The SASL OAUTHBEARER initial response (RFC 7628)."""
    return f"n,a={user},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"


def login_smtp(smtp: smtplib.SMTP, server: SmtpSettings, secret: Secret) -> None:
    """AUTH with a password (the best mechanism offered) or an OAuth2 token."""
    mechanisms = auth_mechanisms(smtp)
    if not mechanisms:
        raise AuthError(
            f"{server.host} offers no AUTH on this connection",
            hint="the server may want STARTTLS first, or a different port",
        )
    try:
        if secret.kind == "oauth2":
            if "XOAUTH2" in mechanisms:
                initial = xoauth2_string(server.login, secret.reveal())
                mechanism = "XOAUTH2"
            elif "OAUTHBEARER" in mechanisms:
                initial = oauthbearer_string(
                    server.login, secret.reveal(), server.host, server.port
                )
                mechanism = "OAUTHBEARER"
            else:
                raise AuthError(
                    f"{server.host} offers neither XOAUTH2 nor OAUTHBEARER "
                    f"(only {' '.join(mechanisms)})",
                    hint='use auth = "password" for this server',
                )

            def answer(challenge: bytes | None = None) -> str:
                # After a failure the server sends an error challenge; an empty
                # answer ends the exchange with the real status code.
                return initial if challenge is None else ""

            smtp.auth(mechanism, answer, initial_response_ok=True)
        else:
            smtp.login(server.login, secret.reveal())
    except smtplib.SMTPAuthenticationError as exc:
        raise AuthError(
            f"{server.host} refused the login for {server.login}",
            hint=_auth_hint(server, secret, f"{exc.smtp_code} {_short(exc.smtp_error)}"),
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise AuthError(f"{server.host} offers no AUTH on this connection") from None
    except MailError:
        raise
    except smtplib.SMTPException as exc:
        if "No suitable authentication method" in str(exc):
            raise AuthError(
                f"{server.host} offers no password mechanism we can use "
                f"(only {' '.join(mechanisms)})"
            ) from None
        raise mail_error(exc, server, server.timeout) from None
    except Exception as exc:
        raise mail_error(exc, server, server.timeout) from None


def open_smtp(
    account: AccountSettings | SmtpSettings,
    *,
    secret_provider: SecretProvider = get_secret,
    timeout: float | None = None,
    local_hostname: str | None = None,
) -> smtplib.SMTP:
    """A logged-in SMTP connection for ``account`` (or its ``[smtp]`` settings)."""
    server = _smtp_of(account)
    if server.auth == "none":  # a local MTA on loopback (checked by the settings)
        return connect_smtp(server, timeout=timeout, local_hostname=local_hostname)
    secret = secret_provider(server)
    smtp = connect_smtp(server, timeout=timeout, local_hostname=local_hostname)
    _login_or_close(lambda: login_smtp(smtp, server, secret), smtp.close)
    return smtp
