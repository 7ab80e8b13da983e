"""pymap (pure-Python IMAP, in-memory dict backend) as a stand-in when Dovecot is unavailable.

It runs inside the test process, on its own event loop in a daemon thread, so users and messages
can be added directly to the backend (no APPEND round trip). Differences from the Dovecot setup:
no LOGIN before STARTTLS on the plain port, hierarchy separator ``/``, no real Maildir
(``maildir`` is None), and it is 4-5x slower. The implicit-TLS port is a second listener that
wraps the same server in TLS. Special-use folders are reported by a small Session subclass.
"""

from __future__ import annotations

import asyncio
import contextvars
import secrets
import threading
from argparse import Namespace
from collections.abc import Coroutine, Sequence
from concurrent.futures import Future
from contextlib import AsyncExitStack
from datetime import UTC, datetime
from typing import Any, TypeVar

from .certs import TestCert
from .dovecot import SPECIAL_USE, free_port, quiet_logger
from .maildir import Flags, maildir_letters

_T = TypeVar("_T")
_LETTER_FLAGS = {"D": b"\\Draft", "F": b"\\Flagged", "R": b"\\Answered", "S": b"\\Seen"}
_LETTER_FLAGS["T"] = b"\\Deleted"


def pymap_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("pymap")
    except Exception:
        return None


def _args(host: str, port: int, cert: TestCert, tls: bool) -> Namespace:
    return Namespace(
        host=host,
        port=port,
        cert=str(cert.cert),
        key=str(cert.key),
        tls=tls,
        debug=False,
        passlib_cfg=None,
        proxy_protocol=None,
        inherited_sockets=None,
        demo_data=False,
        demo_user="demouser",
        demo_password=secrets.token_hex(16),
        skip_services=[],
    )


class PymapServer:
    """Same surface as DovecotServer where tests need it: host, ports, add_user, stop."""

    def __init__(self, cert: TestCert) -> None:
        self.cert = cert
        self.host = "127.0.0.1"
        self.port_plain = 0
        self.port_tls = 0
        self.version = pymap_version() or "unknown"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._context: contextvars.Context | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._counter = 0
        self._login: Any = None
        self._config: Any = None

    def start(self, timeout: float = 15.0) -> PymapServer:
        # The server shares our process: its DEBUG lines (LOGIN with the password) would land
        # in the tests' caplog as if the client had logged them.
        quiet_logger("pymap")
        self.port_plain, self.port_tls = free_port(), free_port()
        self._thread = threading.Thread(target=self._run, name="pymap-fallback", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("pymap did not start in time")
        if self._error is not None:
            raise RuntimeError(f"pymap failed to start: {self._error!r}") from self._error
        return self

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported to start()
            self._error = exc
            self._ready.set()

    async def _main(self) -> None:
        from proxyprotocol.reader import ProxyProtocolReader
        from pymap.backend.dict import DictBackend, Login
        from pymap.imap import IMAPServer, IMAPService
        from pysasl.hashing import Cleartext

        _install_special_use()
        config_cls = _fallback_config_class()
        # Cleartext "hashing": pymap's default PBKDF2 costs ~0.2 s per user and per login.
        fast = {"hash_context": Cleartext(), "invalid_user_sleep": 0.0}
        config = config_cls.from_args(
            _args(self.host, self.port_plain, self.cert, tls=True), **fast
        )
        login = Login(config)
        backend = DictBackend(login, config)
        config.apply_context()
        # Implicit TLS: a second listener whose config offers no STARTTLS but plain auth at once.
        tls_config = config_cls.from_args(
            _args(self.host, self.port_tls, self.cert, tls=False), **fast
        )
        self._loop = asyncio.get_running_loop()
        self._context = contextvars.copy_context()
        self._stop = asyncio.Event()
        self._login, self._config = login, config
        async with AsyncExitStack() as stack:
            await IMAPService(backend, config).start(stack)
            callback = ProxyProtocolReader(tls_config.proxy_protocol).get_callback(
                IMAPServer(login, tls_config)
            )
            server = await asyncio.start_server(
                callback, host=self.host, port=self.port_tls, ssl=self.cert.server_context()
            )
            await stack.enter_async_context(server)
            self._ready.set()
            await self._stop.wait()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout=10)
        self._loop = None

    cleanup = stop

    def _call(self, coro: Coroutine[Any, Any, _T]) -> _T:
        """Run a coroutine on the server loop (with its context vars) and wait for it."""
        assert self._loop is not None and self._context is not None, "pymap is not running"
        loop, context = self._loop, self._context
        result: Future[_T] = Future()

        def spawn() -> None:
            task = loop.create_task(coro, context=context.copy())
            task.add_done_callback(
                lambda t: (
                    result.set_exception(t.exception())  # type: ignore[arg-type]
                    if t.exception()
                    else result.set_result(t.result())
                )
            )

        loop.call_soon_threadsafe(spawn)
        return result.result(timeout=30)

    # -- users and messages ----------------------------------------------------------------
    def add_user(self, name: str | None = None, password: str | None = None) -> tuple[str, str]:
        self._counter += 1
        name = name or f"u{self._counter}"
        password = password or f"pw-{secrets.token_hex(6)}"
        self._call(self._add_user(name, password))
        return name, password

    async def _add_user(self, name: str, password: str) -> None:
        from pymap.backend.dict import Identity
        from pymap.backend.dict.filter import FilterSet
        from pymap.backend.dict.mailbox import MailboxSet
        from pymap.user import Passwords, UserMetadata

        hashed = await Passwords(self._config).hash_password(password)
        await Identity(name, self._login, None, frozenset()).set(
            UserMetadata(self._config, name, password=hashed)
        )
        mailbox_set = MailboxSet()
        for folder in SPECIAL_USE:
            await mailbox_set.add_mailbox(folder)
            await mailbox_set.set_subscribed(folder, True)
        self._config.set_cache[name] = (mailbox_set, FilterSet())

    def deliver(
        self,
        user: str,
        raw: bytes,
        folder: str = "INBOX",
        flags: Flags = "",
        internaldate: datetime | float | None = None,
    ) -> int:
        """Add a message straight to the in-memory mailbox; returns its UID."""
        if not isinstance(raw, bytes | bytearray):
            raise TypeError("deliver() wants the raw message as bytes")
        letters = maildir_letters(flags)
        if isinstance(internaldate, int | float):
            when = datetime.fromtimestamp(internaldate, UTC)
        else:
            when = internaldate or datetime.now(UTC)
        return self._call(self._deliver(user, bytes(raw), folder, letters, when))

    async def _deliver(
        self, user: str, raw: bytes, folder: str, letters: str, when: datetime
    ) -> int:
        from pymap.parsing.message import AppendMessage
        from pymap.parsing.specials.flag import Flag

        mailbox_set, _ = self._config.set_cache[user]
        try:
            mailbox = await mailbox_set.get_mailbox(folder)
        except KeyError:
            await mailbox_set.add_mailbox(folder)
            mailbox = await mailbox_set.get_mailbox(folder)
        flag_set = frozenset(Flag(_LETTER_FLAGS[c]) for c in letters if c in _LETTER_FLAGS)
        message = await mailbox.append(AppendMessage(raw, when, flag_set))
        return int(message.uid)


_special_use_installed = False


def _install_special_use() -> None:
    """Make pymap's dict sessions report \\Sent, \\Drafts... on the folders of those names."""
    global _special_use_installed
    if _special_use_installed:
        return
    import pymap.backend.dict as dict_backend

    base: Any = dict_backend.Session
    attributes = {name: flag[1:].encode() for name, flag in SPECIAL_USE.items()}

    class SpecialUseSession(base):  # type: ignore[misc, valid-type]
        async def list_mailboxes(self, *args: Any, **kwargs: Any) -> Any:
            entries, updates = await super().list_mailboxes(*args, **kwargs)
            decorated: list[tuple[str, str | None, Sequence[bytes]]] = []
            for name, delimiter, attrs in entries:
                extra = attributes.get(name)
                decorated.append((name, delimiter, [*attrs, extra] if extra else attrs))
            return decorated, updates

    dict_backend.Session = SpecialUseSession  # type: ignore[misc]
    _special_use_installed = True


def _fallback_config_class() -> Any:
    from pymap.backend.dict import Config

    class FallbackConfig(Config):  # type: ignore[misc, valid-type]
        @property
        def login_capability(self) -> Sequence[bytes]:
            return [*super().login_capability, b"SPECIAL-USE"]

    return FallbackConfig
