"""Rendering an application's follow-up: in its language, to its contact, and again when
the contact changes (greeting, recipient and reason follow the application)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.adapters.store import Store
from assistant.core import language as languages
from assistant.core.models import Application
from assistant.core.plan import Decision

if TYPE_CHECKING:
    from assistant.adapters.config import Settings
    from assistant.app.drafting import DraftMessage

#: Kinds of mail whose language picks the follow-up's, most telling first.
_TELLING = ("application_confirmation", "auto_reply", "other_job", "interview_invitation")


def application_language(store: Store, application_id: int) -> str | None:
    """The language of the employer's confirmation, else of other mail about the
    application (the user's own application mail included); None if unknown.

    Read from what the scanner kept of each message (``analysis.language``); for
    mail kept without it, guessed from the subjects.
    """
    rows = store.application_messages(application_id)
    order = {kind: i for i, kind in enumerate(_TELLING)}
    for row in sorted(rows, key=lambda r: order.get(r["kind"], len(order))):
        stored = _analysis(row).get("language")
        if stored in languages.LANGUAGES:
            return str(stored)
    subjects = " ".join(str(r["subject"] or "") for r in rows)
    return languages.guess(subjects, minimum=2)


def _analysis(row: dict[str, Any]) -> dict[str, Any]:
    value = row.get("analysis")
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def compose(
    store: Store,
    settings: Settings,
    decision: Decision,
    application: Application,
    account: Any,
    *,
    now: datetime,
    template_dir: Path | None = None,
) -> DraftMessage:
    """The follow-up for ``decision``, in the application's language."""
    from assistant.adapters import paths
    from assistant.app.drafting import render_draft

    return render_draft(
        decision,
        application,
        settings.profile,
        account,
        now=now,
        template_dir=template_dir or paths.user_template_dir(),
        language=application_language(store, application.id),
    )
