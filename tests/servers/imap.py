"""Choosing the IMAP server for the test session, and the per-test account object.

``FOLLOWUP_TEST_IMAP`` picks the server: ``auto`` (default: Dovecot when installed, else pymap),
``dovecot`` (Dovecot or an error, never a fallback; ``.ci/run`` sets this) or ``pymap``.
"""

from __future__ import annotations

import os
import re
import ssl
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from imapclient import IMAPClient

from .certs import TestCert
from .dovecot import DovecotServer, dovecot_version, find_dovecot
from .maildir import Flags, MaildirWriter, maildir_letters
from .pymap_fallback import PymapServer, pymap_version

ENV_VAR = "FOLLOWUP_TEST_IMAP"
BackendName = Literal["dovecot", "pymap"]


@dataclass(frozen=True)
class BackendChoice:
    name: BackendName
    reason: str

    def header(self) -> str:
        """One line for pytest's report header."""
        if self.name == "dovecot":
            return f"IMAP test server: Dovecot ({self.reason})"
        return f"IMAP test server: pymap FALLBACK, not Dovecot ({self.reason})"


def choose_backend() -> BackendChoice:
    wanted = os.environ.get(ENV_VAR, "auto").strip().lower() or "auto"
    if wanted not in ("auto", "dovecot", "pymap"):
        raise RuntimeError(f"{ENV_VAR} must be auto, dovecot or pymap, not {wanted!r}")
    if wanted == "pymap":
        return BackendChoice("pymap", f"pymap {pymap_version()}, forced by {ENV_VAR}=pymap")
    binary = find_dovecot()
    user = "root" if os.geteuid() == 0 else "an ordinary user"
    if binary is not None:
        return BackendChoice("dovecot", f"{dovecot_version(binary)} at {binary}, as {user}")
    if wanted == "dovecot":
        raise RuntimeError(
            f"{ENV_VAR}=dovecot but dovecot is not installed: apt-get install dovecot-imapd"
        )
    if pymap_version() is None:
        raise RuntimeError(
            "neither dovecot nor pymap is installed: apt-get install dovecot-imapd "
            "(as root) or pip install pymap"
        )
    return BackendChoice(
        "pymap", f"pymap {pymap_version()}; dovecot is not installed and needs root to install"
    )


def start_server(choice: BackendChoice, cert: TestCert) -> DovecotServer | PymapServer:
    if choice.name == "dovecot":
        return DovecotServer(cert).start()
    return PymapServer(cert).start()


@dataclass
class ImapAccount:
    """A fresh user with an empty mailbox (plus Sent, Drafts, Junk, Trash) on the test server."""

    host: str
    port_plain: int  # 143 style: STARTTLS (Dovecot also allows LOGIN without it on loopback)
    port_tls: int  # 993 style: implicit TLS
    user: str
    password: str
    ca_file: Path
    maildir: Path | None  # None on the pymap fallback (in-memory)
    backend: BackendName
    separator: str  # "." on Dovecot, "/" on pymap
    _server: Any = field(repr=False)
    _writer: MaildirWriter | None = field(default=None, repr=False)

    # -- connecting ------------------------------------------------------------------------
    def ssl_context(self) -> ssl.SSLContext:
        """A verifying client context trusting the test CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def client(self, tls: Literal["tls", "starttls"] = "tls", timeout: float = 10) -> IMAPClient:
        """A logged-in IMAPClient (close it with ``logout()`` or use it as a context manager)."""
        if tls == "tls":
            client = IMAPClient(
                self.host, self.port_tls, ssl=True, ssl_context=self.ssl_context(), timeout=timeout
            )
        elif tls == "starttls":
            client = IMAPClient(self.host, self.port_plain, ssl=False, timeout=timeout)
            client.starttls(self.ssl_context())
        else:
            raise ValueError(f"tls must be 'tls' or 'starttls', not {tls!r}")
        try:
            client.login(self.user, self.password)
        except Exception:
            client.shutdown()
            raise
        return client

    def config_keys(self, tls: Literal["tls", "starttls"] = "tls") -> dict[str, Any]:
        """The ``[accounts.X.imap]`` keys of shared/DESIGN.md for this account."""
        return {
            "host": self.host,
            "port": self.port_tls if tls == "tls" else self.port_plain,
            "tls": tls,
            "login": self.user,
            "password_command": f"echo {self.password}",
            "ca_file": str(self.ca_file),
        }

    # -- putting mail in -------------------------------------------------------------------
    def deliver(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Flags = "",
        internaldate: datetime | float | None = None,
    ) -> None:
        """Fast path: put a message straight into the store (Maildir ``cur/`` on Dovecot).

        ``flags``: Maildir letters (``"S"``, ``"FS"``) or system flags (``["\\\\Seen"]``).
        ``internaldate``: an aware datetime or a Unix time; default now. The message is visible
        to IMAP clients at their next NOOP/SELECT; UIDs follow delivery order.
        """
        if self._writer is not None:
            self._writer.deliver(raw, folder, flags, internaldate)
        else:
            self._server.deliver(self.user, raw, folder, flags, internaldate)

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Flags = (),
        internaldate: datetime | None = None,
    ) -> int | None:
        """IMAP APPEND on a fresh connection (~30 ms). Returns the UID the server reported."""
        if isinstance(flags, str):
            letter_flags = {"D": "\\Draft", "F": "\\Flagged", "R": "\\Answered", "S": "\\Seen"}
            letter_flags["T"] = "\\Deleted"
            flags = [letter_flags[c] for c in maildir_letters(flags) if c in letter_flags]
        with self.client() as client:
            response = client.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
        match = re.search(rb"APPENDUID \d+ (\d+)", response or b"")
        return int(match.group(1)) if match else None

    # -- looking at the mailbox ------------------------------------------------------------
    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return sorted(client.search("ALL"))

    def flags_snapshot(self, folder: str = "INBOX") -> dict[int, frozenset[str]]:
        """``{uid: flags}`` without ``\\Recent`` (which a read-only SELECT may change)."""
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            if not uids:
                return {}
            fetched = client.fetch(uids, ["FLAGS"])
        return {
            uid: frozenset(
                f.decode() if isinstance(f, bytes) else str(f)
                for f in data[b"FLAGS"]
                if f not in (b"\\Recent", "\\Recent")
            )
            for uid, data in fetched.items()
        }


def new_account(server: DovecotServer | PymapServer, cert: TestCert) -> ImapAccount:
    if isinstance(server, DovecotServer):
        user = server.add_user()
        return ImapAccount(
            host=server.host,
            port_plain=server.port_plain,
            port_tls=server.port_tls,
            user=user.name,
            password=user.password,
            ca_file=cert.ca_file,
            maildir=user.maildir,
            backend="dovecot",
            separator=".",
            _server=server,
            _writer=server.writer(user),
        )
    name, password = server.add_user()
    return ImapAccount(
        host=server.host,
        port_plain=server.port_plain,
        port_tls=server.port_tls,
        user=name,
        password=password,
        ca_file=cert.ca_file,
        maildir=None,
        backend="pymap",
        separator="/",
        _server=server,
    )
