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

__all__ = ["ELISIONS", "elided", "split_words"]

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


#: French and Italian words that lose their vowel before another ("l'appartement",
#: "d'hôtel", "qu'il", "dell'affitto", "un'offerta")
ELISIONS = frozenset(
    ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu")
    + ("presqu", "dell", "all", "nell", "dall", "sull", "coll", "quest", "quell", "un")
    + ("nessun", "po")
)
_AFTER_ELISION = re.compile(
    r"(?<![\w'’])(?:" + "|".join(sorted(ELISIONS, key=len, reverse=True)) + r")['’]([\w'’]+)"
)


def elided(*texts: str) -> set[str]:
    """The words after a French or Italian elision in the lower-cased ``texts``:
    "appartement" of "l'appartement", "affitto" of "dell'affitto".

    For the lists of other business only: on the job side they found more harm than
    good ("l'entretien de votre chaudière", "le mode d'emploi", "l'assunzione del
    farmaco"), and the job lists name the elided forms they need as phrases."""
    return {
        word.replace("’", "'")
        for text in texts
        if "'" in text or "’" in text
        for word in _AFTER_ELISION.findall(text)
    }
