"""The IMAP source's pure helpers: folder roles, UID sets, the fast header-fetch reader."""

from __future__ import annotations

import imaplib
import io

import pytest

from assistant.adapters.sources.imap import _fast_fetch, uid_set
from assistant.errors import ProtocolError


def test_uid_set_compresses_runs():
    assert uid_set([1, 2, 3, 7, 9, 10]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"
    assert uid_set([4, 2, 3, 3]) == "2:4"


class FakeImap(imaplib.IMAP4):
    """Only what _fast_fetch uses: a tag, and a canned answer to read (no socket)."""

    def __init__(self, answer: bytes):  # noqa: D107 - deliberately skips IMAP4.__init__
        self.file = io.BytesIO(answer)
        self.sent: list[bytes] = []
        self.tagged_commands: dict[bytes, object] = {}

    def _new_tag(self) -> bytes:
        self.tagged_commands[b"T7"] = None
        return b"T7"

    def send(self, data: bytes) -> None:
        self.sent.append(data)


def test_fast_fetch_reads_uid_before_or_after_the_literal():
    answer = (
        b"* 1 FETCH (UID 10 BODY[HEADER.FIELDS (FROM)] {21}\r\nFrom: a@example.com\r\n)\r\n"
        b"* 7 EXISTS\r\n"  # new mail meanwhile: not a FETCH answer
        b"* 2 FETCH (BODY[HEADER.FIELDS (FROM)] {21}\r\nFrom: b@example.com\r\n"
        b" UID 11 X-GM-MSGID 1234)\r\n"
        b"* 3 FETCH (UID 99 BODY[HEADER.FIELDS (FROM)] {21}\r\nFrom: c@example.com\r\n)\r\n"
        b"T71 OK not ours\r\n"  # another tag that starts like ours
        b"T7 OK Fetch completed.\r\n"
        b"* 9 EXISTS\r\n"  # after the end: left for the next command
    )
    imap = FakeImap(answer)
    blocks = _fast_fetch(imap, [10, 11], ["BODY.PEEK[HEADER.FIELDS (FROM)]"])
    assert [(b.uid, b.data, b.gm_msgid) for b in blocks] == [
        (10, b"From: a@example.com\r\n", None),
        (11, b"From: b@example.com\r\n", "1234"),
    ]  # UID 99 was not asked for (an unsolicited FETCH) and is left out
    assert imap.sent == [b"T7 UID FETCH 10:11 (UID BODY.PEEK[HEADER.FIELDS (FROM)])\r\n"]
    assert imap.tagged_commands == {}
    assert imap.file.read() == b"* 9 EXISTS\r\n"


def test_fast_fetch_reads_past_a_second_literal():
    answer = (
        b"* 1 FETCH (UID 10 BODY[] {3}\r\nabc BODY[HEADER] {2}\r\nxy)\r\n"
        b"* 2 FETCH (UID 11 BODY[] {3}\r\ndef)\r\n"
        b"T7 OK done\r\n"
    )
    blocks = _fast_fetch(FakeImap(answer), [10, 11], ["BODY.PEEK[]"])
    assert [(b.uid, b.data) for b in blocks] == [(10, b"abc"), (11, b"def")]


def test_a_status_line_ending_in_braces_is_not_a_literal():
    answer = (
        b"* OK [ALERT] mailbox over quota {90%}\r\n"  # free text, as imaplib reads it: no literal
        b"* 1 FETCH (UID 10 BODY[] {3}\r\nabc)\r\n"
        b"T7 OK done\r\n"
    )
    imap = FakeImap(answer)
    blocks = _fast_fetch(imap, [10], ["BODY.PEEK[]"])
    assert [(b.uid, b.data) for b in blocks] == [(10, b"abc")]
    assert imap.tagged_commands == {}


def test_fast_fetch_failure_is_a_protocol_error():
    with pytest.raises(ProtocolError, match="FETCH failed: NO no such message"):
        _fast_fetch(FakeImap(b"T7 NO no such message\r\n"), [1], ["UID"])


@pytest.mark.parametrize(
    "answer",
    [
        b"* 1 FETCH (UID 1 BODY[] {30}\r\nshort",  # the connection ends inside a literal
        b"* 1 FETCH (UID 1 BODY[] {3}\r\nabc)\r\n",  # ... before the command completes
        b"* BYE shutting down\r\n",
    ],
)
def test_a_fetch_cut_short_is_an_abort_the_scan_retries(answer):
    with pytest.raises(imaplib.IMAP4.abort):
        _fast_fetch(FakeImap(answer), [1], ["BODY.PEEK[]"])
