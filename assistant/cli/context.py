"""What every command shares: the global options, the clock, lazily opened state."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from assistant.app import workspace
from assistant.app.showing import BIDI_CONTROLS

if TYPE_CHECKING:
    from assistant.app.workspace import Settings, Store


def parse_now(text: str) -> datetime:
    """Parse ``--now``: ISO 8601; a naive value is taken as UTC."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not an ISO 8601 date/time: {text!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


@dataclass
class AppContext:
    """Global options plus lazily opened resources, closed when the command ends."""

    config_path: Path | None = None
    fixed_now: datetime | None = None
    debug: bool = False
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    _settings: Settings | None = None
    _store: Store | None = None

    def now(self) -> datetime:
        return self.fixed_now or self.clock()

    @property
    def home(self) -> Path:
        return workspace.home()

    @property
    def resolved_config_path(self) -> Path:
        return workspace.config_path(self.config_path)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = workspace.settings(self.resolved_config_path)
        return self._settings

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = workspace.open_store(self.home)
        return self._store

    def optional_settings(self) -> Settings | None:
        """The config if there is a usable one (commands that can work without it)."""
        from assistant.errors import ConfigError

        if not self.resolved_config_path.exists():
            return None
        try:
            return self.settings
        except ConfigError:
            return None

    def zone(self, *, strict: bool = False) -> tzinfo:
        """The user's time zone (``policy.timezone``) when there is a config, else UTC.

        ``strict``: a config that cannot be read is an error (a date the user types
        must not be read in the wrong zone); for display, UTC is used instead.
        """
        from assistant.errors import ConfigError

        if not self.resolved_config_path.exists():
            return UTC
        try:
            return self.settings.policy.zone
        except ConfigError:
            if strict:
                raise
            return UTC

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def get_app() -> AppContext:
    """The AppContext of the running command (a fresh default one outside ``main``)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        root = ctx.find_root()
        if isinstance(root.obj, AppContext):
            return root.obj
    return AppContext()


def optional_settings() -> Settings | None:
    """The running command's config if there is a usable one, else None."""
    return get_app().optional_settings()


def emit_json(value: Any) -> None:
    """Print one JSON document (dates as ISO strings) on stdout.

    C1 controls and bidi controls from mail are written as \\u escapes (the same
    JSON value): raw, a terminal would act on them.
    """
    document = json.dumps(value, ensure_ascii=False, default=_json_default)
    sys.stdout.write(_UNSAFE_IN_JSON.sub(_json_escape, document) + "\n")


_UNSAFE_IN_JSON = re.compile(f"[\\x7f-\\x9f{BIDI_CONTROLS}]")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return str(value)
