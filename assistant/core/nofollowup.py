"""Find wording that asks a candidate not to follow up (pure).

The families and their patterns live in ``data/nofollowup.toml``; this module
compiles them once, runs them over the text (single line breaks flattened to
spaces so wrapped sentences still match, offsets unchanged) and returns the
whole sentence that carries the request, always an exact substring of the text.

A hit is dropped (and reported as a hard negative) when its sentence or a
neighbouring one in the same paragraph speaks to agencies, or when a "do not
contact" request is about the sending address ("do not reply to this email").
Whether the message is job mail at all is the classifier's question, not this
module's: "only shortlisted applicants will be contacted" in a scholarship
notice is found here and discarded by ``classify`` because the mail is not_job.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import itemgetter

import ahocorasick

from assistant.core.fast_regex import NeedleMasks as NeedleMasks
from assistant.core.fast_regex import anchor_places, branch_masks, holds_a_branch, start_finder
from assistant.core.fast_regex import compile_fast as compile_fast
from assistant.core.fast_regex import in_blocks as in_blocks
from assistant.core.needles import NeedleSets, needle_sets, needles
from assistant.core.substrings import SUBSTRINGS

__all__ = ["Hit", "find_no_follow_up", "scan", "FAMILIES", "needles"]

FAMILIES = (
    "explicit_request",
    "only_selected_contacted",
    "no_individual_response",
    "no_status_updates",
    "assume_unsuccessful",
)

#: family and cue patterns are written in lower case and run over lower-cased text
#: (much faster than IGNORECASE); the negatives keep IGNORECASE.
_FLAGS = re.VERBOSE
_NEG_FLAGS = re.IGNORECASE | re.VERBOSE
_PLACEHOLDER = re.compile(r"<<(\w+)>>")
#: a line break (with the blanks before it) that is not part of a blank line. Same
#: matches as the plain "(?<!\n)[ \t]*\n(?![ \t]*\n)", but an attempt starts only where
#: that one's leftmost match could (the start of a run of blanks, or its second
#: character right after a line break): the plain form retried a run from each of its
#: characters, quadratic on long runs of spaces or tabs.
_SINGLE_NEWLINE = re.compile(r"(?:(?<![ \t\n])|(?<=\n[ \t]))[ \t]*+\n(?![ \t]*+\n)")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"')\]]|$)|\n")
#: longest text scanned; past this the tail of a message is quoted history or junk.
MAX_SCAN = 200_000


@dataclass(frozen=True)
class Hit:
    """One family that fired: the sentence, where it stands, and whether it counts."""

    phrase: str
    category: str
    start: int
    end: int
    language: str
    negative: str | None = None  # why it does not count (agency_only, do_not_reply_address)


@dataclass(frozen=True)
class _Rules:
    families: tuple[tuple[str, str, str], ...]  # family, language, regex source
    gates: dict[tuple[str, str], tuple[str, ...]]
    languages: dict[str, tuple[str, ...]]
    requires: dict[str, re.Pattern[str]]
    agency: re.Pattern[str]
    do_not_reply: re.Pattern[str]
    future_roles: re.Pattern[str]
    do_not_reply_phrase: re.Pattern[str]
    invites: re.Pattern[str]
    conditional: re.Pattern[str]


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def matches(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``finditer`` that never starts a match inside a word."""
    places = anchor_places(pattern, text)
    if places is not None:  # tried only where a match may start: the same matches
        yield from at_places(pattern, text, places, pos)
        return
    finder = start_finder(pattern)
    if finder is not None:  # tried only where a start word stands: the same matches
        find, match_at = finder.search, pattern.match
        while (word := find(text, pos)) is not None:
            start = word.start()
            match = match_at(text, start)
            if match is None:
                pos = start + 1
                continue
            yield match
            pos = max(match.end(), start + 1)
        return
    while True:
        match = pattern.search(text, pos)
        if match is None:
            return
        start = match.start()
        if start > 0 and _word(text[start - 1]) and start < len(text) and _word(text[start]):
            pos = start + 1
            continue
        yield match
        pos = max(match.end(), start + 1)


def at_places(
    pattern: re.Pattern[str], text: str, places: list[int], pos: int = 0
) -> list[re.Match[str]]:
    """:func:`matches` where every match starts at one of the known ``places`` (of the
    words it starts with, in order, from ``pos``): tried there only, the word start
    tested before the match (most places are inside a word: "at" in "that"; ``\\b`` and
    lookbehinds still see before the place). A list: no generator for the many patterns
    that find nothing."""
    out: list[re.Match[str]] = []
    match_at = pattern.match
    for start in places:
        if start < pos or (start and _word(text[start - 1]) and _word(text[start])):
            continue
        found = match_at(text, start)
        if found is not None:
            out.append(found)
            pos = max(found.end(), start + 1)
    return out


#: a pattern's needle sets, each as the SUBSTRINGS bits of its needles. Keyed by the
#: pattern's source: hashing a compiled pattern hashes its whole program, every time.
_NEEDLES: dict[str, NeedleSets] = {}
_MASKS: dict[str, NeedleMasks] = {}


def _needle_sets_of(pattern: re.Pattern[str]) -> NeedleSets:
    sets = _NEEDLES.get(pattern.pattern)
    if sets is None:
        # a needle of one or two letters is in nearly every text: not worth checking
        sets = _NEEDLES[pattern.pattern] = tuple(
            found for found in needle_sets(pattern.pattern) if min(map(len, found)) >= 3
        )
    return sets


def needles_of(pattern: re.Pattern[str]) -> NeedleMasks:
    """The needle sets of ``pattern`` as SUBSTRINGS masks (() when none is worth it): the
    pattern can match a text only if ``SUBSTRINGS.found(text) & mask`` for each."""
    masks = _MASKS.get(pattern.pattern)
    if masks is None:
        masks = _MASKS[pattern.pattern] = tuple(map(SUBSTRINGS.mask, _needle_sets_of(pattern)))
    return masks


def may_match(pattern: re.Pattern[str], low: str) -> bool:
    """False when ``pattern`` cannot match ``low`` (a needle set has no needle in it).

    For one pattern over a text: the needles are looked up with ``in``. Many patterns
    over one text check the masks of :func:`needles_of` instead (one pass)."""
    for found in _needle_sets_of(pattern):
        for needle in found:  # a plain loop is faster than any() here
            if needle in low:
                break
        else:
            return False
    return True


def first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return next(matches(pattern, text), None)


def _expand(pattern: str, lexicon: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        return lexicon[match.group(1)]

    for _ in range(3):  # lexicon entries may use each other
        pattern = _PLACEHOLDER.sub(replace, pattern)
    return pattern


@cache
def rules() -> _Rules:
    data = tomllib.loads(
        resources.files("assistant.core").joinpath("data", "nofollowup.toml").read_text("utf-8")
    )
    lexicon: dict[str, str] = data["lexicon"]
    compiled: list[tuple[str, str, str]] = []
    for family in FAMILIES:
        for language, patterns in data["families"][family].items():
            for pattern in patterns:
                compiled.append((family, language, _expand(pattern, lexicon)))
    negatives = data["negatives"]

    def one(name: str) -> re.Pattern[str]:
        return re.compile(_expand(negatives[name], lexicon), _NEG_FLAGS)

    dnr = "|".join(_expand(item["pattern"], lexicon) for item in negatives["do_not_reply_phrase"])
    gates = {
        (family, language): tuple(words)
        for family, by_language in data.get("gates", {}).items()
        for language, words in by_language.items()
    }
    requires = {
        family: re.compile(_expand(pattern, lexicon), _FLAGS)
        for family, pattern in data.get("requires", {}).items()
    }
    return _Rules(
        families=tuple(compiled),
        gates=gates,
        languages={k: tuple(v) for k, v in data.get("languages", {}).items()},
        requires=requires,
        agency=one("agency"),
        do_not_reply=one("do_not_reply"),
        future_roles=one("future_roles"),
        do_not_reply_phrase=re.compile(dnr, _NEG_FLAGS),
        invites=one("invites"),
        conditional=one("conditional"),
    )


#: the last long texts lower-cased: a message's body is lower-cased by the
#: classifier, company, role, dates and each ``Caseless`` pattern (a short text is
#: cheaper to lower-case again than to look up)
_LOWERED: dict[str, str] = {}
_LOWERED_KEEP = 8
_LONG = 200


def lowered(text: str) -> str:
    """``text.lower()`` with the same length (so offsets still point into ``text``)."""
    long = len(text) > _LONG
    if long:
        known = _LOWERED.get(text)
        if known is not None:
            return known
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    if long:
        if len(_LOWERED) >= _LOWERED_KEEP:
            _LOWERED.clear()  # all at once: no iteration that another thread could break
        _LOWERED[text] = low
    return low


@cache
def _markers() -> tuple[
    ahocorasick.Automaton, tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]
]:
    """Every language's markers in one automaton, and per language: its markers that
    are one word between spaces (" und "; each counts once), and the others (each counts
    as often as it is listed)."""
    automaton = ahocorasick.Automaton()
    out = []
    for language, markers in rules().languages.items():
        whole = frozenset(m for m in markers if re.fullmatch(r" \S+ ", m))
        words = {m.strip() for m in whole}
        out.append((language, whole, tuple(m for m in markers if m.strip() not in words)))
        for marker in markers:
            automaton.add_word(marker, marker)
    automaton.make_automaton()
    return automaton, tuple(out)


_MARKER = itemgetter(1)


def languages(low: str) -> frozenset[str]:
    """Languages whose patterns should run: English always, others on marker words.

    One pass (Aho-Corasick) finds which markers the text holds: the same as asking
    ``marker in padded`` of each, without a scan of the text per marker."""
    needed = 1 if len(low) < 300 else 2  # a sentence or two has few function words
    found = {"en"}
    padded = f" {low[:5000]} ".replace("\n", " ")  # a marker may start or end a line
    automaton, by_language = _markers()
    held = set(map(_MARKER, automaton.iter(padded)))
    for language, whole, others in by_language:
        hits = len(whole & held)
        for marker in others:  # a plain loop that stops once the language is in
            if hits >= needed:
                break
            if marker in held:
                hits += 1
        if hits >= needed:
            found.add(language)
    return frozenset(found)


def flatten(text: str) -> str:
    """Single line breaks -> spaces (same length), so a wrapped sentence is one line.

    The regex ``_SINGLE_NEWLINE`` says what changes. It is tried at every character,
    so text with few line breaks goes line by line instead (same result, about four
    times faster on mail; tests/test_nofollowup.py compares the two)."""
    if text.count("\n") * 16 > len(text):  # dense line breaks: the regex is faster
        return _SINGLE_NEWLINE.sub(lambda m: " " * len(m.group(0)), text)
    return _flatten_lines(text)


_BLANK_LINE = re.compile(r"[ \t]*+\n")


def _flatten_lines(text: str) -> str:
    """``_SINGLE_NEWLINE``'s replacement, one line break at a time."""
    out: list[str] = []
    last = line = 0  # end of the last replacement, start of the current line
    end = text.find("\n")
    while end >= 0:
        start = line + len(text[line:end].rstrip(" \t"))  # the blanks before the break
        if start == line and line > 0:
            # a line of blanks after a line break: the match, if any, starts after its
            # first blank (a break that ends an empty line is part of a blank line)
            start = start + 1 if start < end else -1
        if start >= 0 and not _BLANK_LINE.match(text, end + 1):  # not before a blank line
            out.append(text[last:start])
            out.append(" " * (end + 1 - start))
            last = end + 1
        line = end + 1
        end = text.find("\n", line)
    out.append(text[last:])
    return "".join(out)


def sentence_span(flat: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (in ``flat``) around ``start..end``, trimmed of outer whitespace."""
    left = 0
    for match in _SENTENCE_END.finditer(flat, max(0, start - 600), start):
        left = match.end()
    stop = _SENTENCE_END.search(flat, max(end - 1, start))
    right = len(flat) if stop is None else (stop.end() if stop.group(0) != "\n" else stop.start())
    while left < right and flat[left].isspace():
        left += 1
    while right > left and flat[right - 1].isspace():
        right -= 1
    # list markers and headings glued to the sentence ("2. ", "- ")
    return left, right


def _paragraph_neighbours(flat: str, left: int, right: int) -> str:
    """The sentence before and after (within the paragraph), for context checks."""
    para_start = flat.rfind("\n", 0, left) + 1
    para_end = flat.find("\n", right)
    if para_end < 0:
        para_end = len(flat)
    before = flat[max(para_start, left - 300) : left]
    after = flat[right : min(para_end, right + 300)]
    return before + " " + after


#: (family, language, pattern, needle sets, its branches' needle sets: ``branch_masks``)
_Family = tuple[str, str, re.Pattern[str], NeedleMasks, tuple[NeedleMasks, ...] | None]
_FAMILIES: dict[frozenset[str], list[_Family]] = {}


def _families(active: frozenset[str]) -> list[_Family]:
    """The families' patterns of the ``active`` languages, in file order.

    The family's gate words (any of them, when it has a gate) are one more needle set."""
    found = _FAMILIES.get(active)
    if found is None:
        compiled = rules()
        found = _FAMILIES[active] = []
        for family, language, source in compiled.families:
            if language in active:
                pattern = compile_fast(source)
                gate = compiled.gates.get((family, language))
                if gate is not None and not gate:
                    continue  # an empty gate lets nothing through
                masks = needles_of(pattern) + ((SUBSTRINGS.mask(gate),) if gate else ())
                found.append((family, language, pattern, masks, branch_masks(pattern)))
    return found


_BLOCKS: dict[frozenset[str], list[tuple[int, list[_Family]]]] = {}


def _family_blocks(active: frozenset[str]) -> list[tuple[int, list[_Family]]]:
    found = _BLOCKS.get(active)
    if found is None:
        found = _BLOCKS[active] = in_blocks(_families(active), lambda family: family[3])
    return found


def scan(text: str, *, prepared: tuple[str, str, frozenset[str]] | None = None) -> list[Hit]:
    """Every family hit in ``text``, in text order, hard negatives included.

    ``prepared`` is (flatten(text), its lower-cased form, languages) when the
    caller has them already (the classifier does).
    """
    if not text:
        return []
    text = text[:MAX_SCAN]
    if prepared is not None and len(prepared[0]) == len(text):
        flat, low, active = prepared
    else:
        flat = flatten(text)
        low = lowered(flat)
        active = languages(low)
    hits: dict[tuple[int, int], Hit] = {}
    blocks = _family_blocks(active)  # registers their needles: before asking SUBSTRINGS
    present = SUBSTRINGS.found(low)
    for union, families in blocks:
        if union and not present & union:
            continue  # no family of the block can match
        for family, language, pattern, masks, branches in families:
            held = True
            for mask in masks:  # a plain loop: ~100 families a message, most without a needle
                if not present & mask:
                    held = False
                    break
            if held and (not branches or holds_a_branch(present, branches)):
                _scan_family(hits, family, language, pattern, text, flat, low)
    return sorted(hits.values(), key=lambda hit: hit.start)


def _scan_family(
    hits: dict[tuple[int, int], Hit],
    family: str,
    language: str,
    pattern: re.Pattern[str],
    text: str,
    flat: str,
    low: str,
) -> None:
    """Add the sentences where one family's pattern fires to ``hits``."""
    compiled = rules()
    for match in matches(pattern, low):
        left, right = sentence_span(flat, match.start(), match.end())
        if (left, right) in hits and hits[(left, right)].negative is None:
            continue
        sentence = flat[left:right]
        required = compiled.requires.get(family) if language == "en" else None
        if required is not None and not required.search(low[left:right]):
            continue
        negative = None
        line_start = text.rfind("\n", 0, left) + 1
        if text.startswith(">", line_start) or text.startswith(" >", line_start):
            negative = "quoted"  # an earlier message quoted in a reply
        elif family == "only_selected_contacted" and compiled.future_roles.search(sentence):
            negative = "future_roles"
        elif compiled.agency.search(sentence) or (
            family == "explicit_request"
            and compiled.agency.search(_paragraph_neighbours(flat, left, right))
        ):
            negative = "agency_only"
        elif family == "explicit_request" and compiled.do_not_reply.search(
            flat[match.start() : right]
        ):
            negative = "do_not_reply_address"
        hits[(left, right)] = Hit(
            phrase=text[left:right],
            category=family,
            start=left,
            end=right,
            language=language,
            negative=negative,
        )
        if negative is None:
            break


def find_no_follow_up(text: str) -> tuple[str, str] | None:
    """(exact phrase, category) of the first no-follow-up request in ``text``, or None."""
    for hit in scan(text):
        if hit.negative is None:
            return hit.phrase, hit.category
    return None


def hard_negatives(text: str) -> list[tuple[str, str]]:
    """Look-alike wording worth naming in reasons: (category, phrase)."""
    found: list[tuple[str, str]] = []
    if not text:
        return found
    flat = flatten(text[:MAX_SCAN])
    compiled = rules()
    for hit in scan(text):
        if hit.negative:
            found.append((hit.negative, hit.phrase))
    match = compiled.do_not_reply_phrase.search(flat)
    if match:
        left, right = sentence_span(flat, match.start(), match.end())
        found.append(("do_not_reply_address", text[left:right]))
    return found
