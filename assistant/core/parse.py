"""Raw RFC 5322 bytes -> :class:`Message`, fast and without ever raising.

Why not ``email.message_from_bytes(policy=default)``: it costs about 2 ms per
message, which alone would eat the whole budget of the scanner (>= 1,000
messages per second for parse + classify). This module reads the header block
itself (unfolding, RFC 2047 words), hands only address lists to the header
registry (:mod:`assistant.core.address_headers`) and walks MIME parts with plain byte searches. It
accepts what real mail looks like: bare LF line ends, missing headers, unknown
charsets, 8-bit junk in headers, a multipart without its closing boundary, and
header-only input (what the scanner fetches first).

Whatever was wrong is named in ``Message.defects``; nothing is raised.
"""

from __future__ import annotations

import binascii
import codecs
import functools
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from assistant.core.address_headers import parse_addresses
from assistant.core.html_text import html_to_text
from assistant.core.models import Address, Message
from assistant.core.safe_text import without_lone_surrogates

__all__ = ["parse", "html_to_text", "decode_words"]

#: a MIME tree deeper than this, or with more parts, is not read further.
MAX_DEPTH = 8
MAX_PARTS = 200
#: headers past this count are ignored (hostile input).
MAX_HEADERS = 500

_HEADER_NAME = re.compile(rb"^[!-9;-~]{1,76}:")
#: the blank line that ends a header block, from its first line break (a literal first
#: character the engine skips ahead to: "\r?\n..." has it try every byte); a "\r" before
#: that break is part of it (``_split_head``)
_BLANK_LINE = re.compile(rb"\n[ \t]*\r?\n")
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=")
_ENCODED_GAP = re.compile(r"(\?=)[ \t\r\n]+(=\?)")
_MSGID = re.compile(r"<[^<>\s]{1,998}>")
_PARAM = re.compile(
    r";\s*([A-Za-z0-9_.*-]+)\s*=\s*(?:\"((?:[^\"\\]|\\.)*)\"?|([^;\s]*))", re.DOTALL
)
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
_TEXTUAL_CHARSET_ALIASES = {
    "unicode-1-1-utf-7": "utf-7",
    "ks_c_5601-1987": "cp949",
    "x-unknown": "utf-8",
    "unknown-8bit": "utf-8",
    "x-user-defined": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
    "ansi_x3.4-1968": "ascii",
    "us-ascii": "ascii",
    "latin1": "latin-1",
    "iso-8859-1": "cp1252",  # what senders mean in practice (curly quotes in 0x80-0x9f)
}


def parse(raw: bytes, *, max_bytes: int = 2_000_000) -> Message:
    """Parse one message (or only its header block). Never raises."""
    try:
        return _parse(raw, max_bytes)
    except Exception as exc:  # the last line of defence: bad mail must not stop a scan
        size = len(raw) if isinstance(raw, bytes | bytearray) else 0
        return Message(defects=(f"unparseable: {type(exc).__name__}",), size=size)


# --------------------------------------------------------------------------- headers


def _split_head(raw: bytes) -> tuple[bytes, bytes, bool]:
    """Split at the first blank line. Returns (head, body, had_headers)."""
    if not _HEADER_NAME.match(raw) and not raw.startswith((b"From ", b">From ")):
        return b"", raw, False
    found = _BLANK_LINE.search(raw)
    if found is None:
        return raw, b"", True
    start = found.start()
    if raw[start - 1 : start] == b"\r":
        start -= 1
    return raw[:start], raw[found.end() :], True


def _header_lines(head: bytes, defects: list[str]) -> list[tuple[str, bytes]]:
    """Unfold a header block into (lower-case name, raw value) pairs."""
    # continuation lines are collected and joined once: appending each one to the value
    # so far copied it again and again (quadratic on a header of many short lines)
    fields: list[tuple[str, list[bytes]]] = []
    lines = head.split(b"\n")
    if lines and lines[0].startswith((b"From ", b">From ")):  # mbox separator line
        lines = lines[1:]
    bad = 0
    for line in lines:
        line = line.rstrip(b"\r")
        if not line:
            continue
        if line[:1] in (b" ", b"\t"):
            if fields:
                fields[-1][1].append(line.strip())
            continue
        colon = line.find(b":")
        if colon <= 0 or not _HEADER_NAME.match(line):
            bad += 1
            continue
        if len(fields) >= MAX_HEADERS:
            defects.append("too many header fields: the rest were ignored")
            break
        name = line[:colon].strip().decode("ascii", "replace").lower()
        fields.append((name, [line[colon + 1 :].strip()]))
    if bad:
        defects.append(f"malformed header lines: {bad}")
    return [(name, b" ".join(parts)) for name, parts in fields]


def _bytes_to_str(value: bytes, defects: list[str] | None = None) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        if defects is not None and "8-bit bytes in headers" not in defects:
            defects.append("8-bit bytes in headers")
        return value.decode("cp1252", "replace")


def _lookup_charset(name: str) -> str | None:
    name = name.strip().strip("\"'").lower()
    if "*" in name:  # RFC 2231 language suffix: charset*lang
        name = name.split("*", 1)[0]
    name = _TEXTUAL_CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def _decode_payload_text(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Bytes of one text part (or encoded word) -> str without lone surrogates."""
    return without_lone_surrogates(_decode_with_charset(data, charset, defects), defects)


def _decode_with_charset(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Bytes -> str, with the declared charset or a sensible guess."""
    if charset:
        codec = _lookup_charset(charset)
        if codec is None:
            defects.append(f"unknown charset: {charset[:40]}")
        elif codec == "ascii":
            codec = "utf-8"  # 8-bit text labelled us-ascii is almost always UTF-8
    else:
        codec = "utf-8"
    if codec is None:
        codec = "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec == "utf-8":
            defects.append("bad charset: text is not valid utf-8, read as windows-1252")
            return data.decode("cp1252", "replace")
        defects.append(f"bad charset: text is not valid {codec}")
        return data.decode(codec, "replace")
    except Exception:  # codecs with odd failure modes (utf-7, idna...)
        defects.append(f"bad charset: {codec}")
        return data.decode("utf-8", "replace")


def decode_words(value: str, defects: list[str] | None = None) -> str:
    """Decode RFC 2047 encoded words (``=?utf-8?q?...?=``) in a header value."""
    if "=?" not in value:
        return value
    value = _ENCODED_GAP.sub(r"\1\2", value)  # whitespace between encoded words is dropped

    # adjacent words of the same charset are joined before decoding (split multi-byte chars)
    def word_bytes(match: re.Match[str]) -> tuple[str, bytes]:
        charset, encoding, text = match.group(1), match.group(2).lower(), match.group(3)
        if encoding == "q":
            data = binascii.a2b_qp(text.replace("_", " ").encode("ascii", "replace"))
        else:
            padded = text + "=" * (-len(text) % 4)
            try:
                data = binascii.a2b_base64(padded.encode("ascii", "replace"))
            except (binascii.Error, ValueError):
                if defects is not None:
                    defects.append("bad base64 in encoded header word")
                data = text.encode("ascii", "replace")
        return charset, data

    out: list[str] = []
    found_defects = defects if defects is not None else []  # (not "defects or []": [] is falsy)
    pos = 0
    pending_charset: str | None = None
    pending: bytearray = bytearray()

    def flush() -> None:
        nonlocal pending_charset, pending
        if pending_charset is not None:
            out.append(_decode_payload_text(bytes(pending), pending_charset, found_defects))
        pending_charset, pending = None, bytearray()

    for match in _ENCODED_WORD.finditer(value):
        if match.start() > pos:
            flush()
            out.append(value[pos : match.start()])
        charset, data = word_bytes(match)
        if pending_charset is not None and charset.lower() != pending_charset.lower():
            flush()
        pending_charset = charset
        pending += data
        pos = match.end()
    flush()
    out.append(value[pos:])
    return "".join(out)


def _clean(value: str) -> str:
    return " ".join(value.split())


#: address headers longer than this are cut at a comma first (no real To/Cc comes near it)
MAX_ADDRESS_HEADER = 64_000


#: address header values up to this long, with at most this many commas, are
#: remembered (:func:`_short_addresses`): a From or a To of a few addresses repeats
#: across a mailbox; long lists rarely do, and 4,096 remembered lists of 100+ addresses
#: would hold tens of MB in a long-running daemon
MAX_REMEMBERED_ADDRESSES = 256
MAX_REMEMBERED_COMMAS = 3


def _addresses(raw_value: bytes, defects: list[str]) -> tuple[Address, ...]:
    if (
        len(raw_value) <= MAX_REMEMBERED_ADDRESSES
        and raw_value.count(b",") <= MAX_REMEMBERED_COMMAS
    ):
        found, problems = _short_addresses(raw_value)
        defects.extend(problems)  # Message.defects drops repeats
        return found
    return _read_addresses(raw_value, defects)


@functools.lru_cache(maxsize=4096)
def _short_addresses(raw_value: bytes) -> tuple[tuple[Address, ...], tuple[str, ...]]:
    """A short value's addresses and defects, read once: a mailbox repeats the same few
    From and To values (the user's own address in nearly every To), and the scan reads
    the header block of every message."""
    defects: list[str] = []
    return _read_addresses(raw_value, defects), tuple(defects)


def _read_addresses(raw_value: bytes, defects: list[str]) -> tuple[Address, ...]:
    text = _bytes_to_str(raw_value, defects)
    if len(text) > MAX_ADDRESS_HEADER:
        cut = text.rfind(",", 0, MAX_ADDRESS_HEADER)
        text = text[: cut if cut > 0 else MAX_ADDRESS_HEADER]
        defects.append("address header too long: the rest was ignored")
    return parse_addresses(text, defects, decode_words)


def _date(value: str, defects: list[str]) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append("unreadable Date header")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _content_type(value: str) -> tuple[str, dict[str, str]]:
    main, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for match in _PARAM.finditer(";" + rest):
        key = match.group(1).lower()
        val = match.group(2) if match.group(2) is not None else match.group(3)
        if key.endswith("*") or "*" in key:  # RFC 2231: name*=utf-8''x or name*0=...
            base = key.split("*", 1)[0]
            params[base] = params.get(base, "") + _rfc2231(val or "")
        else:
            params.setdefault(key, (val or "").replace('\\"', '"'))
    return main.strip().lower() or "text/plain", params


def _rfc2231(value: str) -> str:
    from urllib.parse import unquote

    if value.count("'") >= 2:
        charset, _, rest = value.partition("'")
        _, _, encoded = rest.partition("'")
        decoded = unquote(encoded, encoding=_lookup_charset(charset) or "utf-8", errors="replace")
        return without_lone_surrogates(decoded)
    return unquote(value)


# --------------------------------------------------------------------------- bodies


class _Walk:
    """State of one MIME walk: what was found and what went wrong."""

    def __init__(self, defects: list[str]) -> None:
        self.defects = defects
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[str] = []
        self.parts = 0


def _decode_transfer(body: bytes, encoding: str, defects: list[str]) -> bytes:
    encoding = encoding.strip().lower()
    if encoding == "base64":
        data = _NOT_BASE64.sub(b"", body)
        if len(data) % 4 == 1:
            data = data[:-1]
        try:
            return binascii.a2b_base64(data + b"=" * (-len(data) % 4))
        except (binascii.Error, ValueError):
            defects.append("bad base64 body")
            return b""
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body)
    return body


_TOO_MANY_PARTS = "too many MIME parts: the rest were ignored"


def _walk(head_fields: list[tuple[str, bytes]], body: bytes, walk: _Walk, depth: int) -> None:
    walk.parts += 1
    if walk.parts > MAX_PARTS:
        if _TOO_MANY_PARTS not in walk.defects:
            walk.defects.append(_TOO_MANY_PARTS)
        return
    headers: dict[str, str] = {}
    for name, value in head_fields:
        if name in ("content-type", "content-transfer-encoding", "content-disposition"):
            headers.setdefault(name, _bytes_to_str(value))
    ctype, params = _content_type(headers.get("content-type", "text/plain"))
    disposition, dparams = _content_type(headers.get("content-disposition", "inline"))
    filename = dparams.get("filename") or params.get("name")
    if filename:
        walk.attachments.append(_clean(decode_words(filename, walk.defects))[:255])

    if ctype.startswith("multipart/"):
        if depth >= MAX_DEPTH:
            walk.defects.append("MIME nesting too deep: inner parts ignored")
            return
        boundary = params.get("boundary")
        if not boundary:
            walk.defects.append("multipart without boundary")
            _walk([], body, walk, depth + 1)
            return
        for part in _split_multipart(body, boundary.encode("utf-8", "replace"), walk.defects):
            part_head, part_body, had = _split_head(part)
            if not had and part.startswith((b"\r\n", b"\n")):
                part_body = part.lstrip(b"\r\n")
            _walk(_header_lines(part_head, []), part_body, walk, depth + 1)
            if walk.parts > MAX_PARTS:
                break
        return
    if ctype == "message/rfc822" or filename or disposition == "attachment":
        return
    if ctype not in ("text/plain", "text/html", "text"):
        return
    data = _decode_transfer(body, headers.get("content-transfer-encoding", ""), walk.defects)
    text = _decode_payload_text(data, params.get("charset"), walk.defects)
    if ctype == "text/html":
        walk.html.append(text)
    elif ctype in ("text/plain", "text"):
        walk.plain.append(text)


def _split_multipart(body: bytes, boundary: bytes, defects: list[str]) -> list[bytes]:
    delimiter = b"--" + boundary
    parts: list[bytes] = []
    pos = body.find(delimiter)
    if pos < 0:
        defects.append("truncated MIME: boundary never found")
        return [body] if body.strip() else []
    while True:
        line_end = body.find(b"\n", pos)
        after = body[pos + len(delimiter) : pos + len(delimiter) + 2]
        if after == b"--":
            return parts
        if line_end < 0:
            break
        nxt = body.find(b"\n" + delimiter, line_end)
        if nxt < 0:
            parts.append(body[line_end + 1 :])
            defects.append("truncated MIME: closing boundary missing")
            return parts
        chunk = body[line_end + 1 : nxt]
        if chunk.endswith(b"\r"):
            chunk = chunk[:-1]
        parts.append(chunk)
        pos = nxt + 1
    defects.append("truncated MIME: closing boundary missing")
    return parts


# --------------------------------------------------------------------------- message


def _parse(raw: bytes, max_bytes: int) -> Message:
    if not isinstance(raw, bytes | bytearray | memoryview):
        raw = str(raw).encode("utf-8", "replace")
    raw = bytes(raw)
    size = len(raw)
    defects: list[str] = []
    if size > max_bytes:
        raw = raw[:max_bytes]
        defects.append(f"truncated: message larger than {max_bytes} bytes ({size} bytes)")
    if b"\x00" in raw[:4096]:
        defects.append("NUL bytes: binary data, not a mail message")
    head, body, had_headers = _split_head(raw)
    if not had_headers:
        defects.append("no header fields")
    fields = _header_lines(head, defects)

    headers: dict[str, str] = {}
    raw_first: dict[str, bytes] = {}
    for name, value in fields:
        if name in raw_first:
            continue
        raw_first[name] = value
        headers[name] = _clean(decode_words(_bytes_to_str(value, defects), defects))

    def addresses(name: str) -> tuple[Address, ...]:
        value = raw_first.get(name)
        return _addresses(value, defects) if value else ()

    senders = addresses("from")
    date = _date(headers["date"], defects) if headers.get("date") else None
    message_id = _first_id(headers.get("message-id", ""))
    in_reply_to = _first_id(headers.get("in-reply-to", ""))
    references = tuple(_MSGID.findall(headers.get("references", "")))[:100]

    walk = _Walk(defects)
    if body:
        _walk(fields, body, walk, 0)
    if walk.plain:
        text = "\n\n".join(walk.plain)
    elif walk.html:
        text = html_to_text("\n".join(walk.html))
    else:
        text = ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")

    return Message(
        message_id=message_id,
        subject=headers.get("subject", ""),
        sender=senders[0] if senders else None,
        reply_to=addresses("reply-to"),
        to=addresses("to"),
        cc=addresses("cc"),
        date=date,
        in_reply_to=in_reply_to,
        references=references,
        headers=headers,
        text=text,
        attachments=tuple(walk.attachments),
        defects=tuple(dict.fromkeys(defects)),
        size=size,
    )


def _first_id(value: str) -> str | None:
    found = _MSGID.search(value)
    if found:
        return found.group(0)
    value = value.strip()
    return value[:998] or None
