"""Shared by the CLI tests: run ``followup`` in-process and capture what it printed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The exit code (a SystemExit's code, 0 for none) and the captured stdout and stderr."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    """:func:`run` for a command that prints JSON: what it printed, read; exit 0 asserted."""
    code, out, err = run(argv, capsys)
    assert code == 0, err
    return json.loads(out)


def use_mailbox(
    tmp_path: Path,
    imap_account: Any,
    monkeypatch: pytest.MonkeyPatch,
    mails: Iterable[tuple[bytes, datetime]],
) -> Path:
    """Deliver ``mails`` (raw, arrival) to the test account's real Dovecot mailbox and point
    ``followup`` at a config for it; the config's path."""
    from tests.test_run_service import write_config

    for raw, when in mails:
        imap_account.deliver(raw, internaldate=when)
    config = write_config(tmp_path / "config.toml", imap_account)
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(config))
    return config
