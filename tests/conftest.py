"""Shared fixtures: an isolated home and keyring for every test, and real mail servers.

The fixtures are documented in ``tests/servers/__init__.py``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.core
import pytest

from tests.servers import (
    BackendChoice,
    DovecotServer,
    ImapAccount,
    MemoryKeyring,
    PymapServer,
    SmtpServer,
    TestCert,
    choose_backend,
    make_cert,
    new_account,
    short_tempdir,
    start_server,
)
from tests.servers.smtp import SmtpMode

_choice_key = pytest.StashKey[BackendChoice | str]()


def _backend_choice(config: pytest.Config) -> BackendChoice | str:
    """The IMAP server choice, made once per run (a str is the reason it cannot run)."""
    if _choice_key not in config.stash:
        try:
            config.stash[_choice_key] = choose_backend()
        except RuntimeError as exc:
            config.stash[_choice_key] = str(exc)
    return config.stash[_choice_key]


def pytest_configure(config: pytest.Config) -> None:
    # aiosmtpd warns about AUTH without STARTTLS even on an implicit-TLS listener.
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )


def pytest_report_header(config: pytest.Config) -> str:
    choice = _backend_choice(config)
    if isinstance(choice, str):
        return f"IMAP test server: UNAVAILABLE ({choice})"
    return choice.header()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under scripts/check (FOLLOWUP_TEST_FORBID_SKIPS=1) a skipped test fails the run."""
    if os.environ.get("FOLLOWUP_TEST_FORBID_SKIPS") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter is not None else 0
    if skipped and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    skipped = len(terminalreporter.stats.get("skipped", []))
    if skipped and os.environ.get("FOLLOWUP_TEST_FORBID_SKIPS") == "1":
        terminalreporter.write_line(
            f"{skipped} test(s) skipped: the run fails, this suite must run every test", red=True
        )


# -- isolation (autouse) ------------------------------------------------------------------


@dataclass(frozen=True)
class IsolatedEnv:
    root: Path
    home: Path
    followup_home: Path
    config_home: Path
    data_home: Path


@pytest.fixture(autouse=True)
def isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> IsolatedEnv:
    """No test sees the real home, config or FOLLOWUP_* settings of whoever runs the suite."""
    root = tmp_path_factory.mktemp("env")
    env = IsolatedEnv(
        root=root,
        home=root / "home",
        followup_home=root / "followup-home",
        config_home=root / "home" / ".config",
        data_home=root / "home" / ".local" / "share",
    )
    env.home.mkdir()
    for name in list(os.environ):
        if name.startswith("FOLLOWUP_") and not name.startswith("FOLLOWUP_TEST_"):
            monkeypatch.delenv(name)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("HOME", str(env.home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(env.config_home))
    monkeypatch.setenv("XDG_DATA_HOME", str(env.data_home))
    monkeypatch.setenv("XDG_STATE_HOME", str(env.home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(env.home / ".cache"))
    monkeypatch.setenv("FOLLOWUP_HOME", str(env.followup_home))
    return env


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for the test; the previous backend (even 'not chosen yet') returns."""
    previous = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous


# -- servers ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def test_cert() -> Iterator[TestCert]:
    directory = short_tempdir("ct")
    try:
        yield make_cert(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def imap_server(
    request: pytest.FixtureRequest, test_cert: TestCert
) -> Iterator[DovecotServer | PymapServer]:
    choice = _backend_choice(request.config)
    if isinstance(choice, str):
        pytest.fail(f"no IMAP test server: {choice}", pytrace=False)
    server = start_server(choice, test_cert)
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def dovecot(imap_server: DovecotServer | PymapServer) -> DovecotServer | PymapServer:
    """The session's IMAP server (pymap when Dovecot is unavailable; see the pytest header)."""
    return imap_server


@pytest.fixture
def imap_account(imap_server: DovecotServer | PymapServer, test_cert: TestCert) -> ImapAccount:
    """A fresh user and mailbox for this test only."""
    return new_account(imap_server, test_cert)


@pytest.fixture(scope="session")
def plain_imap_server(
    request: pytest.FixtureRequest, test_cert: TestCert
) -> Iterator[DovecotServer | PymapServer]:
    """Dovecot with SPECIAL-USE, CONDSTORE and MOVE switched off, as on Courier and many
    hosted servers (the session's pymap where Dovecot is unavailable)."""
    choice = _backend_choice(request.config)
    if isinstance(choice, str):
        pytest.fail(f"no IMAP test server: {choice}", pytrace=False)
    if choice.name == "dovecot":
        server: DovecotServer | PymapServer = DovecotServer(test_cert, extensions=False).start()
    else:
        server = start_server(choice, test_cert)
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def plain_imap_account(
    plain_imap_server: DovecotServer | PymapServer, test_cert: TestCert
) -> ImapAccount:
    """A fresh user on the server without the extensions."""
    return new_account(plain_imap_server, test_cert)


@pytest.fixture
def make_smtp_server(test_cert: TestCert) -> Iterator[Callable[..., SmtpServer]]:
    """``make_smtp_server(mode="starttls" | "tls", user=..., password=...)``, stopped after."""
    started: list[SmtpServer] = []

    def make(mode: SmtpMode = "starttls", **kwargs: str) -> SmtpServer:
        server = SmtpServer(test_cert, mode=mode, **kwargs).start()
        started.append(server)
        return server

    try:
        yield make
    finally:
        for server in started:
            server.stop()


@pytest.fixture
def smtp_server(make_smtp_server: Callable[..., SmtpServer]) -> SmtpServer:
    """STARTTLS (587 style), AUTH required."""
    return make_smtp_server("starttls")


@pytest.fixture
def smtp_server_tls(make_smtp_server: Callable[..., SmtpServer]) -> SmtpServer:
    """Implicit TLS (465 style), AUTH required."""
    return make_smtp_server("tls")
