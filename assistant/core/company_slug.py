"""How a sender's domain or tenant slug shortens the employer's name (pure).

Domains abbreviate: "bpgarda" is Banca Popolare del Garda, "glpacifico" Grupo
Logístico Pacífico, "hla-recrutamento" Hospital da Luz do Algarve, "ferreterianavarro"
Ferretería Industrial Navarro. The slug is spelled, in order, by initials, whole words
or a word's first letters (three or more), some words left out.
"""

from __future__ import annotations

from assistant.core.senders import squash

#: a name is a run of at most six words (name_cue.NAME); longer runs are not tried
_MOST_WORDS = 6


def abbreviated(words: list[str], slug: str) -> tuple[int, int] | None:
    """(start, end): the words ``words[start:end]`` spell ``slug``, the first and the
    last of them used, at least two used; None when no such words."""
    if len(slug) < 4 or not 2 <= len(words) <= _MOST_WORDS:
        return None
    keys = [squash(w) for w in words]
    memo: dict[tuple[int, int, int], int | None] = {}

    def spell(k: int, at: int, used: int) -> int | None:
        """The end of the words from ``k`` on that spell ``slug[at:]`` (``used``: words
        used so far, two at most counted; word ``k`` is used when none is yet)."""
        if at == len(slug):
            return k if used >= 2 else None
        if k == len(keys) or (k, at, used) in memo:
            return memo.get((k, at, used))
        end = None
        for size in _sizes(keys[k], _common(keys[k], slug, at)):
            if slug.startswith(keys[k][:size], at):
                end = spell(k + 1, at + size, min(used + 1, 2))
                if end is not None:
                    break
        if end is None and used:  # a word between may be left out ("Ferretería
            end = spell(k + 1, at, used)  # Industrial Navarro")
        memo[(k, at, used)] = end
        return end

    for start in range(len(words) - 1):
        if keys[start][:1] != slug[0]:
            continue  # the first word used spells the slug's first letter
        end = spell(start, 0, 0)
        if end is not None:
            return start, end
    return None


def _sizes(key: str, common: int) -> list[int]:
    """How much of a word a slug takes: all of it, its first three or more letters, or
    its initial (longest first); no more than the ``common`` letters the word and the
    rest of the slug begin with (a longer part cannot match: not tried, nor a long word
    of a run cut at each of its lengths, quadratic)."""
    return list(range(min(len(key), common), 2, -1)) + [1] if key else []


def _common(key: str, slug: str, at: int) -> int:
    """How many letters ``key`` and ``slug[at:]`` begin with alike."""
    most = min(len(key), len(slug) - at)
    same = 0
    while same < most and key[same] == slug[at + same]:
        same += 1
    return same
