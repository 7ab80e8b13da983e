"""The state database, opened for a front end that serves many requests (the web page).

The CLI opens one store per command (its context); the web page opens one per
request with :func:`open_store`, so that concurrent requests never share a
connection (SQLite serialises the writers).
"""

from __future__ import annotations

from pathlib import Path

from assistant.adapters import paths
from assistant.adapters.store import Store


def open_store(home: Path) -> Store:
    """The store under ``home`` (``FOLLOWUP_HOME``), created and migrated if needed."""
    return Store.open(paths.database_path(home))
