"""The employer by its place in a hiring template's sentence (pure).

Templates put the employer's name where the subject of the sentence goes: "Westbrook
Analytics has decided to move forward", "Pinehollow Robotics would like to invite
you", "Die Tannberg GmbH hat sich entschieden", "La société Ravel a bien reçu votre
candidature", "A Ribeira Têxtil agradece o seu interesse". A person stands in the same
place ("Sarah would like to invite you"), so the name counts only when it is plainly
an organisation's: the sender's own slug, a trade word or a legal form.

A job title's "at" names the employer too: "Geography Teacher at Hollyfield School:
applications close on Friday", "Data Analyst at Contoso".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from assistant.core.company_choice import ARTICLES, OF
from assistant.core.company_subject import trim_company_tail
from assistant.core.display_company import clean_name, plausible_company
from assistant.core.fast_regex import anchor, anchor_places
from assistant.core.job_title import title_like
from assistant.core.name_cue import NAME
from assistant.core.needles import split_top, start_words
from assistant.core.nofollowup import needles_of
from assistant.core.senders import LEGAL_SUFFIX, company_worded, name_key, sender_data
from assistant.core.substrings import SUBSTRINGS

#: what the employer does in such a sentence, in the seven languages (lower case)
_ACTS = re.compile(
    r"(?:has|have)[^\S\n]+(?:decided|received|reviewed|chosen|selected)\b|"
    r"would[^\S\n]+like[^\S\n]+to[^\S\n]+(?:invite|offer|meet|thank|inform|interview|"
    r"speak[^\S\n]+with|schedule)\b|"
    r"(?:is|are)[^\S\n]+(?:pleased|delighted|happy|excited)[^\S\n]+to\b|invites[^\S\n]+you\b|"
    r"regrets[^\S\n]+to\b|(?:hat|bedankt|freut)[^\S\n]+sich\b|a[^\S\n]+bien[^\S\n]+re[çc]u\b|"
    r"a[^\S\n]+le[^\S\n]+plaisir\b|(?:vous|te)[^\S\n]+remercie\b|ha[^\S\n]+recibido\b|"
    r"(?:le|te)[^\S\n]+agradece\b|recebeu[^\S\n]+(?:a[^\S\n]+)?(?:sua|tua)\b|"
    r"agradece[^\S\n]+(?:o[^\S\n]+)?(?:seu|teu)\b|ha[^\S\n]+ricevuto\b|ringrazia\b|"
    r"heeft[^\S\n]+(?:je|uw)[^\S\n]+sollicitatie\b|bedankt[^\S\n]+(?:je|u)\b|"
    # wishes to meet or invite you: "souhaite vous rencontrer", "möchte Sie einladen",
    # "desea invitarte", "gostaria de convidá-lo", "desidera invitarti", "nodigt je uit"
    r"souhaite[^\S\n]+(?:vous|te)\b|m[öo]chte[^\S\n]+(?:sie|dich|euch)\b|"
    r"(?:desea|quiere)[^\S\n]+(?:invitar|conocer|agradecer)|gostaria[^\S\n]+de[^\S\n]+"
    r"(?:convid|conhec|agradec)|(?:desidera|vorrebbe)[^\S\n]+(?:invitar|conoscer|ringraziar)|"
    r"nodigt[^\S\n]+(?:je|u)[^\S\n]+(?:graag[^\S\n]+)?uit\b"
)
#: the words one of which every sentence _ACTS finds holds, from the pattern itself
#: (checked first, in the text's one substring pass)
_ACTS_NEEDLES = needles_of(_ACTS)


def _by_first_word(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``pattern``'s alternatives in two: those that start with words of three letters
    or more ("has", "would", "souhaite"), and the others ("a bien reçu", "is pleased")."""
    long: list[str] = []
    short: list[str] = []
    for branch in split_top(pattern.pattern):
        words = start_words(branch)
        (long if words and min(map(len, words)) >= 3 else short).append(branch)
    return re.compile("|".join(long)), re.compile("|".join(short))


_ACTS_LONG, _ACTS_SHORT = _by_first_word(_ACTS)
anchor(_ACTS_LONG, shortest=3)  # registers its first words (at import: no answers to drop)
_ACTS_SHORT_NEEDLES = needles_of(_ACTS_SHORT)


def _acts(low: str) -> Iterator[re.Match[str]]:
    """``_ACTS.finditer(low)``, tried only where a match may start.

    _ACTS has some twenty alternatives and no first letter the engine could skip to, so
    its search tries them all at every character (the costliest search of the company's).
    A match starts where one of its alternatives matches: where the text's substring
    pass saw a first word of the long-worded ones, or where the few short-worded ones
    match (searched only when their words are in the text). There ``_ACTS.match`` gives
    what the search would: the same matches, in order."""
    places = anchor_places(_ACTS_LONG, low)
    if places is None:  # (a text the substring pass has not seen: search as usual)
        yield from _ACTS.finditer(low)
        return
    starts = set(places)
    present = SUBSTRINGS.found(low)
    if all(present & mask for mask in _ACTS_SHORT_NEEDLES):
        short = _ACTS_SHORT.search(low)
        while short is not None:
            starts.add(short.start())
            short = _ACTS_SHORT.search(low, short.start() + 1)
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        found = _ACTS.match(low, start)
        if found is not None:
            yield found
            pos = found.end()


#: a name that ends just before a cue ("Westbrook Analytics| has decided")
NAME_BEFORE = re.compile(rf"(?P<c>{NAME})[^\S\n]+$")
#: a capitalised article that opens the sentence ("Die Tannberg GmbH", "A Ribeira")
#: (a word of its own, not the "A" of "Alcaraz"; and not "La", "Il", "De", "Het", "L'":
#: "La Huerta", "De Vries Bouw", "L'Oréal" keep theirs)
_ARTICLE = re.compile(r"^(?:The|Die|Der|Das|A|O)[^\S\n]+")


def acting_employers(text: str, low: str, slug: str) -> list[str]:
    """The organisations that act in the text's sentences (at most five sentences, as
    each look back costs and hostile mail may repeat the words)."""
    found: list[str] = []
    present = SUBSTRINGS.found(low)
    if not all(present & mask for mask in _ACTS_NEEDLES):
        return found
    for written in names_before(text, _acts(low)):
        name = trim_company_tail(clean_name(_ARTICLE.sub("", written)))
        if plausible_company(name) and organisation(name, slug):
            found.append(name)
    return found


def names_before(
    text: str,
    hits: Iterator[re.Match[str]],
    name: re.Pattern[str] = NAME_BEFORE,
    *,
    lines: str | None = None,
) -> Iterator[str]:
    """The names that end just before the first five ``hits`` (each looks back 80
    characters, and hostile mail may repeat the words). ``lines``: the text with its
    line breaks (``text`` flattened, of the same length), where a name opens its line."""
    for hit in islice(hits, 5):
        start = max(0, hit.start() - 80)
        if lines is not None:
            start = max(start, lines.rfind("\n", 0, hit.start()) + 1)
        before = name.search(text, start, hit.start())
        if before is not None:
            yield before.group("c")


#: words that make a name a department, not an organisation ("Unsere Abteilung
#: Informatik", "Direzione Marketing", "Área Comercial"); more are display_names.generic
_DEPARTMENT = frozenset(
    """
    unser unsere unserer unseres our notre nos nuestro nuestra nosso nossa nostro nostra
    onze direzione divisione dipartimento area área equipa equipe équipe serviço servizio
    division divisão división divisie unit bereich reparto sector setor secteur pôle
    """.split()  # noqa: SIM905
)
#: trade words that name a department's field when they begin a name ("Finance Team",
#: "Marketing Digital", "Data Science"), not a firm ("Hotel Adler", "Studio Brume")
_FIELDS = frozenset(
    """
    finance financial finanz marketing data analytics informatik informatique informática
    informatica legal law research engineering ingeniería ingegneria engenharia
    ingénierie security digital communications design logistics logistik logística
    logistica
    """.split()  # noqa: SIM905
)


def organisation(name: str, slug: str) -> bool:
    """The sender's slug written out, or a name with a legal form; else a name of
    several words with a trade word, no department's field first, nor a department's or
    a person's title ("Westbrook Analytics", "Banca Popolare"; not "Finance", "Direzione
    Marketing", "Departamento de Informática", "School Principal")."""
    key = name_key(name)
    if slug and key and (key in slug or (len(slug) >= 4 and slug in key)):
        return True
    if LEGAL_SUFFIX.search(" " + name):
        return True
    data = sender_data()
    raw = name.split()
    if len(raw) >= 3 and raw[0].lower() in ARTICLES:
        raw = raw[1:]  # an article before the trade word ("La Maison du Fromage")
    words = [w.lower().strip("().,&") for w in raw]
    # a joiner or an article inside the name is none of a team's words ("Clinique des
    # Tilleuls", "Bos & Meijer", "Tuincentrum De Wilg")
    own = words[:1] + [w for w in words[1:] if w and w not in _INSIDE]
    return (
        len(words) >= 2
        and company_worded(" ".join(raw))
        and words[0] not in _FIELDS
        and not any(w in data.generic_names or w in _DEPARTMENT for w in own)
        and not title_like(name, loose=True)
    )


#: the small words inside a name
_INSIDE = ARTICLES | OF | {"and", "y", "e", "et", "und", "zur", "zum"}

#: "<title> at <Company>" ("Talent Partner @ <Company>"): the place of "at" and the name
#: after it
_AT = re.compile(
    # from the start of a run of spaces, which it takes whole (else a long run is
    # searched from each of its spaces again: quadratic)
    rf"(?<![^\S\n])[^\S\n]++(?:at|@|bei|chez|bij|presso)[^\S\n]++(?:the[^\S\n]++)?(?P<c>{NAME})"
)
_AT_NEEDLES = SUBSTRINGS.mask((" at ", " @ ", " bei ", " chez ", " bij ", " presso "))
#: the last blank before an "at" and the word: where an _AT match's run of spaces ends (a
#: literal class first, so the engine skips ahead in C; _AT's lookbehind tries every place)
_AT_WORD = re.compile(r"[^\S\n](?:at|@|bei|chez|bij|presso)(?=[^\S\n])")


def _at_matches(text: str) -> Iterator[re.Match[str]]:
    """``_AT.finditer(text)``: a match starts where the run of spaces before an "at"
    begins, so _AT is tried there only (each run is walked back once: linear)."""
    pos = 0
    for word in _AT_WORD.finditer(text):
        start = word.start()
        while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
            start -= 1
        if start < pos:
            continue
        found = _AT.match(text, start)
        if found is not None:
            yield found
            pos = found.end()


_TITLE_BEFORE = re.compile(rf"(?P<t>{NAME})$")


def title_employers(text: str, low: str, lines: str) -> list[str]:
    """The names after a job title's "at" (the first ten "at"s looked at: each looks
    back). ``lines`` is the text before flattening: a name ends where its line does
    ("Data Analyst at Quillon" above "Education: ..."). A title after a colon, a comma
    or a bracket is a form's field or a person's post ("Current position: Data Analyst
    at X", "Lena Hart (Engineering Manager at X)"), not the job's."""
    found: list[str] = []
    if not SUBSTRINGS.found(low) & _AT_NEEDLES:
        return found
    for count, hit in enumerate(_at_matches(text)):
        if count == 10:
            break
        title = _TITLE_BEFORE.search(text, max(0, hit.start() - 80), hit.start())
        if title is None or not _titled(_ARTICLE.sub("", title.group("t"))):
            continue
        if lines[max(0, title.start() - 3) : title.start()].rstrip(" \t")[-1:] in (":", ",", "("):
            continue  # on the title's own line only: not "Hi Sam,\n\nThe Head of ..."
        line_end = lines.find("\n", hit.start("c"), hit.end("c"))
        end = hit.end("c") if line_end < 0 else line_end
        name = trim_company_tail(clean_name(text[hit.start("c") : end]))
        if plausible_company(name) and not title_like(name, loose=True):
            found.append(name)
    return found


def _titled(run: str) -> bool:
    """A job title, or one with its field after "of" ("Lecturer of Economics")."""
    return title_like(run, loose=True) or title_like(run.split(" of ")[0], loose=True)
