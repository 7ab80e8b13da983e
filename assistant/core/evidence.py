"""Where the deciding words stand in a message: spans to highlight (pure).

The scanner keeps its reasons in words such as ``subject: 'application received'``
or ``body: 'we received your application'``, and the exact do-not-follow-up
phrase. :func:`quoted_phrases` pulls the quoted words out of reasons;
:func:`segments` cuts a text into plain and highlighted pieces. The front end
escapes every piece; nothing here produces markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: a phrase quoted in a reason: 'words' or "words" (at least three characters)
_QUOTED = re.compile(r"'([^'\n]{3,200})'|\"([^\"\n]{3,200})\"")


#: reasons whose quoted words are facts read from the mail, not the words that decided
_FACT_REASONS = ("company", "role", "contact", "subject mentions", "job words", "sender")


def quoted_phrases(reasons: Iterable[str]) -> list[str]:
    """The deciding words quoted in ``reasons`` (two words or more), in order, without repeats.

    Facts read from the mail (``company from body: 'X'``, a role, a contact) are
    left out: they are not why the message was judged as it was.
    """
    found: list[str] = []
    for reason in reasons:
        if reason.strip().lower().startswith(_FACT_REASONS):
            continue
        for match in _QUOTED.finditer(reason):
            phrase = (match.group(1) or match.group(2)).strip()
            if len(phrase.split()) >= 2 and phrase not in found:
                found.append(phrase)
    return found


def _pattern(phrase: str) -> re.Pattern[str]:
    """``phrase`` matched case-insensitively with any run of whitespace for a space
    (the stored phrase may be wrapped differently from the text)."""
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"\s+".join(words), re.IGNORECASE)


def spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` of every occurrence of each phrase, in order."""
    found: list[tuple[int, int]] = []
    for phrase in phrases:
        if not phrase.split():
            continue
        for match in _pattern(phrase).finditer(text):
            found.append((match.start(), match.end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def segments(text: str, phrases: Iterable[str]) -> list[tuple[str, bool]]:
    """``text`` as ``(piece, highlighted)`` pairs; joined, the pieces are ``text`` again."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans(text, phrases):
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces
