"""Rendering an application's follow-up: in its language, to its contact, and again when
the contact changes (greeting, recipient and reason follow the application)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.adapters.store import Store
from assistant.app.unsure import with_unsure
from assistant.app.user import own_addresses, policy_of
from assistant.core import language as languages
from assistant.core import recipients
from assistant.core.models import Application
from assistant.core.plan import Decision

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings
    from assistant.app.drafting import DraftMessage
    from assistant.core.drafts import Draft

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


def redraft_application(
    store: Store, settings: Settings, application_id: int, now: datetime
) -> list[int]:
    """Re-render the application's open email drafts from the application as it is now.

    After its contact changed (``apps edit --contact``, ``drafts edit --to``): each
    draft gets the contact as recipient, the reason the planner gives now, and, unless
    the user edited its text by hand, a greeting (subject and body) rendered again.
    An approved draft goes back to pending (what was approved changed). Returns the
    ids of the drafts that changed.
    """
    from assistant.core import drafts as machine
    from assistant.core import plan as planner
    from assistant.errors import DraftError

    [application] = with_unsure(store, [store.application(application_id)])
    [decision] = planner.plan([application], policy_of(settings), now)
    store.save_decision(
        application_id, decision.action, decision.channel, decision.due_at, decision.reason, now
    )
    if decision.channel != "email" or decision.recipient is None:
        return []
    recipient = decision.recipient
    changed: list[int] = []
    for draft in store.drafts(list(machine.EDITABLE), application_id=application_id):
        if not draft.is_email:
            continue
        account = settings.account(draft.account)
        message = compose(store, settings, decision, application, account, now=now)
        changes: dict[str, Any] = {
            "to_email": recipient.email,
            "to_name": recipient.name or None,
            "reason": decision.reason,
        }
        hand_edited = any(a["action"] == "edited" for a in store.audit(draft.id))
        if not hand_edited:
            changes.update(subject=message.subject, body=message.body)
        changes = {k: v for k, v in changes.items() if getattr(draft, k) != v}
        if not changes:
            continue
        detail = "the application's contact changed: " + ", ".join(sorted(changes))
        try:
            store.apply(machine.edit(draft, now, changes, action="redrafted", detail=detail))
        except DraftError:
            continue  # moved meanwhile (send took it): left as it is
        changed.append(draft.id)
    return changed


def redraft_for_contact(
    store: Store, settings: Settings | None, application_id: int, now: datetime
) -> list[int]:
    """:func:`redraft_application` after ``apps edit --contact``; nothing without a config
    (rendering needs the profile and the account)."""
    if settings is None:
        return []
    return redraft_application(store, settings, application_id, now)


def set_recipient(
    store: Store, settings: Settings | None, draft_id: int, to: str, now: datetime
) -> list[int]:
    """``drafts edit ID --to ADDRESS``: the address becomes the application's contact and
    every open draft of the application is re-rendered for it (:func:`redraft_application`);
    a draft with no application just gets the recipient. Returns the drafts changed."""
    from assistant.app import applications, approval

    draft = approval.get_draft(store, draft_id)
    name, address = approval.split_recipient(to)
    if draft.application_id is None or settings is None or not draft.is_email:
        approval.edit(store, draft_id, now, to=to)
        return [draft_id]
    problem = approval.recipient_problem(address)
    if problem:
        raise_refused(draft_id, problem)
    applications.edit(store, now, draft.application_id, contact=address, contact_name=name)
    changed = redraft_application(store, settings, draft.application_id, now)
    if draft_id not in changed and approval.get_draft(store, draft_id).to_email != address:
        approval.edit(store, draft_id, now, to=to)
        changed.append(draft_id)
    return changed


def raise_refused(draft_id: int, problem: str) -> None:
    from assistant.errors import DraftError

    raise DraftError(f"draft {draft_id} not saved: {problem}")


def recipient_candidates(
    store: Store, settings: Settings | None, draft: Draft
) -> list[recipients.Candidate]:
    """People a draft with no recipient could go to, each with where it was found.

    The core's rules (:func:`assistant.core.recipients.propose`) over the mail kept
    about the draft's application: a person named as the contact, in a signature, or
    at the employer's own domain (the domains people wrote from, or the user wrote to,
    about this application). Never a footer, no-reply or role address, nor the user's.
    """
    from email.utils import parseaddr

    from assistant.core.addresses import is_no_reply
    from assistant.core.models import Address, Message

    if draft.application_id is None or not draft.is_email:
        return []
    own = {a.lower() for a in own_addresses(settings)}
    rows = store.application_messages(draft.application_id)
    people = [parseaddr(str(r["sender"] or ""))[1] for r in rows if r["direction"] == "in"]
    people += [a for r in rows if r["direction"] == "out" for a in _list(r["recipients"])]
    domains = {
        a.rpartition("@")[2].lower()
        for a in people
        if "@" in a and a.lower() not in own and not is_no_reply(a)
    }
    found: dict[str, recipients.Candidate] = {}
    for row in rows:
        if row["direction"] != "in" or not row.get("text"):
            continue
        name, email = parseaddr(str(row["sender"] or ""))
        message = Message(
            subject=str(row["subject"] or ""),
            sender=Address(name, email) if email else None,
            text=str(row["text"]),
        )
        for candidate in recipients.propose(message, own=own, employer_domains=domains):
            found.setdefault(candidate.address.email.lower(), candidate)
    return list(found.values())


def candidate_text(candidate: recipients.Candidate) -> str:
    """``Name <addr>`` as `drafts edit --to` reads it back (the name quoted if needed)."""
    from assistant.app.approval import address_text

    return address_text(candidate.address.name, candidate.address.email)


def _list(value: Any) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return [str(v) for v in value] if isinstance(value, list) else []
