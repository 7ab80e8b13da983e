"""SMTP ``auth = "none"``: a local mail server on loopback (Postfix, say), and only there."""

from __future__ import annotations

import json

import pytest
from aiosmtpd.controller import Controller

from assistant.adapters import paths
from assistant.adapters.config import load_settings
from assistant.adapters.store import Store
from assistant.errors import ConfigError
from tests.servers import free_port
from tests.servers.smtp import _Recorder
from tests.test_fail_fast import followup
from tests.test_outbox import RECIPIENT, add_draft, toml_value


@pytest.fixture
def local_mta():
    """aiosmtpd on 127.0.0.1 with no TLS and no AUTH, as a local Postfix would be."""
    recorder = _Recorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, recorder
    finally:
        controller.stop()


def config_with(tmp_path, imap_account, host: str, port: int):
    imap = imap_account.config_keys("tls")
    lines = [
        "[accounts.personal]",
        'email = "sam@example.test"',
        "",
        "[accounts.personal.imap]",
        *(f"{k} = {toml_value(v)}" for k, v in imap.items()),
        "",
        "[accounts.personal.smtp]",
        f'host = "{host}"',
        f"port = {port}",
        'tls = "none"' if host == "127.0.0.1" else 'tls = "starttls"',
        'auth = "none"',
        "min_spacing_seconds = 0",
        'save_sent = "never"',
    ]
    path = tmp_path / "config.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_send_through_a_local_mta_without_a_login(tmp_path, imap_account, local_mta, isolated_env):
    port, recorder = local_mta
    config = config_with(tmp_path, imap_account, "127.0.0.1", port)
    store = Store.open(paths.database_path(isolated_env.followup_home))
    draft_id = add_draft(store)
    store.close()
    code, out, err, _ = followup(config, "send")
    assert code == 0, err
    assert f"Sent draft {draft_id}" in out
    [message] = recorder.messages
    assert message.rcpt_tos == (RECIPIENT,) and message.login is None

    code, out, err, _ = followup(config, "doctor", "--json")
    checks = {c["name"]: c for c in json.loads(out)["checks"]}
    assert checks["smtp secret"]["ok"] and "no login" in checks["smtp secret"]["detail"]
    assert checks["smtp login"]["ok"] and checks["smtp ehlo"]["detail"].startswith("no AUTH")


@pytest.mark.parametrize("host", ["smtp.example.net", "10.0.0.5", "127.0.0.1.nip.io"])
def test_auth_none_is_refused_anywhere_but_loopback(tmp_path, imap_account, host):
    config = config_with(tmp_path, imap_account, host, 587)
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    message = str(caught.value)
    assert "accounts.personal.smtp" in message and 'auth = "none"' in message


def test_auth_none_is_refused_for_imap(tmp_path, imap_account):
    config = config_with(tmp_path, imap_account, "127.0.0.1", 25)
    text = config.read_text().replace(
        "[accounts.personal.smtp]", 'auth = "none"\n\n[accounts.personal.smtp]', 1
    )
    config.write_text(text)
    with pytest.raises(ConfigError, match="only for SMTP"):
        load_settings(config)
