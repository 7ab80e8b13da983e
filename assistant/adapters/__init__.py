"""The outside world: mail sources, SMTP and IMAP connections, the SQLite store,
credentials, the config file, notifications and service files.

Adapters do I/O and nothing else; they hold no decisions about applications or drafts.
"""
