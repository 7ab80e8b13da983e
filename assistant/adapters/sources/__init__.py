"""Where mail comes from: an IMAP account, or a local Maildir / mbox export.

Every source answers the same few questions (:class:`MailSource`), so the
scanner runs one pipeline whatever the source: list folders, select one
read-only, list UIDs after a point, fetch a few header fields for many
messages, fetch whole messages for the few that matter. No source ever changes
the mailbox.
"""

from assistant.adapters.sources.base import HEADER_FIELDS, FolderInfo, MailSource

__all__ = ["HEADER_FIELDS", "FolderInfo", "MailSource"]
