"""Write messages straight into a Dovecot Maildir (the fast path behind ``deliver``).

Dovecot's default Maildir++ layout: INBOX is the Maildir itself, folder ``A`` is ``.A``, a child
``A.B`` (separator ``.``) is ``.A.B``; non-ASCII names are stored in modified UTF-7. A file in
``cur/`` named ``<time>.M<n>P<pid>.<host>,S=<size>,W=<crlf size>:2,<flags>`` is a message; its
mtime is the INTERNALDATE; Dovecot gives new files UIDs in file-name order at the next sync
(NOOP, SELECT, STATUS...).
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from imapclient import imap_utf7

# IMAP system flag -> Maildir info letter (the letters must be written in ASCII order).
MAILDIR_FLAGS = {
    "\\Draft": "D",
    "\\Flagged": "F",
    "\\Answered": "R",
    "\\Seen": "S",
    "\\Deleted": "T",
}
_LETTERS = set(MAILDIR_FLAGS.values()) | {"P"}  # P = "passed" (forwarded), no IMAP system flag

Flags = str | Iterable[str]


def maildir_letters(flags: Flags) -> str:
    """``"SF"`` or ``("\\Seen", "\\Flagged")`` -> ``"FS"``. Keywords are refused (use APPEND)."""
    if isinstance(flags, str):
        letters = set(flags)
    else:
        letters = set()
        for flag in flags:
            letter = next((v for k, v in MAILDIR_FLAGS.items() if k.lower() == flag.lower()), None)
            if letter is None:
                raise ValueError(
                    f"deliver() supports only system flags, not {flag!r}; use append()"
                )
            letters.add(letter)
    unknown = letters - _LETTERS
    if unknown:
        raise ValueError(f"unknown Maildir flag letters: {''.join(sorted(unknown))}")
    return "".join(sorted(letters))


def folder_dir(maildir: Path, folder: str, separator: str = ".") -> Path:
    """Directory of an IMAP folder name in a Maildir++ tree."""
    if folder.upper() == "INBOX":
        return maildir
    encoded = imap_utf7.encode(folder).decode("ascii")
    if separator != ".":
        encoded = encoded.replace(separator, ".")
    return maildir / ("." + encoded)


class MaildirWriter:
    """Delivers files into one user's Maildir, owned by ``uid``/``gid`` when those are given."""

    def __init__(self, maildir: Path, uid: int | None = None, gid: int | None = None) -> None:
        self.maildir = maildir
        self.uid = uid
        self.gid = gid
        self._host = socket.gethostname().replace("/", "\\057").replace(":", "\\072")
        self._pid = os.getpid()
        # One fixed time prefix and a zero-padded counter: file-name order == delivery order.
        self._stamp = int(time.time())
        self._seq = 0
        self._ready: set[Path] = set()

    def ensure_folder(self, folder: str) -> Path:
        base = folder_dir(self.maildir, folder)
        if base in self._ready:
            return base
        for path in (
            self.maildir.parent,
            self.maildir,
            base,
            base / "cur",
            base / "new",
            base / "tmp",
        ):
            if not path.exists():
                path.mkdir(mode=0o700)
                self._own(path)
        if base != self.maildir and not (base / "maildirfolder").exists():
            marker = base / "maildirfolder"
            marker.touch(mode=0o600)
            self._own(marker)
        self._ready.add(base)
        return base

    def deliver(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Flags = "",
        internaldate: datetime | float | None = None,
    ) -> Path:
        """Write one message into ``cur/`` and return its path."""
        if not isinstance(raw, bytes | bytearray):
            raise TypeError("deliver() wants the raw message as bytes")
        base = self.ensure_folder(folder)
        letters = maildir_letters(flags)
        self._seq += 1
        crlf_size = len(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        name = (
            f"{self._stamp}.M{self._seq:09d}P{self._pid}.{self._host},"
            f"S={len(raw)},W={crlf_size}:2,{letters}"
        )
        path = base / "cur" / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, raw)
            if self.uid is not None:
                os.fchown(fd, self.uid, self.gid if self.gid is not None else -1)
        finally:
            os.close(fd)
        if internaldate is not None:
            when = internaldate.timestamp() if isinstance(internaldate, datetime) else internaldate
            os.utime(path, (when, when))
        return path

    def _own(self, path: Path) -> None:
        if self.uid is not None:
            os.chown(path, self.uid, self.gid if self.gid is not None else -1)
