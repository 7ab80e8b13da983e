"""Regex helpers that keep the classifier's many patterns fast (pure).

``compile_fast`` compiles a pattern without the ``\\b`` its branches start with, so the
regex engine can skip ahead in C (``nofollowup.matches`` checks the word start
instead); ``in_blocks`` groups patterns so that a text holding none of a block's
needles skips the whole block with one test; ``anchor_places`` says where a pattern
that starts with one of a few words can start in a text, and ``start_finder`` searches
for those words where their places are not known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, TypeVar, cast

from assistant.core.needles import (
    group_end,
    leading_needles,
    literal_start,
    needle_sets,
    split_top,
    start_words,
)
from assistant.core.substrings import SUBSTRINGS, index_of

T = TypeVar("T")
#: a pattern's needle sets, each as the SUBSTRINGS bits of its needles
NeedleMasks = tuple[int, ...]
_FLAGS = re.VERBOSE


@cache
def compile_fast(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    """Compile without a leading ``\\b``: the regex engine can then skip ahead to the
    first character in C (about 8x faster here); :func:`matches` checks the word
    boundary instead (``nofollowup.matches``). Cached; the pattern compiles on its first
    search (:class:`LazyPattern`), so one whose needles never show up is never compiled.

    The ``\\b`` that starts a later branch of a pattern made of branches ("a...|\\bb...")
    goes too when the branch surely starts with a word character (a letter or digit,
    or a group of words that each start with one): then ``\\b`` there says only that
    no word character comes before, which ``matches`` checks."""
    stripped = pattern.lstrip()
    if stripped.startswith("\\b"):
        stripped = stripped[2:]
    if flags & re.VERBOSE and "#" not in stripped and "\\b" in stripped:
        branches = split_top(stripped)
        if len(branches) > 1:
            stripped = "|".join(
                branch.lstrip()[2:] if word_start(branch.lstrip()) else branch
                for branch in branches
            )
    return lazy_compile(stripped, flags)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, done on first use (:class:`LazyPattern`); at once for a pattern
    with global inline flags ("(?m)^...", also after a comment), whose ``flags`` only
    compiling tells (a scoped "(?i:...)" leaves them as they are). A broken pattern then
    fails on first use: tests/test_lazy_pattern.py compiles every pattern the classifier
    holds."""
    if _INLINE_FLAGS.search(pattern):
        return re.compile(pattern, flags)
    return cast(re.Pattern[str], LazyPattern(pattern, flags))


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class LazyPattern:
    """A regex that compiles on first use, and from then on is the compiled pattern's own
    methods (instance attributes: no Python call in between).

    A first scan's worker used to compile every pattern of a language on its first mail
    (~1,500 patterns, most of a second) though most never run: their needles
    (``needles_of``, read from the source) are absent from the text. ``pattern`` and
    ``flags`` are the compiled pattern's, known without compiling."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        # as re.compile's: a str pattern is UNICODE unless it asks for ASCII
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE

    def __getattr__(self, name: str) -> Any:
        # only for an attribute not set yet: compile, then every method is the compiled one's
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


_METHODS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
)


_LETTER = re.compile(r"[a-z0-9](?![?*{])")


def word_start(branch: str) -> bool:
    """``branch`` is ``\\b`` then a letter, or a group of alternatives that each start with
    one (none of them optional)."""
    if not branch.startswith("\\b"):
        return False
    rest = branch[2:].lstrip()
    if _LETTER.match(rest):
        return True
    if not rest.startswith("(?:"):
        return False
    end = group_end(rest, 0)
    if end < 0 or rest[end + 1 : end + 2] in ("?", "*", "{"):
        return False
    return all(_LETTER.match(alt.lstrip()) for alt in split_top(rest[3:end]))


#: items (patterns, families) screened in blocks of a few, in file order
_BLOCK = 8


def in_blocks(items: Sequence[T], masks: Callable[[T], NeedleMasks]) -> list[tuple[int, list[T]]]:
    """``items`` in blocks, each with the union of its items' first needle masks (0 when
    one of them has none: it runs on every text). A text that holds none of a block's
    bits lets no item of the block run, so the block is skipped with one test (most
    items' needles are absent from most mail)."""
    out: list[tuple[int, list[T]]] = []
    for at in range(0, len(items), _BLOCK):
        block = list(items[at : at + _BLOCK])
        union = 0
        for item in block:
            found = masks(item)
            if not found:
                union = 0
                break
            union |= found[0]
        out.append((union, block))
    return out


#: per pattern source: each branch's needle masks (None: no pruning possible)
_BRANCHES: dict[str, tuple[NeedleMasks, ...] | None] = {}


def branch_masks(pattern: re.Pattern[str]) -> tuple[NeedleMasks, ...] | None:
    """For a pattern made of branches (:func:`branches`): each branch's needle sets as
    SUBSTRINGS masks (needles of three letters or more, as ``needles_of``).

    A pattern's own needle sets join its branches' needles (a needle of any branch), so
    a text that holds "application" passes "(?:application is incomplete|application in
    progress)" though it holds neither "incomplete" nor "progress". A match is one
    branch's: the text must hold a needle of each set of one branch
    (:func:`holds_a_branch`). None for a pattern of one branch, or with a branch that
    needs nothing: then they say no more than the pattern's own needles."""
    source = pattern.pattern
    if source in _BRANCHES:
        return _BRANCHES[source]
    found: tuple[NeedleMasks, ...] | None = None
    parts = branches(source)
    if len(parts) > 1:
        masks = [
            tuple(
                SUBSTRINGS.mask(needles)
                for needles in needle_sets(part)
                if min(map(len, needles)) >= 3
            )
            for part in parts
        ]
        found = tuple(masks) if all(masks) else None
    _BRANCHES[source] = found
    return found


def branches(source: str) -> list[str]:
    """The ways ``source`` can match, each a regex: its top-level alternatives, and for
    one that starts with a group of alternatives ("(?:a|b)c"), each alternative with
    what follows ("ac", "bc"). A verbose comment ("#") or a repeated group: as is."""
    source = source.strip()
    if "#" in source:
        return [source]
    out: list[str] = []
    for branch in split_top(source):
        branch = branch.strip()
        start = 2 if branch.startswith("\\b") else 0  # "\\b(?:a|b)": the group after it
        end = group_end(branch, start) if branch.startswith("(?:", start) else -1
        if end < 0 or branch[end + 1 : end + 2] in ("?", "*", "+", "{"):
            out.append(branch)
            continue
        head, rest = branch[:start], branch[end + 1 :]
        out += [head + alternative + rest for alternative in split_top(branch[start + 3 : end])]
    return out


def holds_a_branch(present: int, branches: tuple[NeedleMasks, ...]) -> bool:
    """``present`` (``SUBSTRINGS.found``) holds a needle of each set of one of the
    ``branches`` (:func:`branch_masks`)."""
    for masks in branches:
        for mask in masks:
            if not present & mask:
                break
        else:
            return True
    return False


#: a pattern's leading words as SUBSTRINGS bit indexes, by its source and flags (() when
#: not anchored)
_ANCHORS: dict[tuple[str, int], tuple[int, ...]] = {}


def anchor_places(pattern: re.Pattern[str], text: str) -> list[int] | None:
    """The places in ``text`` where a match of ``pattern`` may start, in order, or None
    (then search as usual).

    A pattern that starts with a group of words ("(?:decided|not\\s+able|...)") gives
    the engine only their first letters to skip ahead to, and one that starts with a
    lookbehind, an optional group or top-level alternatives nothing at all: it tries a
    match at most characters of the text, and a search that fails (most do) costs a try
    at each (``needles.start_words`` finds the words). The
    words' places are known from the pass that found the text's needles
    (``SUBSTRINGS.places``), so the pattern is tried there only: where its ``search``
    would find a match, as no match starts elsewhere. None for a text not screened that
    way (the places are unknown), and for a pattern with one word (the engine skips to
    it) or a word of one or two letters (in every text)."""
    key = (pattern.pattern, pattern.flags)
    indexes = _ANCHORS.get(key)
    if indexes is None:
        indexes = _ANCHORS[key] = anchor_indexes(pattern)
    if not indexes:
        return None
    return SUBSTRINGS.starts(text, indexes)


def anchor(pattern: re.Pattern[str], shortest: int) -> None:
    """Anchor ``pattern`` at its start words of ``shortest`` letters or more from its first
    use on (measured: a name cue's keywords, "en", "we", "cv" among them, stand in fewer
    places than the characters its search would try)."""
    _ANCHORS[pattern.pattern, pattern.flags] = anchor_indexes(pattern, shortest)


def anchor_indexes(pattern: re.Pattern[str], shortest: int = 3) -> tuple[int, ...]:
    """The SUBSTRINGS bit indexes of the words a match of ``pattern`` starts with (()
    when not anchored); registers them. ``shortest``: the shortest word worth it."""
    if pattern.flags & re.IGNORECASE:
        return ()  # the places are those of the words as written
    words = start_words(pattern.pattern)
    if words is None or min(map(len, words)) < shortest:
        return ()
    if len(set(words)) == 1 and leading_needles(pattern.pattern) is not None:
        return ()  # a pattern that starts with one word: the engine skips to it
    # a word that starts with another starts where that one does ("applied", "apply")
    kept = sorted(set(words), key=len)
    kept = [w for i, w in enumerate(kept) if not any(w.startswith(v) for v in kept[:i])]
    return tuple(index_of(SUBSTRINGS.mask((word,))) for word in kept)


#: each pattern's start finder by its source and flags (None: none)
_FINDERS: dict[tuple[str, int], re.Pattern[str] | None] = {}


def start_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A search for the words every match of ``pattern`` starts with, each at a word
    start, for a pattern the regex engine can skip nothing of (None: the engine can, or
    the words are unknown).

    The engine skips ahead only to a pattern's literal first characters, or to the first
    characters of its alternatives when each starts with a literal one; at any other
    start (a lookbehind, a group or a class opening an alternative) it tries a match at
    every character, and most searches fail. Every match starts with one of the words
    (``needles.start_words``) at a word start (``nofollowup.matches`` drops the others),
    so trying the pattern where the finder matches gives the same matches; the finder's
    words are literals, so the engine skips ahead through it."""
    key = (pattern.pattern, pattern.flags)
    if key in _FINDERS:
        return _FINDERS[key]
    finder = None
    words = start_words(pattern.pattern) or ()
    usable = all(words) and not pattern.flags & re.IGNORECASE
    if words and usable and not engine_skips(pattern.pattern):
        kept = sorted(set(words), key=len)  # "do" finds "don't" too
        kept = [w for i, w in enumerate(kept) if not any(w.startswith(v) for v in kept[:i])]
        finder = re.compile("|".join(_at_word_start(word) for word in kept))
    _FINDERS[key] = finder
    return finder


def _at_word_start(word: str) -> str:
    """``word`` where no word character stands before it (its first is one)."""
    literal = re.escape(word)
    if not (word[0].isalnum() or word[0] == "_"):
        return literal
    return f"{literal}(?<!\\w{literal})"  # after the word: the engine still skips to it


def engine_skips(source: str) -> bool:
    """The regex engine can skip ahead through ``source``: it starts with a literal
    character, or with alternatives (top-level, or of the group it starts with) that each
    do (``re``'s own rule: a literal prefix or a set of first characters)."""
    source = source.lstrip()
    branches = split_top(source)
    if len(branches) == 1 and source.startswith("(?:"):
        end = group_end(source, 0)
        if end < 0 or source[end + 1 : end + 2] in ("?", "*", "{"):
            return False
        branches = split_top(source[3:end])
    return all(literal_start(branch) for branch in branches)
