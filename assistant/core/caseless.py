"""Case-insensitive patterns that start with words, searched fast (pure).

The regex engine cannot skip ahead in an IGNORECASE pattern that starts with
``\\b``: it tries a match at every character. ``Caseless`` wraps such a pattern,
``(?i)\\b(?:until|by|before ...)...``: a plain (case-sensitive, so fast) search for
its leading words in the folded text finds where a match may start, and the
pattern itself is tried there only. The matches are the pattern's own, the same as
its ``search`` / ``finditer`` would give.

``fold`` lower-cases a text without changing its length and maps the few other
characters IGNORECASE matches to an ASCII letter ("ı", "İ", "ſ"; the Kelvin sign
lower-cases to "k"), so every place where the leading words match ignoring case
is found.

Where the folded text's needles were found already (``substrings.SUBSTRINGS``, as
for a message's body and subject), the leading words' places are known, and the
pattern is tried there only (as ``fast_regex.anchor_places`` does): no search at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.core.fast_regex import anchor_indexes
from assistant.core.needles import group_end
from assistant.core.nofollowup import lowered
from assistant.core.substrings import SUBSTRINGS

#: characters that IGNORECASE matches to an ASCII letter and that lower() does not
#: turn into it (tests/test_caseless.py checks this against the regex engine)
_FOLD = {"İ": "i", "ı": "i", "ſ": "s"}
_FOLD_TABLE = str.maketrans(_FOLD)


def fold(text: str) -> str:
    """``text`` lower-cased (same length), with ``_FOLD`` applied."""
    low = lowered(text)
    if any(ch in text for ch in _FOLD):
        low = low.translate(_FOLD_TABLE)
    return low


class Caseless:
    """An IGNORECASE pattern of the form ``\\b(?:words...)rest``, searched fast.

    The leading group must be written in lower case; any other pattern is searched
    as it is (``finder`` None)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.finder = _finder(pattern)
        #: the SUBSTRINGS indexes of the finder's words, registered on first use (then
        #: the answers so far are dropped): at import time no text has any
        self._indexes: tuple[int, ...] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.finder is None:
            yield from self.pattern.finditer(text)
            return
        low = fold(text)
        find, match = self.finder.search, self.pattern.match
        pos = 0
        places = self._places(low)
        if places is not None:
            # a match starts where the finder matches, so at one of its words' places;
            # a place where the finder does not match fails the pattern too
            for start in places:
                if start < pos:
                    continue
                if start and _word(text[start - 1]) and _word(text[start]):
                    continue  # inside a word ("till" in "still"): the pattern's \b fails
                found = match(text, start)
                if found is not None:
                    yield found
                    pos = max(found.end(), start + 1)
            return
        while True:
            where = find(low, pos)
            if where is None:
                return
            start = where.start()
            found = match(text, start)  # \b still sees the character before start
            if found is None:
                pos = start + 1
                continue
            yield found
            pos = max(found.end(), start + 1)

    def _places(self, low: str) -> list[int] | None:
        """Where the finder's words start in ``low`` (None: unknown, search instead)."""
        if self._indexes is None:
            assert self.finder is not None
            # two letters ("by"): the pattern's own search is dearer than their few places
            self._indexes = anchor_indexes(self.finder, shortest=2)
        return SUBSTRINGS.starts(low, self._indexes) if self._indexes else None


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The leading word group of ``pattern``, compiled case-sensitively (None: unsuitable)."""
    if not pattern.flags & re.IGNORECASE:
        return None
    source = pattern.pattern.removeprefix("(?i)")
    if not source.startswith("\\b(?:"):
        return None
    end = group_end(source, 2)
    if end < 0 or source[end + 1 : end + 2] in ("?", "*", "{"):
        return None  # unbalanced, or the words are optional
    group = source[2 : end + 1]
    unescaped = re.sub(r"\\.", "", group)
    if any(ch.isupper() or ch in "^$" for ch in unescaped):
        return None  # upper case, or anchors the finder would read differently
    finder = re.compile(group, pattern.flags & ~re.IGNORECASE)
    return None if finder.match("") else finder  # words, never nothing
