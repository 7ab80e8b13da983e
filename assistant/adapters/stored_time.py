"""How the store writes and reads its times (the parsing is pure: ``core/stored_time.py``)."""

from __future__ import annotations

from assistant.core.stored_time import iso, moment

__all__ = ["iso", "moment"]
