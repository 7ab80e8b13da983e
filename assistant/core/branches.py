"""A pattern made of top-level alternatives, each searched only where it can match (pure).

``re`` gives a pattern such as ``(?<!x)\\b(?:grant|loan)\\s+application|\\b(?:miet|
partner)antrag`` nothing to skip ahead to: it tries every branch at every character.
``Branches`` compiles each branch on its own (without its leading ``\\b``, see
``compile_fast``), skips a branch when the text lacks its needles (``needles_of``), and
takes the leftmost match of those that run, the first branch on a tie: the whole
pattern's ``search``, as the engine tries the branches in order at each place.
"""

from __future__ import annotations

import re

from assistant.core.fast_regex import word_start
from assistant.core.needles import split_top
from assistant.core.nofollowup import NeedleMasks, compile_fast, first_match, needles_of
from assistant.core.substrings import SUBSTRINGS

__all__ = ["Branches"]


class Branches:
    """``pattern.search`` for a pattern of top-level alternatives, faster."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        source = pattern.pattern
        branches = split_top(source) if "#" not in source else [source]
        self._branches: list[tuple[re.Pattern[str], bool, NeedleMasks]] = []
        for branch in branches:
            bare = branch.strip()
            if word_start(bare):  # "\\b" then a word: matches() checks the word start
                compiled, checked = compile_fast(bare, pattern.flags), True
            else:
                compiled, checked = re.compile(bare, pattern.flags), False
            self._branches.append((compiled, checked, needles_of(compiled)))

    def search(self, text: str) -> re.Match[str] | None:
        present = SUBSTRINGS.found(text)
        best: re.Match[str] | None = None
        for compiled, checked, needles in self._branches:
            for mask in needles:
                if not present & mask:
                    break
            else:
                found = first_match(compiled, text) if checked else compiled.search(text)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
        return best
