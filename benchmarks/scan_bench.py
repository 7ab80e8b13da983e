"""Scan speed against a real Dovecot: first scan vs the floor, incremental scan, memory.

Usage (from the repository root, Dovecot installed)::

    .venv/bin/python benchmarks/scan_bench.py            # 10,000 and 50,000 messages
    .venv/bin/python benchmarks/scan_bench.py --sizes 2000

For each size it starts a throwaway Dovecot, fills a mailbox with generated
traffic (newsletters, shop mail, personal mail, notifications, calendar
invites) around ``--confirmations`` job messages (benchmarks/jobmail.py: hundreds
of employers; confirmations, rejections, interviews, replies, alerts; the user's
own applications and follow-ups in Sent), and prints:

* floor: a bare imapclient FETCH of the same header fields, in batches of 1,000
  (connect, login, EXAMINE, SEARCH, FETCH of every folder that holds mail), in
  this process;
* first scan: ``followup scan --json`` in a fresh process against that mailbox
  (so it includes interpreter start-up, TLS, login and the SQLite writes), and
  its ratio to the floor;
* incremental: ``followup scan`` again after 10 new messages (one of them a
  confirmation), wall clock including interpreter start-up, and whether the new
  confirmation was picked up;
* peak RSS of the scan processes (GNU time's %M);
* apps / of / cos / right: the applications recorded, those generated, the generated
  employers found, and the generated applications whose status is the one their mail
  leads to (rejected, interviewing, replied, or still applied).
"""

from __future__ import annotations

import argparse
import json
import os
import random
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


def floor(server: DovecotServer, user, ca_file: Path, folders: list[str]) -> float:
    import ssl

    started = time.perf_counter()
    context = ssl.create_default_context(cafile=str(ca_file))
    client = IMAPClient(server.host, port=server.port_plain, ssl=False)
    client.starttls(context)
    client.login(user.name, user.password)
    items = [f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"]
    for folder in folders:
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        for start in range(0, len(uids), 1000):
            client.fetch(uids[start : start + 1000], items)
    client.logout()
    return time.perf_counter() - started


def run_scan(config: Path, home: Path, *extra: str) -> tuple[float, dict, float, float]:
    """Run `followup scan --json` in a child; (seconds, report, peak RSS MB, CPU seconds).

    The CPU time (user + system, of the scan and its worker process) says what the
    scan costs on a loaded machine, where the wall clock mostly says how loaded it is.
    """
    env = dict(os.environ, FOLLOWUP_HOME=str(home), FOLLOWUP_CONFIG=str(config))
    marker = "peak-rss-kb:"
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", f"{marker}%M %U %S"]
        + [sys.executable, "-m", "assistant", "scan", *extra, "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr.strip()}")
    peak_kb, user, system = next(
        line[len(marker) :].split() for line in done.stderr.splitlines() if line.startswith(marker)
    )
    return seconds, json.loads(done.stdout), int(peak_kb) / 1024, float(user) + float(system)


def bench(size: int, confirmations: int, dump: Path | None = None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="followup-bench-"))
    cert = make_cert(short_tempdir("bc"))
    with DovecotServer(cert) as server:
        user = server.add_user()
        writer = server.writer(user)
        messages, generated = mailgen.mailbox(size, confirmations)
        for raw, when, folder in messages:
            writer.deliver(raw, folder, "S", when.timestamp())
        folders = sorted({folder for _raw, _when, folder in messages})
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
        floor_runs = [floor(server, user, cert.ca_file, folders) for _ in range(3)]
        floor_s = sorted(floor_runs)[1]
        home = work / "home"
        first_s, first, first_rss, first_cpu = run_scan(config, home, "--since", "all")
        later = datetime.now(UTC) + timedelta(minutes=5)
        for n in range(9):
            writer.deliver(mailgen.noise(10**6 + n, random.Random(n), later), "INBOX")
        raw, company, _role = mailgen.confirmation(99, later)
        writer.deliver(raw, "INBOX")
        incr_s, incr, incr_rss, _cpu = run_scan(config, home)
        apps = subprocess.run(
            [sys.executable, "-m", "assistant", "apps", "list", "--all", "--json"],
            env=dict(os.environ, FOLLOWUP_HOME=str(home), FOLLOWUP_CONFIG=str(config)),
            capture_output=True,
            text=True,
            check=True,
        )
        listed = json.loads(apps.stdout)
        found = {a["company"] for a in listed}
        status_of = {a["company"]: a["status"] for a in listed}
        right = sum(1 for a in generated if status_of.get(a.company) == a.status)
        if dump is not None:  # to compare what two versions recorded
            state = [{k: a.get(k) for k in ("company", "role", "status")} for a in listed]
            dump.write_text(json.dumps(sorted(state, key=json.dumps), indent=1))
    return {
        "messages": size,
        "floor_s": round(floor_s, 3),
        "first_scan_s": round(first_s, 3),
        "ratio": round(first_s / floor_s, 2),
        "first_scan_cpu_s": round(first_cpu, 2),
        "first_seen": first["seen"],
        "first_fetched": first["fetched"],
        "applications": len(listed),
        "generated_applications": len(generated),
        "companies_found": len(found & {a.company for a in generated}),
        "right_status": right,
        "incremental_s": round(incr_s, 3),
        "incremental_seen": incr["seen"],
        "new_confirmation_found": company in found,
        "peak_rss_mb": round(max(first_rss, incr_rss), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000", help="comma-separated mailbox sizes")
    parser.add_argument(
        "--confirmations",
        type=int,
        help="how many of the messages are job mail (default: a fifth)",
    )
    parser.add_argument("--dump", type=Path, help="write the applications recorded (JSON) here")
    args = parser.parse_args()
    print(
        f"{'messages':>9} {'floor s':>8} {'first s':>8} {'ratio':>6} {'cpu s':>6} {'fetched':>8} "
        f"{'apps':>5} {'of':>5} {'cos':>5} {'right':>5} {'incr s':>7} {'new found':>9} "
        f"{'peak MB':>8}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        jobs = size // 5 if args.confirmations is None else args.confirmations
        r = bench(size, jobs, args.dump)
        print(
            f"{r['messages']:>9} {r['floor_s']:>8} {r['first_scan_s']:>8} {r['ratio']:>6} "
            f"{r['first_scan_cpu_s']:>6} "
            f"{r['first_fetched']:>8} {r['applications']:>5} {r['generated_applications']:>5} "
            f"{r['companies_found']:>5} {r['right_status']:>5} {r['incremental_s']:>7} "
            f"{str(r['new_confirmation_found']):>9} {r['peak_rss_mb']:>8}",
            flush=True,
        )


if __name__ == "__main__":
    main()
