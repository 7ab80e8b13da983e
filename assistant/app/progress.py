"""Progress of a long scan as a plain line every few seconds (a log, a pipe, a cron mail).

On a terminal the CLI shows a bar instead; elsewhere a bar is noise, and silence
for 25 seconds looks like a hang.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["ProgressLines"]


class ProgressLines:
    """A scan ``progress`` callback that writes ``scanning INBOX: 3000 of 20000 messages``
    at most once every ``every`` seconds (and nothing for a scan quicker than that)."""

    def __init__(
        self,
        write: Callable[[str], None],
        *,
        every: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.write = write
        self.every = every
        self.clock = clock
        self._last = clock()

    def __call__(self, folder: str, done: int, total: int) -> None:
        now = self.clock()
        if now - self._last < self.every:
            return
        self._last = now
        self.write(f"scanning {folder}: {done} of {total} messages")
