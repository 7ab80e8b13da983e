"""Which of many fixed strings a text holds, found in one pass (pure).

Before a regex runs, the classifier checks that the lower-cased text holds the
pattern's needles (``needles``), its kind's gate words and the like: a few hundred
``needle in text`` tests per message, each a scan of the text. ``SUBSTRINGS``
answers them all from one Aho-Corasick pass (pyahocorasick, in C): every string
is registered once and gets a bit (``mask``); ``found(text)`` is the bits of the
strings the text holds, kept for the last few texts. A check is then ``found &
mask``, exactly ``any(s in text for s in strings)``.

The same pass sees where each string stands: ``places(text, bits)`` gives those
places, so a pattern that can only start with one of a few words is matched there
only (``nofollowup.matches``).
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
        self._lengths: dict[int, int] = {}  # bit -> its string's length
        self._lock = threading.Lock()
        self._automaton: ahocorasick.Automaton | None = None
        self._answers: dict[str, int] = {}
        #: per kept text: the (end, bit) of each string found, and (once asked) the
        #: ends by bit. Replaced with the answers (in this order, see ``found``)
        self._hits: dict[str, _Hits] = {}

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
                    self._lengths[bit] = len(string)
                    # answers so far lack this string: forget them, rebuild on next use
                    # (the automaton first: a reader takes the answers before it)
                    self._automaton, self._answers, self._hits = None, {}, {}
                mask |= bit
            return mask

    def found(self, text: str) -> int:
        """The bits of the registered strings that ``text`` holds.

        The answer covers the strings registered when it is given: register (``mask``)
        every string a check needs before asking, or its bit is missing."""
        answers, kept, automaton = self._answers, self._hits, self._automaton
        known = answers.get(text)
        if known is not None:
            return known
        if not self._bits:
            return 0
        if automaton is None:
            automaton, answers, kept = self._build()
        hits = list(automaton.iter(text))
        bits = 0
        for _end, bit in hits:
            bits |= bit
        if len(answers) >= _KEEP:  # forget the oldest text, not the message's body
            oldest = next(iter(answers))
            answers.pop(oldest, None)
            kept.pop(oldest, None)
        kept[text] = _Hits(hits)
        answers[text] = bits
        return bits

    def places(self, text: str, bits: Iterable[int]) -> list[int] | None:
        """Where the strings of ``bits`` start in ``text``, in order (a place may repeat);
        None when ``text`` was not asked about (``found``) lately: nothing is known."""
        kept = self._hits.get(text)
        if kept is None:
            return None
        ends = kept.by_bit()
        out: list[int] = []
        runs = 0
        for bit in bits:
            found = ends.get(bit)
            if found:
                back = self._lengths[bit] - 1
                out += [end - back for end in found]
                runs += 1
        if runs > 1:
            out.sort()
        return out

    def _build(self) -> tuple[ahocorasick.Automaton, dict[str, int], dict[str, _Hits]]:
        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for string, bit in self._bits.items():
                    automaton.add_word(string, bit)
                automaton.make_automaton()
                self._answers, self._hits = {}, {}
                self._automaton = automaton
            return self._automaton, self._answers, self._hits


class _Hits:
    """The strings found in one text: (end, bit) in order of their ends, and by bit."""

    __slots__ = ("_by_bit", "hits")

    def __init__(self, hits: list[tuple[int, int]]) -> None:
        self.hits = hits
        self._by_bit: dict[int, list[int]] | None = None

    def by_bit(self) -> dict[int, list[int]]:
        """Each bit's ends, in order (computed once, on the first ask)."""
        ends = self._by_bit
        if ends is None:
            ends = {}
            for end, bit in self.hits:
                if bit in ends:
                    ends[bit].append(end)
                else:
                    ends[bit] = [end]
            self._by_bit = ends
        return ends


SUBSTRINGS = Substrings()
