"""Local mail as a source: a Maildir (with Maildir++ subfolders) or an mbox file.

For people who sync their mail locally (mbsync, offlineimap) or want to backfill
from an export (Google Takeout gives one mbox). Files are only read. Local
messages have no stable UIDs: within one scan a message's number is its place
in the listing, and the scanner dedupes across scans by Message-ID.
"""

from __future__ import annotations

import mailbox
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from assistant.adapters.sources.base import FolderInfo, HeaderBlock
from assistant.core.bigmail import Slimmed, slim
from assistant.errors import FollowupError

_ROLE_BY_NAME = {
    "sent": "sent",
    "sent items": "sent",
    "sent messages": "sent",
    "sent mail": "sent",
    "junk": "junk",
    "spam": "junk",
    "junk e-mail": "junk",
    "drafts": "drafts",
    "trash": "trash",
    "deleted items": "trash",
}
_SKIPPED_ROLES = ("drafts", "trash")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


#: a local message is read up to this many bytes (its attachments are skipped after)
MAX_LOCAL_BYTES = 64_000_000
#: each text part of a big message is read up to this many bytes
MAX_PART_BYTES = 1_000_000


def _within_cap(raw: bytes, cap: int) -> bytes | Slimmed:
    """A message over ``cap`` -> its header and text parts (:func:`bigmail.slim`)."""
    if len(raw) <= cap:
        return raw
    slimmed = slim(raw[:MAX_LOCAL_BYTES], part_cap=MAX_PART_BYTES)
    if len(raw) > MAX_LOCAL_BYTES:
        beyond = f"only the first {MAX_LOCAL_BYTES} bytes were read"
        return Slimmed(slimmed.raw, "; ".join(filter(None, (slimmed.problem, beyond))))
    return slimmed


def _headers_of(raw: bytes) -> bytes:
    match = _HEADER_END.search(raw)
    return raw[: match.end()] if match else raw


class MaildirSource:
    """A Maildir: the top level is INBOX, ``.Name`` subfolders are Maildir++ folders."""

    def __init__(self, path: Path, account: str = "local", max_message_bytes: int = 2_000_000):
        self.path = Path(path).expanduser()
        if not (self.path / "cur").is_dir() and not (self.path / "new").is_dir():
            raise FollowupError(f"{self.path} is not a Maildir (no cur/ or new/ inside)")
        self.account = account
        self._max = max_message_bytes
        self._files: dict[str, list[Path]] = {}

    def _folder_dir(self, name: str) -> Path:
        return self.path if name == "INBOX" else self.path / f".{name}"

    def folders(self) -> list[FolderInfo]:
        found = [FolderInfo("INBOX", "inbox")]
        for child in sorted(self.path.iterdir()):
            if child.is_dir() and child.name.startswith(".") and (child / "cur").is_dir():
                name = child.name[1:]
                role = _ROLE_BY_NAME.get(name.lower().rsplit(".", 1)[-1], "other")
                if role not in _SKIPPED_ROLES:
                    found.append(FolderInfo(name, role))
        return found

    def select(self, folder: FolderInfo) -> FolderInfo:
        base = self._folder_dir(folder.name)
        files = [f for sub in ("new", "cur") for f in (base / sub).glob("*") if f.is_file()]
        self._files[folder.name] = sorted(files, key=lambda f: f.name)
        return folder

    def uids(self, folder: FolderInfo, after: int, since: date | None) -> list[int]:
        files = self._files.get(folder.name) or []
        result = []
        for number, path in enumerate(files, start=1):
            if number <= after:
                continue
            if since is not None:
                mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).date()
                if mtime < since:
                    continue
            result.append(number)
        return result

    def _read(self, folder: FolderInfo, uid: int, limit: int | None = None) -> bytes:
        path = self._files[folder.name][uid - 1]
        with path.open("rb") as handle:
            return handle.read(limit if limit is not None else MAX_LOCAL_BYTES + 1)

    def fetch_headers(self, folder: FolderInfo, uids: Sequence[int]) -> list[HeaderBlock]:
        blocks = []
        for uid in uids:
            try:
                head = self._read(folder, uid, 65536)
            except OSError:
                continue  # vanished since the listing
            blocks.append(HeaderBlock(uid, _headers_of(head)))
        return blocks

    def fetch_messages(
        self, folder: FolderInfo, uids: Sequence[int]
    ) -> Mapping[int, bytes | Slimmed]:
        result = {}
        for uid in uids:
            try:
                result[uid] = _within_cap(self._read(folder, uid), self._max)
            except OSError:
                continue
        return result

    def reconnect(self) -> None:
        self._files.clear()

    def close(self) -> None:
        self._files.clear()


def _check_mbox(path: Path) -> None:
    """An mbox starts with a ``From `` line (an empty file is an empty mbox)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(4096)
    except OSError as exc:
        raise FollowupError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    start = start.lstrip(b"\r\n")
    if start and (not start.startswith(b"From ") or b"\x00" in start):
        raise FollowupError(
            f"{path} is not an mbox file (an mbox starts with a 'From ' line)",
            hint="give a Maildir with --maildir, or an mbox export such as Google Takeout's",
        )


class MboxSource:
    """One mbox file (a Google Takeout export, say) as a single folder.

    Takeout marks the user's own mail with ``X-Gmail-Labels: Sent``; the scanner
    also treats mail from the account's own address as sent.
    """

    def __init__(self, path: Path, account: str = "local", max_message_bytes: int = 2_000_000):
        self.path = Path(path).expanduser()
        if not self.path.is_file():
            raise FollowupError(f"{self.path}: no such mbox file")
        _check_mbox(self.path)
        self.account = account
        self._max = max_message_bytes
        self._box: mailbox.mbox | None = None
        self._keys: list[str] = []

    def folders(self) -> list[FolderInfo]:
        return [FolderInfo(self.path.name, "inbox")]

    def select(self, folder: FolderInfo) -> FolderInfo:
        self._box = mailbox.mbox(str(self.path), create=False)
        self._keys = sorted(self._box.keys())
        return folder

    def uids(self, folder: FolderInfo, after: int, since: date | None) -> list[int]:
        return list(range(after + 1, len(self._keys) + 1))

    def _raw(self, uid: int) -> bytes:
        assert self._box is not None
        return self._box.get_bytes(self._keys[uid - 1])

    def fetch_headers(self, folder: FolderInfo, uids: Sequence[int]) -> list[HeaderBlock]:
        return [HeaderBlock(uid, _headers_of(self._raw(uid)[:65536])) for uid in uids]

    def fetch_messages(
        self, folder: FolderInfo, uids: Sequence[int]
    ) -> Mapping[int, bytes | Slimmed]:
        return {uid: _within_cap(self._raw(uid), self._max) for uid in uids}

    def reconnect(self) -> None:
        self.close()

    def close(self) -> None:
        if self._box is not None:
            self._box.close()
            self._box = None
