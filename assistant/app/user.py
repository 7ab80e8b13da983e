"""The user as their settings describe them: their own addresses and names, and
the rules they set for following up (the planner's policy).

Scanning, planning, composing and re-deriving an application all read these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core import plan as planner

if TYPE_CHECKING:
    from assistant.adapters.settings import Settings


def own_addresses(settings: Settings | None) -> list[str]:
    """The user's own addresses (mail from them is theirs, never the employer's)."""
    if settings is None:
        return []
    return [a.email for a in settings.accounts.values()]


def own_names(settings: Settings | None) -> list[str]:
    """The user's names (never part of a role read from their own application mail)."""
    if settings is None:
        return []
    names = [settings.profile.name, *(a.display_name for a in settings.accounts.values())]
    return [n for n in names if n]


def policy_of(settings: Settings) -> planner.Policy:
    """The planner's rules from the ``[policy]`` section."""
    return planner.Policy(
        follow_up_after_days=settings.policy.follow_up_after_days,
        max_follow_ups=settings.policy.max_follow_ups,
        stale_after_days=settings.policy.stale_after_days,
        timezone=settings.policy.timezone,
        working_hours=tuple(settings.policy.working_hours),  # type: ignore[arg-type]
        calls=settings.policy.calls,
    )
