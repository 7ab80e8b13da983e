"""The employer's legal name from a mail's footer: copyright and imprint lines (pure).

Hiring mail from a company's own system often ends with "© 2026 Acme Foods Ltd. All
rights reserved.", "Acme Logistiek B.V. | KvK 12345678", "Acme Alimentos S.A. — CNPJ
…", "Acme SAS - RCS Paris …" or a German imprint ("Acme GmbH · Hauptstraße 5 ·
Amtsgericht …"). The name is the run of capitalised words that ends with a legal
form, on a line that says it is a legal line (a copyright sign or a register), or
that begins with it. Words are walked one by one: no pattern can backtrack.
"""

from __future__ import annotations

import re
from itertools import product

import ahocorasick

from assistant.core.name_cue import NAME
from assistant.core.senders import LEGAL_FORMS
from assistant.core.words import ELISIONS

#: a footer's legal or register wording, in the seven languages
_MARKER = re.compile(
    r"(?i)©|\(c\)|\bcopyright\b|rights\s+reserved|rechte\s+vorbehalten|droits\s+r[ée]serv|"
    r"derechos\s+reservados|diritti\s+riservati|direitos\s+reservados|rechten\s+voorbehouden|"
    r"\bkvk\b|kamer\s+van\s+koophandel|\bhr[ab]\b|amtsgericht|registergericht|handelsregister|"
    r"gesch[äa]ftsf[üu]hr|sitz\s+der\s+gesellschaft|ust-?id|\brcs\b|\bsiret\b|\bsiren\b|"
    r"capital\s+social|capitale\s+sociale|\bcnpj\b|\bnif\b|\bcif\b|p\.\s?iva|partita\s+iva|"
    r"registered\s+(?:in|office)|company\s+(?:number|no\b)|\bbtw\b|\bvat\b|\bimpressum\b"
)
#: two-letter forms that are also words ("se", "sa", "as"): only in capitals
_SHORT_CAPS = frozenset({"se", "sa", "as", "ab", "ag", "kg", "ug", "bv", "nv", "sl", "oy"})
#: what may follow a legal form and still belong to it ("GmbH & Co. KG")
_FORM_GLUE = frozenset({"&", "co", "und", "cie"})
_JOINERS = frozenset("& and of de du des der van y e et und di da do del la le".split())  # noqa: SIM905
_LINES = 40  # the footer is near the end
#: "© 2026 Harbour Lane Homes. All rights reserved.": the holder after the sign and the years
_HOLDER = re.compile(
    r"(?i:©|\(c\)|copyright)(?:[^\S\n]*+(?i:©|copyright))?[^\S\n]*+"
    r"(?:\d{4}(?:[^\S\n]*+[-–][^\S\n]*+\d{4})?[,.]?[^\S\n]*+)?"
    rf"(?P<c>{NAME})"
)
#: words that end a holder's name ("Harbour Lane Homes All rights reserved")
_AFTER_HOLDER = frozenset(
    "all alle tous todos tutti rights rechte droits derechos diritti direitos".split()  # noqa: SIM905
)


def _form(word: str) -> bool:
    bare = word.strip(".,;:()").replace(".", "").lower()
    if bare not in LEGAL_FORMS or bare == "co":  # "Co. Cork": a county; "& Co" is glue
        return False
    if bare in _SHORT_CAPS:
        return word.strip(".,;:()").replace(".", "").isupper()
    return word[:1].isupper() or bare in ("ek", "ev")


def _capitalised(word: str) -> bool:
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or word.lower() in _JOINERS
        or _elided_capital(word)
    )


def _elided_capital(word: str) -> bool:
    """An elided article before a capital inside a name ("Lumière d'Ouest SAS",
    "Cantine dell'Adige S.r.l.")."""
    head, mark, tail = word.replace("’", "'").partition("'")
    return bool(mark) and head in ELISIONS and tail[:1].isupper()


def _name_before(words: list[str], at: int) -> str | None:
    """The capitalised run that ends with the legal form at ``at`` (and its glue)."""
    end = at + 1
    while end < len(words) and (_form(words[end]) or words[end].strip(".,").lower() in _FORM_GLUE):
        end += 1
    while end > at + 1 and words[end - 1].strip(".,").lower() in _FORM_GLUE:
        end -= 1  # "Acme Ltd &": a dangling joiner
    start = at
    while start > 0 and start > at - 6:
        word = words[start - 1]
        if not _capitalised(word) or word[-1:] in ":;!?" or word.startswith("©"):
            break
        if word[-1:] == "," and start != at:
            break  # "Paris, Acme SA": a comma ends the run, except "Serrano, S.L."
        if word[-1:] == "." and len(word) > 2 and not _form(word):
            break  # a sentence ended ("reserved. Acme Ltd")
        start -= 1
    while start < at and (words[start] in _JOINERS or words[start][:1].isdigit()):
        start += 1  # "2026 Acme Ltd", "and Acme Ltd"; a capital is a name's ("Van Dijk B.V.")
    if start == at:
        return None  # a legal form alone
    return " ".join(words[start:end]).strip(" ,;:")


def _spellings(form: str) -> set[bytes]:
    """How a word that ``_form`` accepts as ``form`` is written, its dots left out: in
    capitals if short; else with a capital first (or "e": "e.K.", "e.V."), any case after."""
    if form in _SHORT_CAPS:
        return {form.upper().encode()}
    firsts = {form[0].upper(), form[0]} if form[0] == "e" else {form[0].upper()}
    rests = list(product(*({ch, ch.upper()} for ch in form[1:])))
    return {(first + "".join(rest)).encode() for first in firsts for rest in rests}


def _spelling_finder() -> ahocorasick.Automaton:
    """Every spelling of a legal form that _form accepts (some 3,300), between blanks."""
    finder = ahocorasick.Automaton()
    for form in LEGAL_FORMS - {"co"}:
        for spelling in _spellings(form):
            finder.add_word(f" {spelling.decode()} ", True)
    finder.make_automaton()
    return finder


_SPELLINGS = _spelling_finder()
#: what a word is split at in the screen: the blanks str.split() splits at (the
#: non-ASCII ones by _WIDE_BLANK) and what _form strips ("(GmbH)"); its dots go
_SPLIT_AT = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f,;:()"
_TO_BLANK = bytes.maketrans(_SPLIT_AT, b" " * len(_SPLIT_AT))
_WIDE_BLANK = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_KELVIN = "\u212a"  # the one non-ASCII letter that lower-cases to an ASCII one ("k")


def _may_hold_form(tail: str) -> bool:
    """False when no word of ``tail`` is a legal form, found in C (most mail has none:
    then no word is looked at one by one). Each word with its dots left out, split
    where ``_form`` strips (a superset), is looked for among the forms' spellings."""
    if not tail.isascii():
        if _KELVIN in tail:
            return True
        if _WIDE_BLANK.search(tail):
            tail = " ".join(tail.split())
    data = tail.encode("utf-8", "surrogatepass").translate(_TO_BLANK, b".")
    # (latin-1: one character a byte; the spellings are ASCII)
    return next(_SPELLINGS.iter(f" {data.decode('latin-1')} "), None) is not None


def legal_names(text: str) -> list[str]:
    """Legal names in the last lines: on a copyright or register line, or beginning a
    line ("Acme B.V. | Havenweg 1"), last line first."""
    tail = text[-4_000:]
    if not _may_hold_form(tail):
        return []
    lines = tail.splitlines()[-_LINES:]
    names: list[str] = []
    for line in reversed(lines):
        words = line.split()
        if len(words) > 60:
            continue
        for index in range(1, len(words)):
            word = words[index]
            if not (word[0].isupper() or word[0] == "e") or not _form(word):
                continue  # (most words are neither: the cheap test first)
            name = _name_before(words, index)
            if name is None:
                continue
            opens = line.lstrip(" ©").lower().startswith(name.lower())
            if (opens or _MARKER.search(line)) and name not in names:
                names.append(name)
            break
    return names


def copyright_holder(text: str) -> str | None:
    """The holder a copyright line names without a legal form ("© 2026 Harbour Lane Homes. All
    rights reserved."): often a platform's, so the employer only when nothing else is."""
    for line in reversed(text[-4_000:].splitlines()[-_LINES:]):
        holder = _holder(line)
        if holder:
            return holder
    return None


def _holder(line: str) -> str | None:
    if "©" not in line and "opyright" not in line and "(c)" not in line.lower():
        return None
    found = _HOLDER.search(line)
    if found is None:
        return None
    words = found.group("c").split()
    for index, word in enumerate(words):
        if word.lower() in _AFTER_HOLDER:
            words = words[:index]
            break
    return " ".join(words) or None
