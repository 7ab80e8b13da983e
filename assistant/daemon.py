"""The background service: scan and plan on a schedule, and at once on new mail.

One instance at a time (a lock file in the state dir). Every ``interval``
seconds (the ``schedule`` library keeps the rhythm) it runs one *cycle*: an
incremental scan, then planning. Where the server offers IDLE, a second
connection waits on the inbox and starts a cycle within seconds of new mail;
IDLE is re-issued every 10 minutes (servers and NATs drop idle connections
sooner than the 29 minutes RFC 2177 allows), and any abort means reconnect and
catch up by UID, which the incremental scan does anyway.

SIGTERM and SIGINT set a flag; the loop notices within a second, logs out, and
returns 0. A signal that comes in the middle of a cycle (a scan waiting on a
server that does not answer) ends the cycle at once: what was committed stays,
the rest is rolled back and read again by the next scan. Errors in a cycle are
logged on one line and retried with a growing pause (the service policy of
:mod:`assistant.app.retry`; never a busy loop).
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import schedule
from filelock import FileLock, Timeout

from assistant.app import retry
from assistant.app.cycle import CycleResult
from assistant.errors import FollowupError, LockError

log = logging.getLogger("followup.daemon")

IDLE_REISSUE_SECONDS = 600


class Stopped(BaseException):
    """Raised by the signal handler to leave a cycle that is blocked on the network.

    A BaseException, so the ``except Exception`` of a cycle's steps cannot swallow it.
    """


@contextlib.contextmanager
def single_instance(lock_file: Path) -> Iterator[None]:
    """Hold the state dir's lock, or fail with a LockError naming the holder."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file = lock_file.with_suffix(".pid")
    lock = FileLock(str(lock_file), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        holder = ""
        with contextlib.suppress(OSError, ValueError):
            holder = f" (pid {int(pid_file.read_text().strip())})"
        raise LockError(
            f"another `followup run` is already running{holder}",
            hint=f"stop it first; lock file {lock_file}",
        ) from None
    try:
        pid_file.write_text(f"{os.getpid()}\n")
        yield
    finally:
        with contextlib.suppress(OSError):
            pid_file.unlink()
        lock.release()


class Daemon:
    """Run ``cycle`` every ``interval`` seconds and when ``watch`` reports new mail.

    ``cycle`` does one scan+plan and returns a :class:`CycleResult`. ``watch``,
    if given, is a context manager factory yielding a function ``wait(seconds)
    -> bool`` (True when new mail arrived); it is how IMAP IDLE plugs in.
    ``notify`` is called with the result when new drafts wait for approval.
    """

    def __init__(
        self,
        cycle: Callable[[], CycleResult],
        *,
        interval: float,
        watch: Callable[[], contextlib.AbstractContextManager[Callable[[float], bool]]]
        | None = None,
        notify: Callable[[CycleResult], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.cycle = cycle
        self.interval = interval
        self.watch = watch
        self.notify = notify
        self.clock = clock
        self.sleep = sleep
        self.stopping = threading.Event()
        self.failures = 0
        self.cycles = 0
        self._scheduler = schedule.Scheduler()
        self._due = True
        self._in_cycle = False

    def stop(self, signum: int | None = None, frame: FrameType | None = None) -> None:
        if not self.stopping.is_set():
            log.info("stopping (signal %s)", signum)
        self.stopping.set()
        if signum is not None and self._in_cycle:
            raise Stopped

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)

    def _mark_due(self) -> None:
        self._due = True

    def run(self) -> int:
        """Loop until stopped; returns the exit code (0)."""
        log.info("started: a scan every %s s", int(self.interval))
        self._scheduler.every(self.interval).seconds.do(self._mark_due)  # type: ignore[arg-type]
        try:
            while not self.stopping.is_set():
                if self._due:
                    self._due = False
                    self._run_cycle()
                if self.stopping.is_set():
                    break
                self._wait()
        except Stopped:
            log.info("the current cycle was cut short; what it had committed is kept")
        log.info("stopped after %d cycles", self.cycles)
        return 0

    def _run_cycle(self) -> None:
        started = self.clock()
        try:
            self._in_cycle = True
            if self.stopping.is_set():  # a signal just before the flag was set
                raise Stopped
            result = self.cycle()
        except FollowupError as exc:
            self._failed(str(exc))
            return
        except (OSError, imaplib.IMAP4.error, sqlite3.Error) as exc:
            self._failed(f"{type(exc).__name__}: {exc}")
            return
        finally:
            self._in_cycle = False
        self.cycles += 1
        self.failures = 0
        log.info(
            "cycle done in %.1f s: %s", self.clock() - started, result.summary or "nothing new"
        )
        if (result.new_drafts or result.held_drafts) and self.notify is not None:
            try:
                self.notify(result)
            except Exception as exc:  # a failed notification must not stop the service
                log.warning("notification failed: %s", exc)

    def _failed(self, why: str) -> None:
        self.failures += 1
        pause = retry.SERVICE.delay(self.failures)
        log.warning("cycle failed (%s); next try in %d s", why, pause)
        deadline = self.clock() + pause
        while not self.stopping.is_set() and self.clock() < deadline:
            self.sleep(min(1.0, deadline - self.clock()))
        self._due = True

    def _wait(self) -> None:
        """Wait until the next scheduled cycle, new mail, or a stop request."""
        if self.watch is None:
            self._sleep_until_due()
            return
        try:
            with self.watch() as wait_for_mail:
                idle_started = self.clock()
                while not self.stopping.is_set() and not self._due:
                    if wait_for_mail(1.0):
                        log.info("new mail reported by IDLE")
                        self._due = True
                        break
                    self._scheduler.run_pending()
                    if self.clock() - idle_started > IDLE_REISSUE_SECONDS:
                        break  # leave and re-enter IDLE
        except (FollowupError, OSError, imaplib.IMAP4.error) as exc:
            log.warning("IDLE connection lost (%s); polling until the next cycle", exc)
            self._sleep_until_due()

    def _sleep_until_due(self) -> None:
        while not self.stopping.is_set() and not self._due:
            self._scheduler.run_pending()
            if self._due:
                break
            self.sleep(min(1.0, max(0.05, self._scheduler.idle_seconds or 1.0)))


@contextlib.contextmanager
def imap_idle(
    connect: Callable[[], Any], folder: str = "INBOX"
) -> Iterator[Callable[[float], bool]]:
    """IDLE on ``folder`` (opened read-only); yields ``wait(seconds) -> new mail?``.

    Any abort of the connection (imapclient issues #464/#519: a split response
    raises ``abort``) surfaces as OSError so the daemon falls back and reconnects.
    """

    client = connect()
    try:
        if b"IDLE" not in client.capabilities():
            raise OSError("the server does not support IDLE")
        client.select_folder(folder, readonly=True)
        client.idle()

        def wait(seconds: float) -> bool:
            try:
                responses = client.idle_check(timeout=seconds)
            except imaplib.IMAP4.abort as exc:
                raise OSError(f"IDLE aborted: {exc}") from None
            return any(
                isinstance(item, tuple) and len(item) > 1 and item[1] in (b"EXISTS", b"RECENT")
                for item in responses
            )

        yield wait
        with contextlib.suppress(Exception):
            client.idle_done()
    finally:
        with contextlib.suppress(Exception):
            client.logout()
