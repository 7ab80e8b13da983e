"""The employer a sender's display name or Reply-To names, and what a name must look
like to be an employer at all (pure).

"<Company> Careers", "Talent at <Company>", "Sam Carter (<Company>)", "Werken bij
<Company>": the display name minus team words, unless it is a person's own name on
their own address. A Reply-To to the employer's own mailbox names it too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from unicodedata import category

from assistant.core.company_choice import ARTICLES, OF, find_in_text, spells_domain
from assistant.core.models import Address, Message
from assistant.core.senders import (
    SenderInfo,
    board_brand,
    company_worded,
    domain_label,
    sender_data,
    sender_info,
    squash,
)

PAREN_NAME = re.compile(r"\(([^()]{2,60})\)\s*$")
#: the patterns the name helpers run many times a message, compiled once
_BLANKS = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"['’]s$")
_POSSESSIVE = re.compile(r"['’]s(?=\s|$)")
_NUMBERS = re.compile(r"[\d\s.,:/-]+")
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+\.?|[A-Z]\.")
_BOARD_SLUG = re.compile(r"(?i)(jobs?|careers?|board)$")
#: a careers site's name before the employer's ("Werkenbij Duinstra"
#: <...@werkenbijduinstra...>): its domain spells the site, not the company
_CAREERS_SITE = re.compile(r"(?i)(?:werkenbij|werken\s+bij|karriere|jobs|careers)\s")
_BOARD_BRAND = re.compile(r"(?i)(jobs?|careers?|recruit\w*|talent|hiring|board)$")
_BAD_COMPANY_WORDS = frozenset(
    """
    a an the we our you your us i it this that these those he she they thank thanks dear hi
    hello regards best sincerely application applications candidate candidates position role
    job jobs team interview unfortunately please note kindly future if when after all every
    recruiting recruitment hiring talent careers career hr human resources seattle london
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december microsoft teams zoom google meet
    skype linkedin indeed glassdoor ihre ihr sie wir vous nous votre uw je jij u wij su tu
    usted nosotros our team human resources department
    stelle position stellenangebot ausschreibung tätigkeit unternehmen firma vakanz poste offre
    entreprise société equipe équipe puesto vacante empresa posizione azienda vaga oportunidade
    vacature functie organisatie bedrijf out equipo
    """.split()  # noqa: SIM905
)


def clean_name(value: str) -> str:
    value = value.strip(" \t\"'“”‘’.,;:!?-–")
    value = _BLANKS.sub(" ", value)
    value = _POSSESSIVE_END.sub("", value)
    return value


#: a team word that ends a name after these ("Mount Sinai Health System", "Oakdale
#: School System"): the organisation's own kind, not a mailer or a team
_SYSTEM_OF = frozenset({"health", "healthcare", "school", "university", "hospital"})


def name_tail(words: list[str]) -> bool:
    """The last word ends the name itself: "Health System", "School Systems"."""
    return (
        len(words) > 2
        and words[-1].lower() in ("system", "systems")
        and words[-2].lower() in _SYSTEM_OF
    )


def _lone_resources(words: list[str], name: str) -> bool:
    """ "Bluefin Resources" ends with a name's word, "Human Resources" with a team's."""
    if words[-1].lower() not in ("resources", "ressources", "recursos", "risorse"):
        return False
    return len(words) > 1 and not _HUMAN.search(name)


_HUMAN = re.compile(r"(?i)\b(?:human|humaines|humanos|umane|humains)\b")


#: a graduate or campus programme after the name ("Acme Graduate Academy")
PROGRAMME = re.compile(
    r"(?i)[^\S\n]+(?:graduate|early[^\S\n]+(?:careers?|talent)|campus|student|internship|"
    r"trainee|apprenticeship)"
    r"(?:[^\S\n]+(?:academy|program|programme|scheme|recruiting|recruitment|hiring|team))*"
    r"(?:[^\S\n]+(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)?$"  # "Graduate Programme 2026"
)


def _team_word(word: str, generic: frozenset[str], joined: bool = False) -> bool:
    """A team word; ``joined``: one was just dropped, so a joining word goes too."""
    bare = word.lower().strip("()&,")
    if joined and bare in sender_data().team_joiners:
        return True  # "Werken *bij* Acme", "Acme Recrutamento *e* Seleção"
    return bare in generic or not bare  # a bare "&" joins two team words


_FIRST_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}")
#: "of" and "of the" after a team word; "Recrutement Le Livreur" keeps its article
_OF_THE = OF | {"der", "dem", "della", "dello", "degli"}


def _all_team(name: str, generic: frozenset[str]) -> bool:
    return all(w.lower().strip("()&,") in generic for w in name.split())


#: "no-reply" and "do not reply" written out in a display name, and an address in it
_NO_REPLY = re.compile(r"(?i)\bno[-\s]?reply\b|\bdo[-\s]?not[-\s]?reply\b|<[^<>]*>")
#: the second word of a team's name ("HR Services", "Candidate Care", "Talent Hub",
#: "Recruitment Center", "Employer Branding"): a team word only after a team word
_TEAM_SECOND = frozenset(
    "services center centre hub site care operations branding brand desk network community "  # noqa: SIM905
    "attraction sourcing squad crew".split()
)


#: a team's scope before its team words ("Sales Recruiting Team", "Campus Recruiting
#: Team"): part of the team, not of the name ("Global", "Tech", "Retail" are names' too)
TEAM_SCOPE = frozenset(
    "sales campus university graduate volunteer student corporate seasonal".split()  # noqa: SIM905
)
#: a region after a team's name ("Talent Team EMEA", "Recruiting (UK)")
_REGIONS = frozenset("emea apac latam americas dach benelux nordics uk us eu".split())  # noqa: SIM905


def _second_team_word(words: list[str], generic: frozenset[str]) -> bool:
    """ "HR *Services*", "Talent *Attraction*", "Hiring *Squad*": a word that names a team
    only after a team word ("Acme Services" stays)."""
    return (
        len(words) > 2
        and words[-1].lower() in _TEAM_SECOND
        and words[-2].lower().strip("()&,") in generic | {"employer"}
    )


def strip_team_words(name: str) -> str:
    generic = sender_data().generic_names
    words = _POSSESSIVE.sub("", PROGRAMME.sub("", name)).split()  # "Acme's Team"
    tailed = False
    if (
        len(words) > 2
        and words[-1].lower().strip("()") in _REGIONS
        and _team_word(words[-2], generic)
    ):
        words.pop()  # "Acme Talent Team EMEA", "Acme Recruiting (UK)"
    popped_tail = 0
    while words and (_team_word(words[-1], generic, tailed) or _second_team_word(words, generic)):
        if _lone_resources(words, name) or name_tail(words):
            break  # "Bluefin Resources" is a name; "Human Resources" a team
        words.pop()  # "Acme Werving & Selectie", "Acme HR Services" -> "Acme"
        tailed = True
        popped_tail += 1
    if popped_tail >= 2 and len(words) > 1 and words[-1].lower() in TEAM_SCOPE:
        # "Acme Campus Recruiting Team"; before a single team word the word is the
        # name's as often ("Acme Sales")
        words.pop()
    popped = False
    while (
        len(words) > 1
        and _team_word(words[0], generic, popped)
        and (popped or not _particle(words[0]))
        and (
            words[0].lower() not in ARTICLES
            or (popped and words[0].lower() in _OF_THE)  # "HR-Team der Acme GmbH"
            or (tailed and not popped and words[0].lower() in TEAM_ARTICLES)  # "The Acme Team"
            or (not popped and _article_of_team(words, generic))  # "La team Lavande"
        )
    ):
        words.pop(0)  # "Personalabteilung Müller & Söhne", "Team Contoso", "Equipe de X"
        popped = True
    return " ".join(words)


#: articles that, before a name and a team word ("The Acme Team", "Das Acme Recruiting
#: Team", "Het Kade Recruitment Team"), belong to the team; a Romance article begins the
#: name itself ("La Redoute Recrutement", "El Corte Inglés Empleo", "Le Monde Jobs")
TEAM_ARTICLES = frozenset({"the", "die", "das", "der", "het"})


def _article_of_team(words: list[str], generic: frozenset[str]) -> bool:
    """An article right before a team word and a name: "La team Lavande", "El equipo de
    Solmar", "The Talent Team at Acme"."""
    if len(words) < 3 or words[0].lower() not in ARTICLES:
        return False
    second = words[1].lower().strip("()&,")
    return second in generic and second not in ARTICLES | OF


def _particle(word: str) -> bool:
    """ "Van den Berg", "De Jong Bouw", "Von Holten": a surname's particle begins the name."""
    return word[:1].isupper() and word.lower() in OF


#: articles and possessives that may open a name ("La Maison du Fromage", "Notre Dame
#: Hospital") but are none alone ("in Ihrem Bewerberportal": "Ihrem")
_NEVER_ALONE = frozenset(
    """
    ihrem ihren ihrer ihres dein deine deinem deinen deiner unser unsere unserem unseren
    my notre le la les nos vos son
    early emerging graduate graduates campus student students intern interns internship
    internships trainee trainees apprentice apprentices apprenticeship apprenticeships
    """.split()  # noqa: SIM905
)  # the second part: whom a team hires, left of "Early Careers", "Graduate Recruitment"

#: an English contraction after a pronoun ("we've", "they're", "we'll", "I'm"); not "'s",
#: which a firm's name keeps ("Macy's")
_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m)$")


def plausible_company(value: str) -> bool:
    if not value or len(value) > 60 or len(value) < 2:
        return False
    # a name holds a letter or a digit and no control character ("\x00\x01\x02" from a
    # hostile display name "=?utf-8?b?AAEC?=")
    if not any(ch.isalnum() for ch in value) or any(category(ch) == "Cc" for ch in value):
        return False
    # a pronoun stays one with a contraction ("We've reviewed...": not "We've" the firm)
    words = [_CONTRACTION.sub("", w) for w in value.lower().split()]
    if all(w.strip(".,&") in _BAD_COMPANY_WORDS or w in _NEVER_ALONE for w in words):
        return False
    if words[0] in _BAD_COMPANY_WORDS and words[0] not in ("the",):
        return False
    if "@" in value or "http" in value.lower():
        return False
    return not _NUMBERS.fullmatch(value)


_PARTICLES = frozenset(
    ["de", "van", "der", "den", "von", "da", "di", "del", "la", "le", "du", "ten", "ter"]
)


def person_like(name: str) -> bool:
    """'Sam Carter', 'Sanne de Groot' look like a person (or a two-word company)."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    # a particle may be capitalised inside a name: "Yann Le Gall", "Sanne De Vries"
    named = [w for w in words if w.lower() not in _PARTICLES]
    if len(named) < 2 or words[0].lower() in _PARTICLES or words[-1].lower() in _PARTICLES:
        return False
    if any(not _NAME_WORD.fullmatch(w) for w in named):
        return False
    generic = sender_data().generic_names
    return not any(w.lower() in generic for w in named)


def own_name(name: str, sender: Address) -> bool:
    """The display name is the address owner's ('Sam Carter' <s.carter@...>)."""
    local = squash(sender.local_part)
    return any(len(w) >= 3 and w in local for w in (squash(p) for p in name.split()))


def display_company(message: Message, info: SenderInfo) -> str | None:
    sender = message.sender
    if sender is None or not sender.name or info.board:
        return None  # a job board's name is not the employer
    display = _NO_REPLY.sub(" ", sender.name).strip(" -–—|:")
    paren = PAREN_NAME.search(display)
    if paren:
        inside, before = clean_name(paren.group(1)), display[: paren.start()].strip()
        generic = sender_data().generic_names
        tails = sender_data().company_tails
        named = person_like(before) and not any(w.lower() in tails for w in before.split())
        # "(via Workday)" names the platform, never the employer: "Morgan Stanley" stays
        via = inside.lower().startswith("via ")
        if not via and (not before or named or _all_team(before, generic)):
            return inside  # "Sam Carter (Acme)", "Recruiting (Acme)"
        display = before  # "Acme (via LinkedIn)", "Acme (Recruiting)", "Acme Foods (UK)"
    if " via " in display:  # "<sender> via <platform>": the sender is the employer
        left, _, right = display.partition(" via ")
        display = right if person_like(left.strip()) and own_name(left, sender) else left
    generic = sender_data().generic_names
    after_someone = False  # "<a person> at <the employer>": the employer's words follow
    for sep in (" at ", " @ ", " | ", " - ", " – ", " from ", ", "):
        if sep in display:
            left, _, right = display.partition(sep)
            left_words = [w.lower().strip("()&,") for w in left.split()]
            if all(w.lower().strip("()&,") in generic for w in right.split()):
                display = left  # "Maison Velours - Ressources humaines": a team after
                break
            joiners = sender_data().team_joiners
            if (
                person_like(left.strip())
                # "L'équipe RH - Fabrikam", "Trabaja con nosotros - Fabrikam"
                or all(w in generic or w in joiners for w in left_words)
                # "Sam from Fabrikam", "Noor at Fabrikam": a first name, then the employer
                or (sep in (" from ", " at ", " @ ") and _FIRST_NAME.fullmatch(left.strip()))
                # "Jeanne - Villa do Vale": a first name before a company of several words
                or (len(left_words) == 1 and own_name(left, sender) and len(right.split()) > 1)
            ):
                display = right
                after_someone = sep in (" at ", " @ ", " from ")  # "Noor at Kade Verhuur"
                break
    domain_slug = squash(domain_label(sender.domain))
    if (
        len(display.split()) >= 2
        and spells_domain(display, domain_label(sender.domain), exact=True)
        and not _BOARD_SLUG.search(domain_slug)
        and not _CAREERS_SITE.match(display)
    ):
        # "Fair Hiring" <noreply@fairhiring.example>, "Talent House" <info@talenthouse...>:
        # the words that usually name a team are part of this company's name
        return display.strip()
    stripped = strip_team_words(display).strip(" -–—|·:")
    if not stripped:
        return None
    # "Maria Press" <maria.press@...>: a trade word as a surname on a person's own address
    worded = company_worded(stripped) and not own_name(stripped, sender)
    if person_like(stripped) and not after_someone and not worded:
        slug = squash(info.tenant or "") or squash(domain_label(sender.domain))
        key = squash(stripped)
        if slug and (
            key in slug
            or (len(slug) >= 4 and slug in key)
            or spells_domain(stripped, info.tenant or domain_label(sender.domain), exact=False)
        ):
            return stripped  # "Marrowbrook Foods" <hello@marrowbrookfoods...>
        if own_name(stripped, sender):
            return None  # a person's own name on their address ("Sam Carter" <s.carter@...>)
        if info.no_reply or info.ats:  # nobody signs a no-reply or ATS mailer as a person
            return stripped
        if stripped != display.strip():  # "Maria Lopez Careers" is odd; keep it
            return stripped
        return None
    if len(stripped.split()) == 1 and _BOARD_BRAND.search(stripped):
        return None  # a job board's brand ("ErieJobs")
    if plausible_company(stripped) or _feminine_article(stripped, display):
        return stripped
    return None


def _feminine_article(name: str, display: str) -> bool:
    """ "A Fornalha Recrutamento": Portuguese "A" begins the name once the team words are
    gone (an English "A" is no name's first word, so ``plausible_company`` refuses it)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0] in ("A", "As")
        and name != display.strip()
        and all(w[:1].isupper() for w in words[1:])
        and plausible_company(" ".join(words[1:]))
    )


def reply_to_company(message: Message, flat: str) -> str | None:
    """A platform's or a no-reply mailer's Reply-To that is the employer's own mailbox
    ("Acme Recruiting" <jobs@acme.example>): its name, or its domain as the text
    writes it. Freemail, ATS and the sender's own domain say nothing more."""
    sender = message.sender
    own = {a.email.lower() for a in message.to + message.cc}
    for address in message.reply_to[:2]:
        if address.email.lower() in own or (sender and address.domain == sender.domain):
            continue
        as_sender = replace(message, sender=address)
        info = sender_info(as_sender)
        if info.ats or not info.employer_domain or board_brand(as_sender, info):
            continue
        name = display_company(as_sender, info)
        if name:
            return name
        found = find_in_text(squash(domain_label(info.employer_domain)), flat, message)
        if found:
            return found
    return None
