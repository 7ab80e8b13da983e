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
from functools import reduce
from operator import itemgetter, or_

import ahocorasick

__all__ = ["SUBSTRINGS", "Substrings", "index_of"]

#: a hit's value (index, bit), and the bit of a value
_VALUE = _BIT = itemgetter(1)
#: texts whose answer is kept (a message's text is asked about from several modules)
_KEEP = 8
#: texts read with a second automaton before the two become one (``_build``)
_SETTLED = 64


class Substrings:
    """A growing set of strings and, per text, which of them it holds."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        #: each string's length, by its bit's index (a bit is a large int, slow to hash:
        #: the places are kept by index, ``bit.bit_length() - 1``, a small int)
        self._lengths: list[int] = []
        self._lock = threading.Lock()
        #: what ``found`` runs: the main automaton, and one of the strings added since it
        #: was built (None: rebuild on next use; see ``_build``)
        self._automata: tuple[ahocorasick.Automaton, ...] | None = None
        self._main: ahocorasick.Automaton | None = None
        self._main_size = 0  # how many strings (the first ones) the main automaton holds
        self._unsettled = 0  # texts read with two automata since a string was added
        self._answers: dict[str, int] = {}
        #: per kept text: the (end, (index, bit)) of each string found, and (once asked)
        #: the starts by index. Replaced with the answers (in this order, see ``found``)
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
                    self._lengths.append(len(string))
                    # answers so far lack this string: forget them, rebuild on next use
                    # (the automata first: a reader takes the answers before them)
                    self._automata, self._answers, self._hits = None, {}, {}
                    self._unsettled = 0
                mask |= bit
            return mask

    def found(self, text: str) -> int:
        """The bits of the registered strings that ``text`` holds.

        The answer covers the strings registered when it is given: register (``mask``)
        every string a check needs before asking, or its bit is missing."""
        answers, kept, automata = self._answers, self._hits, self._automata
        known = answers.get(text)
        if known is not None:
            return known
        if not self._bits:
            return 0
        if automata is None:
            automata, answers, kept = self._build()
        hits = list(automata[0].iter(text))
        if len(automata) > 1:
            hits += automata[1].iter(text)  # other strings: each index's places stay in order
            self._unsettled += 1
            if self._unsettled >= _SETTLED and self._automata is automata:
                self._automata = None  # no new string for a while: one automaton again
        bits = reduce(or_, map(_BIT, map(_VALUE, hits)), 0)  # in C: no bytecode a hit
        if len(answers) >= _KEEP:  # forget the oldest text, not the message's body
            try:
                oldest = next(iter(answers))
            except (RuntimeError, StopIteration):  # another thread changed it meanwhile
                answers.clear()
                kept.clear()
            else:
                answers.pop(oldest, None)
                kept.pop(oldest, None)
        kept[text] = _Hits(hits)
        answers[text] = bits
        return bits

    def places(self, text: str, bits: Iterable[int]) -> list[int] | None:
        """Where the strings of ``bits`` start in ``text``, in order (a place may repeat);
        None when ``text`` was not asked about (``found``) lately: nothing is known."""
        return self.starts(text, [index_of(bit) for bit in bits])

    def starts(self, text: str, indexes: Iterable[int]) -> list[int] | None:
        """:meth:`places` of the strings with these bit indexes (``index_of``)."""
        kept = self._hits.get(text)
        if kept is None:
            return None
        starts = kept.by_index(self._lengths)
        out: list[int] = []
        runs = 0
        for index in indexes:
            found = starts.get(index)
            if found:
                out += found
                runs += 1
        if runs > 1:
            out.sort()
        return out

    def _build(
        self,
    ) -> tuple[tuple[ahocorasick.Automaton, ...], dict[str, int], dict[str, _Hits]]:
        """The automata for every string registered so far.

        Strings come in bursts as a language's patterns are first used, between texts;
        rebuilding one automaton of them all after each burst cost a first scan half a
        second (125 builds of up to 6,000 strings). So the strings added since the main
        automaton was built get a small one of their own, and the main one is rebuilt
        only when they reach half its size, or when no string was added for a while."""
        with self._lock:
            if self._automata is None:
                strings = list(self._bits.items())
                added = len(strings) - self._main_size
                if self._main is not None and not added:
                    self._automata = (self._main,)
                elif (
                    self._main is None
                    or added > self._main_size // 2
                    or self._unsettled >= _SETTLED
                ):
                    self._main, self._main_size = _automaton(strings), len(strings)
                    self._automata = (self._main,)
                else:
                    self._automata = (self._main, _automaton(strings[self._main_size :]))
                self._unsettled = 0
            return self._automata, self._answers, self._hits


def _automaton(strings: list[tuple[str, int]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for string, bit in strings:
        automaton.add_word(string, (index_of(bit), bit))
    automaton.make_automaton()
    return automaton


class _Hits:
    """The strings found in one text: (end, (index, bit)), each automaton's in order of
    their ends (so each string's are in order), and the starts by the bit's index."""

    __slots__ = ("_by_index", "hits")

    def __init__(self, hits: list[tuple[int, tuple[int, int]]]) -> None:
        self.hits = hits
        self._by_index: dict[int, list[int]] | None = None

    def by_index(self, lengths: list[int]) -> dict[int, list[int]]:
        """Where each string starts, in order, by its bit's index (computed once, on the
        first ask; ``lengths`` are the strings' by index)."""
        starts = self._by_index
        if starts is None:
            starts = {}
            for end, (index, _bit) in self.hits:
                start = end - lengths[index] + 1
                if index in starts:
                    starts[index].append(start)
                else:
                    starts[index] = [start]
            self._by_index = starts
        return starts


def index_of(bit: int) -> int:
    """The index of a string's bit (``mask`` of one string): its place among the bits."""
    return bit.bit_length() - 1


SUBSTRINGS = Substrings()
