"""A throwaway Dovecot IMAP server living in one short temp dir, for tests and benchmarks.

As root, Dovecot refuses to run its login process as root and refuses uid 0 for mail, so we use
the package's ``dovenull``/``dovecot`` users and keep mail as ``nobody`` (temp dir mode 0711,
Maildirs owned by that uid). As an ordinary user every service runs as ourselves, unchrooted.
Each user has a one-line passwd-file of its own (``passwd.d/<user>``; the passdb path has ``%u``
in it). One shared file appended to per test would not do: Dovecot notices a change by mtime, and
two users added within the same second would leave the second unknown. Auth failure delays and
anvil's per-IP penalty are switched off so wrong-password tests do not slow later logins.
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import logging
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .certs import TestCert
from .maildir import MaildirWriter

DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")
#: what a server without SPECIAL-USE, CONDSTORE, QRESYNC and MOVE says it can do
PLAIN_CAPABILITY = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT THREAD=REFERENCES MULTIAPPEND "
    "UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 ESEARCH SEARCHRES WITHIN "
    "CONTEXT=SEARCH LIST-STATUS BINARY LITERAL+"
)
SPECIAL_USE = {"Sent": "\\Sent", "Drafts": "\\Drafts", "Junk": "\\Junk", "Trash": "\\Trash"}
# Unix sockets under base_dir must fit in 107 bytes: keep the root dir short.
_MAX_ROOT_LEN = 40


def find_dovecot() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    return next((p for p in DOVECOT_CANDIDATES if os.access(p, os.X_OK)), None)


def dovecot_version(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    return out.stdout.split()[0] if out.stdout.strip() else "unknown"


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def quiet_logger(name: str) -> None:
    """Keep an in-process test server's DEBUG/INFO lines out of the logs that tests inspect."""
    logging.getLogger(name).setLevel(logging.WARNING)


def short_tempdir(prefix: str) -> Path:
    """A fresh dir directly under /tmp (or $TMPDIR if that is short), mode 0711."""
    base = tempfile.gettempdir()
    if len(base) > _MAX_ROOT_LEN - 12:
        base = "/tmp"
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=base))
    os.chmod(path, 0o711)  # noqa: S103 - the mail uid must traverse it when we are root
    return path


@dataclass(frozen=True)
class DovecotUser:
    name: str
    password: str
    home: Path

    @property
    def maildir(self) -> Path:
        return self.home / "Maildir"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: SIGTERM the server if the test process dies without running its finalizers."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    os.setsid()


class DovecotServer:
    """Start with :meth:`start`, add users with :meth:`add_user`, stop with :meth:`stop`."""

    def __init__(
        self,
        cert: TestCert,
        binary: str | None = None,
        *,
        special_mailboxes: bool = True,
        extensions: bool = True,
    ) -> None:
        self.binary = binary or find_dovecot()
        #: False: no SPECIAL-USE, CONDSTORE, QRESYNC or MOVE, as on Courier and many hosted
        #: servers (the folders are still made, found by their names only)
        self.extensions = extensions
        #: False: no Sent, Drafts, Junk or Trash made for each user (a bare mailbox)
        self.special_mailboxes = special_mailboxes
        if self.binary is None:
            raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd)")
        self.cert = cert
        self.host = "127.0.0.1"
        self.root = short_tempdir("dc")
        self.is_root = os.geteuid() == 0
        if self.is_root:
            nobody = pwd.getpwnam("nobody")
            self.mail_uid, self.mail_gid = nobody.pw_uid, nobody.pw_gid
        else:
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()
        self.port_plain = 0
        self.port_tls = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.version = dovecot_version(self.binary)
        self._counter = itertools.count(1)

    # -- paths -----------------------------------------------------------------------------
    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def passwd_dir(self) -> Path:
        return self.root / "passwd.d"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    # -- lifecycle -------------------------------------------------------------------------
    def start(self, timeout: float = 15.0) -> DovecotServer:
        for sub in ("run", "state", "home"):
            (self.root / sub).mkdir(mode=0o711, exist_ok=True)
        os.chmod(self.root / "run", 0o755)  # noqa: S103 - dovecot's own users use the sockets
        shutil.copy(self.cert.cert, self.root / "cert.pem")
        shutil.copy(self.cert.key, self.root / "key.pem")
        os.chmod(self.root / "key.pem", 0o600)
        self.passwd_dir.mkdir(mode=0o755, exist_ok=True)
        os.chmod(self.passwd_dir, 0o755)  # noqa: S103 - read by the auth process (user dovecot)
        self.port_plain, self.port_tls = free_port(), free_port()
        while self.port_tls == self.port_plain:
            self.port_tls = free_port()
        self.config_path.write_text(self._config())
        with (self.root / "stderr.log").open("wb") as stderr:
            self.process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                preexec_fn=_die_with_parent,  # PR_SET_PDEATHSIG must be set in the child
            )
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                err = (self.root / "stderr.log").read_text(errors="replace").strip()
                raise RuntimeError(
                    f"dovecot exited with {self.process.returncode}: {err}\n{self.log_tail()}"
                )
            try:
                with socket.create_connection((self.host, self.port_plain), timeout=1) as sock:
                    greeting = sock.recv(200)
                    if not greeting.startswith(b"* OK"):
                        raise RuntimeError(f"unexpected greeting {greeting!r}")
                with socket.create_connection((self.host, self.port_tls), timeout=1):
                    pass
                return
            except OSError as exc:
                last_error = exc
                time.sleep(0.02)
        raise RuntimeError(
            f"dovecot did not listen within {timeout}s ({last_error})\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """SIGTERM the master (it stops its children), SIGKILL the group if it hangs."""
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no dovecot log)"
        return "\n".join(text.splitlines()[-lines:])

    # -- users -----------------------------------------------------------------------------
    def add_user(self, name: str | None = None, password: str | None = None) -> DovecotUser:
        """Write the user's passwd-file line; the home dir (with an empty Maildir) is made now."""
        name = name or f"u{next(self._counter)}"
        password = password or f"pw-{secrets.token_hex(6)}"
        if any(c in name + password for c in ":\n"):
            raise ValueError("user name and password may not contain ':' or newlines")
        user = DovecotUser(name=name, password=password, home=self.root / "home" / name)
        user.home.mkdir(mode=0o700)
        if self.is_root:
            os.chown(user.home, self.mail_uid, self.mail_gid)
        self.writer(user).ensure_folder("INBOX")
        if "/" in name or name.startswith("."):
            raise ValueError(f"unusable user name {name!r}")
        line = f"{name}:{{PLAIN}}{password}::::::\n"
        tmp = self.passwd_dir / f".{name}.tmp"
        tmp.write_text(line)
        os.chmod(tmp, 0o644)
        tmp.rename(self.passwd_dir / name)  # atomic: auth never reads half a line
        return user

    def writer(self, user: DovecotUser) -> MaildirWriter:
        owner = self.mail_uid if self.is_root else None
        return MaildirWriter(user.maildir, uid=owner, gid=self.mail_gid if self.is_root else None)

    # -- configuration ---------------------------------------------------------------------
    def _config(self) -> str:
        root = self.root
        me = pwd.getpwuid(os.getuid()).pw_name
        if self.is_root:
            identity = "default_login_user = dovenull\ndefault_internal_user = dovecot\n"
            unchroot = ""
        else:
            group = _group_name(os.getgid())
            identity = (
                f"default_login_user = {me}\n"
                f"default_internal_user = {me}\n"
                f"default_internal_group = {group}\n"
            )
            unchroot = "".join(
                f"service {svc} {{\n  chroot =\n}}\n"
                for svc in ("ipc", "old-stats", "aggregator", "director")
            )
        mailboxes = "".join(
            f"  mailbox {name} {{\n"
            + (f"    special_use = {flag}\n" if self.extensions else "")
            + "    auto = subscribe\n  }\n"
            for name, flag in SPECIAL_USE.items()
            if self.special_mailboxes
        )
        capability = "" if self.extensions else f"  imap_capability = {PLAIN_CAPABILITY}\n"
        return f"""# generated by tests/servers/dovecot.py
instance_name = followup-test-{root.name}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = {self.host}
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = {min(self.mail_uid, 500) or 1}
first_valid_gid = 0
{identity}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_dir}/%u
}}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
mail_fsync = never
namespace inbox {{
  inbox = yes
  separator = .
{mailboxes}}}
protocol imap {{
  mail_max_userip_connections = 200
{capability}}}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port_plain}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.port_tls}
    ssl = yes
  }}
{"  chroot =" if not self.is_root else ""}
}}
service anvil {{
{"  chroot =" if not self.is_root else ""}
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
{unchroot}"""


def _group_name(gid: int) -> str:
    import grp

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)
