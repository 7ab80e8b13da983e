"""Settings: the TOML config file, environment overrides, and their validation.

Both come in through pydantic-settings' own sources: :class:`TomlConfigSettingsSource`
reads the file (``~/.config/followup/config.toml`` unless
``--config``/``FOLLOWUP_CONFIG`` names another) and :class:`EnvSettingsSource`
the variables named ``FOLLOWUP_<SECTION>__<KEY>`` (``__`` between levels, e.g.
``FOLLOWUP_ACCOUNTS__PERSONAL__IMAP__PORT=1143``), which win over the file. The
pydantic models of :mod:`assistant.adapters.settings` validate both and forbid
unknown keys.

Two small hooks on those sources: the file is read by :func:`read_toml` (one-line
errors, secrets refused, relative paths anchored to the file), and the
environment's keys, which pydantic-settings lower-cases, take the file's spelling
again, so an account called ``Work`` is overridden rather than doubled.

Every problem becomes one :class:`~assistant.errors.ConfigError` line that names
the file (or the environment variable) and the key, for example::

    config.toml: accounts.personal.imap.port: Input should be a valid integer (got 'abc')

Secrets never live in this file: a key such as ``password`` is refused with a
pointer to ``password_command`` and the keyring.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import (
    BaseModel,
    ValidationError,
)
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    TomlConfigSettingsSource,
)
from pydantic_settings.sources.utils import parse_env_vars

from assistant.adapters.settings import AccountSettings, Settings
from assistant.errors import ConfigError

__all__ = [
    "describe_validation_error",
    "load_settings",
    "read_toml",
    "refuse_secrets",
]

ENV_PREFIX = "FOLLOWUP_"
ENV_NESTING = "__"


#: keys that would hold a secret; refused wherever they appear in the file.
SECRET_KEYS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "secret",
        "token",
        "app_password",
        "access_token",
        "refresh_token",
        "client_secret",
        "api_key",
    }
)


# --------------------------------------------------------------------------- loading


def load_settings(path: Path, *, environ: Mapping[str, str] | None = None) -> Settings:
    """Read, merge and validate the config file at ``path`` and the environment."""
    env: Mapping[str, str] = os.environ if environ is None else environ
    if not path.is_file():
        read_toml(path)  # raises the one-line error for a missing file or a directory

    class FromFile(Settings):
        @classmethod
        def settings_customise_sources(
            cls,
            settings_cls: type[BaseSettings],
            init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,
            file_secret_settings: PydanticBaseSettingsSource,
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            return (_Environment(settings_cls, env, file.toml_data), file)

    file = _ConfigFile(FromFile, toml_file=path)  # read once, here
    origins = env_origins(env, file.toml_data)
    try:
        settings: Settings = FromFile()
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, str(path), origins)) from None
    settings._source = path
    return settings


class _ConfigFile(TomlConfigSettingsSource):
    """The TOML source, reading the file with our one-line errors and checks."""

    def _read_file(self, file_path: Any) -> dict[str, Any]:
        path = Path(file_path)
        data = read_toml(path)
        refuse_secrets(data, str(path))
        _anchor_paths(data, path.parent)
        return data


class _Environment(EnvSettingsSource):
    """``FOLLOWUP_*`` variables (from ``environ``), keys spelt as in the file."""

    def __init__(
        self,
        settings_cls: type[BaseSettings],
        environ: Mapping[str, str],
        file_data: Mapping[str, Any],
    ) -> None:
        self._environ = environ
        self._file_data = file_data
        super().__init__(
            settings_cls,
            case_sensitive=False,
            env_prefix=ENV_PREFIX,
            env_nested_delimiter=ENV_NESTING,
        )

    def _load_env_vars(self) -> Mapping[str, str | None]:
        return parse_env_vars(self._environ, False, False, None)

    def __call__(self) -> dict[str, Any]:
        return _spelt_as(super().__call__(), self._file_data)


def _spelt_as(values: Mapping[str, Any], file: Mapping[str, Any] | None) -> dict[str, Any]:
    """``values`` with each key spelt as the file spells it (matched ignoring case)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        name = _match_key(key, file)
        child = file.get(name) if isinstance(file, Mapping) else None
        out[name] = _spelt_as(value, child) if isinstance(value, Mapping) else value
    return out


def read_toml(path: Path) -> dict[str, Any]:
    """The parsed file, or a one-line ConfigError (missing, unreadable, malformed)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"no config file at {path}", hint="run `followup init` to create one"
        ) from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a directory, not a config file") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # The message already ends with "(at line L, column C)".
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _anchor_paths(data: dict[str, Any], base: Path) -> None:
    """Relative ``ca_file`` and ``resume`` paths are relative to the config file."""

    def anchor(table: Any, key: str) -> None:
        if isinstance(table, dict) and isinstance(table.get(key), str):
            value = Path(table[key]).expanduser()
            if not value.is_absolute():
                table[key] = str(base / value)

    accounts = data.get("accounts")
    if isinstance(accounts, dict):
        for account in accounts.values():
            if isinstance(account, dict):
                anchor(account.get("imap"), "ca_file")
                anchor(account.get("smtp"), "ca_file")
    anchor(data.get("profile"), "resume")


def refuse_secrets(data: Mapping[str, Any], where: str, prefix: str = "") -> None:
    """Refuse any key that would hold a password or token (without echoing its value)."""
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        lowered = str(key).lower()
        if lowered in SECRET_KEYS or lowered.endswith(("_password", "_secret", "_token")):
            raise ConfigError(
                f"{where}: {dotted}: secrets do not belong in the configuration",
                hint="use password_command (or token_command), or store the password "
                "in the keyring with `followup init`",
            )
        if isinstance(value, Mapping):
            refuse_secrets(value, where, prefix=f"{dotted}.")


def env_origins(environ: Mapping[str, str], data: Mapping[str, Any]) -> dict[tuple[str, ...], str]:
    """Which ``FOLLOWUP_A__B__C`` variable sets which key (for error messages).

    A variable naming a secret key is refused here, before its value is read.
    Variables without ``__`` (FOLLOWUP_HOME, FOLLOWUP_CONFIG, ...) are not settings.
    """
    origins: dict[tuple[str, ...], str] = {}
    for name in sorted(environ):
        if not name.upper().startswith(ENV_PREFIX):
            continue
        parts = name[len(ENV_PREFIX) :].split(ENV_NESTING)
        if len(parts) < 2 or any(not p for p in parts):
            continue
        path: list[str] = []
        node: Mapping[str, Any] | None = data
        for part in parts:
            key = _match_key(part, node)
            path.append(key)
            child = node.get(key) if isinstance(node, Mapping) else None
            node = child if isinstance(child, Mapping) else None
        refuse_secrets({path[-1]: None}, f"environment {name}", prefix=".".join(path[:-1]) + ".")
        origins[tuple(path)] = name
    return origins


def _match_key(part: str, node: Mapping[str, Any] | None) -> str:
    if isinstance(node, Mapping):
        for key in node:
            if str(key).lower() == part.lower():
                return str(key)
    return part.lower()


def describe_validation_error(
    exc: ValidationError, where: str, origins: Mapping[tuple[str, ...], str] | None = None
) -> str:
    """One line for the first problem (plus how many more there are)."""
    errors = exc.errors(include_url=False)
    # An unknown key first: a misspelt key is often why a required one is "missing".
    errors.sort(key=lambda e: e["type"] != "extra_forbidden")
    first = errors[0]
    loc = tuple(str(part) for part in first["loc"])
    dotted = ".".join(loc)
    source = where
    for length in range(len(loc), 0, -1):
        variable = (origins or {}).get(loc[:length])
        if variable:
            source = f"environment {variable}"
            break
    kind = first["type"]
    if kind == "extra_forbidden":
        text = f"unknown key {dotted}"
        suggestion = _suggest(exc, loc)
        if suggestion:
            text += f" (did you mean {suggestion!r}?)"
    elif kind == "missing":
        text = f"{dotted}: missing (required)"
    else:
        message = str(first["msg"])
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if kind.endswith("_parsing"):  # "..., unable to parse string as an integer"
            message = message.split(", ")[0]
        text = f"{dotted}: {message}" if dotted else message
        shown = _short_value(first.get("input"))
        if shown is not None and kind not in ("value_error", "assertion_error"):
            text += f" (got {shown})"
    if len(errors) > 1:
        text += f"; and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}"
    return f"{source}: {text}"


def _short_value(value: Any) -> str | None:
    if isinstance(value, (str, int, float, bool)):
        shown = repr(value)
        return shown if len(shown) <= 40 else shown[:37] + "..."
    return None


def _suggest(exc: ValidationError, loc: tuple[str, ...]) -> str | None:
    """A known key close to the unknown one, if any."""
    model: type[BaseModel] | None = Settings
    parts = list(loc[:-1])
    while parts and model is not None:
        part = parts.pop(0)
        if model is Settings and part == "accounts":
            if not parts:
                return None
            parts.pop(0)  # the account's name
            model = AccountSettings
            continue
        field = model.model_fields.get(part)
        model = _model_of(field.annotation) if field else None
    if model is None:
        return None
    close = difflib.get_close_matches(loc[-1], list(model.model_fields), n=1, cutoff=0.6)
    return close[0] if close else None


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None
