"""`followup doctor` against the real test servers (Dovecot and aiosmtpd)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main
from tests.servers import ImapAccount, SmtpServer, free_port

REPO = Path(__file__).resolve().parent.parent

SERVER_CHECKS = [
    "imap secret",
    "imap connect",
    "imap tls",
    "imap login",
    "imap capabilities",
    "imap folders",
    "smtp secret",
    "smtp connect",
    "smtp tls",
    "smtp ehlo",
    "smtp login",
]


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


def write_config(
    path: Path,
    imap: dict[str, Any],
    smtp: dict[str, Any] | None,
    account: str = "personal",
) -> Path:
    lines = [f"[accounts.{account}]", 'email = "alex@example.test"', ""]
    for kind, keys in (("imap", imap), ("smtp", smtp)):
        if keys is None:
            continue
        lines.append(f"[accounts.{account}.{kind}]")
        lines += [
            f"{key} = {toml_value(value)}" for key, value in keys.items() if value is not None
        ]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def doctor_json(
    config: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, dict[str, Any], str]:
    code, out, err = run(["--config", str(config), "doctor", "--json", *extra], capsys)
    return code, json.loads(out), out + err


def by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in report["checks"]}


@pytest.fixture
def good_config(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer) -> Path:
    return write_config(
        tmp_path / "config.toml", imap_account.config_keys("tls"), smtp_server.config_keys()
    )


def test_everything_passes_against_the_real_servers(
    good_config: Path, capsys: pytest.CaptureFixture[str], imap_account: ImapAccount
) -> None:
    code, report, _ = doctor_json(good_config, capsys)
    assert code == 0
    assert report["ok"] is True
    assert [c["name"] for c in report["checks"]] == ["config", *SERVER_CHECKS]
    assert all(set(c) == {"name", "ok", "detail", "hint"} for c in report["checks"])
    checks = by_name(report)
    assert checks["imap login"]["detail"] == f"logged in as {imap_account.user}"
    assert "certificate verified" in checks["imap tls"]["detail"]
    assert "IDLE yes" in checks["imap capabilities"]["detail"]
    assert "SPECIAL-USE yes" in checks["imap capabilities"]["detail"]
    folders = checks["imap folders"]["detail"]
    assert folders.startswith("scans INBOX")
    assert "Sent = Sent" in folders and "Drafts = Drafts" in folders and "Junk = Junk" in folders
    assert "PLAIN" in checks["smtp ehlo"]["detail"]
    assert "STARTTLS" in checks["smtp tls"]["detail"]
    assert "password_command" in checks["imap secret"]["detail"]


def test_text_output_has_a_pass_line_per_check(
    good_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--config", str(good_config), "doctor"], capsys)
    assert code == 0, out + err
    lines = out.splitlines()
    assert lines[-1] == "All checks passed."
    assert sum(line.startswith("PASS  ") for line in lines) == 1 + len(SERVER_CHECKS)
    assert not any(line.startswith("FAIL") for line in lines)


def test_starttls_imap_implicit_tls_smtp_and_the_keyring(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server_tls: SmtpServer,
    memory_keyring: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imap = imap_account.config_keys("starttls")
    imap.pop("password_command")
    memory_keyring.set_password("followup", imap_account.user, imap_account.password)
    config = write_config(tmp_path / "c.toml", imap, smtp_server_tls.config_keys())
    code, report, _ = doctor_json(config, capsys)
    assert code == 0, report
    checks = by_name(report)
    assert checks["imap secret"]["detail"].endswith("from keyring")
    assert "STARTTLS" in checks["imap tls"]["detail"]
    assert "implicit TLS" in checks["smtp tls"]["detail"]


def test_wrong_password_fails_with_the_auth_line_and_no_secret(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = "Wr0ng-pass-XYZ"
    imap = {**imap_account.config_keys("tls"), "password_command": f"echo {wrong}"}
    smtp = {**smtp_server.config_keys(), "password_command": f"echo {wrong}"}
    config = write_config(tmp_path / "c.toml", imap, smtp)
    code, out, err = run(["--config", str(config), "doctor"], capsys)
    assert code == 1
    assert f"FAIL  imap login: 127.0.0.1 refused the login for {imap_account.user}" in out
    assert f"FAIL  smtp login: 127.0.0.1 refused the login for {smtp_server.user}" in out
    assert "wrong password?" in out
    assert wrong not in out + err
    assert "Traceback" not in out + err
    assert "PASS  imap tls" in out  # what worked is still reported


def test_untrusted_certificate_fails_with_a_ca_file_hint(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imap = {**imap_account.config_keys("tls"), "ca_file": None}
    smtp = {**smtp_server.config_keys(), "ca_file": None}
    config = write_config(tmp_path / "c.toml", imap, smtp)
    code, report, text = doctor_json(config, capsys)
    assert code == 1
    checks = by_name(report)
    for name in ("imap tls", "smtp tls"):
        assert checks[name]["ok"] is False
        assert checks[name]["detail"].startswith("certificate of 127.0.0.1 not trusted")
        assert "set ca_file" in checks[name]["hint"]
    assert checks["imap connect"]["ok"] is True
    assert "imap login" not in checks  # skipped: nothing to log in to
    assert imap_account.password not in text


def test_unreachable_ports_fail_with_connect_errors(
    tmp_path: Path, imap_account: ImapAccount, capsys: pytest.CaptureFixture[str]
) -> None:
    imap_port, smtp_port = free_port(), free_port()
    imap = {**imap_account.config_keys("tls"), "port": imap_port}
    smtp = {
        "host": "127.0.0.1",
        "port": smtp_port,
        "tls": "starttls",
        "password_command": "echo x",
    }
    config = write_config(tmp_path / "c.toml", imap, smtp)
    code, report, _ = doctor_json(config, capsys)
    assert code == 1
    checks = by_name(report)
    assert checks["imap connect"]["detail"] == (
        f"cannot reach 127.0.0.1:{imap_port}: Connection refused"
    )
    assert "port" in checks["imap connect"]["hint"]
    assert checks["smtp connect"]["detail"].startswith(f"cannot reach 127.0.0.1:{smtp_port}")
    assert checks["imap secret"]["ok"] is True  # independent of the connection


def test_failing_and_hanging_password_commands_leak_nothing(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    leaked = "leaky-Secret-0042"
    script = tmp_path / "pw.sh"  # the secret is in the output, not in the command's text
    script.write_text(f'echo {leaked}; echo {leaked} >&2; exit "$1"\n', encoding="utf-8")
    failing = f"sh {script} 3"
    hanging = f"sh {script} 0; sleep 30"
    imap = {**imap_account.config_keys("tls"), "password_command": failing}
    smtp = {**smtp_server.config_keys(), "password_command": hanging}
    config = write_config(tmp_path / "c.toml", imap, smtp)
    code, out, err = run(["--config", str(config), "doctor", "--timeout", "1"], capsys)
    assert code == 1
    assert leaked not in out + err
    imap_line = next(line for line in out.splitlines() if line.startswith("FAIL  imap secret"))
    assert "failed with exit code 3" in imap_line
    smtp_line = next(line for line in out.splitlines() if line.startswith("FAIL  smtp secret"))
    assert "did not finish within 1 s" in smtp_line
    assert "Traceback" not in out + err


def test_a_configured_folder_that_does_not_exist(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    imap = {**imap_account.config_keys("tls"), "folders": ["INBOX", "Jobs"]}
    config = write_config(tmp_path / "c.toml", imap, smtp_server.config_keys())
    code, report, _ = doctor_json(config, capsys)
    assert code == 1
    folders = by_name(report)["imap folders"]
    assert folders["detail"] == "folder not on the server: Jobs"
    assert "Sent" in folders["hint"]


def test_account_without_smtp_and_unknown_account(
    tmp_path: Path, imap_account: ImapAccount, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "c.toml", imap_account.config_keys("tls"), None)
    code, report, _ = doctor_json(config, capsys)
    assert code == 1
    checks = by_name(report)
    assert checks["imap login"]["ok"] is True
    assert checks["smtp"]["ok"] is False
    code, report, _ = doctor_json(config, capsys, "--account", "work")
    assert code == 1
    assert report["checks"][-1]["name"] == "account"
    assert "no account named 'work'" in report["checks"][-1]["detail"]


def test_bad_and_missing_config_fail_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[accounts.x]\nemail = "a@b.c"\nbogus = 1\n', encoding="utf-8")
    code, report, text = doctor_json(bad, capsys)
    assert code == 1
    assert report == {
        "ok": False,
        "checks": [
            {
                "name": "config",
                "ok": False,
                "detail": f"{bad}: unknown key accounts.x.bogus; and 1 more problem",
                "hint": None,
            }
        ],
    }
    code, out, err = run(["--config", str(tmp_path / "none.toml"), "doctor"], capsys)
    assert code == 1
    assert "FAIL  config: no config file at" in out
    assert "followup init" in out
    assert "Traceback" not in out + err


def test_the_example_config_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--config", str(REPO / "config.example.toml"), "doctor"], capsys)
    assert code == 1
    assert "PASS  config" in out
    assert "FAIL  imap host: imap.example.com is a placeholder" in out
    assert "Traceback" not in out + err
    assert err == ""


def test_a_missing_drafts_folder_says_what_it_costs_and_how_to_create_it() -> None:
    from assistant.app.doctor import folders_check

    listing = [((b"\\HasNoChildren",), b"/", "INBOX"), ((b"\\Sent",), b"/", "Sent")]
    check = folders_check(listing, ["INBOX"], "personal")
    assert check.ok and check.detail == "scans INBOX; Sent = Sent"
    assert check.hint is not None
    assert "drafts cannot reach your mail client until there is one" in check.hint
    assert "`followup send` work without it" in check.hint
    assert "`followup drafts push` creates it" in check.hint
    assert "create a folder named Drafts" in check.hint
    assert "Sent" not in check.hint.split("Drafts", 1)[0]  # Sent is there: not blamed

    no_sent = folders_check([((), b"/", "INBOX"), ((), b"/", "Drafts")], ["INBOX"], "personal")
    assert no_sent.hint is not None and "matching them uses Sent" in no_sent.hint
    assert "Drafts folder" not in no_sent.hint

    both = folders_check([((b"\\Drafts",), b".", "Entwürfe"), ((), b".", "Sent")], ["INBOX"], "p")
    assert both.hint is None and "Drafts = Entwürfe" in both.detail
