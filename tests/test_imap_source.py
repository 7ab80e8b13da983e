"""The IMAP source's pure helpers: folder roles, UID sets, the fast header-fetch reader."""

from __future__ import annotations

import imaplib

import pytest

from assistant.adapters.sources.imap import _fast_fetch, uid_set
from assistant.errors import ProtocolError


def test_uid_set_compresses_runs():
    assert uid_set([1, 2, 3, 7, 9, 10]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"
    assert uid_set([4, 2, 3, 3]) == "2:4"


class FakeImap(imaplib.IMAP4):
    """Only what _fast_fetch calls: a canned UID FETCH answer (no socket)."""

    def __init__(self, answer):  # noqa: D107 - deliberately skips IMAP4.__init__
        self.answer = answer
        self.commands = []

    def uid(self, command, *args):
        self.commands.append((command, *args))
        return self.answer


def test_fast_fetch_reads_uid_before_or_after_the_literal():
    answer = (
        "OK",
        [
            (b"1 (UID 10 BODY[HEADER.FIELDS (FROM)] {20}", b"From: a@example.com\r\n"),
            b")",
            (b"2 (BODY[HEADER.FIELDS (FROM)] {20}", b"From: b@example.com\r\n"),
            b" UID 11 X-GM-MSGID 1234)",
            (b"3 (UID 99 BODY[HEADER.FIELDS (FROM)] {20}", b"From: c@example.com\r\n"),
            b")",
        ],
    )
    imap = FakeImap(answer)
    blocks = _fast_fetch(imap, [10, 11], ["BODY.PEEK[HEADER.FIELDS (FROM)]"])
    assert [(b.uid, b.data, b.gm_msgid) for b in blocks] == [
        (10, b"From: a@example.com\r\n", None),
        (11, b"From: b@example.com\r\n", "1234"),
    ]  # UID 99 was not asked for (an unsolicited FETCH) and is left out
    assert imap.commands[0][:2] == ("FETCH", "10:11")


def test_fast_fetch_failure_is_a_protocol_error():
    with pytest.raises(ProtocolError, match="FETCH failed: no such message"):
        _fast_fetch(FakeImap(("NO", [b"no such message"])), [1], ["UID"])
