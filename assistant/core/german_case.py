"""A German public body's name in the case its sentence puts it in (pure): "bei den
Stadtwerken Lauterbach", "im Klinikum Nordheide", "beim Landratsamt Ostheide", "des
Klinikums Nordheide". The employer is named in the nominative ("Stadtwerke
Lauterbach"), as it names itself.
"""

from __future__ import annotations

import re

#: the head words of such a body, inflected or not, at the end of its first word
#: ("Stadtwerken", "Kreiskrankenhaus", "Landratsamtes"); case-sensitive text: the
#: lookahead reads the word in either case, the word itself begins with a capital
_HEADS = (
    r"klinik(?:ums?|en)?|krankenhaus(?:es)?|institut(?:e?s)?|verband(?:e?s)?|stiftung|"
    r"hochschule|universität|museums?|theaters?|"
    # words that say a place or a part too ("im Zentrum Hamburgs", "im Werk Ingolstadt"):
    # only as the end of a longer word ("Stadtwerken", "Landratsamt", "Sparkasse")
    r"[a-zäöüß]{2}(?:werken?|werke?s|betrieben?|amt(?:e?s)?|zentrums?|kasse|bank|"
    r"verwaltung|vereins?|haus(?:es)?)"
)
#: a place, no employer: "im Parkhaus Marktplatz", "im Rathaus Weiden", "im
#: Rechenzentrum Frankfurt", "im Einkaufszentrum Nord"
_PLACES = (
    r"(?:park|rat|hoch|treppen|wohn|ferien|gäste|bahnhofs)haus(?:es)?|"
    r"(?:rechen|daten|einkaufs|stadt|orts|shopping)zentrums?"
)
#: the body's first word; a pronoun after it is no place ("im Krankenhaus Ihrer Wahl")
INSTITUTION = (
    rf"(?=(?i:[a-zäöüß]*(?:{_HEADS}))(?![\wäöüß]))(?!(?i:{_PLACES})(?![\wäöüß]))"
    r"[A-ZÄÖÜ][a-zäöüß]+"
    r"(?![^\S\n]+(?:Ihr|Ihre|Ihrer|Ihres|Ihrem|Ihren|Sie|Wir|Uns|Dein|Deine|Deiner)\b)"
)

#: the candidate's own past there, before the body's name: "Ihre Erfahrung beim
#: Finanzamt Kiel", "deine Zeit im Klinikum Nordheide" (lowered text)
_YOURS = re.compile(
    r"\b(?:ihr|dein)\w*[^\S\n]+(?:\w+[^\S\n]+)?"
    r"(?:erfahrung|tätigkeit|zeit|station|arbeit|ausbildung|praktik|wechsel)\w*"
    r"(?:[^\S\n]+[a-zäöüß]+){0,2}[^\S\n]*$"
)


def yours(low: str, at: int) -> bool:
    """Whether the body named at ``at`` in lowered ``low`` is where the candidate was."""
    return _YOURS.search(low, max(0, at - 60), at) is not None


#: the inflected endings and their nominative (each the ending cut short), longest first
_ENDINGS = (
    ("krankenhauses", "krankenhaus"),
    ("betrieben", "betriebe"),
    ("institutes", "institut"),
    ("verbandes", "verband"),
    ("klinikums", "klinikum"),
    ("instituts", "institut"),
    ("verbands", "verband"),
    ("zentrums", "zentrum"),
    ("museums", "museum"),
    ("theaters", "theater"),
    ("werken", "werke"),
    ("werkes", "werk"),
    ("vereins", "verein"),
    ("hauses", "haus"),
    ("werks", "werk"),
    ("amtes", "amt"),
    ("amts", "amt"),
)


def nominative(name: str) -> str:
    """``name`` with its first word in the nominative: "Stadtwerken Lauterbach" ->
    "Stadtwerke Lauterbach", "Klinikums Nordheide" -> "Klinikum Nordheide"."""
    first, _, rest = name.partition(" ")
    low = first.lower()
    for ending, base in _ENDINGS:
        if low.endswith(ending):
            first = first[: len(first) - len(ending) + len(base)]
            break
    return f"{first} {rest}" if rest else first
