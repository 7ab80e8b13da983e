"""The needles of a pattern: substrings one of which every match contains (pure).

Checking a few substrings with ``in`` is much cheaper than a regex search over a
text that has none of them (``nofollowup.may_match``). :func:`needles` takes the
literal beginnings of a pattern (:func:`leading_needles`) or, when longer, the
needles :func:`required_needles` finds further on: many patterns begin with a
short word ("we", "no", "i") that is in every text, yet require a longer word
further on ("\\bwe\\s+(?:regret|are\\s+sorry)"). Anything not understood gives
None (no needles, so the pattern is always searched): a wrong needle would lose
a match. :func:`needle_sets` keeps every required part it finds, so a pattern runs
only when the text holds a needle of each ("unfortunately" and one of the words
the pattern needs after it).
"""

from __future__ import annotations

import re
from functools import cache

#: needle sets: every match holds a needle of each set
NeedleSets = tuple[tuple[str, ...], ...]

_META = frozenset("\\()[]{}?*+.|^$#")


def _literal_prefix(alternative: str) -> str:
    """The literal characters a regex alternative starts with ('' if none are certain)."""
    out: list[str] = []
    for ch in alternative:
        if ch in _META or ch.isspace():
            if ch in "?*{" and out:
                out.pop()  # the character before an optional quantifier may be absent
            break
        out.append(ch)
    return "".join(out)


def literal_start(alternative: str) -> bool:
    """``alternative`` starts with a literal character, once."""
    return _literal_prefix(alternative) != "" and alternative[1:2] not in ("?", "*", "+", "{")


def split_top(group: str) -> list[str]:
    """The top-level alternatives of ``group`` ("a|(?:b|c)" gives "a" and "(?:b|c)")."""
    return list(_split_top(group))


@cache  # the same groups come back for every needle set a pattern is asked for
def _split_top(group: str) -> tuple[str, ...]:
    parts, depth, start = [], 0, 0
    for token in _STRUCTURE.finditer(group):
        ch = token.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(group[start : token.start()])
            start = token.end()
    parts.append(group[start:])
    return tuple(parts)


def group_end(source: str, start: int) -> int:
    """Index of the ")" that closes the group opened at ``source[start]`` (-1 if none).

    Escaped characters and character classes ("[()]") do not open or close a group."""
    depth = 0
    for token in _STRUCTURE.finditer(source, start):
        ch = token.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return token.start()
    return -1


#: what the group scanners look at, found in C (a first scan reads ~1,500 patterns): an
#: escaped character and a character class, each one token that opens or closes nothing
#: (a class runs to the first "]" after its first character, or to the end when
#: unclosed), and the parentheses and bars
_STRUCTURE = re.compile(r"\\.|\[.[^\]]*\]|\[.*|[()|]", re.S)


@cache
def needles(source: str) -> tuple[str, ...] | None:
    """:func:`leading_needles`, or needles required further on when those are longer."""
    leading = leading_needles(source)
    later = required_needles(source.lstrip())
    if later is None:
        return leading
    if leading is None or min(map(len, later)) > min(map(len, leading)):
        return later
    return leading


def leading_needles(source: str) -> tuple[str, ...] | None:
    """Substrings one of which every match of ``source`` contains, or None if unknown.

    A pattern that starts with a group of alternatives ("(?:decided|not\\s+able|...)")
    can only match where one of their literal beginnings occurs; checking those with
    ``in`` is much cheaper than a regex search over a text that has none of them.
    """
    source = source.lstrip()
    if len(split_top(source)) > 1:
        return None  # a top-level alternative: its first branch's prefix is no needle
    if source.startswith("\\b"):
        source = source[2:]
    if not source.startswith("(?:"):
        prefix = _literal_prefix(source)
        return (prefix,) if len(prefix) >= 2 else None
    i = group_end(source, 0)
    if i < 0 or source[i + 1 : i + 2] in ("?", "*", "{"):
        return None  # unbalanced, or the whole group is optional
    found = []
    for alternative in split_top(source[3:i]):
        prefix = _literal_prefix(alternative)
        if not prefix:
            return None
        found.append(prefix)
    return tuple(found)


def start_words(source: str) -> tuple[str, ...] | None:
    """Literal words one of which every match of ``source`` starts with (None: unknown).

    :func:`leading_needles` (a literal start, or a group of alternatives that each
    have one), also through what a match does not start with: top-level alternatives
    (each branch's words), ``\\b`` and lookarounds (they match no text), and an
    optional group ("(?:current\\s+)?status": "current" or "status")."""
    source = source.strip()
    if not source or "#" in source:
        return None  # nothing (matches anywhere), or a verbose comment
    branches = split_top(source)
    if len(branches) > 1:
        found: list[str] = []
        for branch in branches:
            words = start_words(branch)
            if words is None:
                return None
            found += words
        return tuple(found)
    while source.startswith(("\\b", "(?=", "(?!", "(?<=", "(?<!")):  # match no text
        end = 1 if source.startswith("\\b") else group_end(source, 0)
        if end < 0 or source[end + 1 : end + 2] in _QUANT:
            return None
        source = source[end + 1 :].lstrip()
    if not source.startswith("(?:"):
        return _written_out(source) or None
    end = group_end(source, 0)
    inner = start_words(source[3:end]) if end > 0 else None
    after = source[end + 1 : end + 2]
    if inner is None or after in ("*", "{"):
        return None
    if after != "?":
        return inner
    rest = start_words(source[end + 2 :].lstrip("?+"))  # lazy or possessive: still optional
    return None if rest is None else inner + rest


_QUANT = "?*+{"


def _written_out(source: str, limit: int = 8) -> tuple[str, ...]:
    """The literal beginnings of ``source`` (not a group), a class of letters written
    out: "r[ée]sum[ée]" gives the four ways to write "résumé", "f[üu]r" "für" and "fur"
    (a start word of three letters or more, where the class alone leaves one). At most
    ``limit`` ways; () when ``source`` starts with nothing literal."""
    prefix = _literal_prefix(source)
    rest = source[len(prefix) :]
    close = rest.find("]")
    letters = rest[1:close]
    if not rest.startswith("[") or close < 2 or not letters.isalpha() or len(letters) > limit:
        return (prefix,) if prefix else ()
    after = rest[close + 1 :]
    if after[:1] in ("?", "*", "{"):
        return (prefix,) if prefix else ()  # the class may be absent
    letters = "".join(dict.fromkeys(letters))
    # "+": one letter of the class or more; the first is one of them
    ends = ("",) if after[:1] == "+" else _written_out(after, limit // len(letters)) or ("",)
    return tuple(prefix + letter + end for letter in letters for end in ends)


#: escapes followed by more characters of the same item ("\\x41", "\\N{...}", "\\12")
_CODED = frozenset("xuUN0123456789")
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


def required_needles(source: str) -> tuple[str, ...] | None:
    """The candidate needle set with the longest shortest needle, or None."""
    candidates = _required_sets(source)
    if not candidates:
        return None
    return max(candidates, key=lambda found: min(map(len, found)))


@cache
def needle_sets(source: str) -> NeedleSets:
    """Every needle set of ``source``: a match holds a needle of each (() if none known).

    The set :func:`needles` picks comes first (it is the most telling), then the other
    required parts, longest first."""
    best = needles(source)
    if best is None:
        return ()
    others = sorted(
        (found for found in _required_sets(source.lstrip()) or () if found != best),
        key=lambda found: -min(map(len, found)),
    )
    return tuple(dict.fromkeys([best, *others]))


def _alternatives_needles(group: str) -> tuple[str, ...] | None:
    """The needles of ``group`` (a group's inner text): each alternative's own, joined,
    or None when an alternative has none. An alternative gives its most telling
    required part: "withdraw\\w*|r(?:ü|ue|u)e?ckzug" gives "withdraw" and "ckzug" (not
    "r", which is in every text); one that starts with a group ("(?:position|role)
    \\s+filled") may give that group's own needles."""
    found: list[str] = []
    for alternative in _split_top(group):
        best = _alternative_needles(alternative)
        if best is None:
            return None
        found.extend(best)
    return tuple(found)


def _alternative_needles(alternative: str) -> tuple[str, ...] | None:
    """The needle set of one alternative with the longest shortest needle (None: unknown)."""
    if alternative.startswith("\\b"):
        alternative = alternative[2:]
    candidates = _required_sets(alternative)
    if candidates:
        return max(candidates, key=lambda found: min(map(len, found)))
    prefix = _literal_prefix(alternative)
    if prefix:
        return (prefix,)
    inner = _leading_group(alternative)
    return None if inner is None else _alternatives_needles(inner)


def _leading_group(source: str) -> str | None:
    """The inner text of the required ``(?:...)`` group ``source`` starts with, or None."""
    if not source.startswith("(?:"):
        return None
    close = group_end(source, 0)
    if close < 0 or source[close + 1 : close + 2] in ("?", "*", "{"):
        return None
    return source[3:close]


@cache  # a pattern's parts are asked for again and again (its needles, its needle sets)
def _required_sets(source: str) -> NeedleSets | None:
    """The needle sets of the required parts of ``source``, in order (None: unknown).

    Top-level alternatives ("a|b") give one set, each alternative's needles joined."""
    if "#" not in source and len(_split_top(source)) > 1:  # "#": a verbose comment
        found = _alternatives_needles(source)
        return (found,) if found else None
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
            if source[i + 1 : i + 2] in _CODED:
                return None  # a character by its code ("\\x41") or a back-reference
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
            if inner and not (after and after in _OPTIONAL):
                found = _alternatives_needles(inner)
                if found:
                    candidates.append(found)
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
    return tuple(candidates)
