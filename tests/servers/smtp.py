"""A real SMTP server for tests: aiosmtpd on loopback, TLS and AUTH required, envelopes recorded.

Two modes: ``"starttls"`` (port-587 style: MAIL before STARTTLS gets 530) and ``"tls"``
(port-465 style, implicit TLS; aiosmtpd then needs ``auth_require_tls=False`` or it never
offers AUTH). :meth:`SmtpServer.fail_next` makes the next transactions answer a chosen reply.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import secrets
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from .certs import TestCert
from .dovecot import free_port, quiet_logger

Stage = Literal["MAIL", "RCPT", "DATA"]
SmtpMode = Literal["starttls", "tls"]


@dataclass(frozen=True)
class ReceivedMessage:
    """One accepted transaction, as the server saw it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    login: str | None

    def parsed(self) -> email.message.EmailMessage:
        msg = email.message_from_bytes(self.content, policy=email.policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        return msg


@dataclass
class _Recorder:
    """The aiosmtpd handler: records envelopes, answers forced replies when asked to."""

    messages: list[ReceivedMessage] = field(default_factory=list)
    forced: dict[str, deque[str]] = field(
        default_factory=lambda: {"MAIL": deque(), "RCPT": deque(), "DATA": deque()}
    )
    lock: threading.Lock = field(default_factory=threading.Lock)
    attempts: int = 0  # DATA commands seen, accepted or not

    def _forced(self, stage: str) -> str | None:
        with self.lock:
            queue = self.forced[stage]
            return queue.popleft() if queue else None

    async def handle_MAIL(  # noqa: N802 - aiosmtpd hook name
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        reply = self._forced("MAIL")
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self._forced("RCPT")
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            self.attempts += 1
        reply = self._forced("DATA")
        if reply:
            return reply
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode("utf-8")
        login = session.auth_data.login if isinstance(session.auth_data, LoginPassword) else None
        with self.lock:
            self.messages.append(
                ReceivedMessage(
                    mail_from=envelope.mail_from,
                    rcpt_tos=tuple(envelope.rcpt_tos),
                    content=bytes(content),
                    login=login.decode() if isinstance(login, bytes) else login,
                )
            )
        return "250 OK message accepted"


class SmtpServer:
    """Start with :meth:`start`; ``messages`` lists what was accepted."""

    def __init__(
        self,
        cert: TestCert,
        mode: SmtpMode = "starttls",
        user: str = "sender@example.test",
        password: str | None = None,
    ) -> None:
        if mode not in ("starttls", "tls"):
            raise ValueError(f"mode must be 'starttls' or 'tls', not {mode!r}")
        self.cert = cert
        self.mode: SmtpMode = mode
        self.host = "127.0.0.1"
        self.port = 0
        self.user = user
        self.password = password or f"smtp-{secrets.token_hex(6)}"
        self.auth_failures = 0
        self._recorder = _Recorder()
        self._controller: Controller | None = None

    @property
    def ca_file(self) -> str:
        return str(self.cert.ca_file)

    @property
    def messages(self) -> list[ReceivedMessage]:
        return self._recorder.messages

    @property
    def attempts(self) -> int:
        """How many DATA commands arrived (accepted or refused by :meth:`fail_next`)."""
        return self._recorder.attempts

    def fail_next(self, reply: str, times: int = 1, at: Stage = "DATA") -> None:
        """Answer the next ``times`` MAIL/RCPT/DATA commands with ``reply``, e.g.
        ``"451 4.3.0 Try again later"`` or ``"550 5.1.1 No such user"``; then normal again."""
        code = reply[:3]
        if not (code.isdigit() and code[0] in "2345"):
            raise ValueError(f"reply must start with an SMTP code: {reply!r}")
        with self._recorder.lock:
            self._recorder.forced[at].extend([reply] * times)

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.user.encode()
            and auth_data.password == self.password.encode()
        )
        if not ok:
            self.auth_failures += 1
            # handled=False: aiosmtpd itself answers 535 (handled=True would send nothing).
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=auth_data)

    def start(self) -> SmtpServer:
        quiet_logger("mail.log")  # aiosmtpd's logger, in our process (see quiet_logger)
        last: Exception | None = None
        for _ in range(5):  # a free port can be taken between probing and binding
            self.port = free_port()
            common: dict[str, Any] = dict(
                hostname=self.host,
                port=self.port,
                authenticator=self._authenticate,
                auth_required=True,
                server_hostname="localhost",
                ready_timeout=10,
            )
            if self.mode == "starttls":
                controller = Controller(
                    self._recorder,
                    tls_context=self.cert.server_context(),
                    require_starttls=True,
                    **common,
                )
            else:
                # aiosmtpd then warns "Requiring AUTH while not requiring TLS" for each
                # connection, although they are TLS from the first byte; conftest filters it.
                controller = Controller(
                    self._recorder,
                    ssl_context=self.cert.server_context(),
                    auth_require_tls=False,
                    **common,
                )
            try:
                controller.start()
            except Exception as exc:
                last = exc
                continue
            self._controller = controller
            return self
        raise RuntimeError(f"aiosmtpd did not start: {last!r}")

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def config_keys(self) -> dict[str, Any]:
        """The ``[accounts.X.smtp]`` keys of shared/DESIGN.md for this server."""
        return {
            "host": self.host,
            "port": self.port,
            "tls": self.mode,
            "login": self.user,
            "password_command": f"echo {self.password}",
            "ca_file": self.ca_file,
        }
