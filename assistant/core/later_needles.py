"""Needles from anywhere in a pattern, not only its start (pure).

``nofollowup.needles`` knows the literal beginnings of a pattern; many patterns begin
with a short word ("we", "no", "i") that is in every text, yet require a longer word
further on ("\\bwe\\s+(?:regret|are\\s+sorry)"). ``required_needles`` walks the
pattern's top-level items in order and returns the best set of substrings one of
which every match must contain. Anything it does not understand gives None (no
needles, so the pattern is always searched): a wrong needle would lose a match.
"""

from __future__ import annotations

from collections.abc import Callable

_QUANT = "?*+{"
_OPTIONAL = "?*{"


def _class_end(source: str, i: int) -> int:
    """Index just past the character class opened at ``source[i]`` (-1 if unclosed)."""
    j = i + 1
    if source[j : j + 1] == "^":
        j += 1
    if source[j : j + 1] == "]":
        j += 1
    while j < len(source):
        if source[j] == "\\":
            j += 2
            continue
        if source[j] == "]":
            return j + 1
        j += 1
    return -1


def _skip_quantifier(source: str, i: int) -> int:
    if i < len(source) and source[i] in "?*+":
        i += 1
    elif i < len(source) and source[i] == "{":
        end = source.find("}", i)
        i = len(source) if end < 0 else end + 1
    if i < len(source) and source[i] in "?+":  # lazy or possessive
        i += 1
    return i


def required_needles(
    source: str,
    group_end: Callable[[str, int], int],
    split_top: Callable[[str], list[str]],
    literal_prefix: Callable[[str], str],
) -> tuple[str, ...] | None:
    """The candidate needle set with the longest shortest needle, or None."""
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(("".join(run),))
            run.clear()

    i = 0
    while i < len(source):
        ch = source[i]
        if ch in "|#":
            return None  # a top-level alternative or a verbose comment: unknown
        if ch == "\\":
            end_run()
            i = _skip_quantifier(source, i + 2)
            continue
        if ch == "[":
            end_run()
            end = _class_end(source, i)
            if end < 0:
                return None
            i = _skip_quantifier(source, end)
            continue
        if ch == "(":
            end_run()
            close = group_end(source, i)
            if close < 0:
                return None
            after = source[close + 1 : close + 2]
            inner = source[i + 1 : close]
            if inner.startswith("?"):
                if inner.startswith("?:"):
                    inner = inner[2:]
                elif inner.startswith("?P<"):
                    inner = inner[inner.find(">") + 1 :]
                elif inner[1:2] in ("=", "!", "<"):
                    inner = ""  # a lookaround: not part of the match
                else:
                    return None  # inline flags and the like
            if inner and after not in _OPTIONAL:
                found: list[str] = []
                for alternative in split_top(inner):
                    prefix = literal_prefix(alternative)
                    if not prefix:
                        found = []
                        break
                    found.append(prefix)
                if found:
                    candidates.append(tuple(found))
            i = _skip_quantifier(source, close + 1)
            continue
        if ch in ").^$" or ch.isspace():
            end_run()
            i = _skip_quantifier(source, i + 1)
            continue
        if ch in _QUANT:
            return None  # a quantifier with nothing before it: unknown
        nxt = source[i + 1 : i + 2]
        if nxt and nxt in _OPTIONAL:
            end_run()  # this character may be absent
            i = _skip_quantifier(source, i + 1)
            continue
        run.append(ch)
        if nxt == "+":
            end_run()
            i = _skip_quantifier(source, i + 1)
            continue
        i += 1
    end_run()
    if not candidates:
        return None
    return max(candidates, key=lambda found: min(map(len, found)))
