"""Big mail read by its words: the header and the text parts, never the attachments (pure).

The scanner reads whole messages up to a cap (2 MB). A confirmation with a large
brochure attached, and "please do not contact us" in a text part after it, was
cut at the cap and its last words never read. A message over the cap is read
in parts instead: the header, every text/plain and text/html part (each up to
``part_cap`` bytes) and, for every other part, only its type, name and size.
:func:`assemble` puts these back together as one small RFC 5322 message that
:func:`assistant.core.parse.parse` reads like any other: the text parts with
their own MIME headers, and an empty stand-in per skipped part
(``Content-Disposition: attachment; filename="cv.pdf"; size=5242880``), so the
attachment names are still seen (a résumé in the user's own mail).

The IMAP source learns the parts from BODYSTRUCTURE and fetches only the text
(:class:`Leaf`); local sources hand the whole message to :func:`slim`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

# parse's own header and MIME splitting, so a big message is cut where parse would cut it
from assistant.core.parse import (
    MAX_DEPTH,
    MAX_PARTS,
    _content_type,
    _header_lines,
    _split_head,
    _split_multipart,
)

__all__ = ["Leaf", "Slimmed", "assemble", "slim", "without_mime_fields"]

_TEXT_TYPES = ("text/plain", "text/html")
_MIME_FIELD = re.compile(rb"(?i)(?:content-type|content-transfer-encoding|mime-version)\s*:")
_MIME_TYPE = re.compile(r"[a-z0-9.+-]{1,60}/[a-z0-9.+-]{1,60}")
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f"\\]')


@dataclass(frozen=True)
class Leaf:
    """One non-multipart part of a message, as BODYSTRUCTURE (or a MIME walk) describes it.

    ``number`` is the IMAP part number ("1", "2.1"); ``size`` the encoded size in bytes.
    """

    number: str
    content_type: str
    size: int
    filename: str | None = None
    attachment: bool = False

    @property
    def is_text(self) -> bool:
        """Text that is read: a text/plain or text/html part that is not an attachment."""
        return self.content_type in _TEXT_TYPES and not self.attachment and not self.filename


@dataclass(frozen=True)
class Slimmed:
    """A big message made small: what parse reads, and what could not be read (or "")."""

    raw: bytes
    problem: str = ""


def assemble(header: bytes, parts: Sequence[tuple[Leaf, bytes]]) -> bytes:
    """One message from the top-level ``header`` and the parts in order.

    ``parts``: (leaf, its MIME header and body as fetched) for a text part,
    (leaf, b"") for a skipped one.
    """
    boundary = f"followup-{uuid.uuid4().hex}".encode()
    out = [without_mime_fields(header).rstrip(b"\r\n"), b"\r\n"]
    out.append(b"MIME-Version: 1.0\r\n")
    out.append(b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n')
    for leaf, data in parts:
        out.append(b"--" + boundary + b"\r\n")
        out.append(data if data else _stand_in(leaf))
        out.append(b"\r\n")
    out.append(b"--" + boundary + b"--\r\n")
    return b"".join(out)


def _stand_in(leaf: Leaf) -> bytes:
    """An empty part that names a skipped one: its type, file name and size."""
    name = _UNSAFE_IN_NAME.sub("", leaf.filename or "")[:255]
    ctype = (
        leaf.content_type if re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+-]+", leaf.content_type) else ""
    )
    lines = [f"Content-Type: {ctype or 'application/octet-stream'}"]
    disposition = "Content-Disposition: attachment"
    if name:
        disposition += f'; filename="{name}"'
    lines.append(f"{disposition}; size={leaf.size}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


def without_mime_fields(header: bytes) -> bytes:
    """``header`` without its Content-Type, Content-Transfer-Encoding and MIME-Version fields
    (their folded continuation lines too): :func:`assemble` writes its own."""
    kept: list[bytes] = []
    skipping = False
    for line in header.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and line.strip():
            if not skipping:
                kept.append(line)
            continue
        skipping = bool(_MIME_FIELD.match(line))
        if not skipping:
            kept.append(line)
    return b"".join(kept)


# -- local sources: the same from a whole message in memory ----------------------------------


def slim(raw: bytes, *, part_cap: int) -> Slimmed:
    """A whole (big) message -> its header, text parts (each up to ``part_cap``) and stand-ins."""
    head, body, had_headers = _split_head(raw)
    if not had_headers:
        return Slimmed(raw[:part_cap], "no header fields")
    fields = _header_lines(head, [])
    ctype, params = _field_type(fields)
    if not ctype.startswith("multipart/"):
        cut = len(body) > part_cap
        problem = f"text cut at {part_cap} bytes (of {len(body)})" if cut else ""
        return Slimmed(head + b"\r\n\r\n" + body[:part_cap], problem)
    parts: list[tuple[Leaf, bytes]] = []
    problems: list[str] = []
    _walk(body, params.get("boundary", ""), "", 1, parts, problems, part_cap)
    return Slimmed(assemble(head + b"\r\n\r\n", parts), "; ".join(dict.fromkeys(problems)))


def _field_type(fields: list[tuple[str, bytes]]) -> tuple[str, dict[str, str]]:
    for name, value in fields:
        if name == "content-type":
            return _content_type(value.decode("utf-8", "replace"))
    return "text/plain", {}


def _walk(
    body: bytes,
    boundary: str,
    prefix: str,
    depth: int,
    parts: list[tuple[Leaf, bytes]],
    problems: list[str],
    part_cap: int,
) -> None:
    if not boundary:
        problems.append("multipart without boundary")
        return
    if depth > MAX_DEPTH:
        problems.append("MIME nesting too deep: inner parts not read")
        return
    chunks = _split_multipart(body, boundary.encode("utf-8", "replace"), [])
    for number, chunk in enumerate(chunks, start=1):
        if len(parts) >= MAX_PARTS:
            problems.append("too many MIME parts: the rest not read")
            return
        part_head, part_body, had_headers = _split_head(chunk)
        if not had_headers:
            part_body = chunk.lstrip(b"\r\n")  # no header fields: plain text by default
        fields = _header_lines(part_head, [])
        ctype, params = _field_type(fields)
        if ctype.startswith("multipart/"):
            inner = f"{prefix}{number}."
            _walk(
                part_body, params.get("boundary", ""), inner, depth + 1, parts, problems, part_cap
            )
            continue
        disposition, dparams = _content_type(_field(fields, "content-disposition") or "inline")
        leaf = Leaf(
            number=f"{prefix}{number}",
            content_type=ctype,
            size=len(part_body),
            filename=dparams.get("filename") or params.get("name"),
            attachment=disposition == "attachment" or ctype == "message/rfc822",
        )
        if not leaf.is_text:
            parts.append((leaf, b""))
            continue
        if len(part_body) > part_cap:
            problems.append(f"text cut at {part_cap} bytes (of {len(part_body)})")
        mime_header = part_head + b"\r\n\r\n" if part_head else b"\r\n"
        parts.append((leaf, mime_header + part_body[:part_cap]))


def _field(fields: list[tuple[str, bytes]], wanted: str) -> str | None:
    for name, value in fields:
        if name == wanted:
            return value.decode("utf-8", "replace")
    return None
