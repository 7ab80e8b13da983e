"""The retry helper and its policies (pure: a fake sleep, no network)."""

from __future__ import annotations

import threading
import time

import pytest

from assistant.app import retry
from assistant.errors import AuthError, ConnectError, TLSError


def failing(*errors: BaseException):
    left = list(errors)
    calls: list[int] = []

    def step() -> str:
        calls.append(1)
        if left:
            raise left.pop(0)
        return "done"

    return step, calls


def test_a_transient_error_is_tried_again_after_the_policy_pause():
    step, calls = failing(TimeoutError("timed out"), ConnectionResetError("reset"))
    slept: list[float] = []
    announced: list[tuple[int, float]] = []
    result = retry.call(
        step,
        retry.SEND,
        sleep=slept.append,
        before_retry=lambda exc, attempt, delay: announced.append((attempt, delay)),
    )
    assert result == "done" and len(calls) == 3
    assert slept == [1.0, 2.0] and announced == [(1, 1.0), (2, 2.0)]


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError("refused"),
        ConnectError("cannot reach imap.example.org:993: Connection refused"),
        AuthError("refused the login"),
        TLSError("certificate not trusted"),
    ],
    ids=["refused", "refused-mail-error", "login", "tls"],
)
def test_one_shot_never_waits_for_a_refusal_a_login_or_tls(error):
    step, calls = failing(error)
    slept: list[float] = []
    with pytest.raises(type(error)):
        retry.call(step, retry.SERVICE, sleep=slept.append)
    assert len(calls) == 1 and slept == []


def test_the_policy_bounds_the_attempts():
    step, calls = failing(*[ConnectError("lost", transient=True)] * 5)
    with pytest.raises(ConnectError):
        retry.call(step, retry.ONE_SHOT, sleep=lambda _s: None)
    assert len(calls) == 3


def test_a_stop_request_ends_the_pause_and_the_retries():
    stop = threading.Event()
    step, calls = failing(*[TimeoutError("timed out")] * 5)
    threading.Timer(0.2, stop.set).start()
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        retry.call(step, retry.SERVICE, stop=stop)  # would pause 5 s
    assert time.monotonic() - started < 2 and len(calls) == 1


def test_service_backoff_doubles_up_to_fifteen_minutes():
    assert [retry.SERVICE.delay(n) for n in (1, 2, 3, 4)] == [5.0, 10.0, 20.0, 40.0]
    assert retry.SERVICE.delay(20) == 900.0
    assert retry.SERVICE.gives_up_after(10_000) is False
