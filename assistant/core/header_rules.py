"""Automatic mail by its headers, as trusted systems mark it (pure).

``auto_headers`` gives the reasons a message was sent by a machine (RFC 3834
Auto-Submitted, X-Autoreply / X-Autorespond, Precedence, the Exchange out-of-office
pair); ``list_headers`` those of list and campaign mail (List-Id,
List-Unsubscribe...); ``vacation_headers`` whether the headers say it is a
person's vacation responder rather than any robot.
"""

from __future__ import annotations

import re

_AUTO_SUBMITTED = re.compile(r"^\s*(?!no\b)\S", re.IGNORECASE)
_PRECEDENCE = re.compile(r"\b(bulk|junk|list|auto[_-]?reply)\b", re.IGNORECASE)
_VACATION = re.compile(r"vacation|owner-email=|out.of.office|ooo", re.IGNORECASE)


def auto_headers(headers: dict[str, str] | object) -> list[str]:
    """Reasons why the headers mark a message as automatic (empty: a person sent it)."""
    get = headers.get if hasattr(headers, "get") else (lambda _k, _d=None: None)
    reasons: list[str] = []
    auto_submitted = get("auto-submitted", None)
    if auto_submitted and _AUTO_SUBMITTED.match(auto_submitted):
        reasons.append(f"header Auto-Submitted: {auto_submitted[:60]}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-mail-autoreply"):
        value = get(name, None)
        if value is not None and value.strip().lower() not in ("no", "false", "0"):
            reasons.append(f"header {name}: {value[:40]}")
    precedence = get("precedence", None)
    if precedence and _PRECEDENCE.search(precedence):
        reasons.append(f"header Precedence: {precedence[:40]}")
    suppress = get("x-auto-response-suppress", None)
    exchange_loop = get("x-ms-exchange-inbox-rules-loop", None) or get(
        "x-ms-exchange-generated-message-source", None
    )
    if suppress and exchange_loop and re.search(r"all|oof|autoreply", suppress, re.IGNORECASE):
        reasons.append("headers: Exchange out-of-office (X-Auto-Response-Suppress + rules loop)")
    return reasons


def list_headers(headers: dict[str, str] | object) -> list[str]:
    get = headers.get if hasattr(headers, "get") else (lambda _k, _d=None: None)
    found = []
    for name in ("list-id", "list-unsubscribe", "list-post", "x-campaign", "x-mailchimp-campaign"):
        if get(name, None):
            found.append(f"header {name}")
    return found


def vacation_headers(headers: dict[str, str] | object) -> bool:
    get = headers.get if hasattr(headers, "get") else (lambda _k, _d=None: None)
    auto_submitted = get("auto-submitted", "") or ""
    if _VACATION.search(auto_submitted):
        return True
    suppress = get("x-auto-response-suppress", None)
    return bool(suppress and get("x-ms-exchange-inbox-rules-loop", None))
