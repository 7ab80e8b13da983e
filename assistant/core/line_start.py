"""Patterns that match at the start of a line, searched fast (pure).

A MULTILINE pattern that begins with ``^`` ("a line that is only a closing", "where a
quoted message begins") gives the regex engine nothing to skip ahead to: it tries a
match at every character of the text. ``LineStart`` searches the same pattern with a
line break in front of it instead (the engine jumps from line break to line break, in
C) and takes the match of the pattern itself at the start of that line, and at the
start of the text. The matches are the pattern's own, the same as its ``search`` /
``finditer`` would give (tests/test_line_start.py compares them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.core.needles import split_top

_HEAD = re.compile(r"\(\?[a-zA-Z]*m[a-zA-Z]*\)\^")


class LineStart:
    """A pattern of the form ``(?m)^...`` (inline flags, then ``^``)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        head = _HEAD.match(pattern.pattern)
        rest = pattern.pattern[head.end() :] if head else ""
        if head is None or not pattern.flags & re.MULTILINE or len(split_top(rest)) > 1:
            raise ValueError(f"not a (?m)^ pattern: {pattern.pattern[:40]!r}")
        self.pattern = pattern
        # "^" after a line break is the line break itself, then the rest
        self._after_break = re.compile(pattern.pattern[: head.end() - 1] + "\\n(?:" + rest + ")")

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next(self.finditer(text, pos), None)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """The pattern's ``finditer(text, pos)`` (a pattern that never matches empty)."""
        if pos == 0:
            first = self.pattern.match(text)
            if first is not None:
                yield first
                pos = first.end()
        match_at, after_break = self.pattern.match, self._after_break.search
        while True:
            # a line that starts at or after pos follows a break at or after pos - 1
            found = after_break(text, max(pos - 1, 0))
            if found is None:
                return
            match = match_at(text, found.start() + 1)
            if match is None:  # the rest matched after the break, so it does here: never
                pos = found.start() + 2
                continue
            yield match
            pos = match.end()
