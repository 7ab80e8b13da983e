"""The settings' shape: pydantic models of the config file's tables, with their rules.

``adapters/config.py`` fills them from the file and the environment; built in
code (tests, ``followup init``) they read nothing.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from assistant.core.addresses import address_problem
from assistant.errors import ConfigError

TLSMode = Literal["tls", "starttls", "none"]
AuthMode = Literal["password", "oauth2", "none"]


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
        if self.auth == "none" and (self.protocol != "smtp" or not is_loopback(self.host)):
            raise ValueError(
                'auth = "none" (no login) is only for SMTP to a loopback address (a local '
                f"mail server such as Postfix on 127.0.0.1), not {self.protocol} on {self.host}"
            )
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
    stale_after_days: int = Field(default=30, ge=0, le=3650)
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
    #: a URL of the user's own (ntfy-style) that gets the counts, never mail text
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from urllib.parse import urlsplit

        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value.strip()


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
        # built in code, settings read nothing; load_settings adds the file and environment
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
