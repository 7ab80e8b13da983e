"""Who sent a job mail, from the From address alone (pure).

``sender_info`` tells an applicant-tracking system or job board (by domain, from
``data/senders.toml``) and the employer's slug inside its address, the employer's
own domain when it is neither an ATS nor a freemail provider, and whether the
mailbox is a hiring one ("careers@", "recruiting@"), another business one
("orders@") or a no-reply address. ``squash`` and ``domain_label`` are the
spelling-free forms the other extractors compare names with.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from assistant.core.addresses import is_no_reply
from assistant.core.models import Address, Message
from assistant.core.recent import remember_recent


@dataclass(frozen=True)
class _SenderData:
    ats_by_domain: dict[str, tuple[str, bool, bool, bool]]  # domain -> name, board, local, sub
    job_mailboxes: frozenset[str]
    other_mailboxes: frozenset[str]
    shared_mailboxes: frozenset[str]  # a firm's general address: info@, contato@
    generic_names: frozenset[str]
    team_joiners: frozenset[str]  # "bij", "e", "del": team words only beside team words
    title_heads: frozenset[str]
    title_heads_first: tuple[str, ...]  # regex alternatives
    title_compound_ends: tuple[str, ...]  # regex alternatives
    company_tails: frozenset[str]
    company_heads: frozenset[str]  # "Banca", "Clínica", "Kanzlei": a name's first word


@cache
def sender_data() -> _SenderData:
    raw = resources.files("assistant.core").joinpath("data", "senders.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    by_domain: dict[str, tuple[str, bool, bool, bool]] = {}
    for name, entry in data["ats"].items():
        for domain in entry["domains"]:
            by_domain[domain.lower()] = (
                name,
                bool(entry.get("board", False)),
                bool(entry.get("tenant_in_local_part", False)),
                bool(entry.get("tenant_in_subdomain", False)),
            )
    return _SenderData(
        ats_by_domain=by_domain,
        job_mailboxes=frozenset(data["mailboxes"]["job"]),
        other_mailboxes=frozenset(data["mailboxes"]["other"]),
        shared_mailboxes=frozenset(data["mailboxes"]["shared"]),
        generic_names=frozenset(w.lower() for w in data["display_names"]["generic"]),
        team_joiners=frozenset(data["display_names"]["team_joiners"]),
        title_heads=frozenset(data["job_titles"]["heads"]),
        title_heads_first=tuple(data["job_titles"]["heads_first"]),
        title_compound_ends=tuple(data["job_titles"]["compound_ends"]),
        company_tails=frozenset(data["company_names"]["tails"]),
        company_heads=frozenset(data["company_names"]["heads"]),
    )


def company_worded(name: str) -> bool:
    """A trade word makes a name an organisation's: "Banca Popolare del Garda", "Clínica
    Sonrisa", "Horizonte Azul Engenharia"."""
    data = sender_data()
    words = [w.lower().strip("().,&") for w in name.split()]
    return bool(words) and (
        words[0] in data.company_heads or any(w in data.company_tails for w in words)
    )


_FREEMAIL = (
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "orange.fr",
    "free.fr",
    "example.com",
    # the same providers' national domains and the seven languages' own ("outlook.fr",
    # "hotmail.nl", "libero.it", "bol.com.br" (not the Dutch shop bol.com))
    "outlook.fr",
    "outlook.de",
    "outlook.es",
    "outlook.it",
    "outlook.pt",
    "hotmail.fr",
    "hotmail.de",
    "hotmail.es",
    "hotmail.it",
    "hotmail.nl",
    "hotmail.co.uk",
    "yahoo.fr",
    "yahoo.de",
    "yahoo.es",
    "yahoo.it",
    "yahoo.co.uk",
    "yahoo.com.br",
    "live.fr",
    "live.nl",
    "laposte.net",
    "sfr.fr",
    "wanadoo.fr",
    "t-online.de",
    "freenet.de",
    "libero.it",
    "virgilio.it",
    "alice.it",
    "tiscali.it",
    "ziggo.nl",
    "kpnmail.nl",
    "telefonica.net",
    "sapo.pt",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
)


def freemail(domain: str) -> bool:
    """A webmail provider's domain or one under it ("gmail.com", "mail.yahoo.fr"): no
    organisation's own (not "acme.com", which merely ends like "me.com")."""
    labels = domain.lower().split(".")
    return any(".".join(labels[i:]) in _FREEMAIL_SET for i in range(len(labels) - 1))


_FREEMAIL_SET = frozenset(_FREEMAIL)


_LOCAL_SPLIT = re.compile(r"[.\-_+=]+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
#: legal forms that end a company's name, written without dots ("B.V." is "bv"); the one
#: list for the whole package (legal_line reads footers with it)
LEGAL_FORMS = frozenset(
    """
    inc incorporated llc ltd limited gmbh ggmbh mbh ag kg kgaa ug se sa sas sasu sarl eurl bv
    nv plc corp corporation co srl spa sagl sl slu sau lda ltda llp lp oy ab as aps pty pvt
    ek ev ohg gbr
    """.split()  # noqa: SIM905
)


def _dotted(form: str) -> str:
    """ "sa" -> "s\\.?\\s?a": a short form may be written "S.A.", "S. A." or "e. V."."""
    return r"\.?\s?".join(form) if len(form) <= 3 else form


LEGAL_SUFFIX = re.compile(  # the lookbehind: tried once per run of spaces, not per space
    r"(?<![\s,])[\s,]+(?:"
    + "|".join(_dotted(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True))
    + r")\.?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # the same few names and domains, ~20 times per message
def squash(value: str) -> str:
    """Lower-case letters and digits only: 'Wide World Importers' -> 'wideworldimporters'.

    Accents are folded ('Boréal' -> 'boreal'), as domains spell them."""
    if not value.isascii():
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("", value.lower())


#: what a legal form leaves behind once taken off: "Lidl Dienstleistung GmbH &" (of
#: "GmbH & Co. KG"), "Rossi e Figli S.p.A.," -> the name
_DANGLING = re.compile(r"(?:\s+[&+]|\s*,)+\s*$|\s+(?:and|und|et|en|e|y)$", re.IGNORECASE)
_AND_COMPANY = re.compile(r"\s[&+]\s*co\.?$", re.IGNORECASE)
#: legal forms that are also words or initials ("Grand Hotel & Spa", "Charge EV"): taken
#: off only as a legal form is written (dotted, or one of these spellings)
_WORDLIKE_FORMS = {
    "spa": {"SpA"},
    "sa": {"SA"},
    "se": {"SE"},
    "as": {"AS"},
    "ab": {"AB"},
    "ag": {"AG"},
    "ev": {"eV"},
    "oy": {"Oy", "OY"},
    "sl": {"SL"},
    "lp": {"LP"},
    "co": {"Co", "CO"},
}


#: legal forms of several words or with signs, which LEGAL_SUFFIX (one word, letters and
#: dots) does not take: "UG (haftungsbeschränkt)", "A/S", "SA de CV", "S. de R.L.",
#: "Sp. z o.o."; letters drop them like the others
_COMPOUND_FORM = re.compile(
    r"(?<![\s,])[\s,]+(?:UG\s*\(haftungsbeschr(?:ä|ae|a)nkt\)|A\s?/\s?S|ApS|Oyj|Kft|"
    r"S\.?\s?A\.?(?:\s?B\.?)?\s+de\s+C\.?\s?V|S\.?\s+de\s+R\.?\s?L(?:\.?\s+de\s+C\.?\s?V)?|"
    r"Sp\.\s?z\s?o\.\s?o|s\.\s?r\.\s?o)\.?$"
)


def _written_as_legal_form(form: str) -> bool:
    """ "S.p.A.", "SpA", "GmbH", "Inc": yes; "Spa", "EV", "A B" (initials): no."""
    if "." in form:
        return True
    if " " in form:
        return False
    spellings = _WORDLIKE_FORMS.get(form.lower())
    return spellings is None or form in spellings


def _legal_form_at_end(name: str) -> re.Match[str] | None:
    """The legal form that ends ``name``, written as one ("GmbH", "S.p.A.", "A/S"; not the
    "Spa" of "Grand Hotel & Spa")."""
    form = _COMPOUND_FORM.search(name)
    if form is None:
        form = LEGAL_SUFFIX.search(name)
        if form is not None and not _written_as_legal_form(form.group().lstrip(" ,")):
            return None
    return form


def everyday_name(name: str) -> str:
    """The name as people write it in a letter: "Nordlicht Software GmbH" -> "Nordlicht
    Software", "Lidl Dienstleistung GmbH & Co. KG" -> "Lidl Dienstleistung". A name that
    is nothing but legal forms ("GmbH & Co. KG") stays as it is."""
    whole = short = name.strip()
    while True:
        partners = _AND_COMPANY.search(short)
        if partners and not _legal_form_at_end(short[: partners.start()]):
            break  # "Smith & Co." is the name itself; "... GmbH & Co." is not
        form = _legal_form_at_end(short)
        if form is None:
            break
        short = _DANGLING.sub("", short[: form.start()])
    words = re.findall(r"\w+", short.lower())
    if not words or all(w in LEGAL_FORMS for w in words):
        return whole  # "GmbH & Co. KG", "Co Ltd": no name to keep
    return short


def name_key(name: str) -> str:
    """A name squashed without its legal form, to compare names ('Acme GmbH' -> 'acme')."""
    return squash(LEGAL_SUFFIX.sub("", name)) or squash(name)


@dataclass(frozen=True)
class SenderInfo:
    """What the From address says: platform, employer domain, mailbox kind."""

    ats: str | None
    board: bool
    tenant: str | None  # employer slug inside an ATS address
    employer_domain: str | None  # the sender's own domain when it is not an ATS/freemail
    job_mailbox: bool
    other_mailbox: bool
    no_reply: bool
    shared_mailbox: bool = False  # info@, contact@, office@: a firm's address, not a person's

    @property
    def person(self) -> bool:
        """A person's own address, not a tracking system's, a board's, a no-reply or a
        shared mailbox's (careers@, info@): the model is surer of machines' mail than
        it should be of people's (docs/classifier.md, "Confidence for people's mail")."""
        return (
            not (self.ats or self.job_mailbox or self.other_mailbox or self.no_reply)
            and not self.shared_mailbox
        )


def match_ats(domain: str) -> tuple[str, bool, bool, bool, str] | None:
    table = sender_data().ats_by_domain
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in table:
            name, board, local, sub = table[candidate]
            return name, board, local, sub, ".".join(labels[:i])
    return None


_ATS_PREFIXES = frozenset({"us", "eu", "hire", "mail", "email", "jobs", "talent", "app", "em"})


def first_dot_last(sender: Address) -> bool:
    """ "Élodie Marchand" <elodie.marchand@myworkday.com>: a person's own address on the
    platform, first and last name apart, is no tenant's slug."""
    parts = [squash(p) for p in _LOCAL_SPLIT.split(sender.local_part) if p]
    words = {squash(w) for w in (sender.name or "").split()}
    # not "Brightwater Medical" <brightwater.medical@myworkday.com>: a tenant's trade word
    return len(parts) >= 2 and all(p in words for p in parts) and not company_worded(sender.name)


def sender_info(message: Message) -> SenderInfo:
    sender = message.sender
    if sender is None:
        return SenderInfo(None, False, None, None, False, False, False)
    data = sender_data()
    domain = sender.domain
    local = sender.local_part
    words = {w for w in _LOCAL_SPLIT.split(local) if w}
    ats = match_ats(domain)
    tenant = None
    employer_domain = None
    name = None
    board = False
    if ats is not None:
        name, board, in_local, in_sub, prefix = ats
        if in_local and not is_no_reply(local + "@x.invalid"):
            tenant = re.sub(r"[-_.]?(careers?|jobs|recruiting|talent|hr|noreply)$", "", local)
        elif prefix and (in_sub or prefix not in _ATS_PREFIXES):
            tenant = prefix.split(".")[-1]
        if tenant in _ATS_PREFIXES or tenant == "" or board or first_dot_last(sender):
            tenant = None
    elif domain and not freemail(domain):
        employer_domain = domain
    job_box = bool(words & data.job_mailboxes) or any(
        local.startswith(p) or local.endswith(p) for p in ("career", "recruit", "talent", "jobs")
    )
    other_box = bool(words & data.other_mailboxes)
    return SenderInfo(
        ats=name,
        board=board,
        tenant=tenant,
        employer_domain=employer_domain,
        job_mailbox=job_box,
        other_mailbox=other_box and not job_box,
        no_reply=is_no_reply(sender.email),
        shared_mailbox=bool(words & data.shared_mailboxes),
    )


#: a domain that is a job board's or alert service's own ("acme-jobs", "empleosnorte",
#: "carrieresud"), or a shared service's ("notifications.service.gov.uk"); a recruitment
#: agency's ("talenthouse", "peoplebridge") is an employer's name
_BOARD_LABEL = re.compile(
    r"(?:jobs?|careers?|vacatures?|vacancies|stellen)$|"
    r"^(?:jobs?|empleos?|emplois?|vagas|vacatures|stellen|lavoro|trabajos?|carrieres?|"
    r"karriere|careers?)(?=\w{3})"
)
_SHARED_LABEL = frozenset(
    ["service", "services", "notifications", "notification", "mail", "email", "alerts", "app"]
)
_HOSTNAME = re.compile(r"[\w-]+(?:\.[a-z]{2,6}){1,2}", re.IGNORECASE)


def board_brand(message: Message, info: SenderInfo) -> str:
    """The squashed brand of a sender whose own domain is a job board or a shared
    service rather than an employer ('' when it is not): a label such as 'acme-jobs' or
    'service', or a display name that is the site's address ("Vacatures.example")."""
    if message.sender is None or not info.employer_domain:
        return ""
    label = domain_label(info.employer_domain)
    display = (message.sender.name or "").strip()
    if (
        _BOARD_LABEL.search(label)
        or label in _SHARED_LABEL
        or (_HOSTNAME.fullmatch(display) and squash(label) in squash(display))
    ):
        return squash(label)
    return ""


@remember_recent(8)  # the company's sources ask about the sender's domain ~5 times
def domain_label(domain: str) -> str:
    """The registrable name of a domain: 'mail.adventure-works.co.uk' -> 'adventure-works'."""
    labels = [lab for lab in domain.lower().split(".") if lab]
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "ne", "or"):
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


#: hiring words glued to a careers domain's name; 'talent', 'people' end companies' own names
_GLUED_HIRING = frozenset(
    [
        "jobs",
        "careers",
        "career",
        "karriere",
        "recruiting",
        "recrutement",
        "empleo",
        "vagas",
        "vacatures",
    ]
)


def employer_label(domain: str) -> str:
    """The domain label without its hiring words: 'ormeval-careers', 'jobs-ormeval',
    'ormevaljobs' -> 'ormeval' (a careers site's domain is the employer's name)."""
    label = domain_label(domain)
    hiring = sender_data().job_mailboxes
    parts = [p for p in re.split(r"[-_]+", label) if p]
    kept = [p for p in parts if p not in hiring]
    if kept and len(kept) < len(parts):
        return "-".join(kept)
    for word in hiring:  # glued on at the end: "ormevaljobs", "ormevalkarriere"
        if word in _GLUED_HIRING and label.endswith(word) and len(label) - len(word) >= 4:
            return label[: -len(word)]
    return label


# --------------------------------------------------------------------------- company
