"""Passwords and OAuth2 tokens: from a command, the keyring, or the environment.

For ``auth = "password"`` the secret comes from, in this order:

1. ``password_command``: a shell command (like mbsync's ``PassCmd``) run with a
   timeout; the first line of its output, trailing newline stripped;
2. the keyring (service ``followup``, user = the login), but only when a real
   backend is active: keyring's ``fail``/``null`` backends and the plaintext or
   prompting file backends of ``keyrings.alt`` are refused;
3. the environment variable ``FOLLOWUP_PASSWORD_<ACCOUNT>`` (last resort);

and for ``auth = "oauth2"`` from ``token_command``, whose output is an access token
(``oama access alex@example.com``, say).

A secret is wrapped in :class:`Secret`, whose ``repr``/``str`` never show it, and
no error message contains a secret or a command's output: only the command and
its exit code.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from assistant.adapters.settings import ServerSettings
from assistant.errors import SecretError

SERVICE = "followup"
DEFAULT_TIMEOUT = 20.0

SecretKind = Literal["password", "oauth2"]

#: backends that do not keep a secret safely (module, or module.Class).
_REFUSED_BACKENDS = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt.file",  # PlaintextKeyring (base64 only), EncryptedKeyring (prompts on stdin)
    "keyrings.alt.pyfs",
    "keyrings.cryptfile",  # prompts for a passphrase on stdin
)

KEYRING_FIX = (
    "install and unlock a Secret Service such as gnome-keyring or KeePassXC, "
    "or set password_command"
)


class Secret:
    """A password or token that does not show itself in logs, reprs or tracebacks."""

    __slots__ = ("_value", "kind", "source")

    def __init__(self, value: str, *, kind: SecretKind = "password", source: str = "") -> None:
        self._value = value
        self.kind: SecretKind = kind
        #: where it came from, for doctor: "password_command", "keyring", "environment ...".
        self.source = source

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret(kind={self.kind!r}, source={self.source!r}, value='********')"

    def __str__(self) -> str:
        return "********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> Any:
        raise TypeError("a Secret is not picklable")


Runner = Callable[..., subprocess.CompletedProcess[bytes]]


@dataclass(frozen=True)
class BackendCheck:
    ok: bool
    name: str
    reason: str = ""


def _keyring() -> Any:
    """The keyring module, imported when first needed: most commands with a
    password_command never use it, and it takes a while to import."""
    import keyring

    return keyring


def check_backend(keyring_module: Any = None) -> BackendCheck:
    """Is the active keyring backend one that keeps secrets safely?"""
    keyring_module = keyring_module or _keyring()
    try:
        backend = keyring_module.get_keyring()
    except Exception as exc:  # a broken keyring config must not crash us
        return BackendCheck(False, "unknown", f"the keyring could not be loaded ({exc})")
    name = _backend_name(backend)
    chained = getattr(type(backend), "backends", None)
    if type(backend).__name__ == "ChainerBackend" and isinstance(chained, list):
        refused = [b for b in chained if _is_refused(b)]
        if not chained or refused:
            which = ", ".join(_backend_name(b) for b in (refused or chained)) or "none"
            return BackendCheck(False, name, f"the keyring chain uses an unsafe backend ({which})")
        return BackendCheck(True, name)
    if _is_refused(backend):
        return BackendCheck(False, name, f"no safe keyring backend is active ({name})")
    return BackendCheck(True, name)


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_refused(backend: Any) -> bool:
    module = type(backend).__module__
    return any(module == r or module.startswith(r + ".") for r in _REFUSED_BACKENDS)


def run_process(
    command: str, *, timeout: float, **kwargs: Any
) -> subprocess.CompletedProcess[bytes]:
    """Like ``subprocess.run``, but a timeout kills the command's whole process group.

    ``subprocess.run`` kills only the shell; a child it started (``gpg``, ``sleep``)
    would live on, holding the output pipe open.
    """
    kwargs.pop("check", None)
    with subprocess.Popen(command, start_new_session=True, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.kill()
            process.communicate()
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def run_command(
    command: str,
    *,
    what: str,
    runner: Runner = run_process,
    timeout: float = DEFAULT_TIMEOUT,
    env: Mapping[str, str] | None = None,
) -> str:
    """Run ``command`` through the shell; its first output line, or SecretError.

    The error names the command and its exit code, never what it printed.
    """
    try:
        result = runner(  # noqa: S604 - the user's own command, like mbsync's PassCmd
            command,
            shell=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
            env=dict(env) if env is not None else None,
        )
    except subprocess.TimeoutExpired:
        raise SecretError(
            f"{what} `{command}` did not finish within {timeout:g} s",
            hint="is it waiting for input, such as a locked GPG agent or a prompt?",
        ) from None
    except OSError as exc:
        raise SecretError(
            f"could not run {what} `{command}`: {exc.strerror or type(exc).__name__}"
        ) from None
    if result.returncode != 0:
        raise SecretError(
            f"{what} `{command}` failed with exit code {result.returncode}",
            hint="run it yourself to see why",
        )
    output = result.stdout
    text = output.decode("utf-8", "replace") if isinstance(output, bytes) else str(output or "")
    lines = text.splitlines()
    value = lines[0].rstrip("\r\n") if lines else ""
    if not value.strip():
        raise SecretError(
            f"{what} `{command}` printed nothing",
            hint="it must print the secret on its first line",
        )
    return value


def env_var_name(account: str) -> str:
    """``FOLLOWUP_PASSWORD_<ACCOUNT>``: upper case, other characters as underscores."""
    cleaned = "".join(c if c.isalnum() else "_" for c in account.upper())
    return f"FOLLOWUP_PASSWORD_{cleaned}"


def get_secret(
    server: ServerSettings,
    *,
    runner: Runner = run_process,
    keyring_module: Any = None,
    environ: Mapping[str, str] | None = None,
    account: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Secret:
    """The password (or OAuth2 access token) to log in to ``server``."""
    environ = os.environ if environ is None else environ
    account = account if account is not None else server.account_name
    if server.auth == "oauth2":
        if not server.token_command:
            raise SecretError(
                f'{server.host}: auth = "oauth2" but no token_command is set',
                hint="set token_command to a command printing an access token",
            )
        token = run_command(
            server.token_command, what="token_command", runner=runner, timeout=timeout
        )
        return Secret(token, kind="oauth2", source="token_command")

    if server.password_command:
        value = run_command(
            server.password_command, what="password_command", runner=runner, timeout=timeout
        )
        return Secret(value, source="password_command")

    keyring_problem = ""
    keyring_module = keyring_module or _keyring()
    backend = check_backend(keyring_module)
    if backend.ok:
        try:
            stored = keyring_module.get_password(SERVICE, server.login)
        except Exception as exc:  # locked collection, D-Bus gone, ...
            keyring_problem = f"the keyring could not be read ({type(exc).__name__})"
        else:
            if stored:
                return Secret(stored, source="keyring")
            keyring_problem = f"the keyring has no password for {server.login}"
    else:
        keyring_problem = backend.reason

    variable = env_var_name(account) if account else None
    if variable and environ.get(variable):
        return Secret(environ[variable], source=f"environment {variable}")

    where = f"[accounts.{account}.{server.protocol}]" if account else "the config"
    if backend.ok:
        hint = f"run `followup init` to store it, or set password_command in {where}"
    else:
        hint = f"{KEYRING_FIX} in {where}"
    raise SecretError(
        f"no password for {server.login} on {server.host}: {keyring_problem}", hint=hint
    )


def store_secret(login: str, secret: str | Secret, *, keyring_module: Any = None) -> str:
    """Store a password in the keyring (service ``followup``); returns the backend's name."""
    keyring_module = keyring_module or _keyring()
    backend = check_backend(keyring_module)
    if not backend.ok:
        raise SecretError(
            f"cannot store the password: {backend.reason}",
            hint=f"{KEYRING_FIX.replace('set password_command', 'use --password-command')}",
        )
    value = secret.reveal() if isinstance(secret, Secret) else secret
    try:
        keyring_module.set_password(SERVICE, login, value)
    except Exception as exc:
        raise SecretError(
            f"the keyring refused to store the password for {login} ({type(exc).__name__})",
            hint=KEYRING_FIX.replace("set password_command", "use --password-command"),
        ) from None
    return backend.name
