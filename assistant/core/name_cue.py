"""How the extractors find a proper name after a cue word, fast (pure).

``NAME`` is a run of capitalised words with a few joiners ("Smith & Sons",
"Banque de France"); a ``Cue`` splits a pattern into its lower-case keywords,
found cheaply in the lower-cased text, and the case-sensitive tail that captures
the name right where the keywords end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from assistant.core.fast_regex import anchor, anchor_indexes, lazy_compile
from assistant.core.needles import NeedleSets, group_end, needle_sets
from assistant.core.nofollowup import NeedleMasks, at_places, compile_fast, matches, needles_of
from assistant.core.substrings import SUBSTRINGS

T = TypeVar("T")


def _leading_group_end(pattern: str) -> int:
    """Index just past the leading ``\\b(?:...)`` group of ``pattern`` (0 if none)."""
    if not pattern.startswith(r"\b(?:"):
        return 0
    end = group_end(pattern, 2)
    return end + 1 if end >= 0 else 0


@dataclass(frozen=True)
class Cue:
    """A pattern split in two: keywords found (fast) in lower-cased text, then the
    case-sensitive tail that captures a Name, matched right where the keywords end."""

    head: re.Pattern[str] | None
    tail: re.Pattern[str]
    #: needle sets: any match contains a needle of each, of its keywords and of the
    #: words its tail requires (() when not worth checking)
    needles: NeedleMasks = ()
    #: the SUBSTRINGS indexes of the words the keywords start with (() when unknown)
    starts: tuple[int, ...] = ()
    #: the SUBSTRINGS bits of those words
    start_bits: int = 0
    #: without keywords: the characters one of which a match starts with ("" unknown)
    first: str = ""

    @classmethod
    def of(cls, pattern: str) -> Cue:
        """Split ``\\b(?:keywords)tail``. The head must end a word, so "work" does not
        stop at "working"; list longer keyword phrases first ("apply to join" before
        "apply to"), as the tail cannot make the head backtrack."""
        end = _leading_group_end(pattern)
        if not end:  # matches() checks a leading \\b
            first = _FIRST_CLASS.match(pattern)
            chars = first.group(1).replace("\\", "") if first else ""
            return cls(None, compile_fast(pattern, 0), _required_words(pattern), first=chars)
        head = compile_fast(pattern[:end] + r"(?!\w)", 0)
        # its words of two letters or more: they stand in fewer places than the characters
        # a search would try (registered at import: no answers to drop)
        anchor(head, shortest=2)
        starts = anchor_indexes(head, shortest=2)
        tail = pattern[end:]
        needles = needles_of(head) + _required_words(tail)
        bits = sum(1 << index for index in set(starts))
        return cls(head, lazy_compile(tail), needles, starts, start_bits=bits)

    def may_match(self, low: str) -> bool:
        """False when the lower-cased ``low`` lacks a needle of the keywords (then
        ``finditer`` finds nothing). ``low`` may be the text flattened
        (``nofollowup.flatten``): needles hold no blanks, so a text and its flattened
        form hold the same ones."""
        return not self.needles or self.holds(SUBSTRINGS.found(low))

    def holds(self, present: int) -> bool:
        """``may_match`` for a text whose SUBSTRINGS bits are ``present`` (a caller that
        screens many cues over one text looks them up once)."""
        for mask in self.needles:  # noqa: SIM110  (no generator: ~25 cues a message)
            if not present & mask:
                return False
        return True

    def findall(self, text: str, low: str, present: int | None = None) -> list[re.Match[str]]:
        """``finditer(text, low, screened=True)`` as a list: where the keywords' places are
        known (most cues of a message's body), no generator at all. ``present``: the
        SUBSTRINGS bits of ``low``, if known (then a text without a first word of the
        keywords is not looked at)."""
        if present is not None and self.starts and not present & self.start_bits:
            return []
        places = SUBSTRINGS.starts(low, self.starts) if self.starts else None
        if self.head is None or places is None:
            return list(self.finditer(text, low, screened=True))
        tail_at = self.tail.match
        return [
            found
            for keyword in at_places(self.head, low, places)
            if (found := tail_at(text, keyword.end()))
        ]

    def finditer(self, text: str, low: str, *, screened: bool = False) -> Iterator[re.Match[str]]:
        """The matches in ``text`` (``low`` its lower-cased form). ``screened``: the
        caller found ``may_match`` true already."""
        if not screened and not self.may_match(low):
            return
        if self.head is None:
            if self.first and not any(char in text for char in self.first):
                return  # (most mail holds no quotation mark)
            yield from matches(self.tail, text)
            return
        places = SUBSTRINGS.starts(low, self.starts) if self.starts else None
        keywords = matches(self.head, low) if places is None else at_places(self.head, low, places)
        tail_at = self.tail.match
        for keyword in keywords:
            found = tail_at(text, keyword.end())
            if found:
                yield found


#: a pattern that starts with a class of a few quoted or plain characters ('[\"”]')
_FIRST_CLASS = re.compile(r'\[((?:\\"|[^\]\\^\-])+)\]')


def held(items: Iterable[tuple[Cue, T]], present: int) -> Iterator[tuple[Cue, T]]:
    """The items whose cue ``holds(present)``, in order: one loop for the extractor's
    list, not a call for each of its cues (some 75 a message, most not held)."""
    for item in items:
        for mask in item[0].needles:
            if not present & mask:
                break
        else:
            yield item


def needles_beside_name(source: str) -> NeedleSets:
    """The needle sets every match of a pattern holds besides the name ("sent to
    <Name>", "the <Name> hiring process|careers site", "Your <Name> application"): the
    name is read as one unknown character (its atomic groups would make the whole
    pattern unknown). Only sets whose needles a lower-cased text holds as written: lower
    case, three letters or more."""
    sets = needle_sets(source.replace(NAME, "."))
    return tuple(
        found for found in sets if min(map(len, found)) >= 3 and all(n == n.lower() for n in found)
    )


def _required_words(source: str) -> NeedleMasks:
    """The SUBSTRINGS masks of the words a cue requires besides the name: most mail that
    holds a cue's keywords lacks them, and then no keyword place is tried. No needle
    with a blank (``low`` may be flattened)."""
    return tuple(
        SUBSTRINGS.mask(found)
        for found in needles_beside_name(source)
        if not any(c.isspace() for n in found for c in n)
    )


# a proper name: capitalised words, with a few joiners and legal suffixes ("P/L", "S/A"),
# initials and the abbreviations that begin names ("St. Mary's Hospital", "Dr. Oetker",
# "Ste."),
# and "&" or "+" between words ("Kühne + Nagel")
# (atomic: a word is not split again into shorter words, which made "Aa-Aa-Aa-..." take
# exponential time, each hyphen either inside a word or a joiner)
_UP = "A-ZÀ-ÖØ-Þ"  # a capital, accented ones too ("Écoles", "Österreichische")
_CAP = (
    rf"(?>[{_UP}](?:t|r|te|ta)?\.(?=[^\S\n]+[{_UP}])|[{_UP}]/[{_UP}]{{1,2}}(?![\w/])|"
    rf"[{_UP}0-9][\w'’&.+-]*[\w&+]|[{_UP}])"
)
#: what follows a number, not a name: a unit of time, a street, a floor, a count ("bei
#: Nordwind 3 Wochen", "chez Lumière 5 Rue Victor Hugo", "Mintleaf 1 Market Street",
#: "Kestrel 2 Rounds Remaining", "Kettleworks 10 days ago"), in either case
_NO_NAME_AFTER_NUMBER = (
    r"(?i:Wochen?|ago|Tage?n?|Monate?n?|Jahre?n?|Stunden?|Minuten?|Runden?|Stellen|Etage|Stock|"
    r"Stra(?:ß|ss)e|Str|Weg|Platz|Weeks?|Days?|Months?|Years?|Hours?|Minutes?|Rounds?|"
    r"Floors?|Steps?|Stages?|Positions?|Openings?|Roles?|Jobs?|Vacancies|Candidates?|Street|"
    r"St|Road|Rd|Avenue|Ave|Lane|Semaines?|Jours?|Mois|Ans|Heures?|Postes?|Rue|Bd|Boulevard|"
    r"Place|[ÉE]tage|Semanas?|D[íi]as?|Meses|A[ñn]os|Anos|Horas?|Plazas?|Vagas?|Calle|Rua|"
    r"Piso|Andar|Settimane?|Giorni|Mesi|Anni|Ore|Posti|Via|Viale|Piano|Weken|Week|Dagen|"
    r"Maanden|Jaren|Uur|Vacatures|Straat|Verdieping)(?![\w'’])"
)
#: a later word may be a lone digit before a capitalised one ("Lab 7 Studios"), not before
#: a unit, a street (its number, or the word before the street's: "1 Market Street") or
#: a count; nor is it "I"
_CAP_NEXT = (
    rf"(?![0-9]+[^\S\n]+(?:[{_UP}][\w'’-]*[^\S\n]+)?{_NO_NAME_AFTER_NUMBER})"
    # nor the pronoun "I" ("at Hays and I'm working on ...")
    r"(?!I(?:['’][a-z]|[^\S\n]|$))" + _CAP[:-1] + rf"|[0-9](?=[^\S\n]+[{_UP}]))"
)
_SP = r"[^\S\n]"  # a space that is not a line break: names do not run across lines
#: the small words inside a name, in the seven languages ("Banco del Sur", "Cassa di
#: Risparmio", "Casa das Rendas", "Van den Berg"), and "de la", "de los", "de l'" before
#: one ("Banco de la Nación", "Ministère de l'Intérieur")
_JOINER = (
    r"(?:&|and|of|de|du|des|der|den|van|von|y|e|la|le|et|und|für|for|del|della|delle|degli|dello|dei|di|"
    r"da|do|dos|das)"
)
_JOIN = rf"(?:{_SP}+{_JOINER}{_SP}+|{_SP}*[&+]{_SP}*|{_SP}+[dl]['’](?=[{_UP}])|{_SP}+|-)"
#: "de la", "de los", "de l'" right after a name's first word ("Banco de la Nación",
#: "Ministère de l'Intérieur"); later ones start a department or a place
_OF_THE = rf"{_SP}+(?:de|da|do){_SP}+(?:(?:la|las|los|le|les){_SP}+|l['’](?=[{_UP}]))"
NAME = rf"{_CAP}(?:{_OF_THE}{_CAP})?(?:{_JOIN}{_CAP_NEXT}){{0,5}}"
