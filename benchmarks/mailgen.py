"""Generate realistic mailbox traffic for benchmarks and scale tests.

Most of a real inbox is not job mail: newsletters, shop receipts, social
notifications, personal threads, calendar invites. This module writes such
messages (about 2-6 KB each, in the project's own words) around the job mail of
:mod:`jobmail` (many employers, what follows each application), so a benchmark
can show both speed and that nothing is missed.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import jobmail

FIRST = ["Sam", "Robin", "Kim", "Alex", "Jordan", "Taylor", "Casey", "Morgan", "Jamie", "Riley"]
LAST = ["Nguyen", "Smith", "Garcia", "Okafor", "Schmidt", "Rossi", "Kowalski", "Dubois"]
SHOPS = ["bookshelf.example", "gadgets.example", "grocer.example", "travel.example"]
NEWS = ["weekly-digest.example", "tech-news.example", "cooking-club.example"]
FILLER = (
    "Here is the news you asked for this week. We picked a few stories we think you will like, "
    "from gardening tips to the best new podcasts. Read on for the details and the links. "
)


def _headers(
    sender: str, to: str, subject: str, when: datetime, msgid: str, extra: str = ""
) -> str:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: <{msgid}>\r\n"
        f"MIME-Version: 1.0\r\n{extra}"
    )


def noise(n: int, rng: random.Random, when: datetime, to: str = "alex@example.org") -> bytes:
    """One non-job message; the kind depends on ``n``."""
    kind = n % 5
    msgid = f"noise-{n}-{rng.randrange(10**9)}@gen.example"
    if kind == 0:
        domain = rng.choice(NEWS)
        head = _headers(
            f"Digest <updates@{domain}>",
            to,
            f"This week: {rng.choice(['gardens', 'podcasts', 'recipes', 'trains'])} #{n}",
            when,
            msgid,
            f"List-Id: <weekly.{domain}>\r\nList-Unsubscribe: <https://{domain}/u>\r\n"
            "Precedence: bulk\r\n",
        )
        body = FILLER * rng.randint(8, 25)
    elif kind == 1:
        domain = rng.choice(SHOPS)
        head = _headers(
            f"Orders <orders@{domain}>",
            to,
            f"Your order {100000 + n} has shipped",
            when,
            msgid,
        )
        body = f"Thanks for shopping with us. Order {100000 + n} is on its way.\r\n" * 20
    elif kind == 2:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        head = _headers(
            f"{name} <{name.split()[0].lower()}@friends.example>",
            to,
            rng.choice(["Dinner on Friday?", "Photos from the trip", "Re: the book", "Hi!"]),
            when,
            msgid,
        )
        body = "Hey, are you around this weekend? Let me know what works.\r\n" * 10
    elif kind == 3:
        head = _headers(
            "Social <notify@social.example>",
            to,
            f"{rng.choice(FIRST)} commented on your post",
            when,
            msgid,
            "Auto-Submitted: auto-generated\r\n",
        )
        body = "You have a new comment. Open the app to reply.\r\n" * 15
    else:
        head = _headers(
            "Calendar <calendar@work.example>",
            to,
            f"Invitation: team sync {n}",
            when,
            msgid,
        )
        body = "You have been invited to a meeting. Accept or decline in your calendar.\r\n" * 12
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def confirmation(i: int, when: datetime, to: str = "alex@example.org") -> tuple[bytes, str, str]:
    """A confirmation from an employer :func:`mailbox` never writes about; (raw, company, role)."""
    company, role = "Obsidian Tern Cooperative", "Data Analyst"
    slug = company.lower().replace(" ", "")
    body = (
        f"Hi Alex,\n\nThank you for applying for the {role} position at {company}. "
        "We have received your application and our recruiting team will review it.\n\n"
        f"Best regards,\nThe {company} Recruiting Team"
    )
    raw = jobmail.render(
        f"{company} Careers <no-reply@{slug}.example>",
        f"Thank you for applying to {company}",
        body,
        when,
        f"confirm-{i}@{slug}.example",
        to=to,
    )
    return raw, company, role


def mailbox(
    count: int, jobs: int, seed: int = 7
) -> tuple[list[tuple[bytes, datetime, str]], list[jobmail.Application]]:
    """``count`` messages (raw, date, folder) in date order, ``jobs`` of them job mail
    (some in Sent), and the applications that job mail is about."""
    rng = random.Random(seed)
    start = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
    span = timedelta(days=80)
    job, applications = jobmail.job_mail(jobs, start, span, rng)
    result = [(m.raw, m.when, m.folder) for m in job]
    for n in range(count - len(job)):
        when = start + span * rng.random()
        result.append((noise(n, rng, when), when, "INBOX"))
    result.sort(key=lambda item: item[1])
    return result, applications
