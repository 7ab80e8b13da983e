"""Text from mail made safe to show on a terminal or to put in a header (pure).

Mail is hostile input: a subject or a display name may carry terminal escape
sequences (``ESC [2J`` clears the screen, ``ESC ]0;...BEL`` sets the window
title, and worse on some terminals) or Unicode bidi controls that make text read
in another order than it is stored (U+202E turns ``evil.test`` into something
that looks like ``tset.live``). Both kinds are removed, never interpreted:

- :func:`for_terminal`: escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, other
  ESC sequences, and their 8-bit C1 forms), every other C0/C1 control and DEL,
  and the bidi controls; line breaks and tabs stay where text is shown as text.
- :func:`for_header`: the same, and every line break becomes a space: a header
  value is one line.
- :func:`without_lone_surrogates`: decoded text a decoder let lone surrogates
  through (UTF-7 above all), repaired so it can be encoded as UTF-8 again.

Each pass is a few linear regular-expression scans.
"""

from __future__ import annotations

import re

__all__ = ["BIDI_CONTROLS", "for_header", "for_terminal", "without_lone_surrogates"]

#: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*+[ -/]*+[@-~]?"  # CSI ... final byte
    r"|\x9b[0-?]*+[ -/]*+[@-~]?"  # 8-bit CSI
    r"|\x1b\][^\x07\x1b\x9c]*+(?:\x07|\x1b\\|\x9c)?"  # OSC ... BEL or ST
    r"|\x9d[^\x07\x1b\x9c]*+(?:\x07|\x1b\\|\x9c)?"  # 8-bit OSC
    r"|\x1b[PX^_][^\x1b\x9c]*+(?:\x1b\\|\x9c)?"  # DCS, SOS, PM, APC strings ... ST
    r"|[\x90\x98\x9e\x9f][^\x1b\x9c]*+(?:\x1b\\|\x9c)?"  # their 8-bit forms
    r"|\x1b[ -/]*+[0-~]?"  # any other escape sequence (or a lone ESC)
)
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
_CONTROLS_AND_BREAKS = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def for_terminal(text: str, *, multiline: bool = True) -> str:
    """``text`` without escape sequences, controls or bidi controls.

    ``multiline``: newlines and tabs stay (other line breaks become newlines);
    otherwise every break and tab becomes a space.
    """
    if not text:
        return text
    text = _SEQUENCES.sub("", text)
    if multiline:
        text = _LINE_BREAKS.sub("\n", text)
        return _CONTROLS.sub("", text)
    return _CONTROLS_AND_BREAKS.sub(_space_for_break, text)


def for_header(text: str) -> str:
    """One header line: no controls, no bidi controls, no line breaks, single spaces."""
    return " ".join(for_terminal(text, multiline=False).split())


def _space_for_break(match: re.Match[str]) -> str:
    return " " if match.group(0) in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" else ""


def without_lone_surrogates(text: str, defects: list[str] | None = None) -> str:
    """Replace lone surrogates (U+D800..U+DFFF) with U+FFFD; join proper pairs.

    Some decoders (UTF-7 above all) let them through, and a str holding one cannot
    be encoded as UTF-8: JSON output, the store and the terminal would all fail.
    """
    if text.isascii() or _SURROGATE.search(text) is None:  # isascii: a flag, no scan
        return text
    if defects is not None:
        defects.append("lone surrogates in decoded text: replaced")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
