"""The words of a text, exactly as ``re.findall(r"\\w+", text)`` gives them, faster (pure).

The regex engine looks up every character's Unicode category: splitting a message
into words was the costliest regex of the classifier. Most mail is Latin-1 (English,
German, French, Dutch, Spanish, Italian, Portuguese without typographic quotes):
such a text is turned into bytes, every byte that is not a word character becomes a
space (one ``bytes.translate``, in C) and the result is split on spaces. A word
character is what the regex engine calls one (``str.isalnum()`` or "_"), so the
words are the same; other texts go to the regex. tests/test_words.py compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["elided", "lexicon_tokens", "split_words"]

_WORD = re.compile(r"\w+")
#: words with their apostrophes ("don't", "l'équipe", "aren’t")
_WORD_APOSTROPHE = re.compile(r"[\w'’]+")


def _table(also: str) -> bytes:
    """Each Latin-1 byte: itself when it is a word character (or in ``also``), else a space."""
    return bytes(b if chr(b).isalnum() or chr(b) in also else 0x20 for b in range(256))


_BYTES = _table("_")
#: "’" is no Latin-1 character: a text that is Latin-1 holds only the plain apostrophe
_BYTES_APOSTROPHE = _table("_'")


def split_words(text: str, *, apostrophes: bool = False) -> list[str]:
    """``re.findall(r"\\w+", text)``; with ``apostrophes``, ``re.findall(r"[\\w'’]+", text)``."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return (_WORD_APOSTROPHE if apostrophes else _WORD).findall(text)
    table = _BYTES_APOSTROPHE if apostrophes else _BYTES
    return data.translate(table).decode("latin-1").split()


#: French and Italian words that lose their vowel before one ("l'appartement", "d'hôtel",
#: "dell'affitto"): the word after the apostrophe is a word too
_ELIDED = frozenset(
    ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu")
    + ("presqu", "dell", "all", "nell", "dall", "sull", "coll", "quest", "quell", "un")
    + ("nessun", "po")
)


def lexicon_tokens(text: str) -> list[str]:
    """The words of ``text`` as the word lists see them, with their apostrophes ("don't",
    "aujourd'hui", "l'entretien")."""
    return split_words(text, apostrophes=True)


def elided(tokens: Iterable[str]) -> list[str]:
    """The words after a French or Italian elision among ``tokens``: "appartement" of
    "l'appartement", "affitto" of "dell'affitto".

    For the lists of other business only: on the job side they found more harm than
    good ("l'entretien de votre chaudière", "le mode d'emploi", "l'assunzione del
    farmaco"), and the job lists name the elided forms they need as phrases."""
    tails = []
    for token in tokens:
        if "'" in token or "’" in token:
            head, _, tail = token.replace("’", "'").partition("'")
            if tail and head in _ELIDED:
                tails.append(tail)
    return tails
