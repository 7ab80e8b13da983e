"""Settings: the TOML config file, environment overrides, and their validation.

The file (``~/.config/followup/config.toml`` unless ``--config``/``FOLLOWUP_CONFIG``
names another) is read with :mod:`tomllib`; environment variables named
``FOLLOWUP_<SECTION>__<KEY>`` (``__`` between levels, e.g.
``FOLLOWUP_ACCOUNTS__PERSONAL__IMAP__PORT=1143``) override it. Both are validated
by the pydantic models below, which forbid unknown keys.

We match environment names to the file's keys ourselves, case-insensitively,
rather than with pydantic-settings' own environment source: that source
lower-cases every key, which would turn an account called ``Work`` into a second,
incomplete account ``work``.

Every problem becomes one :class:`~assistant.errors.ConfigError` line that names
the file (or the environment variable) and the key, for example::

    config.toml: accounts.personal.imap.port: Input should be a valid integer (got 'abc')

Secrets never live in this file: a key such as ``password`` is refused with a
pointer to ``password_command`` and the keyring.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from assistant.core.addresses import address_problem
from assistant.errors import ConfigError

ENV_PREFIX = "FOLLOWUP_"
ENV_NESTING = "__"

TLSMode = Literal["tls", "starttls", "none"]
AuthMode = Literal["password", "oauth2"]

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


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (no DNS lookup)."""
    name = host.strip().rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


class _Section(BaseModel):
    """A table of the config file: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class ServerSettings(_Section):
    """What IMAP and SMTP share: where the server is, how to talk TLS, how to log in."""

    #: port used when none is given, per TLS mode.
    default_ports: ClassVar[dict[str, int]] = {}
    protocol: ClassVar[str] = ""

    host: str = Field(min_length=1)
    port: int = Field(ge=1, le=65535)
    tls: TLSMode = "tls"
    login: str = ""
    password_command: str | None = None
    auth: AuthMode = "password"
    token_command: str | None = None
    ca_file: Path | None = None
    timeout: float = Field(default=30.0, gt=0, le=600)

    _account: str = PrivateAttr(default="")

    @model_validator(mode="before")
    @classmethod
    def _port_follows_tls(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("port") is None:
            tls = data.get("tls", "tls")
            port = cls.default_ports.get(tls) if isinstance(tls, str) else None
            # An invalid tls gets its own error; the port then follows implicit TLS.
            data = {**data, "port": port or cls.default_ports["tls"]}
        return data

    @field_validator("host")
    @classmethod
    def _strip_host(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("password_command", "token_command")
    @classmethod
    def _non_empty_command(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be empty (leave the key out instead)")
        return value

    @field_validator("ca_file")
    @classmethod
    def _ca_file_exists(cls, value: Path | None) -> Path | None:
        if value is None:
            return None
        path = value.expanduser()
        if not path.is_file():
            raise ValueError(f"file not found: {path}")
        return path

    @model_validator(mode="after")
    def _check_modes(self) -> ServerSettings:
        if self.tls == "none" and not is_loopback(self.host):
            raise ValueError(
                f'tls = "none" is only allowed to a loopback address (127.0.0.1, ::1, '
                f'localhost), not {self.host}; use "tls" or "starttls"'
            )
        if self.auth == "oauth2" and not self.token_command:
            raise ValueError('auth = "oauth2" needs token_command (a command printing a token)')
        return self

    @property
    def account_name(self) -> str:
        """The name of the ``[accounts.<name>]`` table this server belongs to."""
        return self._account

    def describe(self) -> str:
        return f"{self.host}:{self.port} ({self.tls})"


class ImapSettings(ServerSettings):
    default_ports: ClassVar[dict[str, int]] = {"tls": 993, "starttls": 143, "none": 143}
    protocol: ClassVar[str] = "imap"

    folders: list[str] = Field(default_factory=lambda: ["INBOX"], min_length=1)


class SmtpSettings(ServerSettings):
    default_ports: ClassVar[dict[str, int]] = {"tls": 465, "starttls": 587, "none": 587}
    protocol: ClassVar[str] = "smtp"

    save_sent: Literal["auto", "always", "never"] = "auto"
    daily_cap: int = Field(default=20, ge=0)
    min_spacing_seconds: int = Field(default=60, ge=0)


class AccountSettings(_Section):
    """One ``[accounts.<name>]`` table: an address with its IMAP and SMTP servers."""

    default: bool = False
    email: str = Field(min_length=3)
    display_name: str | None = None
    imap: ImapSettings
    smtp: SmtpSettings | None = None

    _name: str = PrivateAttr(default="")

    @field_validator("email")
    @classmethod
    def _looks_like_address(cls, value: str) -> str:
        value = value.strip()
        problem = address_problem(value)
        if problem:
            raise ValueError(f"not an email address: {value!r} ({problem})")
        return value

    @model_validator(mode="after")
    def _login_defaults_to_email(self) -> AccountSettings:
        for server in (self.imap, self.smtp):
            if server is not None and not server.login:
                server.login = self.email
        return self

    @property
    def name(self) -> str:
        return self._name


class ProfileSettings(_Section):
    """What templates may use about the user."""

    name: str | None = None
    phone: str | None = None
    linkedin: str | None = None
    resume: Path | None = None
    signature: str | None = None

    @field_validator("resume")
    @classmethod
    def _expand(cls, value: Path | None) -> Path | None:
        return value.expanduser() if value is not None else None


class PolicySettings(_Section):
    follow_up_after_days: int = Field(default=7, ge=1, le=365)
    max_follow_ups: int = Field(default=1, ge=0, le=10)
    timezone: str = "UTC"
    working_hours: tuple[int, int] = (9, 17)
    calls: bool = False

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} (use an IANA name such as 'Europe/Berlin')"
            ) from None
        return value

    @field_validator("working_hours")
    @classmethod
    def _hours_in_order(cls, value: tuple[int, int]) -> tuple[int, int]:
        start, end = value
        if not (0 <= start < end <= 24):
            raise ValueError("must be [start, end] hours with 0 <= start < end <= 24")
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class NotifySettings(_Section):
    desktop: bool = True
    digest_email: bool = False


class ScanSettings(_Section):
    since_days: int = Field(default=90, ge=1)


class Settings(BaseSettings):
    """The whole config. Build it with :func:`load_settings`."""

    model_config = SettingsConfigDict(extra="forbid")

    accounts: dict[str, AccountSettings] = Field(default_factory=dict)
    profile: ProfileSettings = Field(default_factory=ProfileSettings)
    policy: PolicySettings = Field(default_factory=PolicySettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    scan: ScanSettings = Field(default_factory=ScanSettings)

    _source: Path | None = PrivateAttr(default=None)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # load_settings merges the file and the environment itself (see the module doc).
        return (init_settings,)

    @model_validator(mode="after")
    def _name_accounts(self) -> Settings:
        defaults = [name for name, account in self.accounts.items() if account.default]
        if len(defaults) > 1:
            raise ValueError(f"more than one account has default = true: {', '.join(defaults)}")
        for name, account in self.accounts.items():
            account._name = name
            account.imap._account = name
            if account.smtp is not None:
                account.smtp._account = name
        return self

    def default_account(self) -> AccountSettings:
        """The account with ``default = true``, or the only one."""
        for account in self.accounts.values():
            if account.default:
                return account
        if len(self.accounts) == 1:
            return next(iter(self.accounts.values()))
        where = self._where()
        if not self.accounts:
            raise ConfigError(
                f"{where}: no account configured", hint="add an [accounts.NAME] table"
            )
        raise ConfigError(
            f"{where}: {len(self.accounts)} accounts and none has default = true",
            hint=f"set default = true in one of them or pass --account "
            f"({', '.join(self.accounts)})",
        )

    def account(self, name: str | None = None) -> AccountSettings:
        """The account called ``name`` (the default one for None)."""
        if name is None:
            return self.default_account()
        if name in self.accounts:
            return self.accounts[name]
        known = ", ".join(self.accounts) or "none"
        raise ConfigError(f"{self._where()}: no account named {name!r} (configured: {known})")

    def account_named(self, name: str | None = None) -> tuple[str, AccountSettings]:
        """``(name, account)`` for ``name`` or the default account."""
        account = self.account(name)
        return account.name, account

    @property
    def source(self) -> Path | None:
        """The file these settings were read from (None when built in code)."""
        return self._source

    def _where(self) -> str:
        return str(self._source) if self._source else "config"


# --------------------------------------------------------------------------- loading


def load_settings(path: Path, *, environ: Mapping[str, str] | None = None) -> Settings:
    """Read, merge and validate the config file at ``path`` and the environment."""
    environ = os.environ if environ is None else environ
    where = str(path)
    data = read_toml(path)
    refuse_secrets(data, where)
    _anchor_paths(data, path.parent)
    overrides, origins = env_overrides(environ, data)
    merged = _deep_merge(data, overrides)
    try:
        settings = Settings(**merged)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, where, origins)) from None
    settings._source = path
    return settings


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


def env_overrides(
    environ: Mapping[str, str], data: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[tuple[str, ...], str]]:
    """Nested overrides from ``FOLLOWUP_A__B__C`` variables, keys matched to the file's.

    Returns the overrides and, for error messages, which variable set which key.
    Variables without ``__`` (FOLLOWUP_HOME, FOLLOWUP_CONFIG, ...) are not settings.
    """
    overrides: dict[str, Any] = {}
    origins: dict[tuple[str, ...], str] = {}
    for name in sorted(environ):
        if not name.upper().startswith(ENV_PREFIX):
            continue
        rest = name[len(ENV_PREFIX) :]
        if ENV_NESTING not in rest:
            continue
        parts = rest.split(ENV_NESTING)
        if any(not p for p in parts):
            continue
        path: list[str] = []
        node: Mapping[str, Any] | None = data
        for part in parts:
            key = _match_key(part, node)
            path.append(key)
            child = node.get(key) if isinstance(node, Mapping) else None
            node = child if isinstance(child, Mapping) else None
        refuse_secrets({path[-1]: None}, f"environment {name}", prefix=".".join(path[:-1]) + ".")
        target = overrides
        for key in path[:-1]:
            existing = target.get(key)
            if not isinstance(existing, dict):
                existing = target[key] = {}
            target = existing
        target[path[-1]] = _env_value(environ[name])
        origins[tuple(path)] = name
    return overrides, origins


def _match_key(part: str, node: Mapping[str, Any] | None) -> str:
    if isinstance(node, Mapping):
        for key in node:
            if str(key).lower() == part.lower():
                return str(key)
    return part.lower()


def _env_value(text: str) -> Any:
    """Lists and tables are written as JSON (``'["INBOX", "Jobs"]'``); the rest stays text."""
    stripped = text.strip()
    if stripped[:1] in ("[", "{"):
        try:
            return json.loads(stripped)
        except ValueError:
            return text
    return text


def _deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


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
