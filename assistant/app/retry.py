"""The one retry helper, and the policies that say who may wait and how long.

One-shot commands (``scan``, ``doctor``, ``init``) fail fast: a refused
connection, an unknown host, a TLS or login failure ends the command at once
with one line. Only a *transient* error (a connection lost mid-way, a timeout, an
SMTP 4xx) is tried again, and only where waiting is what the user asked for:

- :data:`ONE_SHOT`: a connection lost in the middle of a scan is reopened at
  once, twice at most (what was read so far is committed; the scan resumes).
- :data:`SEND`: ``followup send`` tries a temporary failure three times in all,
  a few seconds apart, and says so each time.
- :data:`SERVICE`: ``followup run`` keeps trying, 5 s doubling to 15 min; its
  waits end as soon as the service is asked to stop.

A hand-written function rather than tenacity or stamina: it is twenty lines, the
classification of errors is ours either way, and the wait must end on the
service's stop event (stamina cannot interrupt its sleep).
"""

from __future__ import annotations

import imaplib
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from assistant.errors import FollowupError, MailError

T = TypeVar("T")


@dataclass(frozen=True)
class Policy:
    """How often and how long to wait before trying again."""

    name: str
    attempts: int | None  # in all (the first try included); None: until stopped
    first_delay: float
    cap: float
    factor: float = 2.0

    def delay(self, attempt: int) -> float:
        """The pause after failed attempt number ``attempt`` (1-based)."""
        return min(self.cap, self.first_delay * self.factor ** (attempt - 1))

    def gives_up_after(self, attempt: int) -> bool:
        return self.attempts is not None and attempt >= self.attempts


ONE_SHOT = Policy("one-shot", attempts=3, first_delay=0.5, cap=0.5)
SEND = Policy("send", attempts=3, first_delay=1.0, cap=2.0)
SERVICE = Policy("service", attempts=None, first_delay=5.0, cap=900.0)


def is_transient(exc: BaseException) -> bool:
    """Could trying again help soon? Never for refused, unknown host, TLS or login."""
    if isinstance(exc, MailError):
        return exc.transient
    if isinstance(exc, FollowupError):
        return False
    if isinstance(exc, (ConnectionRefusedError, socket.gaierror, ssl.SSLError)):
        return False
    return isinstance(exc, (imaplib.IMAP4.abort, ConnectionError, TimeoutError, EOFError, OSError))


def call(
    step: Callable[[], T],
    policy: Policy,
    *,
    transient: Callable[[BaseException], bool] = is_transient,
    before_retry: Callable[[BaseException, int, float], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    stop: threading.Event | None = None,
) -> T:
    """``step()``, tried again after a transient error as ``policy`` allows.

    ``before_retry(error, attempt, delay)`` runs before each pause (announce it,
    count it); the pause is ``stop.wait(delay)`` when a stop event is given, and a
    stop request ends the retries by raising the last error.
    """
    attempt = 1
    while True:
        try:
            return step()
        except Exception as exc:
            if not transient(exc) or policy.gives_up_after(attempt):
                raise
            delay = policy.delay(attempt)
            if before_retry is not None:
                before_retry(exc, attempt, delay)
            if stop is not None:
                if stop.wait(delay):
                    raise
            else:
                sleep(delay)
            attempt += 1
