"""The organisation a sender signs with, from the lines under a closing (pure).

Mail from a hiring team ends like "Best regards, / HR Team / Graphic Design Institute",
"Mit freundlichen Grüssen / Jana Roth / Schule Lindenhof" or "Cordialement, /
Northwind Traders". The first line under the closing is usually a person or a team;
a name after a person, a team or a title, or beside a person on the same line
("Vera Keller / Primarschule Birkenweg"), is the organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from assistant.core.display_company import TEAM_ARTICLES, TEAM_SCOPE
from assistant.core.line_start import LineStart
from assistant.core.not_company import device_footer
from assistant.core.senders import LEGAL_SUFFIX, company_worded, sender_data

#: a line that is only a closing, in the languages followup reads
_CLOSING = re.compile(
    r"(?im)^[^\S\n]*(?:best(?:[^\S\n]+regards|[^\S\n]+wishes)?|kind[^\S\n]+regards|"
    r"warm(?:est)?[^\S\n]+regards|regards|sincerely|yours[^\S\n]+(?:sincerely|truly|faithfully)|"
    r"thanks(?:[^\S\n]+again)?|thank[^\S\n]+you|cheers|respectfully|all[^\S\n]+the[^\S\n]+best|"
    r"(?:mit[^\S\n]+)?(?:freundliche[n]?|viele|beste[n]?|herzliche[n]?|liebe)[^\S\n]+gr[üu](?:ß|ss)(?:e|en)|"
    r"(?:bien[^\S\n]+)?cordialement|bien[^\S\n]+[àa][^\S\n]+vous|(?:sinc[èe]res[^\S\n]+|"
    r"meilleures[^\S\n]+)?salutations|(?:met[^\S\n]+)?vriendelijke[^\S\n]+groet(?:en)?|"
    r"hartelijke[^\S\n]+groet(?:en)?|groeten|atentamente|saludos(?:[^\S\n]+cordiales)?|"
    r"un[^\S\n]+(?:cordial[^\S\n]+)?saludo|cordialmente|(?:cordiali|distinti)[^\S\n]+saluti|"
    r"un[^\S\n]+cordiale[^\S\n]+saluto|atenciosamente|(?:com[^\S\n]+os[^\S\n]+melhores[^\S\n]+)?"
    r"cumprimentos|abra[çc]os|"
    # warm and informal ones: "Warmly", "Many thanks", "Groetjes", "Um abraço", "Un
    # abrazo", "Un saluto", "A presto", "À bientôt", "Até breve"
    r"warmly|warm[^\S\n]+wishes|many[^\S\n]+thanks|all[^\S\n]+best|groetjes|groet|"
    r"(?:um[^\S\n]+)?abra[çc]o|(?:un[^\S\n]+)?abrazo|abrazos|(?:un[^\S\n]+)?saluto|saluti|"
    r"a[^\S\n]+presto|[àa][^\S\n]+bient[ôo]t|at[ée][^\S\n]+breve)[^\S\n]*[,:!.]?[^\S\n]*$"
)
#: an address on a contact line ("jo@acme.example"); a title's "@" stands apart ("The
#: People Team @ Acme")
_ADDRESS = re.compile(r"\S@\S")
#: where a quoted earlier message begins: its signature is not the sender's
_QUOTED = re.compile(r"(?m)^(?:>|On .{5,200} wrote:|-{3,}[^\S\n]*Original|From:|Von:|De :|Van:)")
_QUOTED_LINES = LineStart(_QUOTED)  # the same matches, faster
_PARTS = re.compile(r"[^\S\n]+(?:/|\||–|—|-|·)[^\S\n]+")
_NAMEISH = re.compile(r"[A-ZÀ-Þ0-9][\w'’&.+-]*(?:[^\S\n]+[\w'’&.+()-]+){0,6}")
_PERSON = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ'’-]+\.?(?:[^\S\n]+(?:de|van|der|von|da|di|del|la|le|[A-ZÀ-Þ]\.|"
    r"[A-ZÀ-Þ][a-zà-ÿ'’-]+)){1,3}"
)
#: one first name, or two ("Sam en Noor")
_ONE_PERSON = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[^\S\n]+(?:and|und|et|en|y|e)[^\S\n]+[A-ZÀ-Þ]\S+)?"
)


#: words that make a team a hiring team ("HR-Team", "équipe Recrutement", "equipa de
#: recrutamento", "recruitmentteam")
_HIRING = (
    r"(?:recruiting|recruitment|recrutement|recrutamento|reclutamiento|selecci[óo]n|"
    r"sele[çc][ãa]o|selezione|hr|rh|rrhh|talent|talento|talentos|people|personal|werving|"
    r"selectie|ressources[^\S\n]+humaines|recursos[^\S\n]+humanos|risorse[^\S\n]+umane)"
)
#: "Marta y el equipo de Casa Ribera", "The team of X", "L'équipe de X", "L'équipe RH X",
#: "Team Acme", "Dein Team von X", "A equipa de recrutamento da X", "Het recruitmentteam
#: van X": the team's owner after it
_TEAM_OF = re.compile(
    r"(?i)^(?:.{1,40}?[^\S\n](?:and|y|et|und|en|e|&)[^\S\n]+)?(?:(?:the|el|la|le|il|lo|o|a|"
    r"het|das|ihr|dein|euer|your|votre|uw|je|vostro|nuestro|sua|seu)[^\S\n]+|l['’])?"
    rf"(?:{_HIRING}[^\S\n]?-?)?(?:team|equipo|équipe|equipe|equipa|squadra|staff|time)"
    rf"(?:[^\S\n]+(?:(?:de|di|du|des|do|da)[^\S\n]+)?{_HIRING})?[^\S\n]+"
    r"(?:(?:de|of|di|da|do|van|von|der|du|des|del|della|dello|at|@|bei|chez)[^\S\n]+)?"
    r"(?P<n>\S.*)$"
)
#: "Ihr Kesselhaus-Team", "The Acme Team", "Het Acme team": the team's owner before it
_NAME_TEAM = re.compile(
    r"(?i)^(?:(?:ihr|dein|euer|das|the|your|het|je|uw)[^\S\n]+)?(?P<n>[^\n]{1,60}?)"
    r"(?:[^\S\n]+|-)(?:(?:recruiting|recruitment|hr|karriere|talent|hiring)(?:[^\S\n]+|-))?"
    r"team$"
)
#: "Le service recrutement de X", "Departamento de RRHH de X", "Personalabteilung der X",
#: "Afdeling HR van X", "Human Resources Department, X": a department, then its owner
_DEPARTMENT_OF = re.compile(
    r"(?i)^(?P<d>[^\W\d][\w'’-]*+(?:[^\S\n]+[^\W\d][\w'’-]*+){0,4}?)(?:[^\S\n]*+,|[^\S\n]+"
    r"(?:of|de|du|des|der|di|da|do|del|della|van|von)(?:[^\S\n]+(?:la|le|the|el|a|o))?)"
    r"[^\S\n]+(?-i:(?P<n>[A-ZÀ-Þ0-9][^\n]{1,60}))$"
)
_OFFICE_WORDS = frozenset({"dipartimento", "dirección", "direção", "direzione", "gestion", "y"})


def _department_of(part: str) -> re.Match[str] | None:
    """A department line's owner, when every word before it is a team or office word."""
    found = _DEPARTMENT_OF.match(part)
    if found is None:
        return None
    data = sender_data()
    words = [w.lower().strip("()&,'’") for w in found.group("d").split()]
    known = data.generic_names | data.team_joiners | _OFFICE_WORDS
    return found if all(w in known for w in words) else None


_THE = re.compile(r"(?i)^(?:the|el|la|le|il|het|die|der|das)[^\S\n]+(?=[A-ZÀ-Þ0-9])")
#: the same for a line that names the organisation itself: a Romance article begins the
#: name there ("El Molino Azul", "Le Petit Atelier"); "The Acme Company" is Acme Company
_THE_GERMANIC = re.compile(rf"(?i)^(?:{'|'.join(sorted(TEAM_ARTICLES))})[^\S\n]+(?=[A-ZÀ-Þ0-9])")


@cache
def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = sender_data()
    ends = "|".join(data.title_compound_ends)
    firsts = "|".join(data.title_heads_first)
    return (
        re.compile(rf"(?i)\w(?:{ends})(?:in|innen)?\b"),  # "Personalreferentin"
        re.compile(rf"(?i)(?:{firsts})\b"),  # "Analista de Recrutamento", "Consulente HR"
    )


def _titled(part: str) -> bool:
    """A job title in a German compound or a Romance head-first form."""
    compound, first = _title_patterns()
    return bool(compound.search(part) or first.match(part))


@dataclass(frozen=True)
class Signed:
    """A name under the closing; ``sure`` when its place says it is the organisation;
    ``signed_off`` when a team's line signs the mail with no closing above it ("L'équipe
    Acme"), which often writes the name shorter than elsewhere ("La team Kiwi")."""

    name: str
    sure: bool
    signed_off: bool = False
    #: a person: the signer's line, with a job title on the next line ("Jordan Price" /
    #: "Talent Acquisition Partner | Acme"); never the organisation
    person: bool = False


def own_text(text: str) -> str:
    """The sender's own text: the first 20,000 characters, before a quoted message."""
    head = text[:20_000]
    quoted = _QUOTED_LINES.search(head)
    return head[: quoted.start()] if quoted else head


def _last_closing(head: str, start: int) -> re.Match[str] | None:
    """The last line at or after ``start`` that is only a closing (the last match of
    ``_CLOSING`` there: a match is one whole line). Read from the last line up: the
    closing stands a few lines above the end, under it only the signature."""
    line = head.rfind("\n") + 1
    while line >= start:
        found = _CLOSING.match(head, line)
        if found is not None:
            return found
        if line == 0:
            return None
        line = head.rfind("\n", 0, line - 1) + 1
    return None


def _lines_under_closing(head: str) -> tuple[list[str], bool]:
    """(lines, closed): the lines under the last closing of the sender's own text; without
    one, its last lines (closed False), where only a titled line names the organisation."""
    tail_from = max(0, len(head) - 3_000)  # a signature ends the sender's own text
    last = _last_closing(head, tail_from)
    # a phone's or a mail program's footer ("Sent from my iPhone") is no signature's line
    if last is None:  # (the last 3 lines worth reading fit in 600 characters)
        lines = [line.strip(" \t,.") for line in head[-600:].splitlines()]
        return [line for line in lines if line and not device_footer(line)][-3:], False
    lines = [line.strip(" \t,.") for line in head[last.end() :].splitlines()]
    return [line for line in lines if line and not device_footer(line)][:5], True


#: "Sales Director, Acme Foods", "Talent Partner at Acme", "Recruiter | Acme": a title,
#: then the organisation
_TITLED_ORG = re.compile(
    r"(?P<t>[^,|\n]{2,60}?)(?:,|[^\S\n]+(?P<at>at|@|bei|chez|bij|presso)|[^\S\n]+(?:en|na|\|))"
    r"[^\S\n]+"
    r"(?P<n>[A-ZÀ-Þ0-9][^,|\n]{1,60})"
)


#: up to six capitalised words and their joiners ("Head of People", "Jefa de Personal")
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-Þ0-9][^\s,|]*+(?:[^\S\n]++(?:[A-ZÀ-Þ0-9&][^\s,|]*+|of|de|di|da|do|du|des|del|"
    r"van|von|der|den|y|e|et|und|and|&|für|for)){0,5}"
)


#: what every _TITLED_ORG line holds between the title and the name (searched from a
#: class of first characters: the engine skips ahead; the lazy title is tried at each
#: of up to 60 places)
_TITLED_SEPARATOR = re.compile(r",|\||[^\S\n](?:at|@|bei|chez|bij|presso|en|na)[^\S\n]")


def _titled_org(line: str) -> tuple[str, bool] | None:
    """The organisation after a title, and whether a word names it one ("at X"); a
    comma, "en" or "na" may also stand before a department or a city."""
    found = _TITLED_ORG.fullmatch(line) if _TITLED_SEPARATOR.search(line) else None
    if found is None:
        return None
    title, name = found.group("t").strip(), found.group("n").strip()
    if not (_CAPITALISED_RUN.fullmatch(title) and _CAPITALISED_RUN.fullmatch(name)):
        return None  # a sentence ("You applied for Analyst at Acme in London")
    data = sender_data()
    words = [w.lower().strip("()&,.") for w in title.split()]
    if not (any(w in data.title_heads for w in words) or _titled(title)):
        return None
    if not _NAMEISH.fullmatch(name) or (_PERSON.fullmatch(name) and not _tailed(name)):
        return None  # "Recruiter, Sam Carter"
    if all(w.lower().strip("()&,") in data.generic_names for w in name.split()):
        return None  # "Recruiter, HR Team"
    return name, found.group("at") is not None


#: the team word _TEAM_OF and _NAME_TEAM require: a line without one is not matched
#: against them (their searches are dear: _TEAM_OF tries up to 40 characters of people
#: before it)
_TEAM_WORD = re.compile(r"(?i)team|equipo|équipe|equipe|equipa|squadra|staff|time")


def _team_or_department(part: str) -> re.Match[str] | None:
    """A team's or a department's line, its owner as the group ``n``."""
    if _TEAM_WORD.search(part):
        found = _TEAM_OF.match(part) or _NAME_TEAM.match(part)
        if found is not None:
            return found
    return _department_of(part)


def _owner(part: str, owner: re.Match[str] | None = None) -> str | None:
    """The organisation a team or department line names ("Dein Acme Team", "L'équipe
    Acme", "Departamento de RRHH de Acme"); not "Equipe RH", "Team Lead Engineering",
    "Sam Carter, Talent Team". ``owner``: the line's ``_team_or_department`` match."""
    owner = owner or _team_or_department(part)
    if owner is None:
        return None
    data = sender_data()
    name = _THE.sub("", owner.group("n"))
    words = [w.lower().strip("()&,") for w in name.split()]
    team = all(w in data.generic_names for w in words)
    title = any(w in data.title_heads for w in words) or _titled(name)
    if team or title or "," in name:
        return None
    team_words = len(part.split()) - len(owner.group("n").split())
    if owner.re is _NAME_TEAM and team_words >= 2 and len(words) > 1 and words[-1] in TEAM_SCOPE:
        name = name.rsplit(None, 1)[0]  # "Acme Sales Recruiting Team"; not "Team Norvik Clinical"
    return name


def _team_line(line: str, generic: frozenset[str]) -> bool:
    words = line.split()
    return 0 < len(words) <= 4 and all(w.lower().strip("()&,") in generic for w in words)


def _teamed(part: str) -> bool:
    """ "Castleton Transit Lines Talent Acquisition": a name of two words or more before
    its team's words (not an office's, "Sachgebiet Personal")."""
    generic = sender_data().generic_names
    words = [w.lower().strip("()&,") for w in part.split()]
    named = [w for w in words if w not in generic]
    return bool(words) and words[-1] in generic and len(named) > 1 and words[0] in named


def _teamed_sure(part: str) -> bool:
    """A teamed line ("Castleton Transit Lines Talent Acquisition") that names its
    organisation by itself: not two words shaped like a person's name ("Anna Weber
    Recruiting", "Maria Lopez Talent Acquisition"), kept only where another source writes
    the same name ("We at Kind Doctor ... Kind Doctor Recruiting")."""
    generic = sender_data().generic_names
    named = [w for w in part.split() if w.lower().strip("()&,") not in generic]
    own = " ".join(named)
    return len(named) > 2 or _tailed(own) or not _PERSON.fullmatch(own)


def _tailed(name: str) -> bool:
    """A trade word ("Acme Logistics", "Construtora Acme") or a legal form."""
    return company_worded(name) or bool(LEGAL_SUFFIX.search(" " + name))


def signed_names(text: str, *, own: bool = False) -> list[Signed]:
    """The organisation names in the signature block, in order. ``own``: ``text`` is
    already the sender's own text (``own_text``)."""
    data = sender_data()
    out: list[Signed] = []
    after_someone = False  # a person, a team or a title came first
    lines, closed = _lines_under_closing(text if own else own_text(text))
    signer = -1  # the index in ``out`` of the signer's line just read, if any
    for line in lines:
        above, signer = signer, -1
        if not closed and len(line) > 120:
            continue  # a title line is short; a mail's last sentences are not
        if _ADDRESS.search(line) or "http" in line.lower() or sum(map(str.isdigit, line)) > 4:
            if closed:
                break  # contact details: the block's names are above
            continue
        found = _titled_org(line)
        if found:
            # a department or a city follows a title too ("Recruiter, Sales"): sure only
            # when a word names an organisation ("at X", a trade word, a legal form)
            titled, named_by_word = found
            sure = named_by_word or (len(titled.split()) > 1 and _tailed(titled))
            if above >= 0:  # "Jordan Price" / "Senior Recruiter, Acme": a person
                out[above] = replace(out[above], person=True)
            out.append(Signed(titled, sure))
            after_someone = True
            continue
        if not closed:
            # no closing: a team's sign-off ("Dein Acme Team", "L'équipe Acme"), or a team
            # line ("Recruitment Team") and the organisation under it
            owned = _owner(line) if len(line) <= 60 else None
            if owned and _CAPITALISED_RUN.fullmatch(owned):
                # one word is a city as often ("Dein Team Hamburg"): kept where another
                # source agrees with it
                out.append(Signed(owned, len(owned.split()) > 1, signed_off=True))
                after_someone = True
            elif _team_line(line, data.generic_names):
                after_someone = True
            elif len(line) <= 60 and _CAPITALISED_RUN.fullmatch(line) and _teamed(line):
                # "Acme Foods Talent Team"
                out.append(Signed(line, _teamed_sure(line), signed_off=True))
                after_someone = True
            elif (
                after_someone
                and _CAPITALISED_RUN.fullmatch(line)
                and (_tailed(line) or not _PERSON.fullmatch(line))
            ):
                out.append(Signed(line, True))
            else:
                after_someone = False
            continue
        parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
        beside_person = len(parts) > 1 and any(_PERSON.fullmatch(p) for p in parts)
        for part in parts:
            team = _team_or_department(part)
            if team:
                owned = _owner(part, team)
                if owned:
                    out.append(Signed(owned, True))
                after_someone = True
                continue
            part = _THE_GERMANIC.sub("", part)
            if not _NAMEISH.fullmatch(part):
                continue
            words = [w.lower().strip("()&,") for w in part.split()]
            if all(w in data.generic_names for w in words):
                after_someone = True  # "HR Team", "L'équipe Recrutement"
                continue
            if any(w in data.title_heads for w in words) or (
                _titled(part) and not LEGAL_SUFFIX.search(" " + part)
            ):
                after_someone = True  # "Talent Acquisition Partner", "Senior Recruiter"
                if above >= 0 and part == parts[0]:
                    out[above] = replace(out[above], person=True)
                continue
            tailed = _tailed(part)
            teamed = _teamed(part)
            person = not teamed and bool(_PERSON.fullmatch(part) or _ONE_PERSON.fullmatch(part))
            if person and not tailed and not after_someone and not beside_person:
                after_someone = True  # the signer
                signer = len(out)
                out.append(Signed(part, False))
                continue
            if (
                person
                and beside_person
                and not tailed
                and part == parts[0]
                and (not after_someone or any(part.startswith(s.name) for s in out if not s.sure))
            ):
                # "Jana Roth / Schule Lindenhof": the person comes first; and "Jo" above
                # "Jo Park | Recruiter | Acme" is the same signer in full
                continue
            sure = after_someone or beside_person or tailed or (teamed and _teamed_sure(part))
            out.append(Signed(part, sure))
            after_someone = True
    return out
