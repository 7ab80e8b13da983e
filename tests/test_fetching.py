"""app.fetching.Ahead: fetches run one at a time, in the order asked, off the scan's thread."""

from __future__ import annotations

import threading
import time

import pytest

from assistant.app.fetching import Ahead


class Connection:
    """Notes who uses it and whether two commands ever overlap."""

    def __init__(self) -> None:
        self.busy = False
        self.log: list[tuple[str, str]] = []

    def fetch(self, name: str, seconds: float = 0.0) -> str:
        assert not self.busy, "two commands on one connection at once"
        self.busy = True
        time.sleep(seconds)
        self.log.append((name, threading.current_thread().name))
        self.busy = False
        return name

    def drop(self) -> str:
        raise ConnectionResetError("connection reset by peer")


@pytest.mark.parametrize("threaded", [True, False])
def test_fetches_run_in_order_one_at_a_time(threaded):
    connection = Connection()
    with Ahead(threaded=threaded) as ahead:
        futures = [ahead.submit(connection.fetch, f"batch {n}", 0.01) for n in range(5)]
        assert [f.result() for f in futures] == [f"batch {n}" for n in range(5)]
    assert [name for name, _ in connection.log] == [f"batch {n}" for n in range(5)]
    on_worker = {thread != threading.current_thread().name for _, thread in connection.log}
    assert on_worker == {threaded}


@pytest.mark.parametrize("threaded", [True, False])
def test_a_failed_fetch_raises_where_its_result_is_asked_for(threaded):
    connection = Connection()
    with Ahead(threaded=threaded) as ahead:
        first = ahead.submit(connection.fetch, "headers")
        lost = ahead.submit(connection.drop)
        assert first.result() == "headers"  # the batch before the drop is still handled
        with pytest.raises(ConnectionResetError):
            lost.result()


def test_the_work_overlaps_with_the_caller():
    """The fetch runs while the caller goes on: it waits for the caller, who waits for it.

    Run in line (one after the other), the fetch would wait in vain and fail.
    """
    fetching, caller_working = threading.Event(), threading.Event()

    def fetch() -> str:
        fetching.set()
        assert caller_working.wait(10), "the caller never went on"
        return "next batch"

    with Ahead() as ahead:
        coming = ahead.submit(fetch)
        caller_working.set()  # the scan understands the current batch meanwhile
        assert fetching.wait(10)
        assert coming.result() == "next batch"


def test_run_in_line_the_work_does_not_overlap():
    order: list[str] = []
    with Ahead(threaded=False) as ahead:
        coming = ahead.submit(lambda: order.append("fetch") or "next batch")
        order.append("caller")
        assert coming.result() == "next batch"
    assert order == ["fetch", "caller"]
