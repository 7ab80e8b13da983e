"""One SMTP transaction, told apart by what may have happened to the message.

:func:`transact` speaks MAIL, RCPT and DATA step by step (not ``sendmail``) so a
failure *before* the message was handed over (safe to retry, :class:`Temporary`;
refused for good, :class:`Permanent`) is told apart from a lost reply *after* it
(:class:`Unknown`: it may have been accepted, and is never retried).
"""

from __future__ import annotations

import contextlib
import re
import smtplib
from collections.abc import Callable, Sequence
from typing import Any

from assistant.errors import FollowupError


class Temporary(Exception):
    """Not accepted, and trying again may work (4xx, network error before DATA's end)."""


class Permanent(Exception):
    """Refused for good (5xx): the server's words are the message."""


class Unknown(Exception):
    """The message was handed over but no final reply came: it may have been accepted."""


def transact(smtp: smtplib.SMTP, sender: str, recipients: Sequence[str], data: bytes) -> str:
    """One SMTP transaction (MAIL, RCPT, DATA); returns the server's final reply."""
    options = ["BODY=8BITMIME"] if not data.isascii() and smtp.has_extn("8bitmime") else []
    stage = "MAIL FROM"
    try:
        code, reply = smtp.mail(sender, options)
        if code != 250:
            _reset(smtp)
            raise _reply_error(code, reply, stage)
        for rcpt in recipients:
            stage = f"RCPT TO {rcpt}"
            code, reply = smtp.rcpt(rcpt)
            if code not in (250, 251):
                _reset(smtp)
                raise _reply_error(code, reply, stage)
        stage = "DATA"
        code, reply = smtp.docmd("DATA")
        if code != 354:
            _reset(smtp)
            raise _reply_error(code, reply, "DATA")
    except (smtplib.SMTPException, OSError) as exc:
        raise Temporary(f"connection problem before the message was sent: {plain(exc)}") from exc
    except (Temporary, Permanent):
        raise
    except Exception as exc:  # e.g. an address SMTP cannot carry (UnicodeEncodeError)
        _reset(smtp)
        raise Permanent(f"{one_line(exc)} (at {stage})") from exc
    try:
        payload = re.sub(rb"(?m)^\.", b"..", data)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        smtp.send(payload + b".\r\n")
        code, reply = smtp.getreply()
    except (smtplib.SMTPException, OSError) as exc:
        raise Unknown(f"connection lost after the message was handed over: {plain(exc)}") from exc
    except Exception as exc:  # part of the message may have gone: never retry it
        raise Unknown(f"failed while handing over the message: {one_line(exc)}") from exc
    if code != 250:
        raise _reply_error(code, reply, "end of DATA")
    return f"{code} {reply.decode('utf-8', 'replace') if isinstance(reply, bytes) else reply}"


def _reply_error(code: int, text: bytes | str, stage: str) -> Exception:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    words = " ".join(words.split())
    summary = f"{code} {words}".strip() + f" (at {stage})"
    if 400 <= code < 500:
        return Temporary(summary)
    return Permanent(summary)


def _reset(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()


def plain(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


def one_line(exc: BaseException) -> str:
    """An unexpected error in one line: its type and words (no traceback), kept short."""
    if isinstance(exc, FollowupError):
        return plain(exc)[:300]
    return f"{type(exc).__name__}: {plain(exc)}"[:300]


class LazyConnection:
    """One connection opened on first use and reopened after a failure.

    ``drop`` forgets a connection that failed (closing it quietly); ``close`` ends
    a healthy one politely (``farewell``: SMTP QUIT, IMAP LOGOUT), then drops it.
    """

    def __init__(self, opener: Callable[[], Any], farewell: str, hangup: str) -> None:
        self._opener = opener
        self._farewell = farewell
        self._hangup = hangup
        self._conn: Any | None = None

    def connection(self) -> Any:
        if self._conn is None:
            self._conn = self._opener()
        return self._conn

    def drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                getattr(conn, self._hangup)()

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                getattr(self._conn, self._farewell)()
        self.drop()
