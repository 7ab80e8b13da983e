"""Application records as the user sees and edits them (the use cases behind ``followup apps``).

The scanner creates and updates records from mail; :mod:`assistant.app.records`
shows them (re-exported here), and this module lets the user add, edit and
close records by hand. Every manual change is
written as an evidence row, so ``apps show`` explains a record whoever changed it.

Input is validated here, not in the CLI, so every caller (the CLI, the web page,
tests) gets the same rules: a bad value raises :class:`InvalidValue` naming the
field; an unknown id raises :class:`ApplicationNotFound`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from email.utils import getaddresses
from typing import Any
from urllib.parse import urlsplit

from assistant.adapters.store import Store
from assistant.app import ruled_out
from assistant.app.records import (
    HIDDEN_BY_DEFAULT,
    OPEN_STATUSES,
    SORTS,
    ApplicationNotFound,
    InvalidValue,
    get_detail,
    get_record,
    hidden_count,
    list_records,
    row_of,
    sort_records,
    status_of,
    to_record,
)
from assistant.core import drafts as draft_moves
from assistant.core.addresses import address_problem, is_no_reply
from assistant.core.match_keys import normalise_company, normalise_role
from assistant.core.models import FINAL_STATUSES, Address, Status
from assistant.core.stored_time import iso, moment
from assistant.errors import DraftError

__all__ = [
    "HIDDEN_BY_DEFAULT",
    "OPEN_STATUSES",
    "SORTS",
    "ApplicationNotFound",
    "InvalidValue",
    "get_detail",
    "get_record",
    "hidden_count",
    "list_records",
    "sort_records",
    "to_record",
]

# -- validation ---------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PHONE = re.compile(r"\+?[0-9][0-9 ().\-/]*(?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?", re.IGNORECASE)


def parse_address(text: str, *, field: str = "contact") -> Address:
    """``"jo@example.org"`` or ``"Jo Doe <jo@example.org>"`` -> Address, or InvalidValue."""
    raw = text.strip()
    if not raw:
        raise InvalidValue(field, "an email address is required")
    if _CONTROL.search(raw):
        raise InvalidValue(field, "an email address cannot contain line breaks")
    found = getaddresses([raw])
    if len(found) != 1 or not found[0][1] or raw.count("<") != raw.count(">"):
        raise InvalidValue(field, f"not one email address: {raw!r}")
    name, email = found[0]
    if "@" not in email:
        raise InvalidValue(field, f"not an email address: {raw!r} (expected name@example.org)")
    check_email(email, field=field)
    local, _, domain = email.rpartition("@")
    return Address(name.strip(), f"{local}@{domain.lower()}")


def parse_contact(text: str) -> Address:
    """A contact to follow up with: a valid address that a person reads (not no-reply)."""
    address = parse_address(text, field="contact")
    if is_no_reply(address.email):
        raise InvalidValue(
            "contact",
            f"{address.email} is a no-reply or automated mailbox; give a person's address",
        )
    return address


def check_email(email: str, *, field: str = "contact") -> str:
    """Raise InvalidValue unless ``email`` is a well-formed bare address."""
    problem = address_problem(email)
    if problem:
        raise InvalidValue(field, f"not a valid email address {email!r}: {problem}")
    return email


def check_text(value: str, *, field: str, max_length: int = 200, required: bool = False) -> str:
    """One line of text: trimmed, no control characters, not too long."""
    text = value.strip()
    if required and not text:
        raise InvalidValue(field, f"the {field} cannot be empty")
    if _CONTROL.search(text):
        raise InvalidValue(field, f"the {field} must be one line (no line breaks or tabs)")
    if len(text) > max_length:
        raise InvalidValue(field, f"the {field} is longer than {max_length} characters")
    return text


def check_phone(value: str) -> str:
    text = check_text(value, field="phone", max_length=40)
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE.fullmatch(text) or not 5 <= digits <= 20:
        raise InvalidValue("phone", f"not a phone number: {text!r} (digits, spaces, + - ( ) .)")
    return text


def check_url(value: str) -> str:
    text = check_text(value, field="url", max_length=2000)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
        raise InvalidValue("url", f"not a web address: {text!r} (it must start with https://)")
    return text


def parse_applied(text: str, now: datetime, zone: tzinfo | None = None) -> datetime:
    """When the user applied: ``YYYY-MM-DD``, an ISO date-time, ``today`` or ``yesterday``.

    A bare date (and a date-time without an offset) is read in ``zone``, the
    user's time zone (``policy.timezone``); without one, in ``now``'s. A date
    after today (in that zone) is refused: nobody applied tomorrow.
    """
    raw = text.strip().lower()
    zone = zone or now.tzinfo or UTC
    value: datetime
    if raw in ("today", "yesterday"):
        day = now.astimezone(zone).date() - timedelta(days=1 if raw == "yesterday" else 0)
        value = datetime.combine(day, time(0), tzinfo=zone)
    else:
        try:
            if len(raw) == 10:
                value = datetime.combine(date.fromisoformat(raw), time(0), tzinfo=zone)
            else:
                value = datetime.fromisoformat(raw.upper().replace("Z", "+00:00"))
        except ValueError:
            raise InvalidValue(
                "applied", f"not a date: {text.strip()!r} (use YYYY-MM-DD or an ISO date-time)"
            ) from None
        if value.tzinfo is None:
            value = value.replace(tzinfo=zone)
    if value.date() > now.astimezone(value.tzinfo).date():
        raise InvalidValue("applied", f"the application date {text.strip()} is in the future")
    return value


# -- writing ------------------------------------------------------------------------------


def _local_day(text: str | None, zone: tzinfo | None) -> str:
    """The calendar day of a stored time in the user's zone ('' for none)."""
    try:
        value = moment(text)
    except ValueError:
        return (text or "")[:10]
    return value.astimezone(zone or UTC).date().isoformat() if value else ""


def _short(value: Any) -> str:
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def same_job(store: Store, company: str, role: str) -> list[int]:
    """Ids of open records with the same company and role (a hint against duplicates)."""
    company_key, role_key = normalise_company(company), normalise_role(role)
    return [
        r["id"]
        for r in store.application_rows(include_closed=False)
        if normalise_company(r["company"]) == company_key and normalise_role(r["role"]) == role_key
    ]


def add(
    store: Store,
    now: datetime,
    *,
    company: str,
    role: str,
    applied: str | datetime | None = None,
    contact: str | None = None,
    contact_name: str | None = None,
    phone: str | None = None,
    url: str | None = None,
    no_follow_up: bool = False,
    no_follow_up_phrase: str | None = None,
    note: str | None = None,
    zone: tzinfo | None = None,
) -> int:
    """Record an application by hand (``source='manual'``); returns its id.

    ``applied`` defaults to ``now``; a bare date is read in ``zone`` (the
    user's time zone, see :func:`parse_applied`). A do-not-follow-up phrase
    implies ``no_follow_up``. The record gets an evidence row "added by hand".
    """
    fields: dict[str, Any] = {
        "company": check_text(company, field="company", required=True),
        "role": check_text(role, field="role", required=True),
        "source": "manual",
    }
    applied_at = parse_applied(applied, now, zone) if isinstance(applied, str) else applied or now
    fields["applied_at"] = applied_at
    fields["last_activity_at"] = applied_at
    if contact:
        address = parse_contact(contact)
        fields["contact_email"] = address.email
        fields["contact_name"] = address.name or None
    if contact_name:
        if not contact:
            raise InvalidValue("contact-name", "a contact name needs a contact address too")
        fields["contact_name"] = check_text(contact_name, field="contact-name", max_length=120)
    if phone:
        fields["phone"] = check_phone(phone)
    if url:
        fields["portal_url"] = check_url(url)
    if no_follow_up_phrase:
        phrase = check_text(no_follow_up_phrase, field="no-follow-up-phrase", max_length=500)
        fields["no_follow_up_phrase"] = phrase
        no_follow_up = True
    fields["no_follow_up"] = no_follow_up
    if note:
        fields["notes"] = check_text(note, field="note", max_length=2000)
    with store.transaction():
        app_id = store.add_application(now, **fields)
        store.add_evidence(app_id, None, "manual", "added by hand", now)
        if no_follow_up:
            said = fields.get("no_follow_up_phrase")
            reason = "marked by hand: do not follow up"
            store.add_evidence(
                app_id, None, "no_follow_up", f"{reason} ({said!r})" if said else reason, now
            )
    return app_id


@dataclass
class EditResult:
    """What an edit changed, in words (also written as evidence), and drafts it touched."""

    application_id: int
    changes: list[str] = field(default_factory=list)
    drafts_readdressed: list[int] = field(default_factory=list)
    drafts_discarded: list[int] = field(default_factory=list)


def edit(
    store: Store,
    now: datetime,
    application_id: int,
    *,
    company: str | None = None,
    role: str | None = None,
    status: str | Status | None = None,
    contact: str | None = None,
    contact_name: str | None = None,
    phone: str | None = None,
    url: str | None = None,
    applied: str | datetime | None = None,
    no_follow_up: bool | None = None,
    no_follow_up_phrase: str | None = None,
    note: str | None = None,
    zone: tzinfo | None = None,
) -> EditResult:
    """Change a record by hand. ``None`` leaves a field alone; ``""`` clears an optional one.

    Each change becomes an evidence row "edited by hand: status applied -> replied".
    Giving a contact address readdresses the application's e-mail drafts that
    wait for a recipient (``needs_recipient`` -> ``pending``), unless the
    employer asked not to be followed up. Setting status closed or withdrawn
    discards drafts not yet sent, like :func:`close`; marking "do not follow up"
    or setting another final status (replied, interviewing, offer, rejected)
    discards the e-mail drafts not yet sent (networking and call drafts stay).
    A new status also counts as activity (``last_activity_at``).
    """
    row = row_of(store, application_id)
    new: dict[str, Any] = {}
    if company is not None:
        new["company"] = check_text(company, field="company", required=True)
    if role is not None:
        new["role"] = check_text(role, field="role", required=True)
    if status is not None:
        new["status"] = status_of(status).value
    if contact is not None:
        if contact.strip():
            address = parse_contact(contact)
            new["contact_email"] = address.email
            if address.name:
                new["contact_name"] = address.name
            elif address.email != row["contact_email"]:
                new["contact_name"] = None  # the old name belonged to the old address
        else:
            new["contact_email"] = new["contact_name"] = None
    if contact_name is not None:
        has_address = new.get("contact_email", row["contact_email"])
        if contact_name.strip() and not has_address:
            raise InvalidValue("contact-name", "a contact name needs a contact address too")
        name = check_text(contact_name, field="contact-name", max_length=120)
        new["contact_name"] = name or None
    if phone is not None:
        new["phone"] = check_phone(phone) if phone.strip() else None
    if url is not None:
        new["portal_url"] = check_url(url) if url.strip() else None
    if applied is not None:
        when = parse_applied(applied, now, zone) if isinstance(applied, str) else applied
        new["applied_at"] = iso(when)  # as the store writes it: compares with a stored one
    if no_follow_up_phrase is not None:
        phrase = check_text(no_follow_up_phrase, field="no-follow-up-phrase", max_length=500)
        new["no_follow_up_phrase"] = phrase or None
        if phrase and no_follow_up is None:
            no_follow_up = True
    if no_follow_up is not None:
        new["no_follow_up"] = int(no_follow_up)
    if note is not None:
        new["notes"] = check_text(note, field="note", max_length=2000) or None

    labels = {
        "contact_email": "contact",
        "contact_name": "contact name",
        "portal_url": "url",
        "applied_at": "applied",
        "no_follow_up": "no follow-up",
        "no_follow_up_phrase": "no follow-up phrase",
        "notes": "note",
    }
    changed = {k: v for k, v in new.items() if v != row[k]}
    result = EditResult(application_id)
    if not changed:
        return result
    with store.transaction():
        # a status set by hand is news about the application, like a mail would be
        activity = {"last_activity_at": now} if "status" in changed else {}
        store.update_application(application_id, now, **changed, **activity)
        for key, value in changed.items():
            old = row[key]
            if key == "no_follow_up":
                old, value = bool(old), bool(value)
            elif key == "applied_at":
                old, value = _local_day(old, zone), _local_day(value, zone)
            text = f"{labels.get(key, key)} {_short(old)} -> {_short(value)}"
            if key == "status":
                text = f"status {old} -> {value}"
            result.changes.append(text)
            store.add_evidence(application_id, None, "edited", f"edited by hand: {text}", now)
        after = row_of(store, application_id)
        if "contact_email" in changed and after["contact_email"] and not after["no_follow_up"]:
            result.drafts_readdressed = _readdress_drafts(store, now, after)
        if changed.get("status") in HIDDEN_BY_DEFAULT:
            result.drafts_discarded = _discard_drafts(
                store, now, application_id, f"application {changed['status']} by hand"
            )
        else:
            reason = ruled_out.blocking_reason(store.application(application_id))
            if reason and (changed.get("no_follow_up") or changed.get("status") in FINAL_STATUSES):
                result.drafts_discarded = _discard_drafts(
                    store, now, application_id, f"edited by hand: {reason}", email_only=True
                )
    return result


@dataclass
class CloseResult:
    application_id: int
    status: str
    changed: bool
    drafts_discarded: list[int] = field(default_factory=list)


def close(
    store: Store,
    now: datetime,
    application_id: int,
    *,
    reason: str | None = None,
    withdrawn: bool = False,
) -> CloseResult:
    """Close (or withdraw) an application: status, an evidence row with the reason,
    and its unsent drafts discarded so nothing goes out about a closed job."""
    row = row_of(store, application_id)
    status = Status.WITHDRAWN.value if withdrawn else Status.CLOSED.value
    why = check_text(reason or "", field="reason", max_length=500)
    if row["status"] == status:
        return CloseResult(application_id, status, changed=False)
    verb = "withdrawn" if withdrawn else "closed"
    text = f"{verb} by hand (was {row['status']})" + (f": {why}" if why else "")
    with store.transaction():
        store.update_application(application_id, now, status=status, last_activity_at=now)
        store.add_evidence(application_id, None, verb, text, now)
        discarded = _discard_drafts(store, now, application_id, f"application {verb} by hand")
    return CloseResult(application_id, status, changed=True, drafts_discarded=discarded)


def _discard_drafts(
    store: Store, now: datetime, application_id: int, why: str, *, email_only: bool = False
) -> list[int]:
    """Drafts not yet sent are discarded (a draft being sent is left to the sender)."""
    channels = ("email",) if email_only else None
    return ruled_out.discard_open_drafts(store, application_id, now, why, channels=channels)


def _readdress_drafts(store: Store, now: datetime, row: dict[str, Any]) -> list[int]:
    """E-mail drafts waiting for a recipient get the application's new contact."""
    done: list[int] = []
    for draft in store.drafts(("needs_recipient",), application_id=int(row["id"])):
        if not draft.is_email:
            continue
        contact = {"to_email": row["contact_email"], "to_name": row["contact_name"]}
        why = "contact set on the application by hand"
        try:
            store.apply(draft_moves.edit(draft, now, contact, action="recipient_set", detail=why))
        except DraftError:
            continue
        done.append(draft.id)
    return done


def statuses() -> Sequence[str]:
    """Every status spelling, in pipeline order."""
    return [s.value for s in Status]
