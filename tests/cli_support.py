"""Shared by the CLI tests: run ``followup`` in-process and capture what it printed."""

from __future__ import annotations

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
