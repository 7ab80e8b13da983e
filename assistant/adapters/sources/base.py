"""The interface every mail source implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from assistant.core.bigmail import Slimmed

#: header fields fetched for every message; enough to screen, dedupe and thread.
HEADER_FIELDS: tuple[str, ...] = (
    "From",
    "Reply-To",
    "To",
    "Cc",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Content-Type",
    "Auto-Submitted",
    "Precedence",
    "List-Id",
    "List-Unsubscribe",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "X-MS-Exchange-Inbox-Rules-Loop",
)


@dataclass(frozen=True)
class FolderInfo:
    """One folder and what it is for.

    ``role`` is ``inbox``, ``sent``, ``junk``, ``drafts`` or ``other``;
    ``uidvalidity`` is None for local sources, whose messages have no stable UIDs;
    ``uidnext`` (IMAP) is the UID the next new message will get.
    """

    name: str
    role: str
    uidvalidity: int | None = None
    uidnext: int | None = None


@dataclass(frozen=True)
class HeaderBlock:
    """The header fields of one message, as fetched."""

    uid: int
    data: bytes
    gm_msgid: str | None = None


class MailSource(Protocol):
    """What the scanner needs from a mail source."""

    #: account name, used as the key of the scan state
    account: str

    def folders(self) -> Sequence[FolderInfo]:
        """The folders to scan, with their roles."""
        ...

    def select(self, folder: FolderInfo) -> FolderInfo:
        """Open a folder read-only; returns it with a fresh ``uidvalidity``."""
        ...

    def uids(self, folder: FolderInfo, after: int, since: date | None) -> list[int]:
        """UIDs greater than ``after`` (and delivered on/after ``since``), ascending."""
        ...

    def fetch_headers(self, folder: FolderInfo, uids: Sequence[int]) -> list[HeaderBlock]:
        """The header fields of :data:`HEADER_FIELDS` for each UID (missing ones left out)."""
        ...

    def fetch_messages(
        self, folder: FolderInfo, uids: Sequence[int]
    ) -> Mapping[int, bytes | Slimmed]:
        """Messages by UID, without setting any flag: whole, or (over the source's size cap)
        as :class:`Slimmed`, their header and text parts with what could not be read."""
        ...

    def reconnect(self) -> None:
        """Drop the connection and open a new one (after a network error)."""
        ...

    def close(self) -> None: ...
