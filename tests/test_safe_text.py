"""Escape sequences and bidi controls from mail never reach the terminal or a header.

The pure helpers first, then the whole path on real servers: a hostile confirmation
delivered to Dovecot, scanned, shown, planned, approved and sent to aiosmtpd.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.core.safe_text import for_header, for_terminal
from tests.test_outbox import write_config
from tests.test_send_cli import run

TITLE = "\x1b]0;title\x07"
CLEAR = "\x1b[2J"
RLO = "\u202e"
FORBIDDEN = ("\x1b", "\x07", "\x9b", RLO, "[2J", "]0;")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (f"Acme{CLEAR} Careers", "Acme Careers"),
        (f"Your application{TITLE} for Analyst", "Your application for Analyst"),
        ("osc ended by ST \x1b]8;;http://x.test\x1b\\link", "osc ended by ST link"),
        ("8-bit CSI \x9b31mred", "8-bit CSI red"),
        ("device control \x1bPq#0;2;0;0;0\x1b\\ string", "device control  string"),
        ("lone escape \x1b", "lone escape "),
        (f"bidi {RLO}gnp.exe\u202c \u2066x\u2069 \u200e\u200f\u061c", "bidi gnp.exe x "),
        ("keeps\nlines\tand tabs\r\n", "keeps\nlines\tand tabs\n"),
        ("bell\x07 backspace\x08 del\x7f nul\x00", "bell backspace del nul"),
        ("Grüße, 日本, emoji 😀", "Grüße, 日本, emoji 😀"),
    ],
)
def test_for_terminal(raw: str, shown: str) -> None:
    assert for_terminal(raw) == shown


def test_for_header_is_one_clean_line() -> None:
    assert for_header(f"Dana {RLO}Fox{CLEAR}\r\nBcc: x@evil.test\t\u2028end") == (
        "Dana Fox Bcc: x@evil.test end"
    )


def test_an_unterminated_sequence_costs_linear_time() -> None:
    import time

    for unit in ("\x1b]", "\x1b[0", "\x1bP", "\x9d"):
        started = time.process_time()
        assert for_terminal(unit * 200_000).isprintable()
        assert time.process_time() - started < 1


# -- through the CLI, on Dovecot and aiosmtpd -----------------------------------------------

NOW = "2026-11-20T12:00:00+00:00"
HOSTILE = (
    b"From: =?utf-8?q?Dana_=E2=80=AEFox=1B[2J?= <dana@harborlabs.example>\r\n"
    b"To: sam.rivers@example.test\r\n"
    b"Subject: =?utf-8?q?Your_application_=1B]0;title=07for_Data_Analyst=1B[2J?=\r\n"
    b"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
    b"Message-ID: <c1@harborlabs.example>\r\n"
    b"\r\n"
    b"Hi Sam,\r\n\r\nThank you for applying for the Data Analyst position at Harbor Labs."
    b" We have received your application and will review it.\r\n\r\n"
    b"Best,\r\nDana Fox\r\nRecruiter, Harbor Labs\r\n"
)


def test_hostile_names_and_subjects_never_reach_the_terminal_or_the_sent_headers(
    tmp_path: Path, imap_account, smtp_server, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "config.toml", imap_account, smtp_server)
    config.write_text(config.read_text().replace("Sam Rivers", f"Sam {RLO}Rivers"))
    imap_account.deliver(HOSTILE)
    base = ["--config", str(config), "--now", NOW]

    printed = []
    for argv in (
        ["scan"],
        ["apps", "list"],
        ["apps", "show", "1"],
        ["plan"],
        ["drafts", "list"],
        ["drafts", "show", "1"],
    ):
        code, out, err = run(base + argv, capsys)
        assert code == 0, (argv, err)
        printed.append(out + err)
    shown = "".join(printed)
    assert "Dana Fox" in shown and "Your application for Data Analyst" in shown
    for bad in FORBIDDEN:
        assert bad not in shown, repr(bad)

    code, out, _ = run([*base, "apps", "show", "1", "--json"], capsys)
    assert code == 0 and RLO not in out  # escaped in JSON, the value itself kept
    assert RLO in json.loads(out)["messages"][0]["sender"]

    assert run([*base, "drafts", "approve", "1"], capsys)[0] == 0
    code, out, err = run([*base, "send"], capsys)
    assert code == 0, err
    assert len(smtp_server.messages) == 1
    sent = smtp_server.messages[0].parsed()
    headers = {name: str(sent[name]) for name in ("From", "To", "Subject")}
    assert headers["To"] == "Dana Fox <dana@harborlabs.example>"
    assert headers["From"] == "Sam Rivers <sam.rivers@example.test>"
    assert headers["Subject"].startswith("Re: Your application for Data Analyst")
    raw_head = smtp_server.messages[0].content.split(b"\r\n\r\n", 1)[0]
    assert b"\xe2\x80\xae" not in raw_head and b"\x1b" not in raw_head
    assert "=E2=80=AE" not in raw_head.decode("ascii", "replace").upper()


def test_an_error_naming_a_hostile_path_is_one_clean_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"export{CLEAR}{TITLE}{RLO}.mbox"
    path.write_text("not an mbox\n")
    code, out, err = run(["scan", "--mbox", str(path)], capsys)
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and "is not an mbox file" in err
    for bad in FORBIDDEN:
        assert bad not in err, repr(bad)
