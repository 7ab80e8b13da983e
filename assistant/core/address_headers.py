"""Address header values (From, To, Cc, Reply-To) -> :class:`Address` tuples. Never raises.

The parsing is the standard library's header registry (``email.policy.default``):
it reads quoted commas, comments, groups and obsolete routes the way RFC 5322
says, after the RFC 2047 encoded words are decoded. A hand-written split once
turned ``=?utf-8?q?Acme:_Careers?= <jobs@acme.test>`` into the sender
``_Careers?= <jobs@acme.test>``.

The registry costs quadratic time in the length of what it is given (86 KB of
addresses: 1.3 s; 350 KB: 23 s) and recurses once per nested comment. So it is
given one address at a time: :func:`_elements` cuts the value at the commas
between addresses in one linear pass (quotes, comments and angle brackets are
kept whole; a group's ``name:`` and ``;`` are separators; encoded words are
decoded into a quoted string first), and each element is capped.

A plain ``Name <a@b>``, a bare ``a@b`` or a single quoted name without escapes
(``"Dana Fox, HR" <dana@acme.test>``, which is how most mail writes a name and
how a decoded encoded word comes back) has only one reading and is taken
without the registry: 10x cheaper on the scanner's hot path; so is a name of quoted
strings and words (``"João" Silva <...>``), read as the registry reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email import policy

from assistant.core.models import Address
from assistant.core.safe_text import without_lone_surrogates

__all__ = ["parse_addresses", "MAX_ADDRESSES", "MAX_ELEMENT"]

#: addresses past this count are ignored (a real To/Cc never comes near it)
MAX_ADDRESSES = 1000
#: one address (name and all) longer than this is not read
MAX_ELEMENT = 2000

_ATOMS = r"[^\"<>,;:@()\\=\[\]]*+"  # words without a special character
_QUOTED = r'\s*+"[^"\\=]*+"\s*+'  # one quoted string without an escape or "=?"
_ADDR = r"[^<>\s,;:\"()@\[\]\\]+@[^<>\s,;:\"()@\[\]\\]+"
_PLAIN = re.compile(rf"\s*+(?:(?P<name>{_QUOTED}|{_ATOMS})<(?P<a1>{_ADDR})>|(?P<a2>{_ADDR}))\s*")
#: a name of quoted strings and plain words, each apart ('"João" Silva <...>', as a
#: decoded encoded word comes back from _elements), no lone surrogate (the registry
#: rejects those): tests/test_address_headers.py checks that the registry reads
#: these the same way
_MIXED = re.compile(
    rf"\s*+(?P<name>(?:(?:\"[^\"\\=\ud800-\udfff]++\"|[\w'’&+-]++)\s++)+)<(?P<a1>{_ADDR})>\s*"
)
_WORD = r"=\?[^?\s]{1,40}\?[bBqQ]\?[^?\s]*\?="
_ENCODED_RUN = re.compile(f"{_WORD}(?:[ \\t]+{_WORD})*")
_header_factory = policy.default.header_factory
#: characters that make _elements cut, quote or decode (without them a value is one element)
_SPECIAL = re.compile(r'[\\"(),;:=]')


def parse_addresses(
    text: str, defects: list[str], decode: Callable[[str, list[str]], str]
) -> tuple[Address, ...]:
    """Every address in one header value (already bytes -> str), in order.

    ``decode`` turns a run of RFC 2047 encoded words into text (``parse.decode_words``).
    """
    found: list[Address] = []
    for element, comments in _elements(text, lambda run: decode(run, defects)):
        if len(found) >= MAX_ADDRESSES:
            defects.append("too many addresses: the rest were ignored")
            break
        if len(element) > MAX_ELEMENT:
            defects.append("address too long: ignored")
            continue
        found.extend(_parse_element(element, comments, defects))
    return tuple(found)


def _parse_element(element: str, comments: list[str], defects: list[str]) -> list[Address]:
    """One address; ``comments`` before its ``<`` are kept in the name, as mail clients show
    them (``Dana Kerr (Bluefin Robotics) <...>``, ``dana@acme.test (Dana Kerr)``)."""
    plain = _PLAIN.fullmatch(element)
    if plain is not None:
        email = plain.group("a1") or plain.group("a2") or ""
        name = " ".join((plain.group("name") or "").split()).strip('"')
        return [_address(name, *email.rsplit("@", 1))]
    mixed = _MIXED.fullmatch(element)
    if mixed is not None:  # the registry reads it as its words with the quotes taken off
        name = " ".join(mixed.group("name").replace('"', "").split())
        return [_address(name, *mixed.group("a1").rsplit("@", 1))]
    try:
        header = _header_factory("to", element)
        mailboxes = header.addresses
    except Exception:  # RecursionError on nested comments, and whatever else hostile text finds
        defects.append("unreadable address header")
        return []
    result = []
    for mailbox in mailboxes:
        if not mailbox.username or not mailbox.domain:
            continue
        name = mailbox.display_name
        if comments:
            said = " ".join(comments)
            name = f"{name} ({said})" if name else said
        name = without_lone_surrogates(name, defects)
        result.append(_address(" ".join(name.split()), mailbox.username, mailbox.domain))
    return result


def _address(name: str, local: str, domain: str) -> Address:
    return Address(name=name.strip("\"' "), email=f"{local}@{domain.lower()}")


def _elements(text: str, decode: Callable[[str], str]) -> list[tuple[str, list[str]]]:
    """Cut an address list into single addresses at top-level ``,`` ``;`` and group ``name:``.

    A run of encoded words outside quotes is decoded here and put back as a quoted
    string, so what the registry reads has one meaning (``"Acme: Careers"``) and
    the charset work stays with ``decode`` (unknown charsets, lone surrogates).
    """
    if _SPECIAL.search(text) is None:  # one address and nothing to rewrite (most From:)
        return [(text, [])] if text.strip() else []
    elements: list[tuple[str, list[str]]] = []
    pieces: list[str] = []  # the current element, as rewritten so far
    comments: list[str] = []  # its top-level comments before any "<"
    comment_start = 0
    seen_angle = False
    start = 0  # where the not yet copied stretch of the current element begins
    pos = 0
    length = len(text)
    depth = 0  # comment nesting
    angle = False
    while pos < length:
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if depth:
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if not depth and not seen_angle:
                    comments.append(" ".join(text[comment_start:pos].split()))
        elif char == '"':
            pos = _closing_quote(text, pos + 1) + 1
            continue
        elif char == "(":
            depth, comment_start = 1, pos + 1
        elif angle:
            angle = char != ">"
        elif char == "<":
            angle = seen_angle = True
        elif char == "=" and text.startswith("=?", pos):
            run = _ENCODED_RUN.match(text, pos)
            if run is not None:
                pieces.append(text[start:pos])
                pieces.append(_quoted(decode(run.group(0))))
                pos = start = run.end()
                continue
        elif char in ",;":
            pieces.append(text[start:pos])
            elements.append(("".join(pieces), comments))
            pieces, comments, seen_angle, start = [], [], False, pos + 1
        elif char == ":":  # a group's display name: not an address
            pieces, comments, start = [], [], pos + 1
        pos += 1
    pieces.append(text[start:])
    elements.append(("".join(pieces), comments))
    return [(element, said) for element, said in elements if element.strip()]


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _closing_quote(text: str, pos: int) -> int:
    """Index of the quote that closes a quoted string opened before ``pos`` (or the end)."""
    length = len(text)
    while pos < length:
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if char == '"':
            return pos
        pos += 1
    return length
