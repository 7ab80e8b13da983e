"""When: the day the candidate applied and the answer the employer promised (pure).

``find_date`` reads dates written in several languages and forms; ``applied_on``
the application date a confirmation states (or the day it was sent);
``response_window`` "we will reply within two weeks" / "by 14 March" as a
``ResponseWindow`` with its evidence, which the planner uses to time a follow-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from assistant.core.caseless import Caseless
from assistant.core.models import Message, ResponseWindow
from assistant.core.nofollowup import at_places, compile_fast, lowered, matches, sentence_span
from assistant.core.substrings import SUBSTRINGS, index_of

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "januar", "janvier", "januari", "enero"),
            ("february", "feb", "februar", "février", "fevrier", "februari", "febrero"),
            ("march", "mar", "märz", "maerz", "mars", "maart", "marzo"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "mei", "mayo"),
            ("june", "jun", "juni", "juin", "junio"),
            ("july", "jul", "juli", "juillet", "julio"),
            ("august", "aug", "août", "aout", "augustus", "agosto"),
            ("september", "sep", "sept", "septembre", "septiembre"),
            ("october", "oct", "oktober", "octobre", "okt", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "dezember", "décembre", "decembre", "dez", "diciembre"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DIGIT = re.compile(r"\d")
_DATE_PATTERNS = [
    re.compile(
        rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b",
        re.I,
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?P<m>{_MONTH_RE})\.?"
        rf"(?:,?\s+(?:de\s+)?(?P<y>\d{{4}}))?\b",
        re.I,
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>\d{4})\b"),
]


def find_date(text: str, reference: datetime | None) -> tuple[date, int, int] | None:
    """The first date written in ``text``: (date, start, end). Year defaults near ``reference``."""
    if not _DIGIT.search(text):
        return None  # every date pattern holds a digit (most "by ..." phrases none)
    best: tuple[date, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match or (best is not None and match.start() >= best[1]):
            continue
        groups = match.groupdict()
        month = _MONTHS.get(groups["m"].lower()) if groups.get("m") else int(groups["mn"])
        try:
            day = int(groups["d"])
            if groups.get("y"):
                year = int(groups["y"])
            elif reference is not None:
                year = reference.year
            else:
                continue
            value = date(year, month or 0, day)
            if not groups.get("y") and reference is not None and value < reference.date():
                value = date(year + 1, month or 0, day)
        except (TypeError, ValueError):
            continue
        best = (value, match.start(), match.end())
    return best


_APPLIED = Caseless(
    re.compile(
        r"(?i)\b(?:submitted|applied|received|sent|eingegangen|reçue|ontvangen|recibida)\s+"
        r"(?:on|am|le|op|el)\s+(?P<rest>[^.\n]{4,40})"
    )
)


def applied_on(message: Message, flat: str, is_confirmation: bool) -> date | None:
    match = _APPLIED.search(flat[:20_000])
    if match:
        found = find_date(match.group("rest"), message.date)
        if found and (message.date is None or found[0] <= message.date.date() + timedelta(days=1)):
            return found[0]
        if found and message.date is not None:
            # "submitted on February 20" in a mail of February 13: trust the words anyway
            return found[0]
    if is_confirmation and message.date is not None:
        return message.date.date()
    return None


_NUMBERS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "couple of": 2,
    "a couple of": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fourteen": 14,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "twee": 2,
    "drie": 3,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
}
_NUM = (
    r"(?:\d{1,3}(?:\s*[-–]\s*\d{1,3})?|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
)
_UNIT = (
    r"(?P<unit>business\s+days?|working\s+days?|days?|weeks?|months?|tage[n]?|werktage[n]?|"
    r"wochen|woche|monat(?:e|en)?|jours?|semaines?|mois|dagen|dag|werkdagen|weken|week|maanden|"
    r"d[ií]as(?:\s+h[aá]biles)?|semanas?|mes(?:es)?)"
)
#: run over lower-cased text (IGNORECASE is several times slower here), by ``matches``:
#: without its leading \b the engine skips ahead to a possible first letter in C
_WINDOW = compile_fast(
    rf"\b(?:within|in\s+the\s+next|over\s+the\s+next|in|after|innerhalb(?:\s+von)?|binnen|"
    rf"in\s+den\s+n[äa]chsten|dans\s+les|sous|d['’]ici|dans\s+un\s+d[ée]lai\s+de|en\s+las\s+pr[óo]ximas|"
    rf"en\s+los\s+pr[óo]ximos|dentro\s+de|en\s+un\s+plazo\s+de)\s+(?:the\s+next\s+|about\s+|approximately\s+|"
    rf"roughly\s+|ca\.\s+|etwa\s+)?(?P<num>{_NUM})(?:\s*\(\d+\))?\s+{_UNIT}",
    0,
)
#: every _WINDOW match holds a blank then the first word of its unit (_UNIT's words, cut
#: to their shortest form): a cheap search that skips the costly one in most mail (its
#: leading words "in", "after" are everywhere)
_UNIT_AFTER_BLANK = re.compile(
    r"\s(?:business|working|day|week|month|tage|werktage|woche|monat|jour|semaine|mois|dag|"
    r"werkdagen|weken|maand|d[ií]as|semana|mes)"
)
#: the words a _WINDOW match starts with ("innerhalb" starts with "in"; "d'ici" whole,
#: not its one letter), as SUBSTRINGS indexes: their places in a message's body are known
#: from its substring pass (registered at import: no answers to drop)
_WINDOW_STARTS = tuple(
    index_of(SUBSTRINGS.mask((word,)))
    for word in ("within", "in", "over", "after", "binnen", "dans", "sous", "d'ici", "d’ici")
    + ("en", "dentro")
)


def _windows(low: str) -> Iterable[re.Match[str]]:
    """``matches(_WINDOW, low)``: tried at its first words' places only, where known (its
    "in", "en" are too short for the engine to skip ahead to)."""
    places = SUBSTRINGS.starts(low, _WINDOW_STARTS)
    return matches(_WINDOW, low) if places is None else at_places(_WINDOW, low, places)


_WINDOW_TOPIC = re.compile(
    r"(?i)(hear|contact|respond|response|reply|get\s+back|review|answer|update|decision|feedback|"
    r"touch|notify|inform|melden|r[üu]ckmeldung|antwort|nachricht|r[ée]ponse|reviendr|contacter|"
    r"reactie|bericht|horen|respuesta|contactar|noticias|assess|evaluat|shortlist|process)"
)
_UNTIL = Caseless(
    re.compile(
        r"(?i)\b(?:until|till|through|by|before|after\s+the\s+closing\s+date\s+(?:of|on)|closing\s+date\s+(?:of|on|is)|"
        r"bis\s+(?:zum\s+)?|jusqu['’]au|avant\s+le|tot|hasta\s+el)\s+"
    )
)


def _to_days(number: str, unit: str) -> int | None:
    number = number.lower().strip()
    if re.match(r"\d", number):
        high = int(re.split(r"\s*[-–]\s*", number)[-1])
    elif number in _NUMBERS:
        high = _NUMBERS[number]
    else:
        return None
    unit = unit.lower()
    if unit.startswith(("business", "working", "werkt", "werkd", "días háb", "dias hab")):
        return -(-high * 7 // 5)
    if unit.startswith(("week", "woche", "wochen", "semaine", "semana", "weken")):
        return high * 7
    if unit.startswith(("month", "monat", "mois", "maand", "mes")):
        return high * 30
    return high


def response_window(message: Message, flat: str) -> ResponseWindow | None:
    """A stated time to hear back: 'within 2 weeks' -> 14 days; 'until 15 March' -> a date."""
    body = flat[:20_000]
    low = lowered(body)
    for match in _windows(low) if _UNIT_AFTER_BLANK.search(low) else ():
        left, right = sentence_span(body, match.start(), match.end())
        sentence = body[left:right]
        if not _WINDOW_TOPIC.search(sentence):
            continue
        days = _to_days(match.group("num"), match.group("unit"))
        if days is None or days <= 0 or days > 366:
            continue
        return ResponseWindow(phrase=message.text[left:right], days=days)
    for match in _UNTIL.finditer(body):
        found = find_date(body[match.end() : match.end() + 40], message.date)
        if found is None or found[1] > 3:
            continue
        left, right = sentence_span(body, match.start(), match.end())
        sentence = body[left:right]
        if not (
            _WINDOW_TOPIC.search(sentence)
            or re.search(
                r"(?i)office|return|leave|closing|"
                r"absent|urlaub|vacation",
                sentence,
            )
        ):
            continue
        return ResponseWindow(phrase=message.text[left:right], until=found[0])
    return None
