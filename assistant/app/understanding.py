"""Reading fetched mail: parse and classify, in a worker process during a big scan.

A first scan spends most of its time understanding the job mail it fetched
(parsing, classifying) and writing what it understood (matching, SQLite). The
two are independent until the write, so on a big scan a :class:`Worker` process
parses and classifies the bodies the scan fetched while the scan's own process
screens headers and records what came back before; on a small scan (the daemon's
usual case) it is all done in line, with no process to start.

What the worker does is pure (:func:`read`): the same bytes give the same
:class:`Read`, in the worker or in line, and results come back in the order they
were asked for. The user's own corrections are applied by the scan afterwards
(``app/corrections.py``), so the worker never touches the store.

The worker ignores Ctrl-C (it reaches the whole process group): the scan handles
it, and the worker ends when the scan closes it.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass

from assistant.core.models import Analysis, Message
from assistant.core.outgoing import is_outgoing
from assistant.core.parse import parse

log = logging.getLogger(__name__)

#: a folder with at least this many new messages is read with a worker process (None:
#: never). On the idle 2-core development machine it made a first scan 24 % faster;
#: on a loaded one it gains nothing and costs 10-14 % more CPU (docs/scanning.md)
WORKER_FROM: int | None = 1000


@dataclass(frozen=True)
class Read:
    """One fetched message, understood; ``problem`` when it could not be."""

    message: Message | None = None
    outgoing: bool = False
    analysis: Analysis | None = None  # the core's, before the user's corrections
    problem: str | None = None


def read(raw: bytes, role: str | None, own: frozenset[str]) -> Read:
    """Parse ``raw``; classify it unless it is the user's own mail (pure).

    The stored features and the language guess are left to the scan's own process
    (``app/recording.py``): on a big scan this process is the one the scan waits for.
    """
    message = None
    try:
        message = parse(raw)
        if is_outgoing(message, role, set(own)):
            return Read(message, outgoing=True)
        analysis = _classify()(message)
    except Exception as exc:  # a bad message is recorded and skipped
        return Read(message, problem=f"{type(exc).__name__}: {exc}")
    return Read(message, False, analysis)


def _classify() -> Callable[[Message], Analysis]:
    """The core's classifier, imported when first needed (its patterns take a while)."""
    from assistant.core.classify import classify

    return classify


def read_all(
    raws: Sequence[tuple[int, bytes]], role: str | None, own: frozenset[str]
) -> list[tuple[int, Read]]:
    return [(uid, read(raw, role, own)) for uid, raw in raws]


def _quiet() -> None:
    """In the worker: Ctrl-C is the scan's to handle (it was blocked while we started)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


#: (subject, text) of short job mail in each language the classifier reads, in the
#: project's own words: the warm-up reads them, so that the patterns a language's mail
#: needs are compiled before the first chunk comes (they are compiled on first use)
_WARM_UP_MAIL = (
    (
        "Your application",
        "Thank you for applying. We have received your application. "
        "Unfortunately we will not move forward; we would like to invite you to an interview.",
    ),
    (
        "Ihre Bewerbung",
        "Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten. "
        "Leider müssen wir Ihnen absagen. Gerne laden wir Sie zu einem Vorstellungsgespräch ein.",
    ),
    (
        "Votre candidature",
        "Nous vous remercions pour votre candidature, bien reçue. "
        "Malheureusement nous ne pouvons pas y donner suite. Nous vous invitons à un entretien.",
    ),
    (
        "Je sollicitatie",
        "Bedankt voor je sollicitatie, we hebben hem ontvangen. Helaas gaan "
        "we niet verder met je sollicitatie. We nodigen je graag uit voor een gesprek.",
    ),
    (
        "Tu candidatura",
        "Gracias por tu candidatura, la hemos recibido. Lamentablemente no "
        "seguiremos adelante. Nos gustaría invitarte a una entrevista.",
    ),
    (
        "La tua candidatura",
        "Grazie per la tua candidatura, l'abbiamo ricevuta. Purtroppo non "
        "procederemo oltre. Vorremmo invitarti a un colloquio.",
    ),
    (
        "A sua candidatura",
        "Obrigado pela sua candidatura, que recebemos. Infelizmente não "
        "vamos avançar. Gostaríamos de o convidar para uma entrevista.",
    ),
)


def _warm_up(subject: str, text: str) -> None:
    """Read one short job mail while the scan logs in and fetches headers: the first
    loads the classifier (imports, patterns), each compiles what its language needs.
    One task per mail, so that closing an unused worker waits only for those already
    handed to the process (the pool queues up to three), not all."""
    raw = f"From: Careers <careers@warm-up.example>\nSubject: {subject}\n\n{text}\n"
    read(raw.encode(), None, frozenset())


class Worker:
    """One worker process that reads chunks of messages, in order."""

    @classmethod
    def start(cls) -> Worker | None:
        """A worker, or None (reading in line) when no process can be started."""
        try:
            return cls()
        except Exception as exc:  # no processes left, no interpreter to spawn, ...
            log.warning("cannot start a reading process (%s); reading in this one", exc)
            return None

    def __init__(self) -> None:
        # imported here: a scan with nothing new (the daemon's usual one) never starts a worker
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the scan has a fetch thread and an open database
        self._pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet
        )
        # the process starts with the first task; Ctrl-C stays blocked until it ignores it
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            for subject, text in _WARM_UP_MAIL:
                self._pool.submit(_warm_up, subject, text)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    def submit(
        self, raws: Sequence[tuple[int, bytes]], role: str | None, own: frozenset[str]
    ) -> Fetched:
        """Read ``raws`` in the worker; the answer is waited for by :meth:`Fetched.reads`."""
        try:
            future = self._pool.submit(read_all, list(raws), role, own)
        except Exception:  # stopped: read in line when asked
            future = None
        return Fetched(dict(raws), role, own, future)

    def close(self, *, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=True)


class Fetched:
    """The messages of one fetched chunk, being read by the worker."""

    def __init__(
        self,
        raws: dict[int, bytes],
        role: str | None,
        own: frozenset[str],
        future: Future[list[tuple[int, Read]]] | None,
    ) -> None:
        self._raws, self._role, self._own = raws, role, own
        self._future = future
        self._reads: dict[int, Read] | None = None

    def done(self) -> bool:
        return self._future is None or self._future.done()

    def reads(self) -> dict[int, Read]:
        """Each message's :class:`Read` (waits for the worker; in line if it died)."""
        if self._reads is None:
            try:
                if self._future is None:
                    raise RuntimeError("not started")
                answer = self._future.result()
            except Exception as exc:  # died, or could not pass the answer back
                log.warning("the reading process failed (%s); reading in this one", exc)
                answer = read_all(list(self._raws.items()), self._role, self._own)
            self._reads = dict(answer)
        return self._reads
