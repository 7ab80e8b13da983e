"""What one scan+plan cycle of the background service reports.

The use case (:func:`assistant.app.service.make_cycle`) returns it and the service
loop (:mod:`assistant.daemon`) logs it and decides whether to notify; it lives
here so the use-case layer never imports the front end that runs it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CycleResult:
    new_messages: int = 0
    new_drafts: int = 0
    #: approved drafts held by this cycle's mail (they wait for the user's word again)
    held_drafts: int = 0
    summary: str = ""
