"""The error tree of followup.

Every error the user may see is a ``FollowupError`` with a one-line message that
says what is wrong and, where we know it, how to fix it. The CLI prints that line
and exits 1; nothing else is shown without ``--debug``.

    FollowupError
    ├── ConfigError            the config file is missing, malformed or invalid
    ├── SecretError            a password/token could not be obtained
    ├── StoreError             the SQLite state could not be read or written
    ├── MailError              talking to a mail server failed
    │   ├── ConnectError       host unreachable, refused, timed out
    │   ├── TLSError           certificate refused, handshake failed
    │   ├── AuthError          wrong login or password, or AUTH not offered
    │   └── ProtocolError      the server answered something unexpected
    ├── TemplateError          a template is broken or uses an unknown value
    ├── DraftError             a draft cannot be approved or sent as it is
    ├── LockError              another instance holds the lock
    └── ModelError             the classifier's packaged model is missing or damaged

Messages never contain secrets: code that builds them must only use names
(hosts, logins, commands), never passwords or tokens.
"""

from __future__ import annotations


class FollowupError(Exception):
    """Base of every error shown to the user as one line."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} ({self.hint})"
        return self.message


class ConfigError(FollowupError):
    """The configuration file is missing, malformed or has an invalid value."""


class SecretError(FollowupError):
    """A password or token could not be obtained."""


class StoreError(FollowupError):
    """The local SQLite state could not be read or written."""


class MailError(FollowupError):
    """Talking to a mail server failed.

    ``transient``: trying again soon may help (a timeout, a connection lost
    mid-way); never for a refused connection, an unknown host, TLS or a login.
    """

    def __init__(self, message: str, *, hint: str | None = None, transient: bool = False) -> None:
        super().__init__(message, hint=hint)
        self.transient = transient


class ConnectError(MailError):
    """The server could not be reached."""


class TLSError(MailError):
    """TLS failed: the certificate was refused or the handshake broke."""


class AuthError(MailError):
    """The server refused the login."""


class ProtocolError(MailError):
    """The server answered something we did not expect."""


class TemplateError(FollowupError):
    """A template is broken or refers to a value that does not exist."""


class DraftError(FollowupError):
    """A draft cannot be approved or sent in its current state."""


class LockError(FollowupError):
    """Another followup instance already holds the lock."""


class ModelError(FollowupError):
    """The classifier's packaged model file is missing or damaged (reinstall)."""
