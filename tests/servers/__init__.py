"""Real mail servers for the test suite: Dovecot (IMAP) and aiosmtpd (SMTP) on 127.0.0.1.

Fixtures (defined in ``tests/conftest.py``, available to every test):

``imap_account`` (function scope)
    A FRESH user ``u<N>`` with an empty INBOX plus Sent, Drafts, Junk, Trash (special-use flags,
    subscribed) on the session's IMAP server. Attributes: ``host``, ``port_plain`` (STARTTLS,
    143 style), ``port_tls`` (implicit TLS, 993 style), ``user``, ``password``, ``ca_file``
    (the test CA), ``maildir`` (Path; None on the pymap fallback), ``backend`` ("dovecot" or
    "pymap"), ``separator`` ("." or "/"). Dovecot also accepts LOGIN without TLS on
    ``port_plain`` (loopback tests of ``tls = "none"``); pymap does not. Helpers:

    - ``deliver(raw, folder="INBOX", flags="", internaldate=None)``: straight into the Maildir
      ``cur/`` (0.1-0.25 ms a message: 10,000 x 4 KB in ~2.4 s; visible at the client's next
      NOOP/SELECT; UIDs in delivery order). ``flags`` is Maildir letters ("S", "FS") or system
      flags (["\\\\Seen"]); ``internaldate`` a datetime or Unix time (default now). Folders
      that do not exist yet are created (``"Jobs.Acme"`` on Dovecot, ``"Jobs/Acme"`` on pymap).
      Owned by the mail uid when root. pymap: the in-memory mailbox directly (~0.5 ms).
    - ``append(raw, folder="INBOX", flags=(), internaldate=None) -> uid``: IMAP APPEND on a
      new connection each call (~30 ms); for many, use ``client().append`` on one connection.
    - ``client(tls="tls" | "starttls") -> IMAPClient``: logged in, verifying with the test CA.
    - ``flags_snapshot(folder="INBOX") -> {uid: frozenset(flags)}`` (``\\Recent`` dropped).
    - ``uids(folder)``; ``config_keys(tls)``: the ``[accounts.X.imap]`` keys of DESIGN.md
      (with ``password_command = "echo <password>"``).

``imap_server`` / ``dovecot`` (session scope, the same object)
    The running server: ``host``, ``port_plain``, ``port_tls``, ``version``, ``add_user()``.
    Dovecot when installed (as root: mail uid ``nobody``; as a user: everything as that user);
    otherwise pymap in-process (``FOLLOWUP_TEST_IMAP=pymap`` forces it, ``=dovecot`` forbids the
    fallback). The pytest header says which one runs. Stopped at session end, also on Ctrl-C,
    and Dovecot dies with the test process (PR_SET_PDEATHSIG) if that is killed.

``smtp_server`` / ``smtp_server_tls`` (function scope)
    aiosmtpd with TLS and AUTH (PLAIN/LOGIN) required: STARTTLS (587 style; MAIL before
    STARTTLS -> 530) or implicit TLS (465 style). Attributes: ``host``, ``port``, ``user``,
    ``password``, ``ca_file``, ``mode``, ``messages`` (``ReceivedMessage``: ``mail_from``,
    ``rcpt_tos``, ``content`` bytes, ``login``, ``parsed()``), ``attempts`` (DATA commands
    seen), ``auth_failures``, ``fail_next(reply, times=1, at="DATA"|"RCPT"|"MAIL")``,
    ``config_keys()``. ``make_smtp_server(mode, user=..., password=...)`` makes more.

``test_cert`` (session scope)
    ``TestCert`` with ``cert``, ``key``, ``ca_file``, ``client_context()``, ``server_context()``.

Autouse, for every test: ``isolated_env`` (HOME, XDG_CONFIG_HOME, XDG_DATA_HOME,
XDG_STATE_HOME, XDG_CACHE_HOME and FOLLOWUP_HOME point into a temp dir; every other
``FOLLOWUP_*`` variable such as FOLLOWUP_CONFIG / FOLLOWUP_NOW is unset; FOLLOWUP_HOME itself
does not exist yet, as on a first run) and ``memory_keyring`` (a ``MemoryKeyring`` installed with
``keyring.set_keyring``; its ``passwords`` dict is inspectable; the previous backend is restored).

Example::

    def test_scan_changes_no_flags(imap_account):
        for n in range(500):
            imap_account.deliver(make_mail(n), flags="S" if n % 2 else "")
        before = imap_account.flags_snapshot("INBOX")
        run_scan(imap_account.config_keys("starttls"))
        assert imap_account.flags_snapshot("INBOX") == before

    def test_send_retries_after_451(smtp_server):
        smtp_server.fail_next("451 4.3.0 Try again later")
        send(..., host=smtp_server.host, port=smtp_server.port, ca_file=smtp_server.ca_file)
        assert smtp_server.attempts == 2 and len(smtp_server.messages) == 1

Outside pytest (benchmarks), the classes work as context managers::

    with DovecotServer(make_cert(short_tempdir("ct"))) as server:
        user = server.add_user()
"""

from __future__ import annotations

from .certs import TestCert, make_cert
from .dovecot import DovecotServer, DovecotUser, find_dovecot, free_port, short_tempdir
from .imap import BackendChoice, ImapAccount, choose_backend, new_account, start_server
from .maildir import MaildirWriter
from .memory_keyring import MemoryKeyring
from .pymap_fallback import PymapServer
from .smtp import ReceivedMessage, SmtpServer

__all__ = [
    "BackendChoice",
    "DovecotServer",
    "DovecotUser",
    "ImapAccount",
    "MaildirWriter",
    "MemoryKeyring",
    "PymapServer",
    "ReceivedMessage",
    "SmtpServer",
    "TestCert",
    "choose_backend",
    "find_dovecot",
    "free_port",
    "make_cert",
    "new_account",
    "short_tempdir",
    "start_server",
]
