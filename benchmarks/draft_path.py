"""How many times a draft id crosses between modules from `followup send` to the SMTP call.

    .venv/bin/python benchmarks/draft_path.py            # this checkout
    git archive fb5d2fc | tar -x -C /tmp/old && PYTHONPATH=/tmp/old \\
        .venv/bin/python benchmarks/draft_path.py         # an older tree, for comparison

Runs `followup send` on one approved draft of one application with a profiler on,
against an SMTP stand-in that stops at the MAIL command (the first byte that would
leave). Counts every call from one ``assistant`` module into another on the way,
those among outbox, store and approval (the figure issue 10 quotes), and how often
the application is read. Works on the layout before and after issue 10.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any


class _Stop(Exception):
    """Raised by the stand-in at MAIL FROM: the SMTP call was reached."""


class _StandInSmtp:
    def has_extn(self, name: str) -> bool:
        return False

    def mail(self, *args: Any, **kwargs: Any) -> Any:
        raise _Stop

    def rset(self) -> None: ...

    def quit(self) -> None: ...

    def close(self) -> None: ...


CONFIG = """[accounts.personal]
default = true
email = "sam@example.test"
[accounts.personal.imap]
host = "127.0.0.1"
tls = "none"
login = "sam"
[accounts.personal.smtp]
host = "127.0.0.1"
tls = "none"
login = "sam"
min_spacing_seconds = 0
save_sent = "never"
"""


def _module(*names: str) -> Any:
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError(names[0])


def main() -> None:
    home = Path(tempfile.mkdtemp())
    os.environ["FOLLOWUP_HOME"] = str(home)
    config = home / "config.toml"
    config.write_text(CONFIG)
    connections = _module("assistant.adapters.connections", "assistant.connections")
    paths = _module("assistant.adapters.paths", "assistant.paths")
    store_module = _module("assistant.adapters.store", "assistant.store")
    connections.open_smtp = lambda *args, **kwargs: _StandInSmtp()

    when = datetime(2026, 11, 2, tzinfo=UTC)
    store = store_module.Store.open(paths.database_path(home))
    app_id = store.add_application(when, company="Harbor Labs", role="Analyst")
    store.add_draft(
        when,
        application_id=app_id,
        channel="email",
        status="approved",
        account="personal",
        to_email="dana@harbor.example",
        subject="Following up",
        body="Hello Dana,\n",
        message_id="<m1@example.test>",
        approved_at=when,
    )
    store.close()

    crossings: Counter[tuple[str, str]] = Counter()
    reads = 0
    reached = False

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal reads, reached
        if reached or event != "call":
            return
        if frame.f_code.co_name == "mail" and isinstance(frame.f_locals.get("self"), _StandInSmtp):
            reached = True
            return
        callee = str(frame.f_globals.get("__name__", ""))
        caller = str(frame.f_back.f_globals.get("__name__", "")) if frame.f_back else ""
        if callee.endswith("store") and frame.f_code.co_name == "application_row":
            reads += 1
        if caller.startswith("assistant") and callee.startswith("assistant") and caller != callee:
            crossings[(caller, callee)] += 1

    from assistant.cli import main as followup

    sys.setprofile(profile)
    try:
        followup(["--config", str(config), "--now", "2026-11-03T10:00:00+00:00", "send"])
    except (SystemExit, _Stop):
        pass
    finally:
        sys.setprofile(None)
    three = ("outbox", "store", "approval")
    among = sum(
        n
        for (a, b), n in crossings.items()
        if a.split(".")[-1] in three and b.split(".")[-1] in three
    )
    print(f"reached the SMTP call: {reached}")
    print(f"crossings between assistant modules: {sum(crossings.values())}")
    print(f"  among outbox, store and approval: {among}")
    print(f"application reads: {reads}")
    for (a, b), n in crossings.most_common():
        print(f"  {n:3d}  {a} -> {b}")


if __name__ == "__main__":
    main()
