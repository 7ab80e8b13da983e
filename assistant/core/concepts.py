"""A multilingual concept lexicon for the kind model (pure; data in data/concepts.toml).

The model learns words one language at a time: what it learns from "unfortunately"
in English mail says nothing about "leider" or "infelizmente". The lexicon maps the
words of the seven languages to about ninety concepts that decide kinds (regret,
other candidates, interview, schedule, out of office, newsletter, rental, ...), so
the model can also learn a concept once for all of them. Entries were written from
knowledge of the languages, never copied from mail.

A word is looked up with its accents taken off (``"décision"`` as ``"decision"``);
an entry ending in ``*`` is a word start. One word costs one cached look-up.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache, lru_cache
from importlib import resources

__all__ = ["concepts_of", "entries", "lexicon"]

#: the shortest word start (tests/test_concepts.py holds the lexicon to it)
_SHORTEST = 4


@cache
def entries() -> dict[str, tuple[str, ...]]:
    """concepts.toml's table as written: each concept -> its entries ("bedauer*", ...)."""
    raw = resources.files("assistant.core").joinpath("data", "concepts.toml").read_text("utf-8")
    return {concept: tuple(found) for concept, found in tomllib.loads(raw)["concepts"].items()}


@cache
def lexicon() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], tuple[int, ...]]:
    """(whole words, word starts, the lengths of the word starts), each word -> concepts.

    A word start's first four letters are a key of the starts too (with no concepts
    of their own unless an entry is four letters long), so most words are turned away
    after two look-ups.
    """
    words: dict[str, list[str]] = {}
    starts: dict[str, list[str]] = {}
    for concept, found in entries().items():
        for entry in found:
            table, key = (starts, entry[:-1]) if entry.endswith("*") else (words, entry)
            table.setdefault(key, []).append(concept)
    lengths = tuple(sorted({len(key) for key in starts}))
    for key in list(starts):
        starts.setdefault(key[:_SHORTEST], [])
    return (
        {k: tuple(v) for k, v in words.items()},
        {k: tuple(v) for k, v in starts.items()},
        lengths,
    )


def _plain(word: str) -> str:
    """The word without accents ("é" -> "e", "ß" -> "ss"), as the lexicon writes it."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=100_000)
def concepts_of(word: str) -> tuple[str, ...]:
    """The concepts a lower-case word belongs to, in a fixed order (none: ``()``)."""
    words, starts, lengths = lexicon()
    key = _plain(word)
    found = list(words.get(key, ()))
    if key[:_SHORTEST] in starts:
        for n in lengths:
            if n > len(key):
                break
            found += starts.get(key[:n], ())
    return tuple(sorted(set(found))) if found else ()
