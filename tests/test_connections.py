"""IMAP and SMTP connections against the real test servers (Dovecot, aiosmtpd)."""

from __future__ import annotations

import base64
import socket
import ssl
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from assistant.adapters.connections import (
    connect_imap,
    login_imap,
    mail_error,
    oauthbearer_string,
    open_imap,
    open_smtp,
    special_folders,
    special_use_roles,
    xoauth2_string,
)
from assistant.adapters.credentials import Secret
from assistant.adapters.settings import AccountSettings, ImapSettings, SmtpSettings
from assistant.errors import AuthError, ConfigError, ConnectError, TLSError
from tests.servers import ImapAccount, SmtpServer, TestCert, free_port


def imap_settings(account: ImapAccount, **overrides: Any) -> ImapSettings:
    keys = account.config_keys(overrides.pop("tls", "tls"))
    keys.pop("password_command")
    keys.update(overrides)
    keys = {k: v for k, v in keys.items() if v is not None}
    return ImapSettings(**keys)


def smtp_settings(server: SmtpServer, **overrides: Any) -> SmtpSettings:
    keys = server.config_keys()
    keys.pop("password_command")
    keys.update(overrides)
    keys = {k: v for k, v in keys.items() if v is not None}
    return SmtpSettings(**keys)


def provider(value: str, kind: str = "password") -> Any:
    return lambda server: Secret(value, kind=kind, source="test")  # type: ignore[arg-type]


def closed_port() -> int:
    """A loopback port where nothing listens."""
    return free_port()


# --------------------------------------------------------------------------- pure parts


def test_special_use_flags_win_over_names() -> None:
    listing = [
        ((b"\\HasNoChildren",), b".", "INBOX"),
        ((b"\\HasNoChildren",), b".", "Sent"),
        ((b"\\HasNoChildren", b"\\Sent"), b".", "Sent Items"),
        ((b"\\Drafts",), b".", "Entwürfe"),
        ((b"\\Junk",), b".", "Bulk"),
        ((b"\\Trash",), b".", "Papierkorb"),
    ]
    assert special_use_roles(listing) == {
        "sent": "Sent Items",
        "drafts": "Entwürfe",
        "junk": "Bulk",
        "trash": "Papierkorb",
    }


def test_names_are_the_fallback_including_gmail_and_subfolders() -> None:
    gmail = [
        ((), b"/", "INBOX"),
        ((b"\\HasChildren", b"\\Noselect"), b"/", "[Gmail]"),
        ((), b"/", "[Gmail]/All Mail"),
        ((), b"/", "[Gmail]/Sent Mail"),
        ((), b"/", "[Gmail]/Spam"),
        ((), b"/", "[Gmail]/Drafts"),
    ]
    assert special_use_roles(gmail) == {
        "sent": "[Gmail]/Sent Mail",
        "drafts": "[Gmail]/Drafts",
        "junk": "[Gmail]/Spam",
        "all": "[Gmail]/All Mail",
    }
    courier = [((), b".", "INBOX"), ((), b".", "INBOX.Sent"), ((), b".", "INBOX.Junk")]
    assert special_use_roles(courier) == {"sent": "INBOX.Sent", "junk": "INBOX.Junk"}
    assert special_use_roles([((b"\\All",), b"/", "Everything")]) == {"all": "Everything"}


def test_oauth_strings() -> None:
    assert xoauth2_string("a@b.c", "tok") == "user=a@b.c\x01auth=Bearer tok\x01\x01"
    assert oauthbearer_string("a@b.c", "tok", "h", 587).startswith("n,a=a@b.c,\x01host=h\x01")


def test_error_mapping_is_one_line_with_a_hint() -> None:
    server = ImapSettings(host="imap.example.com", port=993)
    refused = mail_error(ConnectionRefusedError(111, "Connection refused"), server, 5)
    assert str(refused).startswith("cannot reach imap.example.com:993: Connection refused")
    assert isinstance(refused, ConnectError)
    timeout = mail_error(TimeoutError("timed out"), server, 5)
    assert "did not answer within 5 s" in str(timeout)
    unknown = mail_error(socket.gaierror(-2, "Name or service not known"), server, 5)
    assert str(unknown).startswith("cannot find imap.example.com")


def test_oauth2_login_picks_the_mechanism_the_server_offers() -> None:
    """The mechanism choice, with a stand-in client (Dovecot here has no OAuth2 passdb)."""

    class Client:
        def __init__(self, caps: set[bytes]) -> None:
            self.caps, self.calls = caps, []

        def capabilities(self) -> set[bytes]:
            return self.caps

        def oauth2_login(self, user: str, token: str) -> None:
            self.calls.append(("XOAUTH2", user, token))

        def oauthbearer_login(self, user: str, token: str) -> None:
            self.calls.append(("OAUTHBEARER", user, token))

    server = ImapSettings(
        host="imap.example.com", login="alex@example.com", auth="oauth2", token_command="t"
    )
    token = Secret("tok", kind="oauth2")
    both = Client({b"IMAP4REV1", b"AUTH=XOAUTH2", b"AUTH=OAUTHBEARER"})
    login_imap(both, server, token)  # type: ignore[arg-type]
    assert both.calls == [("XOAUTH2", "alex@example.com", "tok")]
    bearer = Client({b"AUTH=OAUTHBEARER"})
    login_imap(bearer, server, token)  # type: ignore[arg-type]
    assert bearer.calls == [("OAUTHBEARER", "alex@example.com", "tok")]
    with pytest.raises(AuthError, match="neither XOAUTH2 nor OAUTHBEARER"):
        login_imap(Client({b"AUTH=PLAIN"}), server, token)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- IMAP, real


@pytest.mark.parametrize("tls", ["tls", "starttls"])
def test_open_imap_logs_in_with_tls_and_starttls(imap_account: ImapAccount, tls: str) -> None:
    server = imap_settings(imap_account, tls=tls)
    client = open_imap(server, secret_provider=provider(imap_account.password))
    try:
        assert client.socket().version() in ("TLSv1.2", "TLSv1.3")
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
    finally:
        client.logout()


def test_open_imap_takes_a_whole_account_and_its_password_command(
    imap_account: ImapAccount,
) -> None:
    account = AccountSettings(email="alex@example.com", imap=imap_account.config_keys("tls"))
    account.imap._account = "test"
    with open_imap(account) as client:  # real get_secret: runs `echo <password>`
        assert b"IMAP4REV1" in client.capabilities()


def test_plain_text_to_loopback_is_allowed(imap_account: ImapAccount) -> None:
    server = imap_settings(imap_account, tls="none", port=imap_account.port_plain, ca_file=None)
    with open_imap(server, secret_provider=provider(imap_account.password)) as client:
        assert client.socket().__class__ is socket.socket


def test_special_folders_on_the_real_server(imap_account: ImapAccount) -> None:
    with open_imap(
        imap_settings(imap_account), secret_provider=provider(imap_account.password)
    ) as client:
        roles = special_folders(client)
    sep = imap_account.separator
    assert {roles["sent"], roles["drafts"], roles["junk"], roles["trash"]} == {
        name if sep == "." else name for name in ("Sent", "Drafts", "Junk", "Trash")
    }


def test_wrong_password_is_an_auth_error_without_the_password(imap_account: ImapAccount) -> None:
    wrong = "not-the-Password-42"
    with pytest.raises(AuthError) as caught:
        open_imap(imap_settings(imap_account), secret_provider=provider(wrong))
    message = str(caught.value)
    assert message.startswith(f"127.0.0.1 refused the login for {imap_account.user}")
    assert "wrong password?" in message
    assert wrong not in message
    assert imap_account.password not in message


def test_untrusted_certificate_is_a_tls_error_naming_ca_file(imap_account: ImapAccount) -> None:
    for tls in ("tls", "starttls"):
        with pytest.raises(TLSError) as caught:
            open_imap(
                imap_settings(imap_account, tls=tls, ca_file=None),
                secret_provider=provider(imap_account.password),
            )
        message = str(caught.value)
        assert message.startswith("certificate of 127.0.0.1 not trusted:")
        assert "set ca_file" in message


def test_implicit_tls_on_a_plain_port_is_a_tls_error(imap_account: ImapAccount) -> None:
    server = imap_settings(imap_account, tls="tls", port=imap_account.port_plain, timeout=5)
    with pytest.raises(TLSError) as caught:
        open_imap(server, secret_provider=provider(imap_account.password))
    assert f"TLS with 127.0.0.1:{imap_account.port_plain} failed" in str(caught.value)
    assert 'try tls = "starttls"' in str(caught.value)


def test_starttls_on_the_tls_port_times_out_with_a_hint(imap_account: ImapAccount) -> None:
    server = imap_settings(imap_account, tls="starttls", port=imap_account.port_tls, timeout=0.5)
    with pytest.raises(ConnectError) as caught:
        open_imap(server, secret_provider=provider(imap_account.password))
    assert "did not answer within 0.5 s" in str(caught.value)


def test_unreachable_port_is_a_connect_error(imap_account: ImapAccount) -> None:
    port = closed_port()
    with pytest.raises(ConnectError) as caught:
        connect_imap(imap_settings(imap_account, port=port))
    assert str(caught.value).startswith(f"cannot reach 127.0.0.1:{port}: Connection refused")


def test_oauth2_against_a_password_only_server_is_an_auth_error(
    imap_account: ImapAccount,
) -> None:
    server = imap_settings(imap_account, auth="oauth2", token_command="echo t")
    with pytest.raises(AuthError, match="neither XOAUTH2 nor OAUTHBEARER"):
        open_imap(server, secret_provider=provider("token", kind="oauth2"))


def test_a_failing_secret_provider_opens_no_connection(imap_account: ImapAccount) -> None:
    from assistant.errors import SecretError

    def failing(server: Any) -> Secret:
        raise SecretError("no password")

    calls: list[Any] = []

    def factory(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        raise AssertionError("must not connect")

    with pytest.raises(SecretError):
        open_imap(imap_settings(imap_account), secret_provider=failing, client_factory=factory)
    assert calls == []


# --------------------------------------------------------------------------- SMTP, real


def _message(sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "recruiter@example.test"
    message["Subject"] = "Checking in"
    message.set_content("Hello there.")
    return message


@pytest.mark.parametrize("fixture", ["smtp_server", "smtp_server_tls"])
def test_open_smtp_logs_in_and_sends(request: pytest.FixtureRequest, fixture: str) -> None:
    server: SmtpServer = request.getfixturevalue(fixture)
    smtp = open_smtp(smtp_settings(server), secret_provider=provider(server.password))
    try:
        assert isinstance(smtp.sock, ssl.SSLSocket)
        smtp.send_message(_message(server.user))
    finally:
        smtp.quit()
    assert len(server.messages) == 1
    assert server.messages[0].login == server.user


def test_smtp_wrong_password(smtp_server: SmtpServer) -> None:
    wrong = "wrong-Smtp-pass-7"
    with pytest.raises(AuthError) as caught:
        open_smtp(smtp_settings(smtp_server), secret_provider=provider(wrong))
    message = str(caught.value)
    assert message.startswith(f"127.0.0.1 refused the login for {smtp_server.user}")
    assert "535" in message
    assert wrong not in message
    assert smtp_server.auth_failures >= 1


@pytest.mark.parametrize("fixture", ["smtp_server", "smtp_server_tls"])
def test_smtp_untrusted_certificate(request: pytest.FixtureRequest, fixture: str) -> None:
    server: SmtpServer = request.getfixturevalue(fixture)
    with pytest.raises(TLSError) as caught:
        open_smtp(smtp_settings(server, ca_file=None), secret_provider=provider(server.password))
    assert str(caught.value).startswith("certificate of 127.0.0.1 not trusted")
    assert "set ca_file" in str(caught.value)


def test_smtp_unreachable_port() -> None:
    port = closed_port()
    server = SmtpSettings(host="127.0.0.1", port=port, tls="starttls", login="x")
    with pytest.raises(ConnectError, match=f"cannot reach 127.0.0.1:{port}: Connection refused"):
        open_smtp(server, secret_provider=provider("pw"))


def test_smtp_plain_client_on_a_tls_port_times_out(smtp_server_tls: SmtpServer) -> None:
    server = smtp_settings(smtp_server_tls, tls="starttls", timeout=0.5)
    with pytest.raises(ConnectError, match="did not answer within 0.5 s"):
        open_smtp(server, secret_provider=provider(smtp_server_tls.password))


def test_account_without_smtp_is_a_config_error() -> None:
    account = AccountSettings(email="alex@example.com", imap={"host": "imap.example.com"})
    with pytest.raises(ConfigError, match=r"has no \[smtp\] table"):
        open_smtp(account, secret_provider=provider("x"))


# --------------------------------------------------------------------------- SMTP XOAUTH2


class OAuthHandler:
    """aiosmtpd handler offering XOAUTH2 and checking the bearer token like Gmail does."""

    def __init__(self, user: str, token: str) -> None:
        self.user, self.token = user, token
        self.seen: list[str] = []
        self.lock = threading.Lock()

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:  # noqa: N802
        blob = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        with self.lock:
            self.seen.append(blob)
        if blob == xoauth2_string(self.user, self.token):
            return AuthResult(success=True)
        # Like Gmail: an error challenge first, then 535 after the client's empty answer.
        await server.challenge_auth('{"status":"401","schemes":"bearer"}')
        return AuthResult(success=False, handled=False)  # aiosmtpd then answers 535

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        return "250 OK"


@pytest.fixture
def oauth_smtp(test_cert: TestCert) -> Iterator[tuple[OAuthHandler, int, Path]]:
    handler = OAuthHandler("alex@example.com", "ya29.good-token")
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=test_cert.server_context(),
        require_starttls=True,
        auth_required=True,
        authenticator=lambda *args: AuthResult(success=False),
        server_hostname="localhost",
    )
    controller.start()
    try:
        yield handler, port, test_cert.ca_file
    finally:
        controller.stop()


def test_smtp_xoauth2_login_and_refusal(oauth_smtp: tuple[OAuthHandler, int, Path]) -> None:
    handler, port, ca_file = oauth_smtp
    server = SmtpSettings(
        host="127.0.0.1",
        port=port,
        tls="starttls",
        login="alex@example.com",
        auth="oauth2",
        token_command="oama access alex@example.com",
        ca_file=ca_file,
    )
    smtp = open_smtp(server, secret_provider=provider("ya29.good-token", kind="oauth2"))
    smtp.quit()
    assert handler.seen == [xoauth2_string("alex@example.com", "ya29.good-token")]
    with pytest.raises(AuthError) as caught:
        open_smtp(server, secret_provider=provider("ya29.expired", kind="oauth2"))
    assert "refused the login for alex@example.com" in str(caught.value)
    assert "token_command" in str(caught.value)
    assert "ya29.expired" not in str(caught.value)


def test_debug_logging_never_shows_the_password(
    imap_account: ImapAccount, smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    """`followup --debug` logs the IMAP conversation; LOGIN must stay redacted."""
    import logging

    caplog.set_level(logging.DEBUG)
    with open_imap(
        imap_settings(imap_account), secret_provider=provider(imap_account.password)
    ) as client:
        client.noop()
    smtp = open_smtp(smtp_settings(smtp_server), secret_provider=provider(smtp_server.password))
    smtp.quit()
    assert "LOGIN" in caplog.text  # the conversation was logged ...
    assert imap_account.password not in caplog.text  # ... without the secret
    assert smtp_server.password not in caplog.text
