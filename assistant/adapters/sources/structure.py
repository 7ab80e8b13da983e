"""IMAP BODYSTRUCTURE (as imapclient parses it) -> the parts of a message, with IMAP numbers.

imapclient gives nested tuples (RFC 3501, section 7.4.2): a multipart is
``([part, part, ...], subtype, params, disposition, ...)``; a single part is
``(type, subtype, params, id, description, encoding, size, ...)`` whose
disposition sits after the type-specific fields (text: the line count;
message/rfc822: envelope, body and line count). A hostile server or message may
send any shape: whatever does not fit is taken as an attachment of unknown type,
never as text, and nothing here raises.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from assistant.core.bigmail import Leaf
from assistant.core.parse import MAX_DEPTH, MAX_PARTS

__all__ = ["text_leaves"]


def text_leaves(structure: Any) -> list[Leaf] | None:
    """Every non-multipart part in order; None when the message is a single part."""
    if not _is_multipart(structure):
        return None
    leaves: list[Leaf] = []
    _collect(structure, "", 1, leaves)
    return leaves


def _is_multipart(structure: Any) -> bool:
    return (
        isinstance(structure, tuple | list) and bool(structure) and isinstance(structure[0], list)
    )


def _collect(structure: Any, prefix: str, depth: int, leaves: list[Leaf]) -> None:
    for number, part in enumerate(structure[0], start=1):
        if len(leaves) >= MAX_PARTS:
            return
        name = f"{prefix}{number}"
        if _is_multipart(part):
            if depth < MAX_DEPTH:
                _collect(part, f"{name}.", depth + 1, leaves)
            continue
        leaves.append(_leaf(part, name))


def _leaf(part: Any, number: str) -> Leaf:
    try:
        maintype, subtype = _text(part[0]).lower(), _text(part[1]).lower()
        params = _pairs(part[2])
        size = part[6] if isinstance(part[6], int) else 0
        where = {"text": 9, "message": 11}.get(maintype, 8)
        disposition = part[where] if len(part) > where else None
    except (IndexError, TypeError):
        return Leaf(number, "application/octet-stream", 0, attachment=True)
    kind, dparams = "", {}
    if isinstance(disposition, tuple | list) and disposition:
        kind = _text(disposition[0]).lower()
        dparams = _pairs(disposition[1] if len(disposition) > 1 else None)
    content_type = f"{maintype}/{subtype}"
    return Leaf(
        number=number,
        content_type=content_type,
        size=size,
        filename=dparams.get("filename") or params.get("name"),
        attachment=kind == "attachment" or content_type == "message/rfc822",
    )


def _pairs(value: Any) -> dict[str, str]:
    """``(b"charset", b"utf-8", ...)`` -> dict; RFC 2231 ``filename*`` decoded."""
    if not isinstance(value, tuple | list):
        return {}
    found: dict[str, str] = {}
    for key, item in zip(value[0::2], value[1::2], strict=False):
        name, text = _text(key).lower(), _text(item)
        if name.endswith("*"):
            name = name.rstrip("*")
            charset, _, rest = text.partition("'")
            _, _, encoded = rest.partition("'")
            try:
                text = unquote(encoded or text, encoding=charset or "utf-8", errors="replace")
            except LookupError:  # an unknown charset
                text = unquote(encoded or text, errors="replace")
        found.setdefault(name, text)
    return found


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)
