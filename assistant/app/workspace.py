"""What a front end opens before it runs a use case: where state lives, the settings, the store.

The CLI context (and any other front end) calls these instead of reaching into
the adapters itself: the home directory (``FOLLOWUP_HOME``), the config file's
path, the settings read from it, and the state database under the home. The
adapters load when first used, so a command that needs none of them starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.adapters import paths

if TYPE_CHECKING:  # loaded when used: a command that needs neither starts faster
    from assistant.adapters.settings import Settings
    from assistant.adapters.store import Store

__all__ = ["Settings", "Store", "config_path", "has_store", "home", "open_store", "settings"]


def home() -> Path:
    """Where followup keeps its state (``FOLLOWUP_HOME`` or the platform's data dir)."""
    return paths.home_dir()


def config_path(given: Path | None = None) -> Path:
    """The config file: ``given`` (``--config``), else ``FOLLOWUP_CONFIG`` or the default."""
    return given or paths.default_config_path()


def settings(path: Path) -> Settings:
    """The settings read from ``path`` (a ConfigError names the key and the file)."""
    from assistant.adapters.config import load_settings

    return load_settings(path)


def has_store(home: Path) -> bool:
    """Whether the state database under ``home`` exists (without creating it)."""
    return paths.database_path(home).exists()


def open_store(home: Path) -> Store:
    """The state database under ``home``, created and migrated if needed.

    The CLI opens one per command (its context); the web page opens one per
    request, so that concurrent requests never share a connection (SQLite
    serialises the writers).
    """
    from assistant.adapters.store import Store

    return Store.open(paths.database_path(home))
