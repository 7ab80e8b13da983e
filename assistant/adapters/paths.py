"""Where followup keeps its files.

``FOLLOWUP_HOME`` (if set) holds all state; otherwise the platform's data dir
(``~/.local/share/followup`` on Linux). The config file lives in the platform's
config dir (``~/.config/followup/config.toml``) unless ``--config`` or
``FOLLOWUP_CONFIG`` names another.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "followup"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    return config_dir() / "config.toml"


def user_template_dir() -> Path:
    """Templates here override the packaged defaults, file by file."""
    return config_dir() / "templates"


def home_dir() -> Path:
    env = os.environ.get("FOLLOWUP_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(home: Path | None = None) -> Path:
    return (home or home_dir()) / "followup.sqlite3"


def lock_path(home: Path | None = None) -> Path:
    return (home or home_dir()) / "followup.lock"
