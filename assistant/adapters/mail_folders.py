"""The account's Sent and Drafts folders over IMAP: find, append, replace, look up.

Thin calls on a logged-in IMAPClient; which drafts go where is decided in
:mod:`assistant.app.outbox` and :mod:`assistant.app.push`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from assistant.errors import MailError

GMAIL_HOSTS = ("imap.gmail.com", "imap.googlemail.com", "smtp.gmail.com", "smtp.googlemail.com")


#: The folder made when an account has none for a role, and its special-use flag (RFC 6154).
CREATED = {"sent": ("Sent", "\\Sent"), "drafts": ("Drafts", "\\Drafts")}


def special_folder(client: Any, role: str, *, create: bool = False) -> str:
    """The account's ``sent`` or ``drafts`` folder (special-use flag, else a usual name).

    ``create``: where there is none, make it as mail clients do, with its
    special-use flag where the server can (CREATE-SPECIAL-USE, RFC 6154), and say
    why when the server refuses.
    """
    from assistant.adapters.connections import special_folders

    folder = special_folders(client).get(role)
    if folder:
        return folder
    if not create:
        raise MailError(
            f"the server has no {role.capitalize()} folder (no special-use flag, no usual name)"
        )
    name, flag = CREATED[role]
    try:
        if client.has_capability("CREATE-SPECIAL-USE"):
            # IMAPClient has no USE option for CREATE: the command is sent through imaplib
            typ, data = client._imap._simple_command(
                "CREATE", client._normalise_folder(name), f"(USE ({flag}))"
            )
            if typ != "OK":
                raise MailError(" ".join(_text(d) for d in data if d))
        else:
            client.create_folder(name)
    except Exception as exc:
        raise MailError(
            f"the account has no {name} folder and the server refused to create one: "
            f"{' '.join(str(exc).split())}"
        ) from exc
    return name


def append(client: Any, folder: str, data: bytes, flags: Iterable[bytes], when: datetime) -> None:
    client.append(folder, data, flags=tuple(flags), msg_time=when)


def present(client: Any, folder: str, message_ids: Iterable[str]) -> list[str]:
    """Which of ``message_ids`` are in ``folder`` (UID SEARCH HEADER Message-ID, read-only)."""
    client.select_folder(folder, readonly=True)
    try:
        return [m for m in message_ids if client.search(["HEADER", "Message-ID", m])]
    finally:
        with contextlib.suppress(Exception):
            client.unselect_folder()


def remove(client: Any, folder: str, message_id: str) -> str:
    """Delete the copies of ``message_id`` in ``folder`` by UID: "removed", "absent", or
    "cannot" (no UIDPLUS: expunging could take the user's other deleted mail along)."""
    client.select_folder(folder)
    try:
        old = client.search(["HEADER", "Message-ID", message_id])
        if not old:
            return "absent"
        if not client.has_capability("UIDPLUS"):
            return "cannot"
        client.add_flags(old, [b"\\Deleted"])
        client.expunge(old)
        return "removed"
    finally:
        with contextlib.suppress(Exception):
            client.unselect_folder()


def is_gmail(hosts: Iterable[str], client: Any | None = None) -> bool:
    """Gmail files what goes through its SMTP server in Sent by itself."""
    if {h.lower() for h in hosts} & set(GMAIL_HOSTS):
        return True
    if client is not None:
        with contextlib.suppress(Exception):
            if client.has_capability("X-GM-EXT-1"):
                return True
    return False


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def logout(client: Any) -> None:
    with contextlib.suppress(Exception):
        client.logout()
