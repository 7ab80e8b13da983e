"""Which employer a job mail is about, with the evidence (pure).

Sources, strongest first: wording in the body ("... at <Company>", "interest in
<Company>", "the <Company> team"), the subject, the From display name minus team
words ("<Company> Careers", "Sam Carter (<Company>)"), then the sender's own domain
or an ATS tenant slug. A candidate that matches the domain/slug when written
together wins over one that does not.
"""

from __future__ import annotations

import re

from assistant.core.board_formats import board_names
from assistant.core.company_acts import (
    NAME_BEFORE,
    acting_employers,
    names_before,
    organisation,
    title_employers,
)
from assistant.core.company_address import careers_site, from_address
from assistant.core.company_agency import FOR_CLIENT, agency_sender, client_name, names_another
from assistant.core.company_choice import (
    agrees,
    choose,
    same_brand,
    same_key,
    spells_domain,
)
from assistant.core.company_cues import COMPANY_BODY
from assistant.core.company_subject import after_at, applied_there, subject_names, trim_company_tail
from assistant.core.display_company import (  # PAREN_NAME, clean_name: for contacts, role
    PAREN_NAME as PAREN_NAME,
)
from assistant.core.display_company import (
    clean_name,
    display_company,
    person_like,
    plausible_company,
    reply_to_company,
    strip_team_words,
)
from assistant.core.german_case import nominative, yours
from assistant.core.job_title import title_like
from assistant.core.legal_line import copyright_holder, legal_names
from assistant.core.models import Message
from assistant.core.name_cue import NAME, Cue, held
from assistant.core.nofollowup import lowered
from assistant.core.not_company import not_company
from assistant.core.senders import (
    LEGAL_SUFFIX,
    SenderInfo,
    board_brand,
    company_worded,
    domain_label,
    name_key,
    squash,
)
from assistant.core.signature import Signed, own_text, signed_names
from assistant.core.substrings import SUBSTRINGS

#: "weak" patterns: German nouns are capitalised too ("bei Fragen", "Interesse an der
#: Stelle"), and "en CDI" is no employer, so a one-word name from them needs a legal form
#: or the sender's slug
#: "sollicitatie voor Content Marketeer", "candidature pour Chef de rang": what an
#: application is "for" is the post
_FOR_A_POST = re.compile(
    r"(?:sollicitatie|candidature|bewerbung|application)[^\S\n]+(?:voor|pour|f[üu]r[^\S\n]+die)$"
)
#: a name followed by one of these was a job title ("interest in the Data Analyst opening")
_ROLE_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:opening|position|role|job|vacancy|post|internship|programme|program|scheme)\b",
    re.IGNORECASE,
)
_COMPANY_BODY_RE = [(Cue.of(p), how) for p, how in COMPANY_BODY]
_TITLE_AT_RE = [
    Cue.of(
        rf"\b(?:apply|applying|applied|application|applications)\s+for\s+(?:the\s+|a\s+)?"
        rf"(?:position\s+of\s+|role\s+of\s+)?(?P<c>{NAME})"
    )
]
#: "Northwind Distribution viewed your application": the name comes before the verb
_VIEWED = re.compile(
    r"(?:has\s+|have\s+)?(?:viewed|reviewed|opened|downloaded|looked\s+at)\s+your\s+"
    r"(?:application|cv|resume|résumé|profile)\b"
)
#: "Acme's recruitment team will review...": the name owns the team
_TEAM_OWNED = re.compile(
    r"['’]s[^\S\n]+(?:hiring[^\S\n]+|recruiting[^\S\n]+|recruitment[^\S\n]+|"
    r"talent(?:[^\S\n]+acquisition)?[^\S\n]+|hr[^\S\n]+|people[^\S\n]+)?team\b"
)
_NAME_OWNS = re.compile(rf"(?P<c>{NAME})$")
#: the article before a team word that ends where a "team" cue's tail begins
_ARTICLE_TEAM = re.compile(
    r"(?:\b(?:el|del|al|la|il|a|o|het|das|dem|the|our|nuestro|notre|nostro|nosso|onze|"
    # German possessives and contractions: "Ihr Team der X", "vom gesamten Team der X"
    r"ihr|dein|euer|unser|vom|beim|im)"
    r"[^\S\n]+(?:(?:gesamten|ganzen|hele|entire|whole)[^\S\n]+)?|\bl['’][^\S\n]*)\w+$"
)
#: the article that ends a cue before a thing's name ("im auftrag der", "au nom du",
#: "em nome da", "a nome della", "en nombre de la")
_ARTICLE_BEFORE = re.compile(r"\b(?:der|des|du|da|do|della|dello|del|la|het|l['’])[^\S\n]*+$")
#: "Acme is an equal opportunity employer", "Acme is proud to be an equal employment
#: opportunity employer": the statement's subject is the employer
_EQUAL = re.compile(
    r"(?:is|are)[^\S\n]+(?:proud[^\S\n]+to[^\S\n]+be[^\S\n]+)?an?[^\S\n]+equal[^\S\n]+"
    r"(?:employment[^\S\n]+)?opportunit"
)
#: "the Pinecrest Careers portal", "im Weidenhof Karriereportal": the employer's own portal
_PORTAL = re.compile(
    r"(?:careers?[^\S\n]+(?:portal|site)|karriere-?portal|karriereseite|bewerberportal|"
    r"portail[^\S\n]+(?:carri[èe]res?|emploi|candidats?))\b"
)
#: (cue, name, needles, by line): "by line", the name opens the cue's line (a statement
#: under a signature: "Jo Park\nSenior Consultant\nAcme is an equal opportunity employer");
#: the needles become SUBSTRINGS bits (the text's one substring pass has them)
_BEFORE_WORDS = (
    (_VIEWED, NAME_BEFORE, ("viewed", "opened", "downloaded", "looked at"), False),  # ("reviewed")
    (
        _TEAM_OWNED,
        _NAME_OWNS,
        ("s team", "s hiring", "s recruit", "s talent", "s hr ", "s people"),
        False,
    ),
    (_EQUAL, NAME_BEFORE, ("equal opportunit", "equal employment"), True),
    (
        _PORTAL,
        NAME_BEFORE,
        (
            "career portal",
            "careers portal",
            "career site",
            "careers site",
            "karriere",
            "bewerberportal",
            "portail carri",
            "portail emploi",
            "portail candidat",
        ),
        False,
    ),
)
_BEFORE_CUES = [
    (cue, name, SUBSTRINGS.mask(needles), by_line) for cue, name, needles, by_line in _BEFORE_WORDS
]


def _named_before(
    text: str,
    low: str,
    cue: re.Pattern[str],
    name: re.Pattern[str],
    needles: int,
    lines: str | None = None,
) -> list[str]:
    """Names just before a cue ("Northwind Distribution viewed your application", "Kade
    Verhuur's recruitment team"); with ``lines``, from the cue's line start only.
    ``needles``: the SUBSTRINGS bits one of which every match holds."""
    if not SUBSTRINGS.found(low) & needles:
        return []
    written = names_before(text, cue.finditer(low), name, lines=lines)
    values = (trim_company_tail(clean_name(w)) for w in written)
    return [value for value in values if plausible_company(value)]


def _noun_begins(text: str, end: int) -> bool:
    """The word that ends at ``end`` (a company noun, at most 11 letters) is capitalised."""
    start = end
    while start > max(0, end - 12) and text[start - 1].isalpha():
        start -= 1
    return text[start : start + 1].isupper()


def _unteamed(name: str, label: str) -> str:
    """The name without team words, unless they spell the domain ("Tailspin Selezione"
    <...@tailspin-selezione.example>)."""
    stripped = strip_team_words(name)
    if spells_domain(name, label, exact=False) and not spells_domain(stripped, label, exact=False):
        return name
    return stripped


def company(
    message: Message,
    info: SenderInfo,
    flat: str,
    *,
    use_subject: bool = True,
    alert: bool = False,
) -> tuple[str | None, str]:
    """(company, evidence). Body wording, then subject, signature, display name,
    domain/tenant. ``use_subject`` is False for an auto-reply: its subject is the
    candidate's own, and its domain, even unwritten, names the employer. ``alert``: a
    job alert, which names an employer only as its text does (see _alert_employer)."""
    candidates: list[tuple[str, str]] = []  # (name, source)
    slug = squash(info.tenant or "")
    if not slug and info.employer_domain:
        slug = squash(domain_label(info.employer_domain))
    platform = squash(info.ats or "")
    relayed = False  # a platform's words name another employer ("rejected by X")
    held_back: list[str] = []  # names a cue alone cannot vouch for (a word, a person)
    titled: list[str] = []  # names shaped like a job's title after "applying to"
    placed: list[str] = []  # a German body in its case ("im Klinikum X")
    head_text = flat[:20_000]
    head_low = lowered(head_text)
    present = SUBSTRINGS.found(head_low)
    for pattern, how in held(_COMPANY_BODY_RE, present):  # (most lack their keywords)
        for match in pattern.findall(head_text, head_low, present):
            name = after_at(head_text, match, info.board)
            if name is None and _ROLE_NOUN_AFTER.match(head_text, match.end("c")):
                continue  # "interest in the Data Analyst opening": a job title
            if how == "noun":
                if _noun_begins(head_text, match.start()):
                    continue  # "Azienda Agricola Colle Verde": the name begins there
                how = "weak"
            if how == "weak" and name is None:
                # flat text joins lines ("Sam en Noor\nKade Verhuur"): a name after a
                # preposition alone ends where its line does
                line_end = message.text.find("\n", match.start("c"), match.end("c"))
                if line_end >= 0:
                    name = trim_company_tail(clean_name(head_text[match.start("c") : line_end]))
            name = name or trim_company_tail(clean_name(match.group("c")), info.board)
            if how == "weak" and (
                _FOR_A_POST.search(head_low, max(0, match.start() - 40), match.start())
                # "Bei Erreichen der Grenze", "Bei Fragen": a German sentence's "bei"
                or head_text.startswith("Bei", match.start() - 3)
            ):
                continue
            if how == "weak" and not _strong_name(name, slug):
                held_back.append(name)  # one word: only if another witness writes it
                continue
            if how == "team":
                if not _ARTICLE_TEAM.search(head_low, max(0, match.start() - 24), match.start()):
                    continue  # "Equipo de X" opening a signature's line: core/signature.py
                how = "org"
            if how == "case":  # "bei den Stadtwerken Lauterbach": "Stadtwerke Lauterbach"
                if yours(head_low, match.start()):
                    continue  # "Ihre Erfahrung beim Finanzamt Kiel": the candidate's past
                name, how = nominative(name), ""
                placed.append(name)  # a signature's firm wins unless it says it
            if how in ("behalf", "on behalf"):
                # the writer acts for a firm: "namens Verhoeven & Dekker", "au nom de
                # Delacroix & Fils"; a person's name ("namens Sanne de Vries") only if
                # another witness writes it (English kept it: "on behalf of Halloran
                # Brothers")
                # an article before it names a thing, not a person ("im Auftrag der
                # Sonnberg Brauerei", "em nome da Quinta do Vale")
                person = (
                    person_like(name)
                    and not organisation(name, slug)
                    and not _ARTICLE_BEFORE.search(
                        head_low, max(0, match.start() - 8), match.start("c")
                    )
                )
                if how == "behalf" and (person or len(name.split()) < 2):
                    held_back.append(name)
                    continue
                how = "" if person else "relay"
            if how == "org" and not organisation(name, slug):
                held_back.append(name)  # "received by Sarah": a person, unless signed so
                continue
            if how == "recruits":
                if FOR_CLIENT.match(head_text, match.end("c")):
                    continue  # "chez Hays pour le compte de notre client X", "en Madrid para X"
                agency, joined, client = clean_name(match.group("c")).partition(" for ")
                client = trim_company_tail(client)
                if joined and not company_worded(agency) and client_name(client):
                    # "a consultant at Hays for Kestrel Foods" (not "Centre for Ageing
                    # Better"): the client is the employer
                    candidates.append((client, "body"))
                    relayed = relayed or not same_key(client, slug)
                    continue
                how = "applied"
            if how == "" and title_like(name) and not same_key(name, slug):
                # "Thank you for applying to Branch Advisor": the job's title, where
                # anything else names the employer ("Home Chef" where nothing does)
                titled.append(name)
                continue
            if how == "applied" and title_like(name, loose=True):
                continue  # "postularte a Analista de Datos": the job, not the employer
            if plausible_company(name):
                candidates.append((name, "body"))
                if how == "relay" and not same_key(name, slug):
                    relayed = True
    for pattern in _TITLE_AT_RE:  # "apply for <title> at <Company>": only with "at"
        for match in pattern.finditer(head_text, head_low):
            name = after_at(head_text, match, info.board)
            if name and plausible_company(name):
                candidates.append((name, "body"))
    # "Westbrook Analytics has decided", "La société Ravel a bien reçu votre candidature"
    candidates += [(n, "body") for n in acting_employers(head_text, head_low, slug)]
    candidates += [(n, "body") for n in title_employers(head_text, head_low, message.text)]
    for cue, before, needles, by_line in _BEFORE_CUES:  # "<Company> viewed your application"
        lines = message.text if by_line else None
        candidates += [
            (n, "body") for n in _named_before(head_text, head_low, cue, before, needles, lines)
        ]
    subject = message.subject if use_subject else ""
    named, unsure = subject_names(subject, message.text, candidates, slug, info.board)
    if message.sender and person_like(message.sender.name):
        # "Interview: Data Engineer with Priya Nair" from Priya Nair: the sender, a person;
        # not where the application went ("Ihre Bewerbung bei Beaconridge Mobility" from
        # "Beaconridge Mobility" <no-reply@...>: a firm whose name looks like a person's)
        there = applied_there(subject)
        sender_key = name_key(message.sender.name)
        named = [
            n
            for n in named
            if name_key(n) != sender_key or (there is not None and name_key(there) == sender_key)
        ]
    candidates += [(n, "subject") for n in named]
    if info.board:  # LinkedIn, Indeed: the employer as the template writes it
        names = board_names(subject, message.text)
        candidates += [(n, "body") for n in names if plausible_company(n)]
    display = display_company(message, info)
    if display:
        candidates.append((display, "display name"))
    replied = reply_to_company(message, flat)
    if replied:
        candidates.append((replied, "display name"))
    label = info.tenant or domain_label(info.employer_domain or "")
    own = own_text(message.text)  # the quoted message cut once
    signed = [(_unteamed(clean_name(s.name), label), s) for s in signed_names(own, own=True)]
    people = _signing_people(signed, candidates, slug)
    if people:  # "Jordan Price" <notifications@...> who signs the mail: a person
        candidates = [(n, s) for n, s in candidates if name_key(n) not in people]
    for name, signer in signed:
        if signer.person:
            continue
        if signer.signed_off and any(n.startswith(name + " ") for n, _ in candidates):
            continue  # "La team Kiwi" under mail from "Kiwi & Compagnie": its short form
        if plausible_company(name) and (
            signer.sure
            or agrees(name, candidates + [(n, "body") for n in held_back + titled], slug)
        ):
            candidates.append((name, "sign-off" if signer.signed_off else "signature"))
    # "Danke für dein Interesse an Wolkenwerk ... Dein Wolkenwerk Team": a word after a
    # preposition counts where a signature or the display name writes it too
    candidates += [(n, "body") for n in held_back if agrees(n, candidates, "")]
    legal = legal_names(own)  # "Acme B.V." keeps its dot
    candidates += [(n, "footer") for n in legal if plausible_company(n)]
    # "im Möbelhaus Sonnenhof" signed "Möbelwelt Sonnenhof GmbH": the legal name wins
    firms = [squash(n) for n in legal if plausible_company(n)]
    gone = {n for n in placed if firms and not any(squash(n) in f for f in firms)}
    candidates = [(n, s) for n, s in candidates if n not in gone or s != "body"]
    # a subject's lead or tail that the rest of the mail confirms
    candidates += [(n, "subject") for n in unsure if agrees(n, candidates, slug)]
    if platform:  # the job board or ATS is not the employer ("Welcome to the Jungle")
        candidates = [(n, s) for n, s in candidates if platform not in squash(n)]
        unsure = [n for n in unsure if platform not in squash(n)]
    brand = board_brand(message, info)
    if brand:  # nor is a board's own brand ("Acme Jobs" <no-reply@acme-jobs.example>)
        candidates = [
            (n, s)
            for n, s in candidates
            if s != "display name" and not same_brand(squash(n), brand)
        ]
        unsure = [n for n in unsure if not same_brand(squash(n), brand)]

    # a city, a department, a title, a bare "Groupe", "Frau Meier": never the employer
    candidates = [(n, s) for n, s in candidates if not not_company(n)]
    if not candidates and _ANOTHER_POST.search(head_text):
        # "Thank you for applying to Home Chef! ... for the Line Cook position": the mail
        # names the post elsewhere, so the title-shaped name is the employer's
        candidates = [(n, "body") for n in titled if plausible_company(n)]
    if display and agency_sender(display, slug) and names_another(candidates, slug, display):
        relayed = True  # "Sigma Recruitment" <jobs@sigmarecruitment...>: "... at Brightwater"
    if relayed and slug:
        # the sender passes on what the employer did: its own name and domain are the
        # platform's ("Open Hiring" <noreply@openhiring.example>: "rejected by Contoso")
        candidates = [(n, s) for n, s in candidates if not same_key(n, slug)]
        slug = label = ""
    if alert:
        # an ATS tenant's alert comes from the employer's own careers site ("Redwing
        # Careers" <talentnetwork@redwing.phenompeople.com>): its name counts too
        words: tuple[str, ...] = ("body", "subject")
        if message.sender and person_like(message.sender.name):
            words += ("signature",)  # a person suggesting one job signs for its employer
        if info.tenant and not info.board:
            words += ("display name",)
        return _alert_employer(candidates, words)
    hyphened = message.sender.name.strip() if message.sender and message.sender.name else ""
    if "-" in hyphened and squash(hyphened) == slug:
        # "Tempo-Team" <...@tempo-team...>: the hyphened team word is the name's own, where
        # the display name and the signature drop it ("Tempo")
        candidates = [
            (hyphened if squash(n) and slug.startswith(squash(n)) else n, s) for n, s in candidates
        ]
    if candidates:
        name, source = choose(candidates, slug, label, [n for n, _ in signed] + legal)
        return name, f"company from {source}: {name!r}"
    name, why = from_address(message, info, flat, slug, bool(brand), use_subject)
    if name is None and unsure:
        # only the subject's place names it ("Votre candidature - Maison Ravel"), and
        # nothing else names an employer
        return unsure[0], f"company from subject: {unsure[0]!r}"
    holder = copyright_holder(own) if name is None and not brand else None
    if holder and plausible_company(holder) and not (platform and platform in squash(holder)):
        return holder, f"company from a copyright line: {holder!r}"
    site = careers_site(message, flat) if name is None and not alert else None
    if site and plausible_company(site) and not not_company(site):
        return site, f"company from a careers site's address: {site!r}"
    return name, why


#: the post named in its own words ("for the Line Cook position", "as a Barista")
_ANOTHER_POST = re.compile(
    r"\b(?:for|as)[^\S\n]+(?:the|a|an|our)[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){1,4}"
    r"(?:position|role|job|opening|vacancy)\b"
)


def _signing_people(
    signed: list[tuple[str, Signed]], candidates: list[tuple[str, str]], slug: str
) -> set[str]:
    """The name keys of the people who sign the mail: the signer above a job title
    ("Jordan Price" / "Senior Recruiter, Acme"), and a signer whose name is only the
    sender's display name ("Jordan Price" <no-reply@...> signs "Jordan Price"). A name
    that the text or the subject names too, or that spells the sender's slug, is the
    company signing as itself ("bij Dijkstra Installatietechniek ... Dijkstra
    Installatietechniek")."""
    shown = {name_key(n) for n, source in candidates if source == "display name"}
    named = {name_key(n) for n, source in candidates if source in ("body", "subject")}
    people = set()
    for _, signer in signed:
        key = name_key(signer.name)
        if key in named or same_key(signer.name, slug):
            continue  # the text names it: the company signing as itself
        if signer.person or (not signer.sure and not signer.signed_off and key in shown):
            people.add(key)
    return people


def _alert_employer(
    candidates: list[tuple[str, str]], sources: tuple[str, ...]
) -> tuple[str | None, str]:
    """A job alert lists jobs, often of several employers, and its sender may be a board
    whatever its name: the employer is the one its words (body, subject) name, if they
    name only one ("New jobs at Acme"); none when they name several or none."""
    named = {name_key(n): n for n, s in candidates if s in sources}
    if len(named) != 1:
        return None, ""
    (name,) = named.values()
    return name, f"company from a job alert's words: {name!r}"


def _strong_name(name: str, slug: str) -> bool:
    """A name that stands on its own: several words, a legal form, or the sender's slug."""
    key = squash(name)
    if slug and key and (key in slug or slug in key):
        return True
    return len(name.split()) >= 2 or bool(LEGAL_SUFFIX.search(" " + name))
