"""Which of many fixed strings a text holds, found in one pass (pure).

Before a regex runs, the classifier checks that the lower-cased text holds the
pattern's needles (``needles``), its kind's gate words and the like: a few hundred
``needle in text`` tests per message, each a scan of the text. ``SUBSTRINGS``
answers them all from one Aho-Corasick pass (pyahocorasick, in C): every string
is registered once and gets a bit (``mask``); ``found(text)`` is the bits of the
strings the text holds, kept for the last few texts. A check is then ``found &
mask``, exactly ``any(s in text for s in strings)``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import ahocorasick

__all__ = ["SUBSTRINGS", "Substrings"]

#: texts whose answer is kept (a message's text is asked about from several modules)
_KEEP = 8


class Substrings:
    """A growing set of strings and, per text, which of them it holds."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._automaton: ahocorasick.Automaton | None = None
        self._answers: dict[str, int] = {}

    def mask(self, strings: Iterable[str]) -> int:
        """The bits of ``strings``; a string not seen before is added."""
        with self._lock:
            mask = 0
            for string in strings:
                if not string:
                    raise ValueError("an empty string is in every text: nothing to look for")
                bit = self._bits.get(string)
                if bit is None:
                    bit = self._bits[string] = 1 << len(self._bits)
                    # answers so far lack this string: forget them, rebuild on next use
                    self._automaton, self._answers = None, {}
                mask |= bit
            return mask

    def found(self, text: str) -> int:
        """The bits of the registered strings that ``text`` holds.

        The answer covers the strings registered when it is given: register (``mask``)
        every string a check needs before asking, or its bit is missing."""
        answers, automaton = self._answers, self._automaton
        known = answers.get(text)
        if known is not None:
            return known
        if not self._bits:
            return 0
        if automaton is None:
            automaton, answers = self._build()
        bits = 0
        for _end, bit in automaton.iter(text):
            bits |= bit
        if len(answers) >= _KEEP:  # forget the oldest text, not the message's body
            answers.pop(next(iter(answers)), None)
        answers[text] = bits
        return bits

    def _build(self) -> tuple[ahocorasick.Automaton, dict[str, int]]:
        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for string, bit in self._bits.items():
                    automaton.add_word(string, bit)
                automaton.make_automaton()
                self._automaton, self._answers = automaton, {}
            return self._automaton, self._answers


SUBSTRINGS = Substrings()
