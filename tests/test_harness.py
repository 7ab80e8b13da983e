"""The test harness itself: real IMAP/SMTP servers, TLS with the test CA, isolation fixtures."""

from __future__ import annotations

import os
import shutil
import smtplib
import socket
import ssl
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.servers import ImapAccount, SmtpServer, TestCert

SPECIAL = {"Sent": b"\\Sent", "Drafts": b"\\Drafts", "Junk": b"\\Junk", "Trash": b"\\Trash"}


def mail(n: int, subject: str = "Harness check") -> bytes:
    return (
        f"From: Harness Sender <sender{n}@example.test>\r\n"
        f"To: someone@example.test\r\n"
        f"Subject: {subject} {n}\r\n"
        f"Message-ID: <harness-{n}@example.test>\r\n"
        f"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
        "\r\n"
        f"Plain body number {n}.\r\n"
    ).encode()


# -- IMAP ---------------------------------------------------------------------------------


def test_login_with_implicit_tls_and_the_test_ca(imap_account: ImapAccount):
    with IMAPClient(
        imap_account.host,
        imap_account.port_tls,
        ssl=True,
        ssl_context=ssl.create_default_context(cafile=str(imap_account.ca_file)),
        timeout=10,
    ) as client:
        client.login(imap_account.user, imap_account.password)
        assert client._imap.sock.version() in ("TLSv1.2", "TLSv1.3")
        assert client.select_folder("INBOX")[b"EXISTS"] == 0


def test_login_with_starttls_and_the_test_ca(imap_account: ImapAccount):
    with IMAPClient(imap_account.host, imap_account.port_plain, ssl=False, timeout=10) as client:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(imap_account.ssl_context())
        client.login(imap_account.user, imap_account.password)
        assert client._imap.sock.version() in ("TLSv1.2", "TLSv1.3")
        assert b"IDLE" in client.capabilities()


@pytest.mark.parametrize("tls", ["tls", "starttls"])
def test_wrong_password_is_refused(imap_account: ImapAccount, tls: str):
    client = IMAPClient(
        imap_account.host,
        imap_account.port_tls if tls == "tls" else imap_account.port_plain,
        ssl=tls == "tls",
        ssl_context=imap_account.ssl_context(),
        timeout=10,
    )
    if tls == "starttls":
        client.starttls(imap_account.ssl_context())
    with pytest.raises(LoginError):
        client.login(imap_account.user, imap_account.password + "-wrong")
    client.shutdown()


def test_untrusted_certificate_fails_verification(imap_account: ImapAccount):
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(
            imap_account.host,
            imap_account.port_tls,
            ssl=True,
            ssl_context=ssl.create_default_context(),  # system CAs only, not the test CA
            timeout=10,
        )
    client = IMAPClient(imap_account.host, imap_account.port_plain, ssl=False, timeout=10)
    with pytest.raises(ssl.SSLCertVerificationError):
        client.starttls(ssl.create_default_context())


def test_certificate_names_localhost_and_loopback_ip(test_cert: TestCert, imap_account):
    ctx = test_cert.client_context()
    for name in ("localhost", "127.0.0.1"):
        with IMAPClient(name, imap_account.port_tls, ssl=True, ssl_context=ctx, timeout=10) as c:
            assert c._imap.sock.getpeercert()["subject"] == ((("commonName", "localhost"),),)


def test_special_use_folders_are_listed_with_their_flags(imap_account: ImapAccount):
    with imap_account.client() as client:
        listed = {name: set(flags) for flags, _sep, name in client.list_folders()}
        subscribed = {name for _flags, _sep, name in client.list_sub_folders()}
    for name, flag in SPECIAL.items():
        assert flag in listed[name], (name, listed)
        assert name in subscribed
    assert "INBOX" in listed


def test_each_test_gets_a_fresh_account(imap_server, test_cert):
    from tests.servers import new_account

    first, second = new_account(imap_server, test_cert), new_account(imap_server, test_cert)
    first.deliver(mail(1))
    assert first.user != second.user
    assert len(first.uids()) == 1
    assert second.uids() == []


def test_1000_delivered_messages_are_all_searchable(imap_account: ImapAccount):
    for n in range(1000):
        imap_account.deliver(mail(n), flags="S" if n % 2 else "")
    with imap_account.client() as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        assert len(uids) == 1000
        assert len(client.search("UNSEEN")) == 500
        # UIDs follow delivery order: the first UID holds message 0, the last message 999.
        headers = client.fetch([min(uids), max(uids)], ["BODY.PEEK[HEADER.FIELDS (SUBJECT)]"])
        subjects = [headers[u][b"BODY[HEADER.FIELDS (SUBJECT)]"].strip() for u in sorted(headers)]
        assert subjects == [b"Subject: Harness check 0", b"Subject: Harness check 999"]


def test_deliver_sets_flags_internaldate_and_creates_folders(imap_account: ImapAccount):
    when = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    imap_account.deliver(mail(1), flags=["\\Seen", "\\Flagged"], internaldate=when)
    imap_account.deliver(mail(2), folder="Sent", flags="S")
    nested = f"Jobs{imap_account.separator}Acme"
    imap_account.deliver(mail(3), folder=nested)
    with imap_account.client() as client:
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch(client.search("ALL"), ["FLAGS", "INTERNALDATE"])
        (data,) = fetched.values()
        assert {b"\\Seen", b"\\Flagged"} <= set(data[b"FLAGS"])
        internal = data[b"INTERNALDATE"]
        assert (
            internal.replace(tzinfo=None) == when.astimezone(internal.tzinfo).replace(tzinfo=None)
            or abs(internal.timestamp() - when.timestamp()) < 1
        )
        assert client.folder_exists(nested)
    assert imap_account.flags_snapshot("Sent") == {
        min(imap_account.uids("Sent")): frozenset({"\\Seen"})
    }
    assert len(imap_account.uids(nested)) == 1


def test_deliver_to_a_non_ascii_folder(imap_account: ImapAccount):
    name = f"Bewerbungen{imap_account.separator}Café Zürich"
    imap_account.deliver(mail(1), folder=name)
    with imap_account.client() as client:
        assert name in {n for _flags, _sep, n in client.list_folders()}
        assert client.select_folder(name, readonly=True)[b"EXISTS"] == 1


def test_deliver_refuses_keywords_and_text(imap_account: ImapAccount):
    with pytest.raises(ValueError, match="append"):
        imap_account.deliver(mail(1), flags=["$Label1"])
    with pytest.raises(TypeError):
        imap_account.deliver("not bytes")  # type: ignore[arg-type]


def test_new_delivery_shows_up_at_the_next_noop(imap_account: ImapAccount):
    imap_account.deliver(mail(1))
    with imap_account.client() as client:
        client.select_folder("INBOX")
        assert len(client.search("ALL")) == 1
        imap_account.deliver(mail(2))
        client.noop()
        assert len(client.search("ALL")) == 2


def test_append_goes_through_the_server_and_reports_the_uid(imap_account: ImapAccount):
    uid = imap_account.append(mail(7), folder="Drafts", flags=("\\Draft",))
    snapshot = imap_account.flags_snapshot("Drafts")
    assert uid in snapshot
    assert "\\Draft" in snapshot[uid]


def test_flags_snapshot_sees_a_flag_change(imap_account: ImapAccount):
    imap_account.deliver(mail(1))
    imap_account.deliver(mail(2), flags="S")
    before = imap_account.flags_snapshot()
    assert sorted(before.values(), key=len) == [frozenset(), frozenset({"\\Seen"})]
    assert imap_account.flags_snapshot() == before  # reading changes nothing
    with imap_account.client() as client:
        client.select_folder("INBOX")
        client.add_flags(min(before), ["\\Seen"])
    assert imap_account.flags_snapshot() != before


def test_maildir_files_belong_to_the_mail_user(imap_account: ImapAccount):
    if imap_account.backend == "pymap":
        assert imap_account.maildir is None
        return
    assert imap_account.maildir is not None
    imap_account.deliver(mail(1))
    (path,) = (imap_account.maildir / "cur").iterdir()
    owner = path.stat().st_uid
    if os.geteuid() == 0:
        import pwd

        assert owner == pwd.getpwnam("nobody").pw_uid
    else:
        assert owner == os.getuid()
    assert ",S=" in path.name and ",W=" in path.name and path.name.endswith(":2,")


def test_forced_pymap_fallback_serves_the_same_account_api(test_cert: TestCert):
    """FOLLOWUP_TEST_IMAP=pymap in a child pytest: the fallback works and says so."""
    env = dict(os.environ, FOLLOWUP_TEST_IMAP="pymap")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "tests/test_harness.py",
            "-k",
            "(login or refused or special_use or searchable or noop or append or flags_snapshot)"
            " and not forced_pymap",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "IMAP test server: pymap FALLBACK" in result.stdout, result.stdout[-2000:]
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout


# -- choosing the server -------------------------------------------------------------------


def test_backend_choice_follows_the_environment(monkeypatch: pytest.MonkeyPatch):
    from tests.servers import imap as imap_module

    monkeypatch.setattr(imap_module, "find_dovecot", lambda: None)
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP", "auto")
    choice = imap_module.choose_backend()
    assert choice.name == "pymap"
    assert "pymap FALLBACK" in choice.header() and "not installed" in choice.reason
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP", "dovecot")
    with pytest.raises(RuntimeError, match="apt-get install dovecot-imapd"):
        imap_module.choose_backend()
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP", "courier")
    with pytest.raises(RuntimeError, match="auto, dovecot or pymap"):
        imap_module.choose_backend()
    monkeypatch.setattr(imap_module, "find_dovecot", lambda: "/usr/sbin/dovecot")
    monkeypatch.setattr(imap_module, "dovecot_version", lambda binary: "2.3.test")
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP", "")
    assert imap_module.choose_backend().header().startswith("IMAP test server: Dovecot (2.3.test")
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP", "pymap")
    assert imap_module.choose_backend().name == "pymap"


def test_maildir_names_follow_dovecot_conventions(tmp_path: Path):
    from tests.servers.maildir import MaildirWriter, folder_dir, maildir_letters

    assert maildir_letters("SF") == "FS"
    assert maildir_letters(["\\Seen", "\\answered", "\\Draft"]) == "DRS"
    with pytest.raises(ValueError):
        maildir_letters("X")
    assert folder_dir(tmp_path, "inbox") == tmp_path
    assert folder_dir(tmp_path, "Jobs.Acme") == tmp_path / ".Jobs.Acme"
    assert folder_dir(tmp_path, "Café") == tmp_path / ".Caf&AOk-"
    writer = MaildirWriter(tmp_path / "Maildir")
    first = writer.deliver(b"Subject: a\n\nx\n", flags="S", internaldate=1_700_000_000)
    second = writer.deliver(b"Subject: b\r\n\r\ny\r\n")
    assert first.name < second.name  # file-name order is delivery order
    assert first.name.endswith(",S=14,W=17:2,S")  # 3 bare LFs become CRLF on the wire
    assert first.stat().st_mtime == 1_700_000_000
    assert {p.name for p in (tmp_path / "Maildir").iterdir()} == {"cur", "new", "tmp"}


# -- no server outlives the tests --------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def _port_closes(port: int, within: float = 8.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                pass
        except OSError:
            return True
        time.sleep(0.05)
    return False


def test_server_dies_with_a_killed_test_process(tmp_path: Path):
    """SIGKILL leaves no finalizer to run: Dovecot must go anyway (PR_SET_PDEATHSIG)."""
    script = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.servers import choose_backend, make_cert, start_server, short_tempdir\n"
        "cert_dir = short_tempdir('ct')\n"
        "server = start_server(choose_backend(), make_cert(cert_dir))\n"
        "print(server.port_plain, server.port_tls, getattr(server, 'root', ''), cert_dir,"
        " flush=True)\n"
        "time.sleep(120)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    try:
        assert child.stdout is not None
        port_plain, port_tls, *dirs = child.stdout.readline().split()
        with socket.create_connection(("127.0.0.1", int(port_plain)), timeout=5):
            pass  # it was up
    finally:
        child.kill()
        child.wait()
    try:
        assert _port_closes(int(port_plain)) and _port_closes(int(port_tls))
    finally:
        for leftover in dirs:  # nobody ran the cleanup; do it here
            shutil.rmtree(leftover, ignore_errors=True)


def test_ctrl_c_stops_the_server_and_removes_its_dir(tmp_path: Path):
    """A KeyboardInterrupt mid-session still runs the session finalizers."""
    report = tmp_path / "server.txt"
    (tmp_path / "test_interrupted.py").write_text(
        "import os, signal, time\n"
        "from pathlib import Path\n"
        "def test_interrupted(imap_server):\n"
        f"    Path({str(report)!r}).write_text("
        'f\'{imap_server.port_plain} {getattr(imap_server, "root", "")}\')\n'
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(30)\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tests.conftest",
            "-p",
            "no:cacheprovider",
            str(tmp_path / "test_interrupted.py"),
            "--rootdir",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == pytest.ExitCode.INTERRUPTED, result.stdout[-2000:]
    port, *root = report.read_text().split()
    assert _port_closes(int(port), within=1.0)
    for directory in root:
        assert not Path(directory).exists()


# -- SMTP ---------------------------------------------------------------------------------


def _smtp_starttls(server: SmtpServer) -> smtplib.SMTP:
    client = smtplib.SMTP(server.host, server.port, timeout=10)
    client.starttls(context=ssl.create_default_context(cafile=server.ca_file))
    return client


def test_smtp_starttls_auth_accepts_and_records_a_message(smtp_server: SmtpServer):
    with _smtp_starttls(smtp_server) as client:
        client.login(smtp_server.user, smtp_server.password)
        client.sendmail("me@example.test", ["you@example.test", "cc@example.test"], mail(1))
    (received,) = smtp_server.messages
    assert received.mail_from == "me@example.test"
    assert received.rcpt_tos == ("you@example.test", "cc@example.test")
    assert received.login == smtp_server.user
    assert received.parsed()["Subject"] == "Harness check 1"
    assert b"Plain body number 1." in received.content


def test_smtp_implicit_tls_auth_accepts_a_message(smtp_server_tls: SmtpServer):
    ctx = ssl.create_default_context(cafile=smtp_server_tls.ca_file)
    with smtplib.SMTP_SSL(smtp_server_tls.host, smtp_server_tls.port, context=ctx) as client:
        client.ehlo()
        assert client.has_extn("auth")
        client.login(smtp_server_tls.user, smtp_server_tls.password)
        client.sendmail("me@example.test", ["you@example.test"], mail(2))
    assert [m.rcpt_tos for m in smtp_server_tls.messages] == [("you@example.test",)]


def test_smtp_mail_before_starttls_gets_530(smtp_server: SmtpServer):
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        client.ehlo()
        code, _ = client.mail("me@example.test")
        assert code == 530
    assert smtp_server.messages == []


def test_smtp_mail_without_auth_is_refused(smtp_server: SmtpServer):
    with _smtp_starttls(smtp_server) as client:
        client.ehlo()
        code, _ = client.mail("me@example.test")
        assert code == 530


def test_smtp_wrong_password_gets_535(smtp_server: SmtpServer):
    with _smtp_starttls(smtp_server) as client, pytest.raises(smtplib.SMTPAuthenticationError) as e:
        client.login(smtp_server.user, "not-the-password")
    assert e.value.smtp_code == 535
    assert smtp_server.auth_failures >= 1  # smtplib tries PLAIN, then LOGIN


def test_smtp_untrusted_certificate_fails(smtp_server: SmtpServer):
    client = smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10)
    with pytest.raises(ssl.SSLCertVerificationError):
        client.starttls(context=ssl.create_default_context())
    client.close()


def test_smtp_forced_451_then_ok(smtp_server: SmtpServer):
    smtp_server.fail_next("451 4.3.0 Try again later")
    with _smtp_starttls(smtp_server) as client:
        client.login(smtp_server.user, smtp_server.password)
        with pytest.raises(smtplib.SMTPDataError) as e:
            client.sendmail("me@example.test", ["you@example.test"], mail(3))
        assert e.value.smtp_code == 451
        client.rset()
        client.sendmail("me@example.test", ["you@example.test"], mail(3))
    assert smtp_server.attempts == 2
    assert len(smtp_server.messages) == 1


def test_smtp_forced_550_at_rcpt(smtp_server: SmtpServer):
    smtp_server.fail_next("550 5.1.1 No such mailbox", at="RCPT", times=2)
    with _smtp_starttls(smtp_server) as client:
        client.login(smtp_server.user, smtp_server.password)
        with pytest.raises(smtplib.SMTPRecipientsRefused) as e:
            client.sendmail("me@example.test", ["gone@example.test"], mail(4))
        assert e.value.recipients["gone@example.test"][0] == 550
        client.rset()
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            client.sendmail("me@example.test", ["gone@example.test"], mail(4))
        client.rset()
        client.sendmail("me@example.test", ["back@example.test"], mail(4))
    assert [m.rcpt_tos for m in smtp_server.messages] == [("back@example.test",)]


def test_fail_next_wants_an_smtp_code(smtp_server: SmtpServer):
    with pytest.raises(ValueError):
        smtp_server.fail_next("try later")


# -- isolation ----------------------------------------------------------------------------


def test_home_and_followup_dirs_point_into_a_temp_dir(isolated_env):
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "FOLLOWUP_HOME"):
        assert Path(os.environ[var]).is_relative_to(isolated_env.root), var
    assert "FOLLOWUP_CONFIG" not in os.environ
    assert "FOLLOWUP_NOW" not in os.environ
    assert Path.home() == isolated_env.home
    from assistant.adapters import paths

    assert paths.home_dir() == isolated_env.followup_home
    assert paths.default_config_path().is_relative_to(isolated_env.root)


def test_keyring_is_in_memory(memory_keyring):
    keyring.set_password("followup", "someone@example.test", "s3cret")
    assert keyring.get_password("followup", "someone@example.test") == "s3cret"
    assert memory_keyring.passwords == {("followup", "someone@example.test"): "s3cret"}
    keyring.delete_password("followup", "someone@example.test")
    with pytest.raises(keyring.errors.PasswordDeleteError):
        keyring.delete_password("followup", "someone@example.test")


def test_keyring_does_not_leak_between_tests(memory_keyring):
    assert keyring.get_password("followup", "someone@example.test") is None
    assert memory_keyring.passwords == {}
