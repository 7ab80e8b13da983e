"""The service loop: one instance, schedule, backoff, stop on request (no mail servers)."""

from __future__ import annotations

import contextlib
import multiprocessing
import time

import pytest

from assistant.app.cycle import CycleResult
from assistant.daemon import Daemon, single_instance
from assistant.errors import ConnectError, LockError


def test_second_instance_is_refused_with_the_holders_pid(tmp_path):
    lock = tmp_path / "followup.lock"
    with single_instance(lock):
        with pytest.raises(LockError, match=r"already running \(pid \d+\)"):
            with single_instance(lock):
                pass
    with single_instance(lock):  # released: a new instance may start
        pass


def _hold_lock(path, ready, release):
    with single_instance(path):
        ready.set()
        release.wait(10)


def test_lock_is_held_across_processes(tmp_path):
    lock = tmp_path / "followup.lock"
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    child = multiprocessing.Process(target=_hold_lock, args=(lock, ready, release))
    child.start()
    try:
        assert ready.wait(10)
        with pytest.raises(LockError, match=f"pid {child.pid}"):
            with single_instance(lock):
                pass
    finally:
        release.set()
        child.join(10)


def test_runs_a_cycle_at_once_then_on_schedule_and_stops_when_asked():
    calls: list[float] = []
    daemon: Daemon

    def cycle() -> CycleResult:
        calls.append(time.monotonic())
        if len(calls) == 3:
            daemon.stop()
        return CycleResult(summary="ok")

    daemon = Daemon(cycle, interval=0.1)
    started = time.monotonic()
    assert daemon.run() == 0
    assert len(calls) == 3
    assert calls[0] - started < 0.5  # the first cycle runs at start
    assert time.monotonic() - started < 5


def test_failures_back_off_instead_of_busy_looping():
    slept: list[float] = []
    now = [0.0]
    attempts = []
    daemon: Daemon

    def cycle() -> CycleResult:
        attempts.append(now[0])
        if len(attempts) >= 4:
            daemon.stop()
            return CycleResult()
        raise ConnectError("cannot reach imap.example.com:993")

    def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    daemon = Daemon(cycle, interval=3600, clock=lambda: now[0], sleep=fake_sleep)
    daemon.run()
    gaps = [b - a for a, b in zip(attempts, attempts[1:], strict=False)]
    assert gaps == [5.0, 10.0, 20.0]  # exponential pause between failed cycles
    assert daemon.failures == 0  # reset by the success


def test_new_mail_from_the_watcher_starts_a_cycle_early():
    calls = []
    daemon: Daemon
    polls = []

    @contextlib.contextmanager
    def watch():
        def wait(seconds: float) -> bool:
            polls.append(seconds)
            return len(polls) == 2  # mail arrives on the second poll

        yield wait

    def cycle() -> CycleResult:
        calls.append(1)
        if len(calls) == 2:
            daemon.stop()
        return CycleResult(new_drafts=1, summary="1 draft")

    notified = []
    daemon = Daemon(cycle, interval=3600, watch=watch, notify=notified.append)
    daemon.run()
    assert len(calls) == 2 and len(polls) == 2
    assert len(notified) == 2


def test_a_cycle_that_held_an_approved_draft_notifies():
    daemon: Daemon

    def cycle() -> CycleResult:
        daemon.stop()
        return CycleResult(held_drafts=1, summary="1 approved draft held")

    notified: list[CycleResult] = []
    daemon = Daemon(cycle, interval=1, notify=notified.append)
    assert daemon.run() == 0
    assert [r.held_drafts for r in notified] == [1]


def test_a_failing_notification_does_not_stop_the_service():
    daemon: Daemon
    calls = []

    def cycle() -> CycleResult:
        calls.append(1)
        daemon.stop()
        return CycleResult(new_drafts=2)

    def broken(_result):
        raise RuntimeError("no display")

    daemon = Daemon(cycle, interval=1, notify=broken)
    assert daemon.run() == 0 and calls == [1]


def test_imap_and_sqlite_errors_are_retried_not_fatal():
    import imaplib
    import sqlite3

    errors = [imaplib.IMAP4.error("select failed"), sqlite3.OperationalError("database is locked")]
    now = [0.0]
    daemon: Daemon

    def cycle() -> CycleResult:
        if errors:
            raise errors.pop(0)
        daemon.stop()
        return CycleResult()

    def fake_sleep(seconds: float) -> None:
        now[0] += seconds

    daemon = Daemon(cycle, interval=3600, clock=lambda: now[0], sleep=fake_sleep)
    assert daemon.run() == 0
    assert daemon.cycles == 1 and errors == []
