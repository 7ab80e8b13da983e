"""What a scan changed, by company and role: the lines `scan` and each `run` cycle show.

The recorder notes a :class:`Change` where it stores what the core decided for
a message (``recording.Recorder._write``): a new application, a status that
moved (rejected, interview, offer, answered), or a new request not to be
followed up. ``followup scan`` prints them, ``--json`` lists them, and the
service logs them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from assistant.core.safe_text import for_header

__all__ = ["Change", "of_write"]

#: what each kind of change is called on a line
LABELS = {
    "new": "New",
    "rejected": "Rejected",
    "interview": "Interview",
    "offer": "Offer",
    "answer": "Answer",
    "no_follow_up": "No follow-up wanted",
}
#: the statuses worth a line, and the change each one is
_STATUS_CHANGES = {
    "rejected": "rejected",
    "interviewing": "interview",
    "offer": "offer",
    "replied": "answer",
}


@dataclass(frozen=True)
class Change:
    """One thing a scan changed. ``detail``: the employer's words for a no-follow-up request."""

    kind: str
    application_id: int
    company: str | None
    role: str | None
    detail: str | None = None

    @property
    def line(self) -> str:
        """``New: Brightforge Labs — Backend Engineer``, safe to print or log."""
        text = f"{LABELS[self.kind]}: {self.company or '?'} — {self.role or '?'}"
        if self.detail:
            text += f' ("{self.detail}")'
        return for_header(text)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "line": self.line}


def of_write(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> list[Change]:
    """The changes between an application's row ``before`` a message (None: it is new)
    and ``after`` it."""
    found: list[Change] = []

    def note(kind: str, detail: str | None = None) -> None:
        found.append(Change(kind, int(after["id"]), after["company"], after["role"], detail))

    if before is None:
        note("new")
    status = after.get("status")
    if status in _STATUS_CHANGES and (before is None or before.get("status") != status):
        note(_STATUS_CHANGES[status])
    if after.get("no_follow_up") and not (before and before.get("no_follow_up")):
        note("no_follow_up", after.get("no_follow_up_phrase"))
    return found
