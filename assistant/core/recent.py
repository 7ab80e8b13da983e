"""A pure function's answers for the last few arguments it was asked about (pure).

One message asks about the same sender address or domain several times (the sender
check, the company's sources, the contact, the recruiter). An unbounded cache would
grow with every sender seen; a few answers kept cover one message's asks.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_MISSING = object()


def remember_recent(keep: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorate a pure function of a string to keep the answers for the last ``keep``
    strings asked about (all forgotten at once when full)."""

    def decorate(function: Callable[[str], T]) -> Callable[[str], T]:
        answers: dict[str, T] = {}

        @functools.wraps(function)
        def recall(key: str) -> T:
            known = answers.get(key, _MISSING)
            if known is not _MISSING:
                return known  # type: ignore[return-value]
            answer = function(key)
            if len(answers) >= keep:
                answers.clear()  # all at once: no iteration that another thread could break
            answers[key] = answer
            return answer

        return recall

    return decorate
