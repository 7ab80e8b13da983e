"""Putting mail where it belongs: the use cases behind ``followup apps merge``,
``apps split`` and ``apps attach``.

The scan never guesses between two applications at one employer; when it is
unsure, or when the user sees two records that are one (or one that is two),
these move messages and their evidence, and the applications concerned are
re-derived at once from their messages: status, do-not-follow-up, next step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.adapters.store import Store
from assistant.app.records import row_of
from assistant.app.rederiving import plan_next, rederive
from assistant.core.match_keys import employer_domain, normalise_company
from assistant.core.stored_time import moment
from assistant.errors import FollowupError

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings


class RegroupError(FollowupError):
    """A merge, split or attach that cannot be done as asked."""


@dataclass(frozen=True)
class Regrouped:
    """What one merge, split or attach did."""

    application_ids: tuple[int, ...]
    what: str

    def as_dict(self) -> dict[str, Any]:
        return {"application_ids": list(self.application_ids), "what": self.what}


def _employers(row: dict[str, Any]) -> tuple[str, str]:
    contact = str(row.get("contact_email") or "")
    return normalise_company(row.get("company")), employer_domain(contact.rpartition("@")[2])


def same_employer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    (company_a, domain_a), (company_b, domain_b) = _employers(a), _employers(b)
    return bool((company_a and company_a == company_b) or (domain_a and domain_a == domain_b))


def _rederive(store: Store, ids: tuple[int, ...], now: datetime, settings: Settings | None):
    """Status and do-not-follow-up again from the messages, then the next step."""
    for app_id in ids:
        rederive(store, app_id, now, no_follow_up=True)
        if settings is not None:
            plan_next(store, settings, app_id, now)


def merge(
    store: Store,
    keep_id: int,
    other_id: int,
    now: datetime,
    *,
    force: bool = False,
    settings: Settings | None = None,
) -> Regrouped:
    """Move everything of ``other_id`` into ``keep_id`` and remove ``other_id``."""
    if keep_id == other_id:
        raise RegroupError(f"application {keep_id} cannot be merged into itself")
    keep, other = row_of(store, keep_id), row_of(store, other_id)
    if not force and not same_employer(keep, other):
        raise RegroupError(
            f"applications {keep_id} ({keep['company']}) and {other_id} ({other['company']}) "
            "are at different employers",
            hint="add --force if they really are one application",
        )
    with store.transaction():
        store.merge_applications(keep_id, other_id)
        missing = {k: other[k] for k in ("role", "contact_email", "contact_name") if not keep[k]}
        earliest = min(moment(keep["applied_at"]) or now, moment(other["applied_at"]) or now)
        store.update_application(keep_id, now, applied_at=earliest, **missing)
        store.add_evidence(
            keep_id, None, "merged", f"application {other_id} merged into this one by you", now
        )
        _rederive(store, (keep_id,), now, settings)
    return Regrouped((keep_id,), f"application {other_id} merged into {keep_id}")


def split(
    store: Store,
    application_id: int,
    message_id: str,
    now: datetime,
    *,
    settings: Settings | None = None,
) -> Regrouped:
    """Take one message (and its evidence) out of an application into a new one."""
    row = row_of(store, application_id)
    message = store.find_message_by_id(message_id)
    if message is None or message["application_id"] != application_id:
        raise RegroupError(
            f"application {application_id} has no message {message_id}",
            hint=f"`followup apps show {application_id}` lists its messages",
        )
    if len(store.application_messages(application_id)) < 2:
        raise RegroupError(f"{message_id} is the only message of application {application_id}")
    analysis = json.loads(message["analysis"] or "{}")
    with store.transaction():
        new_id = store.add_application(
            now,
            company=analysis.get("company") or row["company"],
            role=analysis.get("role"),
            applied_at=moment(message["date"]) or now,
            thread_subject=message["subject"],
            last_activity_at=moment(message["date"]) or now,
            source="split",
        )
        store.move_message(message_id, new_id)
        for app_id, text in (
            (new_id, f"split off application {application_id} by you ({message_id})"),
            (application_id, f"{message_id} split off into application {new_id} by you"),
        ):
            store.add_evidence(app_id, None, "split", text, now)
        _rederive(store, (application_id, new_id), now, settings)
    return Regrouped((application_id, new_id), f"{message_id} is now application {new_id}")


def attach(
    store: Store,
    application_id: int,
    message_id: str,
    now: datetime,
    *,
    settings: Settings | None = None,
) -> Regrouped:
    """Say which application a message belongs to (an unsure one, or a misfiled one)."""
    row_of(store, application_id)
    message = store.find_message_by_id(message_id)
    if message is None:
        raise RegroupError(f"no message {message_id} was kept by a scan")
    before = message["application_id"]
    with store.transaction():
        store.move_message(message_id, application_id)
        store.settle_unsure(message_id)
        if message["direction"] == "out":  # the user's own mail: a follow-up they made
            store.add_follow_up(application_id, moment(message["date"]) or now, message_id, "sent")
        store.add_evidence(
            application_id,
            message_id,
            str(message["kind"] or "other_job"),
            "attached to this application by you",
            moment(message["date"]) or now,
        )
        ids = (application_id,) if before in (None, application_id) else (application_id, before)
        _rederive(store, ids, now, settings)
    return Regrouped(ids, f"{message_id} now belongs to application {application_id}")
