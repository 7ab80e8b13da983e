"""The Sent folder: the copy of what followup sent, and the outcomes it settles.

A copy goes to Sent unless the provider files it itself (Gmail); a draft whose
send had an unknown outcome is looked up there by Message-ID before anything
else happens, and marked sent when found (never resent).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.adapters import mail_folders
from assistant.adapters.smtp import LazyConnection, plain
from assistant.adapters.store import Store
from assistant.app import approval
from assistant.core.drafts import Draft
from assistant.errors import ConfigError, FollowupError

if TYPE_CHECKING:
    from assistant.adapters.settings import AccountSettings, Settings


def saves_sent_copy(config: AccountSettings, client: Any | None = None) -> bool:
    """Whether followup must APPEND to Sent: ``save_sent`` = always/never, or auto.

    ``auto`` skips providers that file what goes through their SMTP server in
    Sent by themselves: Gmail (by host name, or the X-GM-EXT-1 capability).
    """
    mode = config.smtp.save_sent if config.smtp is not None else "auto"
    if mode != "auto":
        return mode == "always"
    hosts = [config.imap.host, config.smtp.host if config.smtp else ""]
    return not mail_folders.is_gmail(hosts, client)


def save_copy(
    store: Store,
    config: AccountSettings,
    data: bytes,
    draft: Draft,
    imap: LazyConnection,
    now: datetime,
) -> str | None:
    """APPEND what was sent to Sent (flag ``\\Seen``), with an audit line; returns a
    warning when the copy could not be saved (the mail itself went out)."""
    if not saves_sent_copy(config):
        return None
    try:
        client = imap.connection()
        if not saves_sent_copy(config, client):
            return None
        folder = mail_folders.special_folder(client, "sent", create=True)
        mail_folders.append(client, folder, data, (b"\\Seen",), now)
    except Exception as exc:  # the mail went out; only the copy is missing
        imap.drop()
        store.audit_draft(
            now, "sent_copy_failed", draft, account=config.name, detail=plain(exc)[:300]
        )
        return f"draft {draft.id} was sent, but the copy could not be saved to Sent: {plain(exc)}"
    store.audit_draft(
        now, "copied_to_sent", draft, account=config.name, detail=f"IMAP APPEND to {folder}"
    )
    return None


def reconcile_unknown(
    store: Store, client: Any, now: datetime, *, account: str | None = None
) -> list[int]:
    """Search the Sent folder (by Message-ID) for drafts in sending/unknown.

    Found ones become ``sent``; the others stay as they are (never resent).
    ``client`` is an IMAPClient logged in to the account; ``account`` limits the
    drafts to that account's (None: all).
    """
    drafts = [
        d
        for d in store.drafts(["sending", "unknown"])
        if d.message_id and (account is None or d.account in (None, account))
    ]
    if not drafts:
        return []
    folder = mail_folders.special_folder(client, "sent")
    found = mail_folders.present(client, folder, [d.message_id for d in drafts if d.message_id])
    return approval.settle_from_sent(store, found, now, source="reconcile")


def reconcile_account(
    store: Store,
    settings: Settings,
    name: str,
    open_imap: Callable[[AccountSettings], Any],
    now: datetime,
) -> tuple[list[int], str | None]:
    """:func:`reconcile_unknown` for one account, best effort: (settled ids, warning)."""
    try:
        config = settings.account(name)
    except ConfigError:
        return [], None
    try:
        client = open_imap(config)
    except FollowupError as exc:
        return [], f"could not check the Sent folder of {name}: {exc}"
    try:
        return reconcile_unknown(store, client, now, account=name), None
    except Exception as exc:  # imaplib's errors are not OSError; best effort
        return [], f"could not check the Sent folder of {name}: {plain(exc)}"
    finally:
        mail_folders.logout(client)
