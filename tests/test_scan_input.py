"""`followup scan` on local paths that are not what they claim: one clear line, the right code."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.test_send_cli import run


def a_program() -> str:
    return shutil.which("ls") or sys.executable


def test_a_program_is_not_an_mbox(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["scan", "--mbox", a_program()], capsys)
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "is not an mbox file" in err and "Traceback" not in err


def test_a_text_file_is_not_an_mbox(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\nmilk\n")
    code, _, err = run(["scan", "--mbox", str(notes)], capsys)
    assert code == 1 and "is not an mbox file" in err


def test_an_empty_file_is_an_empty_mbox(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    empty = tmp_path / "empty.mbox"
    empty.write_bytes(b"")
    code, out, err = run(["scan", "--mbox", str(empty)], capsys)
    assert code == 0, err
    assert "Scanned 0 new messages" in out


def test_a_folder_that_is_not_a_maildir(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    (tmp_path / "photos").mkdir()
    code, out, err = run(["scan", "--maildir", str(tmp_path / "photos")], capsys)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "is not a Maildir" in err


@pytest.mark.parametrize("option", ["--mbox", "--maildir"])
def test_a_path_that_does_not_exist_is_a_usage_error(
    option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["scan", option, str(tmp_path / "nowhere")], capsys)
    assert code == 2 and out == ""
    assert "does not exist" in err
