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
        _not_shown("no notify-send here (no desktop session?)")
        return False
    try:
        result = runner(command, timeout=10, check=False, capture_output=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        _not_shown(f"{command[0]} failed: {exc}")
        return False
    code = getattr(result, "returncode", 1)
    if code != 0:
        said = getattr(result, "stderr", b"") or b""
        said = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
        _not_shown(f"{command[0]} exit code {code}: {' '.join(said.split())[:160]}")
        return False
    return True


_told: set[str] = set()


def _not_shown(why: str) -> None:
    """One log line per reason and process: the service would repeat it every cycle."""
    if why in _told:
        return
    _told.add(why)
    log.warning(
        "desktop notification not shown: %s; set notify.url for a push to your phone, "
        "or notify.digest_email = true",
        why,
    )


def counts_text(drafts: Sequence[Draft]) -> str:
    """What a push notification says: counts only, never a subject, name or address."""
    count = len(drafts)
    missing = sum(1 for d in drafts if not d.to_email and d.channel == "email")
    text = f"{count} follow-up{'s' if count != 1 else ''} wait{'s' if count == 1 else ''}"
    text += " for your approval"
    if missing:
        text += f" ({missing} without a recipient)"
    return text + ". Review them with `followup review`."


def post_counts(url: str, drafts: Sequence[Draft], *, timeout: float = 10) -> None:
    """POST :func:`counts_text` to ``url`` (ntfy: the topic URL; Title and Tags headers).

    Raises OSError (urllib's errors) when the server cannot be reached or refuses.
    """
    import urllib.request

    request = urllib.request.Request(  # noqa: S310 - the user's own http(s) URL, checked
        url,
        data=counts_text(drafts).encode("utf-8"),
        method="POST",
        headers={
            "Title": "followup",
            "Tags": "envelope",
            "Content-Type": "text/plain; charset=utf-8",
            "User-Agent": "followup",
        },
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        response.read()


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
        held = " (held: mail came after your approval)" if draft.status == "held" else ""
        lines.append(f"  #{draft.id} [{draft.channel}] {subject} -> {to}{held}")
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
