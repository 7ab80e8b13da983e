"""The kind (and the employer) the rules alone give a mail written in a test
(``use_model=False``): the model is retrained on the rules' cues, so tests of a cue family
pin the cues themselves."""

from __future__ import annotations

from assistant.core.classify import classify
from assistant.core.models import Kind
from assistant.core.parse import parse


def rules_kind(sender: str, subject: str, body: str, *, reply: bool = False) -> Kind:
    """``reply``: the mail answers one of the candidate's (an In-Reply-To header)."""
    threading = "In-Reply-To: <robin-1@example.net>\n" if reply else ""
    raw = f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n{threading}\n{body}\n"
    return classify(parse(raw.encode()), use_model=False).kind


def rules_company(sender: str, subject: str, body: str) -> str | None:
    """The employer the rules find in a mail written in a test."""
    raw = (
        f"From: {sender}\nTo: robin@example.net\nSubject: {subject}\n"
        f"Date: Tue, 11 Mar 2025 09:30:00 +0000\n\n{body}\n"
    )
    return classify(parse(raw.encode()), use_model=False).company
