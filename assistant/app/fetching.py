"""Fetching ahead: the mail server works while the scan parses and classifies.

A first scan spends its time in two places that can overlap: waiting for the
server (header and body fetches) and understanding what came back. :class:`Ahead`
runs a source's fetches on one worker thread, in the order they were asked for,
so the connection is only ever used by that thread, one command at a time, and
the scan asks for the next batch before it works on the current one.

The scan decides what to fetch next only once the fetches of the current batch
are queued, so a connection that drops is noticed in the same order as before:
the batch that was being written is committed first.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class Ahead:
    """One worker thread for a source's fetches; ``threaded=False`` runs them at once."""

    def __init__(self, *, threaded: bool = True) -> None:
        self._pool = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetch") if threaded else None
        )

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        if self._pool is not None:
            return self._pool.submit(fn, *args)
        done: Future[T] = Future()
        try:
            done.set_result(fn(*args))
        except BaseException as exc:  # handed to whoever asks for the result, as a thread would
            done.set_exception(exc)
        return done

    def close(self) -> None:
        """Drop fetches not started; wait for the running one (it owns the connection)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
