"""How often one raw message climbs back up the layers on its way into the store.

    .venv/bin/python benchmarks/layer_trace.py

Scans a Maildir of two messages (the user's application in Sent, then a person's
reply to it) with a profiler on, and counts every call from a lower layer into a
higher one. Layers, top down: front ends (cli, web, daemon), use cases (app),
adapters, the pure core. A call from ``app`` into ``app`` is level; ``adapters``
or ``core`` calling into ``app`` (a callback, a lazy import of a use case) is a
climb. Prints the count and each distinct climb (caller -> callee), and how often the
flow changes module on the way.
"""

from __future__ import annotations

import mailbox
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.adapters.sources.local import MaildirSource  # noqa: E402
from assistant.adapters.store import Store  # noqa: E402
from assistant.app.scanning import Scanner  # noqa: E402

RANK = {"cli": 3, "web": 3, "daemon": 3, "app": 2, "adapters": 1, "core": 0}


def _layer(filename: str) -> int | None:
    parts = Path(filename).parts
    if "assistant" not in parts:
        return None
    index = len(parts) - 1 - parts[::-1].index("assistant")
    rest = parts[index + 1 :]
    top = rest[0].removesuffix(".py") if rest else ""
    return RANK.get(top)


def _mail(sender: str, to: str, subject: str, msgid: str, **extra: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = "Mon, 02 Nov 2026 09:00:00 +0000"
    message["Message-ID"] = f"<{msgid}>"
    for name, value in extra.items():
        message[name.replace("_", "-")] = value
    message.set_content("Hello,\n\nthank you, could we talk on Tuesday?\n\nKim\n")
    return message.as_bytes()


def main() -> None:
    home = Path(tempfile.mkdtemp())
    top = mailbox.Maildir(str(home / "Mail"), create=True)
    sent = top.add_folder("Sent")
    application = EmailMessage()
    application["From"], application["To"] = "alex@example.org", "kim@lumen-works.example"
    application["Subject"] = "Application for Data Analyst at Lumen Works"
    application["Date"] = "Mon, 26 Oct 2026 09:00:00 +0000"
    application["Message-ID"] = "<app-1@example.org>"
    application.set_content("Please find my CV attached.\n")
    application.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="CV.pdf")
    sent.add(application.as_bytes())
    top.add(
        _mail(
            "Kim Park <kim@lumen-works.example>",
            "alex@example.org",
            "Re: Application for Data Analyst at Lumen Works",
            "reply-1@lumen-works.example",
            In_Reply_To="<app-1@example.org>",
        )
    )
    store = Store.memory()
    scanner = Scanner(
        store, own_addresses=["alex@example.org"], now=datetime(2026, 11, 20, tzinfo=UTC)
    )
    climbs: Counter[str] = Counter()
    modules: list[str] = []  # the package modules entered, in order

    def profile(frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "call":
            layer = _layer(frame.f_code.co_filename)
            caller = frame.f_back
            while caller is not None and _layer(caller.f_code.co_filename) is None:
                caller = caller.f_back  # through the standard library and dependencies
            below = _layer(caller.f_code.co_filename) if caller is not None else None
            if layer is not None and below is not None and layer > below:
                climbs[
                    f"{Path(caller.f_code.co_filename).stem}.{caller.f_code.co_name} -> "  # type: ignore[union-attr]
                    f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}"
                ] += 1
            if layer is not None:
                name = Path(frame.f_code.co_filename).stem
                if not modules or modules[-1] != name:
                    modules.append(name)

    sys.setprofile(profile)
    try:
        report = scanner.scan(MaildirSource(home / "Mail"))
    finally:
        sys.setprofile(None)
    assert report.created == 1 and len(store.applications()) == 1, report
    print(f"climbs back up the layers: {sum(climbs.values())}")
    print(f"module changes along the way: {len(modules) - 1} ({len(set(modules))} modules)")
    for what, count in climbs.most_common():
        print(f"  {count:3d}  {what}")


if __name__ == "__main__":
    main()
