"""Whether a message is the user's own mail (pure).

Apart from ``core/intake.py`` (which re-exports it) so that the scan's worker process,
which only parses and classifies, need not import the intake's matching and tracking.
"""

from __future__ import annotations

from assistant.core.models import Message


def is_outgoing(head: Message, folder_role: str | None, own: set[str]) -> bool:
    """The user's own mail: in Sent, labelled Sent (a Takeout export), or proven so.

    A From: with the user's address proves nothing (anyone can write it): mail
    outside Sent counts as the user's only when its Message-ID was made at the
    user's own domain and the receiving server's Authentication-Results say the
    sender passed DKIM, SPF or DMARC. Never in Junk.
    """
    if folder_role == "sent":
        return True
    if folder_role == "junk":
        return False
    labels = head.headers.get("x-gmail-labels", "").lower()
    if "sent" in (label.strip() for label in labels.split(",")):
        return True
    sender = head.sender.email.lower() if head.sender else ""
    if not sender or sender not in own:
        return False
    own_domains = {a.rpartition("@")[2] for a in own}
    id_domain = (head.message_id or "").rstrip(">").rpartition("@")[2].lower()
    results = head.headers.get("authentication-results", "").lower()
    passed = any(f"{check}=pass" in results for check in ("dkim", "spf", "dmarc"))
    return id_domain in own_domains and passed
