"""Reading a scan's candidates: fetched whole, parsed and classified, in order.

The scan (``app/scanning.py``) decides from headers which messages to fetch;
this fetches them in chunks on the fetch thread (``app/fetching.py``) and
understands them, in line or, on a big scan, in a worker process
(``app/understanding.py``) that starts on each chunk as soon as it arrives. With
a worker, a batch's likely candidates (those the header screen keeps, which no
write of the batch before can change) are fetched and read while the batch
before is still being written.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass, field
from functools import partial

from assistant.adapters.sources.base import FolderInfo, HeaderBlock, MailSource
from assistant.adapters.store import Store
from assistant.app.fetching import Ahead
from assistant.app.recording import ScanReport, Understood
from assistant.app.understanding import Fetched, Worker
from assistant.core import intake, learning
from assistant.core.bigmail import Slimmed
from assistant.core.models import Analysis, Message

log = logging.getLogger(__name__)


def message_key(message_id: str | None, gm_msgid: str | None, header_bytes: bytes) -> str:
    """A stable identity across folders and rescans: Gmail's id, Message-ID, or a hash."""
    if gm_msgid:
        return f"gm:{gm_msgid}"
    if message_id:
        return message_id
    return "sha1:" + hashlib.sha1(header_bytes).hexdigest()


class Reading:
    """The scanner's reading of candidates (a mixin of :class:`~assistant.app.scanning.Scanner`)."""

    store: Store
    own: set[str]
    parse: Callable[[bytes], Message]
    _classify: Callable[[Message], Analysis] | None
    _classify_as_taught: Callable[[Message], Analysis] | None
    _taught: Callable[..., Analysis] | None
    _screen: Callable[[Message], str | None] | None
    _worker: Worker | None

    # The classifier's patterns take a fifth of a second to compile: a scan with
    # nothing new (the daemon's usual case) never loads them.
    @property
    def classify(self) -> Callable[[Message], Analysis]:
        if self._classify_as_taught is None:
            from assistant.app.corrections import classifier

            # with the user's corrections: their word, and the local refit
            self._classify_as_taught = classifier(self.store, self._classify)
        return self._classify_as_taught

    @property
    def taught(self) -> Callable[..., Analysis]:
        """The user's corrections, applied to what the worker's classifier said."""
        if self._taught is None:
            from assistant.app.corrections import taught

            self._taught = taught(self.store)
        return self._taught

    @property
    def screen(self) -> Callable[[Message], str | None]:
        if self._screen is None:
            from assistant.core.screen import screen

            self._screen = screen
        return self._screen

    # -- reading the candidates ---------------------------------------------------------

    def _next(
        self, source: MailSource, folder: FolderInfo, uids: Sequence[int], ahead: Ahead
    ) -> Batch:
        """Start on a batch: fetch its headers; with a worker, its ``start`` then reads
        ahead (:meth:`_read_ahead`), as soon as the headers are there."""
        batch = Batch(ahead.submit(source.fetch_headers, folder, uids))
        if self._worker_for(folder) is not None:
            batch.start = partial(self._read_ahead, source, folder, batch, ahead)
        return batch

    def _read_ahead(
        self, source: MailSource, folder: FolderInfo, batch: Batch, ahead: Ahead
    ) -> None:
        """Fetch and read (in the worker) the batch's mail that the header screen keeps:
        no write of the batch before can change that. Waits for the headers; each chunk
        is fetched as soon as it is screened, so the worker starts on the first one early."""
        batch.start = None
        if not _arrived(batch.coming):
            return  # a failed fetch raises where the batch is handled, in order
        size = getattr(source, "body_batch", 50)
        likely: list[tuple[str, int]] = []  # (key, uid)
        for block, head, key in self._parsing(batch):
            if not self._is_outgoing(head, folder) and self._screened(batch, block.uid, head):
                likely.append((key, block.uid))
            if len(likely) == size:
                self._read_new(source, folder, batch, likely, ahead)
                likely = []
        self._read_new(source, folder, batch, likely, ahead)

    def _read_new(
        self,
        source: MailSource,
        folder: FolderInfo,
        batch: Batch,
        likely: Sequence[tuple[str, int]],
        ahead: Ahead,
    ) -> None:
        """Read ahead the ``likely`` mail that is not stored yet: stored mail (a
        Gmail label beside INBOX, a rescan) is a duplicate, never fetched whole."""
        stored = self.store.message_refs(source.account, [key for key, _uid in likely])
        new = [uid for key, uid in likely if key not in stored]
        batch.reading.update(self._read(source, folder, new, ahead))

    def _worker_for(self, folder: FolderInfo) -> Worker | None:
        """The worker, for a folder whose mail is classified: the user's own mail in
        Sent is only parsed, here, while the worker loads the classifier."""
        return self._worker if folder.role != "sent" else None

    def _parsed(self, batch: Batch) -> list[tuple[HeaderBlock, Message, str]]:
        for _parsed in self._parsing(batch):
            pass
        assert batch.parsed is not None
        return batch.parsed

    def _parsing(self, batch: Batch) -> Iterator[tuple[HeaderBlock, Message, str]]:
        """The batch's header blocks, each parsed once, as they are parsed."""
        if batch.parsed is None:
            batch.parsed = []
        blocks = batch.coming.result()
        for n, block in enumerate(blocks):
            if n == len(batch.parsed):
                head = self.parse(block.data)
                key = message_key(head.message_id, block.gm_msgid, block.data)
                batch.parsed.append((block, head, key))
            yield batch.parsed[n]

    def _screened(self, batch: Batch, uid: int, head: Message) -> str | None:
        """The header screen's verdict on one message, asked once."""
        if uid not in batch.screened:
            batch.screened[uid] = self.screen(head)
        return batch.screened[uid]

    def _read(
        self,
        source: MailSource,
        folder: FolderInfo,
        uids: Sequence[int],
        ahead: Ahead,
        already: Mapping[int, Future[_Chunk]] | None = None,
    ) -> dict[int, Future[_Chunk]]:
        """Fetch ``uids`` whole, in chunks (on ``ahead``); with a worker each chunk is
        read there as soon as it arrives. Those in ``already`` are on their way."""
        already = already or {}
        reading = {uid: already[uid] for uid in uids if uid in already}
        todo = [uid for uid in uids if uid not in already]
        size = getattr(source, "body_batch", 50)
        for start in range(0, len(todo), size):
            chunk = todo[start : start + size]
            reading.update(dict.fromkeys(chunk, self._fetch_chunk(source, folder, chunk, ahead)))
        return reading

    def _fetch_chunk(
        self, source: MailSource, folder: FolderInfo, uids: Sequence[int], ahead: Ahead
    ) -> Future[_Chunk]:
        chunk: Future[_Chunk] = Future()
        worker, own = self._worker_for(folder), frozenset(self.own)

        def arrived(fetching: Future[Mapping[int, bytes | Slimmed]]) -> None:
            try:  # on the fetch thread: hand the bytes to the worker at once
                bodies = fetching.result()
                got = {uid: _unpack(bodies.get(uid)) for uid in uids}
                raws = [(uid, raw) for uid, (raw, _u, problem) in got.items() if raw is not None]
                reads = worker.submit(raws, folder.role, own) if worker is not None else None
                chunk.set_result(_Chunk(got, reads))
            except BaseException as exc:  # handed to whoever asks for the chunk
                chunk.set_exception(exc)

        ahead.submit(source.fetch_messages, folder, list(uids)).add_done_callback(arrived)
        return chunk

    def _understood(
        self,
        folder: FolderInfo,
        wanted: Mapping[int, tuple[HeaderBlock, str, str]],
        reading: Mapping[int, Future[_Chunk]],
        report: ScanReport,
        meanwhile: Batch | None = None,
    ) -> list[Understood]:
        """The candidates, parsed and classified (no writes), in order.

        While a candidate is not read yet, and the headers of the ``meanwhile``
        batch are there, that batch is started, so the worker always has work.
        """
        result: list[Understood] = []
        for uid, (block, key, reason) in wanted.items():
            if _may_start(meanwhile) and not _ready(reading[uid]):
                assert meanwhile is not None and meanwhile.start is not None
                meanwhile.start()
            chunk = reading[uid].result()
            report.fetched += 1
            item = Understood(block, key, reason)
            raw, item.unread, item.problem = chunk.got[uid]
            if raw is not None and chunk.reads is None:
                self._understand(folder, uid, raw, item)
            elif raw is not None and chunk.reads is not None:
                read = chunk.reads.reads()[uid]
                item.message, item.outgoing, item.problem = (
                    read.message,
                    read.outgoing,
                    read.problem,
                )
                if read.problem is not None:
                    log.warning("cannot read UID %s in %s: %s", uid, folder.name, read.problem)
                elif read.analysis is not None and read.message is not None:
                    # the units recording stores, computed once: the refit adjusts with them
                    item.units = learning.features(read.message)
                    item.analysis = self.taught(read.message, read.analysis, item.units)
            result.append(item)
        return result

    def _understand(self, folder: FolderInfo, uid: int, raw: bytes, item: Understood) -> None:
        """Parse and classify one message here (no worker)."""
        try:
            item.message = self.parse(raw)
            item.outgoing = self._is_outgoing(item.message, folder)
            if not item.outgoing:
                item.analysis = self.classify(item.message)
        except Exception as exc:  # a bad message is recorded and skipped
            log.warning("cannot read UID %s in %s: %s", uid, folder.name, exc)
            log.debug("details", exc_info=True)
            item.problem = f"{type(exc).__name__}: {exc}"

    def _is_outgoing(self, head: Message, folder: FolderInfo) -> bool:
        return intake.is_outgoing(head, folder.role, self.own)


@dataclass
class Batch:
    """One batch of header blocks: on their way, then parsed, with each one's screen
    verdict once asked, and the candidates already being read (with a worker)."""

    coming: Future[list[HeaderBlock]]
    parsed: list[tuple[HeaderBlock, Message, str]] | None = None
    screened: dict[int, str | None] = field(default_factory=dict)
    reading: dict[int, Future[_Chunk]] = field(default_factory=dict)
    start: Callable[[], None] | None = None  # reads its likely candidates ahead, once

    @classmethod
    def of(cls, headers: list[HeaderBlock]) -> Batch:
        done: Future[list[HeaderBlock]] = Future()
        done.set_result(headers)
        return cls(done)


@dataclass
class _Chunk:
    """A fetched chunk: per UID the bytes to read (None: nothing to read), what of a
    big message was not read, and why it cannot be read; ``reads`` with a worker."""

    got: dict[int, tuple[bytes | None, str | None, str | None]]
    reads: Fetched | None


def _unpack(raw: bytes | Slimmed | None) -> tuple[bytes | None, str | None, str | None]:
    unread = problem = None
    if isinstance(raw, Slimmed):  # a big message, read by its text parts
        unread = raw.problem or None
        raw = raw.raw or None
        if raw is None:
            problem = f"too big to read: {unread}"
    if raw is None:
        problem = problem or "message vanished before fetch"
    return raw, unread, problem


def _may_start(batch: Batch | None) -> bool:
    """Whether ``batch`` can start reading ahead without waiting for its headers."""
    return batch is not None and batch.start is not None and batch.coming.done()


def _ready(chunk: Future[_Chunk]) -> bool:
    """Whether a chunk is fetched and read (asking would not wait)."""
    if not chunk.done():
        return False
    try:
        reads = chunk.result().reads
    except BaseException:  # noqa: BLE001 - raised where the chunk is asked for
        return True
    return reads is None or reads.done()


def _arrived(coming: Future[list[HeaderBlock]]) -> bool:
    """Whether a header fetch succeeded (waiting for it); a failure is left to raise later."""
    try:
        return coming.exception() is None
    except CancelledError:
        return False
