"""Scan speed against a real Dovecot: first scan vs the floor, incremental scan, memory.

Usage (from the repository root, Dovecot installed)::

    .venv/bin/python benchmarks/scan_bench.py            # 10,000 and 50,000 messages
    .venv/bin/python benchmarks/scan_bench.py --sizes 2000

For each size it starts a throwaway Dovecot, fills a mailbox with generated
traffic (newsletters, shop mail, personal mail, notifications, calendar
invites, and a few job confirmations), and prints:

* floor: a bare imapclient FETCH of the same header fields, in batches of 1,000
  (connect, login, EXAMINE, SEARCH, FETCH), in this process;
* first scan: ``followup scan --json`` in a fresh process against that mailbox
  (so it includes interpreter start-up, TLS, login and the SQLite writes), and
  its ratio to the floor;
* incremental: ``followup scan`` again after 10 new messages (one of them a
  confirmation), wall clock including interpreter start-up, and whether the new
  confirmation was picked up;
* peak RSS of the scan processes (GNU time's %M).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import mailgen  # noqa: E402
from imapclient import IMAPClient  # noqa: E402

from assistant.adapters.sources.base import HEADER_FIELDS  # noqa: E402
from tests.servers import DovecotServer, make_cert, short_tempdir  # noqa: E402


def floor(server: DovecotServer, user, ca_file: Path) -> float:
    import ssl

    started = time.perf_counter()
    context = ssl.create_default_context(cafile=str(ca_file))
    client = IMAPClient(server.host, port=server.port_plain, ssl=False)
    client.starttls(context)
    client.login(user.name, user.password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["ALL"])
    items = [f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"]
    for start in range(0, len(uids), 1000):
        client.fetch(uids[start : start + 1000], items)
    client.logout()
    return time.perf_counter() - started


def run_scan(config: Path, home: Path, *extra: str) -> tuple[float, dict, float]:
    """Run `followup scan --json` in a child; (seconds, report, peak RSS MB of that child)."""
    env = dict(os.environ, FOLLOWUP_HOME=str(home), FOLLOWUP_CONFIG=str(config))
    marker = "peak-rss-kb:"
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", f"{marker}%M"]
        + [sys.executable, "-m", "assistant", "scan", *extra, "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr.strip()}")
    peak_kb = next(
        int(line[len(marker) :]) for line in done.stderr.splitlines() if line.startswith(marker)
    )
    return seconds, json.loads(done.stdout), peak_kb / 1024


def bench(size: int, confirmations: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="followup-bench-"))
    cert = make_cert(short_tempdir("bc"))
    with DovecotServer(cert) as server:
        user = server.add_user()
        writer = server.writer(user)
        for raw, when in mailgen.mailbox(size, confirmations):
            writer.deliver(raw, "INBOX", "S", when.timestamp())
        config = work / "config.toml"
        config.write_text(
            f"""
[accounts.bench]
email = "alex@example.org"
display_name = "Alex Morgan"

[accounts.bench.imap]
host = "{server.host}"
port = {server.port_plain}
tls = "starttls"
login = "{user.name}"
password_command = "echo {user.password}"
ca_file = "{cert.ca_file}"

[accounts.bench.smtp]
host = "{server.host}"
port = 2525
tls = "starttls"
login = "{user.name}"
password_command = "echo {user.password}"

[profile]
name = "Alex Morgan"
"""
        )
        floor_runs = [floor(server, user, cert.ca_file) for _ in range(3)]
        floor_s = sorted(floor_runs)[1]
        home = work / "home"
        first_s, first, first_rss = run_scan(config, home, "--since", "all")
        later = datetime.now(UTC) + timedelta(minutes=5)
        for n in range(9):
            writer.deliver(mailgen.noise(10**6 + n, __import__("random").Random(n), later), "INBOX")
        raw, company, _role = mailgen.confirmation(99, later)
        writer.deliver(raw, "INBOX")
        incr_s, incr, incr_rss = run_scan(config, home)
        apps = subprocess.run(
            [sys.executable, "-m", "assistant", "apps", "list", "--all", "--json"],
            env=dict(os.environ, FOLLOWUP_HOME=str(home), FOLLOWUP_CONFIG=str(config)),
            capture_output=True,
            text=True,
            check=True,
        )
        found = {a["company"] for a in json.loads(apps.stdout)}
    return {
        "messages": size,
        "floor_s": round(floor_s, 3),
        "first_scan_s": round(first_s, 3),
        "ratio": round(first_s / floor_s, 2),
        "first_seen": first["seen"],
        "first_fetched": first["fetched"],
        "applications": len(found),
        "incremental_s": round(incr_s, 3),
        "incremental_seen": incr["seen"],
        "new_confirmation_found": company in found,
        "peak_rss_mb": round(max(first_rss, incr_rss), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000", help="comma-separated mailbox sizes")
    parser.add_argument("--confirmations", type=int, default=8)
    args = parser.parse_args()
    print(
        f"{'messages':>9} {'floor s':>8} {'first s':>8} {'ratio':>6} {'fetched':>8} "
        f"{'apps':>5} {'incr s':>7} {'new found':>9} {'peak MB':>8}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        r = bench(size, args.confirmations)
        print(
            f"{r['messages']:>9} {r['floor_s']:>8} {r['first_scan_s']:>8} {r['ratio']:>6} "
            f"{r['first_fetched']:>8} {r['applications']:>5} {r['incremental_s']:>7} "
            f"{str(r['new_confirmation_found']):>9} {r['peak_rss_mb']:>8}",
            flush=True,
        )


if __name__ == "__main__":
    main()
