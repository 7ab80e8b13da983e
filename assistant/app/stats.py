"""The figures behind ``followup stats`` and the Insights page.

Reads every application with its mail and follow-ups from the store, hands the
facts to :func:`assistant.core.stats.summarise`, and shapes the result for
JSON. Both front ends call :func:`figures` and :func:`to_json`.
"""

from __future__ import annotations

from typing import Any

from assistant.adapters.store import Store
from assistant.core.stats import AppFacts, Figures, Rate, first_answer, summarise
from assistant.core.stored_time import moment_if_readable

#: the kind a reply counts as for the first answer (one of core.stats.ANSWER_KINDS)
ANSWER = "other_job"


def facts(store: Store) -> list[AppFacts]:
    """One :class:`AppFacts` per application in the store."""
    found = []
    for row in store.application_rows():
        applied = moment_if_readable(row["applied_at"])
        if applied is None:
            continue
        # a person's answer in the user's thread is an answer whatever it sounds like
        # (core/track.py: "a person replied"), even when its kind reads as a confirmation
        replies = {
            e["message_id"]
            for e in store.evidence(int(row["id"]))
            if e["message_id"] and e["reason"].startswith("a person replied")
        }
        mail = [
            (
                m["direction"],
                ANSWER if m["message_id"] in replies else m["kind"] or "",
                moment_if_readable(m["date"]),
            )
            for m in store.application_messages(int(row["id"]))
        ]
        follow_ups = tuple(
            at
            for f in store.follow_ups(int(row["id"]))
            if (at := moment_if_readable(f["at"])) is not None
        )
        found.append(
            AppFacts(
                applied_at=applied,
                status=row["status"],
                first_answer_at=first_answer(mail, applied),
                follow_ups=follow_ups,
            )
        )
    return found


def figures(store: Store) -> Figures:
    """The figures over every application in the store."""
    return summarise(facts(store))


def _rate_json(rate: Rate) -> dict[str, Any]:
    return {
        "applications": rate.total,
        "answered": rate.answered,
        "rate": round(rate.rate, 4) if rate.rate is not None else None,
    }


def to_json(result: Figures) -> dict[str, Any]:
    """The ``followup stats --json`` shape."""
    median = result.median_days_to_answer
    return {
        "applications": result.overall.total,
        "per_week": [
            {"week": monday.isoformat(), "applications": n} for monday, n in result.per_week
        ],
        "answer_rate": _rate_json(result.overall),
        "days_to_first_answer": {
            "median": round(median, 1) if median is not None else None,
            "answered_with_date": len(result.days_to_answer),
            "buckets": [{"label": label, "count": n} for label, n in result.answer_buckets()],
        },
        "with_follow_up": _rate_json(result.with_follow_up),
        "without_follow_up": _rate_json(result.without_follow_up),
    }


def percent(rate: Rate) -> str:
    """``"40% (2 of 5)"``, or ``"– (none)"``, for people to read."""
    if rate.rate is None:
        return "– (no applications)"
    return f"{rate.rate:.0%} ({rate.answered} of {rate.total})"
