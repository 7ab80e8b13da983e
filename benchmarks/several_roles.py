"""Applications found vs the (employer, role) pairs a mailbox really holds.

    .venv/bin/python benchmarks/several_roles.py

Builds a Maildir of the project's own (fictitious employers, several roles at
most of them): an employer's confirmation for one role beside the user's own
application mail for another, a confirmation dated before the user's mail for
a different role, four role-less confirmations on four dates, two roles with a
later invitation naming one, one application mail to two employers. Scans it
and prints how many applications came out against the 12 pairs put in, with
the (company, role) of each.
"""

from __future__ import annotations

import mailbox
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.adapters.sources.local import MaildirSource  # noqa: E402
from assistant.adapters.store import Store  # noqa: E402
from assistant.app.scanning import Scanner  # noqa: E402

ME = "alex@example.org"
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
DAY = datetime(2026, 2, 20, 9, 0, tzinfo=UTC)
PAIRS = 12  # what the mailbox below holds (four role-less ones count once each)


def mail(sender: str, to: str, subject: str, body: str, when: datetime, cv: bool = False) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{abs(hash((sender, subject, when)))}@mail.example>"
    message.set_content(body)
    if cv:
        message.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="CV.pdf")
    return message.as_bytes()


def confirmation(sender: str, company: str, role: str | None, when: datetime) -> bytes:
    what = f"for the {role} position at {company}" if role else f"to {company}"
    subject = f"Thank you for applying: {role}" if role else f"Thank you for applying to {company}"
    body = (
        f"Dear Alex,\n\nthank you for applying {what}. We have received your application "
        "and our team will review it.\n\nThe Recruiting Team\n"
    )
    return mail(sender, ME, subject, body, when)


def application(to: str, role: str, company: str, when: datetime) -> bytes:
    body = (
        f"Hello,\n\nplease find attached my application for the {role} opening at "
        f"{company}.\n\nBest regards\nAlex Morgan\n"
    )
    return mail(ME, to, f"Application: {role} - Alex Morgan", body, when, cv=True)


def build(root: Path) -> None:
    top = mailbox.Maildir(str(root), create=True)
    sent = top.add_folder("Sent")
    q = "quillfeather.example"
    top.add(
        confirmation(f"Priya Shah <priya@{q}>", "Quillfeather Analytics", "Product Manager", DAY)
    )
    sent.add(
        application(
            f"Quillfeather Analytics Talent <talent@{q}>",
            "Junior Data Engineer",
            "Quillfeather Analytics",
            DAY + timedelta(days=5),
        )
    )
    top.add(
        confirmation(
            f"Quillfeather Analytics <no-reply@{q}>",
            "Quillfeather Analytics",
            "Junior Data Engineer",
            DAY + timedelta(days=6),
        )
    )
    lp = "lucernepublishing.example"
    sent.add(
        application(
            f"jobs@{lp}", "Editorial Assistant", "Lucerne Publishing", DAY + timedelta(days=14)
        )
    )
    top.add(
        confirmation(f"Marta Keller <marta@{lp}>", "Lucerne Publishing", "Rights Coordinator", DAY)
    )
    for n in range(4):
        top.add(
            confirmation(
                "Nimbus Orchard Careers <careers@nimbusorchard.example>",
                "Nimbus Orchard",
                None,
                DAY + timedelta(days=3 * n),
            )
        )
    k = "kestrelworks.example"
    for n, role in enumerate(("Data Analyst", "Backend Engineer")):
        top.add(
            confirmation(
                f"Kestrel Works Recruiting <recruiting@{k}>",
                "Kestrel Works",
                role,
                DAY + timedelta(days=n),
            )
        )
    top.add(
        mail(
            f"Ola Berg <ola.berg@{k}>",
            ME,
            "Interview invitation: Backend Engineer",
            "Dear Alex,\n\nwe would like to invite you to an interview for the Backend Engineer "
            "position at Kestrel Works. Would Tuesday at 10:00 suit you?\n\nOla Berg\n",
            DAY + timedelta(days=10),
        )
    )
    sent.add(
        mail(
            ME,
            "Corvid Labs Careers <careers@corvidlabs.example>, hr@haldensystems.example",
            "Application: Data Analyst - Alex Morgan",
            "Hello,\n\nplease find attached my application for a Data Analyst role.\n\n"
            "Best regards\nAlex Morgan\n",
            DAY + timedelta(days=2),
            cv=True,
        )
    )


def main() -> None:
    root = Path(tempfile.mkdtemp()) / "Mail"
    build(root)
    store = Store.memory()
    Scanner(store, own_addresses=[ME], now=NOW).scan(MaildirSource(root))
    found = store.applications()
    print(f"applications: {len(found)}  distinct (employer, role) pairs put in: {PAIRS}")
    for app in sorted(found, key=lambda a: (a.company or "", a.role or "", a.applied_at)):
        role = app.role or "(role not stated)"
        print(f"  {app.company!s:24} {role:36} {app.applied_at:%Y-%m-%d} {app.status}")


if __name__ == "__main__":
    main()
