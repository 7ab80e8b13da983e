"""Build the project's own training mail: messages/*.eml + labels.jsonl from src/*.txt.

    .venv/bin/python benchmarks/own_mail/build.py [--check]

Every text in src/ was written for this project (invented employers, people and
domains); nothing is copied from the shared corpus. A source file holds messages
one after another, each starting with ``@@ <id> <kind> <language>``, then label
lines (``company: / role: / ats: / nfu: / cond: / nfulike: / dnr: yes /
html: yes``), the mail's headers, a blank line and the body. ``nfu`` / ``cond`` /
``nfulike`` are the labelled phrases and must be exact substrings of the text the
parser reads. Dates, Message-IDs and encodings are fixed, so the output is the same
on every run; ``--check`` only verifies that the committed files are up to date.
"""

from __future__ import annotations

import argparse
import html
import json
import quopri
import sys
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from assistant.core.models import Kind  # noqa: E402
from assistant.core.parse import parse  # noqa: E402

KINDS = {str(kind) for kind in Kind}
LABEL_KEYS = {"company", "role", "ats", "nfu", "cond", "nfulike", "dnr", "html"}
TO = "Alex Moreau <alex.moreau@example.net>"
START = datetime(2025, 3, 3, 8, 15, tzinfo=UTC)


def split(text: str) -> list[tuple[str, list[str]]]:
    """(the ``@@`` line, the lines after it) per message of one source file."""
    found: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("@@ "):
            found.append((line[3:].strip(), []))
        elif found:
            found[-1][1].append(line)
    return found


def header(name: str, value: str) -> str:
    if value.isascii():
        return f"{name}: {value}"
    if name in ("From", "To", "Reply-To") and "<" in value:
        display, _, rest = value.rpartition("<")
        return f"{name}: {Header(display.strip().strip(chr(34)), 'utf-8').encode()} <{rest}"
    return f"{name}: {Header(value, 'utf-8', header_name=name).encode()}"


def as_html(body: str) -> str:
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    cells = "\n".join(
        f'<p style="margin:0 0 12px">{"<br>".join(html.escape(x) for x in p.splitlines())}</p>'
        for p in paragraphs
    )
    return (
        '<!DOCTYPE html>\n<html><body style="font-family:Arial,sans-serif">\n'
        f'<table width="600" cellpadding="0" cellspacing="0"><tr><td>\n{cells}\n'
        "</td></tr></table>\n</body></html>\n"
    )


def render(index: int, head: str, lines: list[str]) -> tuple[str, bytes, dict]:
    ident, kind, language = head.split()
    if kind not in KINDS:
        raise SystemExit(f"{ident}: unknown kind {kind}")
    meta: dict[str, str] = {}
    headers: list[tuple[str, str]] = []
    at = 0
    while lines[at].strip():
        key, _, value = lines[at].partition(":")
        if key in LABEL_KEYS:
            meta[key] = value.strip()
        else:
            headers.append((key, value.strip()))
        at += 1
    body = "\n".join(lines[at + 1 :]).strip("\n") + "\n"
    names = {k for k, _ in headers}
    if not {"From", "Subject"} <= names:
        raise SystemExit(f"{ident}: From and Subject are required")
    when = START + timedelta(hours=7 * index, minutes=13 * index % 60)
    out = [header(k, v) for k, v in headers]
    if "To" not in names:
        out.insert(1, f"To: {TO}")
    out += [f"Date: {format_datetime(when)}", f"Message-ID: <{ident}.own@followup.invalid>"]
    out.append("MIME-Version: 1.0")
    if meta.get("html") == "yes":
        payload = quopri.encodestring(as_html(body).encode()).decode()
        out += [
            'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable",
        ]
    else:
        payload = body
        out += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"]
    raw = ("\n".join(out) + "\n\n" + payload).encode()
    text = parse(raw).text
    phrases = {k: meta.get(k) or None for k in ("nfu", "cond", "nfulike")}
    for key, phrase in phrases.items():
        if phrase and phrase not in text:
            raise SystemExit(f"{ident}: {key} phrase is not in the parsed text: {phrase!r}")
    file = f"messages/{ident}.eml"
    label = {
        "file": file,
        "kind": kind,
        "no_follow_up": phrases["nfu"] is not None,
        "no_follow_up_phrase": phrases["nfu"],
        "do_not_reply_address": meta.get("dnr") == "yes",
        "conditional_contact_phrase": phrases["cond"],
        "nfu_like_phrase_non_job": phrases["nfulike"],
        "company": meta.get("company") or None,
        "role": meta.get("role") or None,
        "ats": meta.get("ats") or None,
        "sending_system": meta.get("ats") or None,
        "text_origin": "followup project (own writing)",
        "template_id": ident,
        "source": "followup-own",
        "language": language,
    }
    return file, raw, label


def build() -> dict[str, bytes]:
    """Relative path -> bytes of every file the folder should hold."""
    files: dict[str, bytes] = {}
    labels = []
    index = 0
    for source in sorted((HERE / "src").glob("*.txt")):
        for head, lines in split(source.read_text("utf-8")):
            file, raw, label = render(index, head, lines)
            if file in files:
                raise SystemExit(f"{file}: id used twice")
            files[file] = raw
            labels.append(json.dumps(label, ensure_ascii=False))
            index += 1
    files["labels.jsonl"] = ("\n".join(labels) + "\n").encode()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [
            f
            for f, data in files.items()
            if not (HERE / f).is_file() or (HERE / f).read_bytes() != data
        ]
        stale += [
            p.relative_to(HERE).as_posix()
            for p in (HERE / "messages").glob("*.eml")
            if p.relative_to(HERE).as_posix() not in files
        ]
        print("\n".join(stale) or "up to date")
        return 1 if stale else 0
    for old in (HERE / "messages").glob("*.eml"):
        old.unlink()
    (HERE / "messages").mkdir(exist_ok=True)
    for file, data in files.items():
        (HERE / file).write_bytes(data)
    print(f"wrote {len(files) - 1} messages and labels.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
