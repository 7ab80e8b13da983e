"""Where secrets come from, in which order, and that they never leak."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.adapters.credentials import (
    Secret,
    check_backend,
    env_var_name,
    get_secret,
    run_command,
    store_secret,
)
from assistant.adapters.settings import ImapSettings
from assistant.errors import SecretError

SECRET = "s3cr3t-Value-9"


def server(**extra: Any) -> ImapSettings:
    settings = ImapSettings(host="imap.example.com", login="alex@example.com", **extra)
    settings._account = "personal"
    return settings


# Fake keyring backends: only the class's module matters to the safety check.
class MemoryBackend:
    def __init__(self, store: dict[tuple[str, str], str] | None = None) -> None:
        self.store = store if store is not None else {}


def _backend_in(module: str, name: str = "Keyring") -> Any:
    cls = type(name, (), {"__module__": module})
    return cls()


class FakeKeyring:
    """Stands in for the keyring module (pure tests of the lookup order)."""

    def __init__(self, backend: Any = None, store: dict[tuple[str, str], str] | None = None):
        self.backend = backend if backend is not None else MemoryBackend()
        self.store = store if store is not None else {}
        self.reads: list[tuple[str, str]] = []

    def get_keyring(self) -> Any:
        return self.backend

    def get_password(self, service: str, user: str) -> str | None:
        self.reads.append((service, user))
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        self.store[(service, user)] = value


class FakeRunner:
    def __init__(self, returncode: int = 0, stdout: bytes = b"", exc: Exception | None = None):
        self.returncode, self.stdout, self.exc = returncode, stdout, exc
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, command: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append((command, kwargs))
        if self.exc is not None:
            raise self.exc
        return subprocess.CompletedProcess(command, self.returncode, self.stdout, b"stderr " * 3)


def test_secret_never_shows_its_value() -> None:
    secret = Secret(SECRET, source="keyring")
    assert secret.reveal() == SECRET
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!s:>20}", repr([secret])):
        assert SECRET not in text
    assert secret == Secret(SECRET)
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(secret)


def test_password_command_comes_first_and_newline_is_stripped() -> None:
    runner = FakeRunner(stdout=SECRET.encode() + b"\n")
    keyring = FakeKeyring(store={("followup", "alex@example.com"): "from-keyring"})
    secret = get_secret(
        server(password_command="pass show mail"), runner=runner, keyring_module=keyring
    )
    assert secret.reveal() == SECRET
    assert secret.source == "password_command"
    assert keyring.reads == []
    command, kwargs = runner.calls[0]
    assert command == "pass show mail"
    assert kwargs["shell"] is True
    assert kwargs["timeout"] == 20


def test_only_the_first_line_of_the_command_output_is_used() -> None:
    runner = FakeRunner(stdout=b"first line pw\r\nurl: https://mail\nuser: alex\n")
    assert get_secret(server(password_command="x"), runner=runner).reveal() == "first line pw"


@pytest.mark.parametrize(
    ("runner", "expected"),
    [
        (FakeRunner(returncode=3, stdout=SECRET.encode()), "failed with exit code 3"),
        (FakeRunner(stdout=b"\n"), "printed nothing"),
        (FakeRunner(exc=subprocess.TimeoutExpired("x", 20, output=SECRET.encode())), "within 20 s"),
        (FakeRunner(exc=FileNotFoundError(2, "No such file", SECRET)), "could not run"),
    ],
)
def test_password_command_failures_name_the_command_never_the_output(
    runner: FakeRunner, expected: str
) -> None:
    with pytest.raises(SecretError) as caught:
        get_secret(server(password_command="pass show mail/x"), runner=runner)
    message = str(caught.value)
    assert expected in message
    assert "`pass show mail/x`" in message
    assert SECRET not in message
    assert "stderr" not in message
    # No chained exception carries the output into a --debug traceback either.
    error = caught.value
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__


def test_real_shell_command_success_failure_and_timeout(tmp_path: Path) -> None:
    assert run_command("printf 'pw one\\n'", what="password_command") == "pw one"
    with pytest.raises(SecretError, match="exit code 7"):
        run_command(f"echo {SECRET}; echo {SECRET} >&2; exit 7", what="password_command")
    with pytest.raises(SecretError, match="within 0.3 s"):
        run_command("sleep 5", what="password_command", timeout=0.3)


def test_keyring_is_used_when_there_is_no_command() -> None:
    keyring = FakeKeyring(store={("followup", "alex@example.com"): SECRET})
    secret = get_secret(server(), keyring_module=keyring, environ={})
    assert secret.reveal() == SECRET
    assert secret.source == "keyring"
    assert keyring.reads == [("followup", "alex@example.com")]


def test_environment_variable_is_the_last_resort() -> None:
    keyring = FakeKeyring()
    env = {"FOLLOWUP_PASSWORD_PERSONAL": SECRET}
    secret = get_secret(server(), keyring_module=keyring, environ=env)
    assert secret.reveal() == SECRET
    assert secret.source == "environment FOLLOWUP_PASSWORD_PERSONAL"
    assert keyring.reads  # the keyring was asked first
    assert env_var_name("my-work.acct") == "FOLLOWUP_PASSWORD_MY_WORK_ACCT"


def test_nothing_found_is_a_clear_error() -> None:
    with pytest.raises(SecretError) as caught:
        get_secret(server(), keyring_module=FakeKeyring(), environ={})
    message = str(caught.value)
    assert "no password for alex@example.com on imap.example.com" in message
    assert "followup init" in message
    assert "password_command" in message


@pytest.mark.parametrize(
    "module",
    ["keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file", "keyrings.cryptfile"],
)
def test_unsafe_backends_are_never_read_and_the_fix_is_named(module: str) -> None:
    keyring = FakeKeyring(
        backend=_backend_in(module), store={("followup", "alex@example.com"): SECRET}
    )
    assert not check_backend(keyring).ok
    with pytest.raises(SecretError) as caught:
        get_secret(server(), keyring_module=keyring, environ={})
    message = str(caught.value)
    assert keyring.reads == []
    assert "gnome-keyring" in message
    assert "password_command" in message
    assert module in message
    # ... but the environment variable still works.
    env = {"FOLLOWUP_PASSWORD_PERSONAL": "from-env"}
    assert get_secret(server(), keyring_module=keyring, environ=env).reveal() == "from-env"


def test_real_keyring_module_backends_are_classified() -> None:
    import keyring.backends.fail
    import keyring.backends.null

    for backend in (keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()):
        assert not check_backend(SimpleNamespace(get_keyring=lambda b=backend: b)).ok
    assert check_backend(SimpleNamespace(get_keyring=lambda: MemoryBackend())).ok


def test_a_chain_with_a_plaintext_backend_is_refused() -> None:
    chained = [MemoryBackend(), _backend_in("keyrings.alt.file", "PlaintextKeyring")]
    chainer = type("ChainerBackend", (), {"__module__": "keyring.backends.chainer"})
    chainer.backends = chained
    result = check_backend(SimpleNamespace(get_keyring=lambda: chainer()))
    assert not result.ok
    assert "PlaintextKeyring" in result.reason
    chainer.backends = [MemoryBackend()]
    assert check_backend(SimpleNamespace(get_keyring=lambda: chainer())).ok


def test_a_locked_keyring_falls_through_to_the_error() -> None:
    keyring = FakeKeyring()

    def locked(service: str, user: str) -> str:
        raise RuntimeError(f"locked, and here is {SECRET}")

    keyring.get_password = locked  # type: ignore[method-assign]
    with pytest.raises(SecretError) as caught:
        get_secret(server(), keyring_module=keyring, environ={})
    assert "could not be read (RuntimeError)" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_oauth2_uses_the_token_command_only() -> None:
    runner = FakeRunner(stdout=b"ya29.token-abc\n")
    keyring = FakeKeyring(store={("followup", "alex@example.com"): SECRET})
    secret = get_secret(
        server(auth="oauth2", token_command="oama access alex@example.com"),
        runner=runner,
        keyring_module=keyring,
    )
    assert (secret.reveal(), secret.kind, secret.source) == (
        "ya29.token-abc",
        "oauth2",
        "token_command",
    )
    assert keyring.reads == []
    failing = FakeRunner(returncode=1)
    with pytest.raises(SecretError, match="token_command `oama access alex@example.com` failed"):
        get_secret(
            server(auth="oauth2", token_command="oama access alex@example.com"), runner=failing
        )


def test_store_secret_refuses_unsafe_backends_and_stores_in_real_ones() -> None:
    unsafe = FakeKeyring(backend=_backend_in("keyring.backends.fail"))
    with pytest.raises(SecretError) as caught:
        store_secret("alex@example.com", SECRET, keyring_module=unsafe)
    assert "--password-command" in str(caught.value)
    assert unsafe.store == {}
    safe = FakeKeyring()
    store_secret("alex@example.com", Secret(SECRET), keyring_module=safe)
    assert safe.store == {("followup", "alex@example.com"): SECRET}


def test_the_real_keyring_module_round_trip_with_a_test_backend() -> None:
    """The real ``keyring`` module with an in-memory backend set for this test."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        store_secret("alex@example.com", SECRET)
        assert get_secret(server(), environ={}).reveal() == SECRET
    finally:
        keyring.set_keyring(previous)


def test_no_secret_reaches_the_process_listing_or_logs(capfd: pytest.CaptureFixture[str]) -> None:
    """The command's stderr is captured, not passed through to the user's terminal."""
    command = f"{sys.executable} -c \"import sys; sys.stderr.write('{SECRET}'); sys.exit(2)\""
    with pytest.raises(SecretError):
        run_command(command, what="password_command")
    out, err = capfd.readouterr()
    assert SECRET not in out + err


def test_a_timeout_kills_the_commands_children_too(tmp_path: Path) -> None:
    """A hung helper (say, gpg waiting for a pinentry) must not outlive the timeout."""
    import time

    pidfile = tmp_path / "child.pid"
    started = time.monotonic()
    with pytest.raises(SecretError, match="within 0.5 s"):
        run_command(f"sleep 30 & echo $! > {pidfile}; wait", what="password_command", timeout=0.5)
    assert time.monotonic() - started < 5
    pid = int(pidfile.read_text().strip())
    deadline = time.monotonic() + 3
    state = "?"
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except FileNotFoundError:
            state = "gone"
        if state in ("gone", "Z", "X"):
            break
        time.sleep(0.05)
    assert state in ("gone", "Z", "X")
