"""Telling the user that drafts wait: a desktop notification, and an optional digest mail.

Desktop: ``notify-send`` (Linux, libnotify) or ``osascript`` (macOS) when present;
nothing otherwise. The digest is a short plain-text mail to the user's own
address listing what waits and how to approve it; it is built here and handed to
a ``deliver`` callable (the outbox's SMTP sender), so this module stays testable.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from assistant.core.drafts import Draft

log = logging.getLogger(__name__)


def desktop(title: str, body: str, *, runner: Callable[..., Any] = subprocess.run) -> bool:
    """Show a desktop notification if the platform has a way; True if one was shown."""
    if sys.platform == "darwin" and shutil.which("osascript"):
        script = f"display notification {_applescript(body)} with title {_applescript(title)}"
        command = ["osascript", "-e", script]
    elif shutil.which("notify-send"):
        command = ["notify-send", "--app-name=followup", title, body]
    else:
        return False
    try:
        result = runner(command, timeout=10, check=False, capture_output=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.debug("desktop notification failed: %s", exc)
        return False
    return getattr(result, "returncode", 1) == 0


def _applescript(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def waiting_summary(drafts: Sequence[Draft]) -> str:
    """'3 follow-ups wait for your approval' and one line each."""
    count = len(drafts)
    head = f"{count} follow-up{'s' if count != 1 else ''} wait{'s' if count == 1 else ''}"
    lines = [f"{head} for your approval."]
    for draft in drafts:
        to = draft.to_email or "(no recipient yet)"
        subject = " ".join(draft.subject.split())  # one line per draft
        lines.append(f"  #{draft.id} [{draft.channel}] {subject} -> {to}")
    return "\n".join(lines)


def digest_message(
    drafts: Sequence[Draft], *, address: str, display_name: str = ""
) -> EmailMessage:
    """The digest mail to the user's own address (send it with ``to_addrs=[address]``)."""
    message = EmailMessage()
    # An Address object, not "Name <addr>" text: a name such as "Morgan, Alex" or one
    # with quotes must stay a display name, never become a second recipient.
    sender = Address(display_name=" ".join(display_name.split()), addr_spec=address)
    message["From"] = sender
    message["To"] = sender
    message["Subject"] = f"followup: {len(drafts)} draft(s) wait for your approval"
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=address.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(
        waiting_summary(drafts)
        + "\n\nReview them with `followup review`, or one by one with"
        + " `followup drafts show ID` and `followup drafts approve ID`,"
        + " then `followup send`.\n\nNothing is sent without your approval.\n"
    )
    return message
