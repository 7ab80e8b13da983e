"""The employer a subject line names, and the words around a name that are not part
of it (pure).

"Your application to Data Analyst at Acme", "Ihre Bewerbung bei Acme", "Acme: your
application", "[Acme] Interview", and a template's "<topic> - Acme" ("Votre candidature
est en cours d'examen - Acme", "Conferma candidatura - Acme"). A job title stands in the
same places ("Your application - Data Analyst"), so a name that looks like a title does
not count, and a name the rest of the mail does not confirm counts only when nothing else
names an employer.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.core.company_choice import agrees
from assistant.core.display_company import (
    PROGRAMME,
    clean_name,
    name_tail,
    person_like,
    plausible_company,
)
from assistant.core.fast_regex import lazy_compile
from assistant.core.job_title import title_like
from assistant.core.name_cue import NAME, needles_beside_name
from assistant.core.needles import NeedleSets
from assistant.core.senders import LEGAL_SUFFIX, company_worded, sender_data
from assistant.core.subject_prefix import strip_all

_COMPANY_SUBJECT = [
    rf"(?i:application|cv|resume)\s+(?i:was|has\s+been|is)\s+(?i:sent|submitted|forwarded)\s+"
    rf"(?i:to)\s+(?:the\s+)?(?P<c>{NAME})",
    rf"\b(?i:applying|applied|application|apply|interest|welcome)\s+(?i:to|at|with|in)\s+"
    rf"(?:the\s+)?(?P<c>{NAME})",
    r"^\s*\[(?P<c>[^\]]{2,60})\]",
    rf"^\s*(?P<c>{NAME})\s+(?:wants|would\s+like|invites|is\s+hiring|has\s+invited|invited\s+you|"
    rf"has\s+sent|sent\s+you)\b",
    rf"\b(?:at|with|bei|chez|bij)\s+(?P<c>{NAME})(?:\s*$|\s+(?:wurde|was|has|is|ist|werd|est|a\s+"
    rf"été|ha\s+sido)\b)",
    rf"\b(?:viewed|seen|reviewed)\s+by\s+(?P<c>{NAME})\s*$",
    # a meeting with the employer: "Entrevista con X", "Colloquio con X", "Gesprek met X",
    # "Vorstellungsgespräch bei der X GmbH", "Entretien avec X", "Entrevista na X"
    rf"(?i:interview|entrevista|colloquio|gesprek|gespr[äa]ch|entretien|call|meeting|"
    rf"reuni[óo]n|reuni[ãa]o)\s+(?i:with|con|met|mit|avec|com|bei|chez|at|na|no|presso|bij)"
    rf"\s+(?:(?i:der|dem|la|le|el|the|het|a|o)\s+)?(?P<c>{NAME})",
    # a word from the employer: "Update from X", "Assessment invitation from X"
    rf"(?i:update|news|message|invitation|thank\s+you|thanks|greetings|assessment|offer|"
    rf"feedback|note)\s+(?i:from)\s+(?:the\s+)?(?P<c>{NAME})",
    # "Tu candidatura en Grupo Serrano", "La tua candidatura presso Ferretti", "... na Vale"
    # (not "sollicitatie voor ...": that is the post; Dutch applies "bij" an employer)
    rf"(?i:application|bewerbung|candidature|candidatura|sollicitatie|postulaci[óo]n|solicitud)"
    rf"\s+(?i:bei|chez|aupr[èe]s\s+de|au\s+sein\s+d[eu]|bij|en|presso|na|no|em)\s+"
    rf"(?:(?i:la|le|el|de|het|der|die|a|o)\s+|[lL]['’])?(?P<c>{NAME})\s*(?:$|[-–|:(])",
]
#: an application sent to a firm in Romance languages: "candidatura a X", "candidature à
#: X", "candidatura à X", "candidatura in X" (a post stands there too: see subject_names)
_TO_FIRM = re.compile(
    r"(?i:candidatura|candidature)[^\S\n]++(?:a|à|ao|in)[^\S\n]++"
    rf"(?:(?i:la|el|l['’])[^\S\n]*+)?(?P<c>{NAME})[^\S\n]*+(?:$|[-–|:(])"
)
#: where the subject says the application went: "Ihre Bewerbung bei X", "Your application
#: at X", "Votre candidature chez X", "Je sollicitatie bij X" (``applied_there``)
_APPLIED_THERE = re.compile(
    r"(?i:application|applying|applied|bewerbung|candidature|candidatura|sollicitatie|"
    r"postulaci[óo]n|solicitud)[^\S\n]+(?i:at|to|bei|chez|aupr[èe]s[^\S\n]+de|bij|en|presso|"
    r"na|no|em)[^\S\n]+(?:(?i:the|la|le|el|de|het|der|die|a|o)[^\S\n]+|[lL]['’])?"
    rf"(?P<c>{NAME})"
)
#: a calendar event's organiser and firm: "Backend Engineer with Priya Nair (X) @ Thu"
_ORGANISER = re.compile(
    r"\s(?i:with|mit|avec|con|com|met)\s+(?P<p>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})"
    rf"\s+\((?P<c>{NAME})\)"
)
#: "Acme: your application", "Acme - Ihre Bewerbung": a name before the subject's topic
_SUBJECT_LEAD = re.compile(
    rf"^(?P<c>{NAME})[^\S\n]*+(?::|\||[-–—](?=[^\S\n]))[^\S\n]*+(?:(?i:your|ihre?|deine?|"
    rf"votre|ta|je|uw|tu|su|la\s+tua|a\s+sua|sua|o\s+seu)[^\S\n]+)?(?i:application|bewerbung|"
    rf"candidature|candidatura|sollicitatie|postulaci[óo]n|solicitud|interview|"
    rf"vorstellungsgespr[äa]ch|entretien|sollicitatiegesprek|entrevista|colloquio)"
)


def needle_screen(pattern: str) -> NeedleSets:
    """The needle sets every match of a subject pattern holds, to look up in the subject
    lower-cased (``needles_beside_name``), with "(?i:" groups read as plain ones and
    ASCII needles only. (A lower-cased subject holds what "(?i:" matches, but for "İ",
    "ı" and "ſ", which match "i" and "s": see ``FOLDS_APART``.) Also for role's."""
    sets = needles_beside_name(pattern.replace("(?i:", "(?:"))
    return tuple(found for found in sets if all(n.isascii() for n in found))


#: the letters a case-insensitive "i" or "s" matches that lower-case to other letters
FOLDS_APART = ("İ", "ı", "ſ")
#: the subject's patterns, each with its needle sets (most subjects hold none: no search)
_COMPANY_SUBJECT_RE = [(lazy_compile(p), needle_screen(p)) for p in _COMPANY_SUBJECT]
_APPLIED_THERE_NEEDLES = needle_screen(_APPLIED_THERE.pattern)


def holds(low: str, sets: NeedleSets) -> bool:
    """``low`` holds a needle of each set."""
    for found in sets:
        for needle in found:  # (plain loops: no generator for a few short checks)
            if needle in low:
                break
        else:
            return False
    return True


#: "Your Acme application", "Ihre Acme-Bewerbung"... and "Data Analyst at Acme - update":
#: a name in a place a job title takes too, so it counts only when it is no title
_NAME_PLACES = [
    re.compile(
        rf"^[^\S\n]*+(?i:your|ihre|deine|votre|ta)[^\S\n]++(?P<c>{NAME})[^\S\n]++"
        rf"(?i:application|candidacy|interview|bewerbung|candidature)\b"
    ),
    re.compile(rf"[^\S\n](?:at|bei|chez|bij|presso)[^\S\n]++(?P<c>{NAME})[^\S\n]*+[-–—|:(]"),
]

#: " - ", " | ", " · ": what separates a subject's parts
_SEPARATOR = r"[^\S\n]+[-–—|·][^\S\n]+"
_SEPARATED = re.compile(_SEPARATOR)
#: "<topic> - Acme", "<topic> | Acme", "<topic> — Acme": the last part after a separator
_TAIL = re.compile(_SEPARATOR + r"(?P<c>[^-–—|·\s][^-–—|·]{0,59})$")
#: "Acme | Action required: complete your application", "Acme: Ihre Bewerbung": a name, a
#: separator, a topic
_LEAD = re.compile(rf"^(?P<c>{NAME})[^\S\n]*+(?:\||:|[-–—](?=[^\S\n]))")
_TOPIC = re.compile(
    r"(?i)\b(?:application|bewerbung|candidature|candidatura|sollicitatie|postulaci[óo]n|"
    r"solicitud|interview|vorstellungsgespr|entretien|sollicitatiegesprek|entrevista|"
    r"colloquio|assessment|test|exercice|prueba|shortlist|pr[ée]s[ée]lection|preselecci|"
    r"s[ée]lection|selecci[óo]n|sele[çc][ãa]o|selezione|verfahren|processus|proceso|processo|"
    r"absage|zusage|einladung|invitation|convocation|convocatoria|convocazione|convite|"
    r"uitnodiging|esito|r[üu]ckmeldung|feedback)"
)
_NAME_ONLY = re.compile(rf"{NAME}")
#: words that open a subject and name no one ("Reminder - your application")
_NOT_A_NAME = frozenset(
    """
    reminder update action required important urgent confirmation invitation thank thanks
    welcome next status new congratulations ref info information notification feedback
    erinnerung rappel herinnering recordatorio promemoria lembrete bestätigung absage zusage
    einladung rückmeldung eingangsbestätigung accusé avis bevestiging uitnodiging
    confirmación conferma confirmação aviso convocation convocatoria convocazione convite
    résultat resultado esito candidature candidatura bewerbung application interview
    invitación invitacion invito updated aktualisierte canceled cancelled
    """.split()  # noqa: SIM905
)


def applied_there(subject: str) -> str | None:
    """The name the subject writes as where the application went ("Ihre Bewerbung bei
    Beaconridge Mobility"): an organisation, though its two words may look like a
    person's; None if it writes none."""
    screened = not any(letter in subject for letter in FOLDS_APART)
    if screened and not holds(subject.lower(), _APPLIED_THERE_NEEDLES):
        return None  # (most subjects hold no application word)
    found = _APPLIED_THERE.search(subject)
    return clean_name(found.group("c")) if found else None


def subject_names(
    subject: str, text: str, candidates: list[tuple[str, str]], slug: str, board: bool
) -> tuple[list[str], list[str]]:
    """(names, unsure): the names the subject gives for the employer; ``unsure`` are
    those only its place says are a name (a lead or a tail nothing else confirms)."""
    names: list[str] = []
    unsure: list[str] = []
    if not subject:
        return names, unsure
    low = subject.lower()
    screened = not any(letter in subject for letter in FOLDS_APART)
    for pattern, sets in _COMPANY_SUBJECT_RE:
        if screened and not holds(low, sets):
            continue
        found = pattern.search(subject)
        if found:
            name = after_at(subject, found, board) or trim_company_tail(
                clean_name(found.group("c")), board
            )
            if plausible_company(name) and name not in names:
                names.append(name)  # (two wordings of one subject are one mention)
    to_firm = _TO_FIRM.search(subject) if "candidat" in low else None
    if to_firm:  # "Gracias por tu candidatura a Conservas Arriaga" (not a post's title)
        name = trim_company_tail(clean_name(to_firm.group("c")), board)
        if plausible_company(name) and not title_like(name, loose=True) and name not in names:
            names.append(name)
    organiser = _ORGANISER.search(subject) if "(" in subject else None
    if organiser and person_like(organiser.group("p")):
        # "... with Priya Nair (Tessellate)": the person's firm, not the person
        names = [n for n in names if n != organiser.group("p")]
        names.append(clean_name(organiser.group("c")))
    bare = strip_all(subject)
    for pattern in _NAME_PLACES:
        found = pattern.search(bare)
        if found:
            name = trim_company_tail(clean_name(found.group("c")), board)
            if _named_there(name) and name not in names:
                names.append(name)
    lead = _SUBJECT_LEAD.match(bare)
    if lead:
        name = clean_name(lead.group("c"))
        # a job title leads some subjects too ("Data Analyst: your application"): the
        # name counts when the text or the sender's slug says it is the employer's
        if (
            plausible_company(name)
            and name.split()[0].lower() not in _NOT_A_NAME  # "Invitation: Interview - X"
            and (name in text or agrees(name, candidates, slug))
        ):
            names.append(name)
    places = []
    lead = _LEAD.match(bare)
    if lead and _TOPIC.search(bare, lead.end()):
        places.append(clean_name(lead.group("c")))
    tail = _TAIL.search(bare)
    before = _SEPARATED.split(bare[: tail.start()])[-1] if tail else ""
    # "<topic> - <title> - New York / Full Time": after a title comes its place or hours
    if tail and _TOPIC.search(bare, 0, tail.start()) and not title_like(before, loose=True):
        places.append(clean_name(tail.group("c")))
    places += _between_topic_and_title(bare)
    for name in places:
        if name in names or not _named_there(name):
            continue
        if agrees(name, candidates, slug):
            names.append(name)
        elif len(name.split()) >= 2:  # one word there is as often a title's last word
            unsure.append(name)
    return names, unsure


#: "Candidatura Cantine Aurelia", "Sollicitatie Duinzicht Zorg": the topic's word alone,
#: then a name to the subject's end (a post stands there too: see _named_there)
_TOPIC_THEN_NAME = re.compile(
    r"^(?i:application|bewerbung|candidature|candidatura|sollicitatie|postulaci[óo]n|"
    rf"solicitud)[^\S\n]++(?P<c>{NAME})[^\S\n]*+$"
)


def _between_topic_and_title(bare: str) -> list[str]:
    """The names a subject's shape puts where an employer stands: the topic's word and a
    name ("Candidatura Cantine Aurelia"), or the middle of three parts, a topic before and
    a post after ("Your application - Silverbirch Partners - Data Analyst")."""
    found = _TOPIC_THEN_NAME.match(bare)
    if found:
        # a candidate's name stands there too ("Bewerbung Alex Morgan"): a firm's only
        name = clean_name(found.group("c"))
        return [name] if company_worded(name) or LEGAL_SUFFIX.search(" " + name) else []
    parts = _SEPARATED.split(bare)
    if (
        len(parts) == 3
        and _TOPIC.search(parts[0])
        and not _TOPIC.search(parts[1])
        and title_like(parts[2], loose=True)
    ):
        return [clean_name(parts[1])]
    return []


def _named_there(name: str) -> bool:
    """A lead's or a tail's words are a company's name: capitalised, no job title's
    word in them, not a subject's own words ("Reminder", "Update")."""
    if not plausible_company(name) or not _NAME_ONLY.fullmatch(name):
        return False
    words = [w.lower().strip(".,:!()") for w in name.split()]
    if words[0] in _NOT_A_NAME:
        return False
    heads = _title_heads()
    return not any(w in heads for w in words) and not title_like(name, loose=True)


@cache
def _title_heads() -> frozenset[str]:
    """The title words that end no company's name (the set made once)."""
    return sender_data().title_heads - _ALSO_NAMES


#: title words that end companies' names too ("Kessler & Partner")
_ALSO_NAMES = frozenset({"partner", "partners", "associate", "associates", "head", "lead"})


#: "<a title or a team> at <Company>": what follows "at" is the employer
_AT_NEXT = re.compile(
    rf"[^\S\n]+(?:at|with|bei|chez|bij|presso|na|en)[^\S\n]+(?:the[^\S\n]+)?(?P<c>{NAME})"
)


def after_at(text: str, match: re.Match[str], board: bool) -> str | None:
    """ "interest in Chip Design at Acme", "Your application to Platform Engineer at
    Halvard Systems": the captured name was a title or a team; the employer follows. A job
    board fills its template with the employer's whole name, team words and all."""
    found = _AT_NEXT.match(text, match.end("c"))
    if found is None:
        return None
    return trim_company_tail(clean_name(found.group("c")), board)


#: the employer's talent community after its name ("Acme Talent Network"; a programme,
#: "Acme Internship Program", goes too)
_COMMUNITY = re.compile(
    r"(?i)[^\S\n]+(?:talent|career|careers)[^\S\n]+(?:network|community|pool|hub|club)$"
)


#: title-case words that follow a name in a subject ("... to Acme and Welcome")
_NOT_AFTER_AND = frozenset(
    "welcome next important our your the thank thanks update updates more other others all i "  # noqa: SIM905
    "we you".split()
)


def trim_company_tail(name: str, board: bool = False) -> str:
    """ "Google Staffing", "Northwind Traders Team" -> the name; "Adventure Works on July" ->
    cut. A job board's template names the employer whole ("sent to Twelve Staffing")."""
    words = PROGRAMME.sub("", _COMMUNITY.sub("", name)).split()
    cut = len(words)
    for i, word in enumerate(words):
        if (  # "and" before a name's last capitalised word; "Acme and for ..." is cut
            word.lower() == "and"
            and 0 < i == len(words) - 2
            and words[i + 1][:1].isupper()
            and words[i + 1].lower() not in _NOT_AFTER_AND
        ):
            continue  # "Marks and Spencer", "Apex Health and Care": "and" inside the name
        if i and word.lower() in (
            "on",
            "in",
            "at",
            "for",
            "and",
            "as",
            "via",
            "team",
            "with",
            "from",
            "to",
            "is",
            "was",
            "the",
        ):
            cut = i
            break
    words = words[:cut]
    generic = sender_data().generic_names
    while (
        not board
        and len(words) > 1
        and words[-1].lower() in generic | {"staffing"}
        and not name_tail(words)
        and words[-2] not in ("&", "+")  # "Wendt & Partner": the name's own word
    ):
        words.pop()
    while words and words[-1].lower() in ("&", "and", "of", "de", "the"):
        words.pop()
    return " ".join(words)
