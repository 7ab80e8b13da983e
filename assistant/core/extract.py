"""What a job mail is about: company, role, ATS, ids, people, dates (pure).

Each extractor returns a value and the evidence for it; ``classify`` puts the
evidence into ``Analysis.reasons``. Sources, strongest first:

* company: wording in the body ("... at <Company>", "interest in <Company>",
  "the <Company> team"), the subject, the From display name minus team words
  ("<Company> Careers", "Sam Carter (<Company>)"), then the sender's own domain or
  an ATS tenant slug. A candidate that matches the domain/slug when written
  together wins over one that does not.
* role: "application for <Role>", "position of <Role>", "<Role> position",
  localised forms ("Bewerbung als", "poste de", "functie van", "puesto de"), then
  the subject ("Your application: <Role>").
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources

from assistant.core.addresses import is_no_reply
from assistant.core.models import Address, Message, ResponseWindow
from assistant.core.nofollowup import compile_fast, lowered, matches, may_match

__all__ = [
    "SenderInfo",
    "sender_info",
    "company",
    "role",
    "requisition_id",
    "contact",
    "recruiter_name",
    "phone",
    "portal_url",
    "applied_on",
    "response_window",
    "squash",
    "subject_title",
]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _SenderData:
    ats_by_domain: dict[str, tuple[str, bool, bool, bool]]  # domain -> name, board, local, sub
    job_mailboxes: frozenset[str]
    other_mailboxes: frozenset[str]
    generic_names: frozenset[str]
    title_heads: frozenset[str]
    company_tails: frozenset[str]


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
        generic_names=frozenset(w.lower() for w in data["display_names"]["generic"]),
        title_heads=frozenset(data["job_titles"]["heads"]),
        company_tails=frozenset(data["company_names"]["tails"]),
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
)
_LOCAL_SPLIT = re.compile(r"[.\-_+=]+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|incorporated|llc|ltd|limited|gmbh|ggmbh|mbh|ag|sa|sas|sarl|bv|b\.v|nv|n\.v|plc|"
    r"corp|corporation|co|srl|oy|ab|as|aps|kg|kgaa|ug|e\.\s?v|pty|pvt|se|spa|s\.a|s\.l|s\.a\.s|"
    r"llp|lp)\.?$",
    re.IGNORECASE,
)


def squash(value: str) -> str:
    """Lower-case letters and digits only: 'Wide World Importers' -> 'wideworldimporters'.

    Accents are folded ('Boréal' -> 'boreal'), as domains spell them."""
    if not value.isascii():
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("", value.lower())


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


def _match_ats(domain: str) -> tuple[str, bool, bool, bool, str] | None:
    table = sender_data().ats_by_domain
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in table:
            name, board, local, sub = table[candidate]
            return name, board, local, sub, ".".join(labels[:i])
    return None


_ATS_PREFIXES = frozenset({"us", "eu", "hire", "mail", "email", "jobs", "talent", "app", "em"})


def sender_info(message: Message) -> SenderInfo:
    sender = message.sender
    if sender is None:
        return SenderInfo(None, False, None, None, False, False, False)
    data = sender_data()
    domain = sender.domain
    local = sender.local_part
    words = {w for w in _LOCAL_SPLIT.split(local) if w}
    ats = _match_ats(domain)
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
        if tenant in _ATS_PREFIXES or tenant == "" or board:
            tenant = None
    elif domain and not domain.endswith(_FREEMAIL):
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
    )


def domain_label(domain: str) -> str:
    """The registrable name of a domain: 'mail.adventure-works.co.uk' -> 'adventure-works'."""
    labels = [lab for lab in domain.lower().split(".") if lab]
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "ne", "or"):
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


# --------------------------------------------------------------------------- company


def _leading_group_end(pattern: str) -> int:
    """Index just past the leading ``\\b(?:...)`` group of ``pattern`` (0 if none)."""
    if not pattern.startswith(r"\b(?:"):
        return 0
    depth = 0
    i = 2
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return 0


@dataclass(frozen=True)
class _Cue:
    """A pattern split in two: keywords found (fast) in lower-cased text, then the
    case-sensitive tail that captures a Name, matched right where the keywords end."""

    head: re.Pattern[str] | None
    tail: re.Pattern[str]

    @classmethod
    def of(cls, pattern: str) -> _Cue:
        """Split ``\\b(?:keywords)tail``. The head must end a word, so "work" does not
        stop at "working"; list longer keyword phrases first ("apply to join" before
        "apply to"), as the tail cannot make the head backtrack."""
        end = _leading_group_end(pattern)
        if not end:
            return cls(None, re.compile(pattern))
        return cls(compile_fast(pattern[:end] + r"(?!\w)", 0), re.compile(pattern[end:]))

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        if self.head is None:
            yield from self.tail.finditer(text)
            return
        if not may_match(self.head, low):
            return
        for keyword in matches(self.head, low):
            found = self.tail.match(text, keyword.end())
            if found:
                yield found


# a proper name: capitalised words, with a few joiners and legal suffixes
_CAP = r"(?:[A-Z]\.(?=[^\S\n]+[A-Z])|[A-Z0-9][\w'’&.+-]*[\w&+]|[A-Z])"
_SP = r"[^\S\n]"  # a space that is not a line break: names do not run across lines
_JOINER = r"(?:&|and|of|de|du|des|der|van|y|la|le|et|und|für|for)"
_JOIN = rf"(?:{_SP}+{_JOINER}{_SP}+|{_SP}*&{_SP}*|{_SP}+[dl]['’](?=[A-Z])|{_SP}+|-)"
NAME = rf"{_CAP}(?:{_JOIN}{_CAP}){{0,5}}"
_COMPANY_BODY = [
    # at / with / to / join / in <Company>
    rf"\b(?:position|role|job|vacancy|opening|opportunity|post|interview|career|internship|"
    rf"apprenticeship|team|employment)\s+(?:here\s+)?(?:at|with)\s+(?:the\s+)?(?P<c>{NAME})",
    rf"\b(?:position|role)\s+of\s+[^.!?\n]{{1,60}}?\s+(?:at|with|in)\s+(?:the\s+)?(?P<c>{NAME})",
    rf"\b(?:work|working)\s+(?:here\s+)?(?:at|with|for)\s+(?:the\s+)?(?P<c>{NAME})",
    rf"\b(?:interest\s+in|apply(?:ing)?\s+to\s+join|applying\s+(?:to|at|with)|joining|join|"
    rf"applied\s+(?:to|at|with)|application\s+(?:to|at|with)|considering|on\s+behalf\s+of|"
    rf"working\s+(?:at|for|with)|career\s+at|careers\s+at)\s+(?:the\s+)?(?P<c>{NAME})",
    rf"[\"”]\s+(?:at|with|bei|chez|bij)\s+(?P<c>{NAME})",
    rf"\b(?:application|cv|resume|r[ée]sum[ée]|profile)\s+(?:was|has\s+been|is|have\s+been)\s+"
    rf"(?:successfully\s+)?(?:sent|submitted|forwarded|delivered|shared)\s+to\s+(?:the\s+)?(?P<c>{NAME})",
    rf"\b(?:the|our)\s+(?P<c>{NAME})\s+(?:team|family|hiring\s+team|recruiting\s+team|"
    rf"talent\s+team|hr\s+team|recruitment\s+team)\b",
    # "The following items were sent to <Company>", "viewed by <Company>"
    rf"\b(?:sent|forwarded|submitted|delivered|transmitted|passed\s+on)\s+to\s+(?:the\s+)?(?P<c>{NAME})",
    rf"\b(?:viewed|seen|reviewed|opened|downloaded)\s+by\s+(?P<c>{NAME})",
    rf"\ban\s+(?:die\s+|den\s+)?(?P<c>{NAME})\s+(?:übermittelt|[üu]bermittelt|versendet|gesendet|"
    rf"weitergeleitet|verschickt)\b",
    rf"\b(?:transmise|envoy[ée]e|adress[ée]e)\s+(?:à|a|chez)\s+(?P<c>{NAME})",
    rf"\b(?:verstuurd|doorgestuurd|gestuurd)\s+(?:naar|aan)\s+(?P<c>{NAME})",
    rf"\b(?:enviad[oa]|remitid[oa])\s+a\s+(?P<c>{NAME})",
    # weakest: a preposition alone ("bei", "chez"); see _WEAK_BODY
    rf"\b(?:bei|chez|bij|en|f[üu]r\s+die|pour|voor)\s+(?:der\s+|la\s+|de\s+)?(?P<c>{NAME})\b",
]
#: the last body pattern: German nouns are capitalised too ("bei Fragen", "für die
#: Zukunft"), so a one-word name from it needs a legal form or the sender's slug
_WEAK_BODY = len(_COMPANY_BODY) - 1
#: a name followed by one of these was a job title ("interest in the Data Analyst opening")
_ROLE_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:opening|position|role|job|vacancy|post|internship|programme|program|scheme)\b",
    re.IGNORECASE,
)
_COMPANY_SUBJECT = [
    rf"(?i:application|cv|resume)\s+(?i:was|has\s+been|is)\s+(?i:sent|submitted|forwarded)\s+"
    rf"(?i:to)\s+(?:the\s+)?(?P<c>{NAME})",
    rf"\b(?:applying|applied|application|apply|interest|welcome)\s+(?:to|at|with|in)\s+"
    rf"(?:the\s+)?(?P<c>{NAME})",
    r"^\s*\[(?P<c>[^\]]{2,60})\]",
    rf"^\s*(?P<c>{NAME})\s+(?:wants|would\s+like|invites|is\s+hiring|has\s+invited|invited\s+you|"
    rf"has\s+sent|sent\s+you)\b",
    rf"\b(?:at|with|bei|chez|bij)\s+(?P<c>{NAME})(?:\s*$|\s+(?:wurde|was|has|is|ist|werd|est|a\s+"
    rf"été|ha\s+sido)\b)",
    rf"\b(?:viewed|seen|reviewed)\s+by\s+(?P<c>{NAME})\s*$",
]
_COMPANY_BODY_RE = [_Cue.of(p) for p in _COMPANY_BODY]
_COMPANY_SUBJECT_RE = [re.compile(p) for p in _COMPANY_SUBJECT]
_PAREN_NAME = re.compile(r"\(([^()]{2,60})\)\s*$")
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
    """.split()  # noqa: SIM905
)


def _clean_name(value: str) -> str:
    value = value.strip(" \t\"'“”‘’.,;:!?-–")
    value = re.sub(r"\s+", " ", value)
    value = re.sub(r"['’]s$", "", value)
    return value


_ARTICLES = frozenset("the le la les de het el los las die der das".split())  # noqa: SIM905


def _strip_team_words(name: str) -> str:
    generic = sender_data().generic_names
    words = name.split()
    while words and words[-1].lower().strip("()&,") in generic:
        words.pop()
    while (
        len(words) > 1
        and words[0].lower().strip("()&,") in generic
        and words[0].lower() not in _ARTICLES
    ):
        words.pop(0)  # "Personalabteilung Müller & Söhne", "Team Contoso"
    return " ".join(words)


def _plausible_company(value: str) -> bool:
    if not value or len(value) > 60 or len(value) < 2:
        return False
    words = value.lower().split()
    if all(w.strip(".,&") in _BAD_COMPANY_WORDS for w in words):
        return False
    if words[0] in _BAD_COMPANY_WORDS and words[0] not in ("the",):
        return False
    if "@" in value or "http" in value.lower():
        return False
    return not re.fullmatch(r"[\d\s.,:/-]+", value)


_PARTICLES = frozenset(
    ["de", "van", "der", "den", "von", "da", "di", "del", "la", "le", "du", "ten", "ter"]
)


def _person_like(name: str) -> bool:
    """'Sam Carter', 'Sanne de Groot' look like a person (or a two-word company)."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    named = [w for w in words if w not in _PARTICLES]
    if len(named) < 2 or words[0] in _PARTICLES or words[-1] in _PARTICLES:
        return False
    if any(not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+\.?|[A-Z]\.", w) for w in named):
        return False
    generic = sender_data().generic_names
    return not any(w.lower() in generic for w in named)


def _own_name(name: str, sender: Address) -> bool:
    """The display name is the address owner's ('Sam Carter' <s.carter@...>)."""
    local = squash(sender.local_part)
    return any(len(w) >= 3 and w in local for w in (squash(p) for p in name.split()))


def _display_company(message: Message, info: SenderInfo) -> str | None:
    sender = message.sender
    if sender is None or not sender.name or info.board:
        return None  # a job board's name is not the employer
    display = sender.name.strip()
    paren = _PAREN_NAME.search(display)
    if paren:
        return _clean_name(paren.group(1))
    if " via " in display:  # "<sender> via <platform>": the sender is the employer
        left, _, right = display.partition(" via ")
        display = right if _person_like(left.strip()) and _own_name(left, sender) else left
    generic = sender_data().generic_names
    for sep in (" at ", " @ ", " | ", " - ", " – ", " from "):
        if sep in display:
            left, _, right = display.partition(sep)
            left_words = [w.lower().strip("()&,") for w in left.split()]
            if (
                _person_like(left.strip())
                or all(w in generic for w in left_words)  # "L'équipe RH - Fabrikam"
                # "Jeanne - Villa do Vale": a first name before a company of several words
                or (len(left_words) == 1 and _own_name(left, sender) and len(right.split()) > 1)
            ):
                display = right
                break
    domain_slug = squash(domain_label(sender.domain))
    if (
        len(display.split()) >= 2
        and squash(display) == domain_slug
        and not re.search(r"(?i)(jobs?|careers?|board)$", domain_slug)
    ):
        # "Open Hiring" <noreply@openhiring.nl>, "Recruitment Hive" <info@recruitmenthive...>:
        # the words that usually name a team are part of this company's name
        return display.strip()
    stripped = _strip_team_words(display)
    if not stripped:
        return None
    if _person_like(stripped):
        slug = squash(info.tenant or "") or squash(domain_label(sender.domain))
        key = squash(stripped)
        if slug and (key in slug or (len(slug) >= 4 and slug in key)):
            return stripped  # "Marrowbrook Foods" <hello@marrowbrookfoods...>
        if _own_name(stripped, sender):
            return None  # a person's own name on their address ("Sam Carter" <s.carter@...>)
        if info.no_reply or info.ats:  # nobody signs a no-reply or ATS mailer as a person
            return stripped
        if stripped != display.strip():  # "Maria Lopez Careers" is odd; keep it
            return stripped
        return None
    if len(stripped.split()) == 1 and re.search(
        r"(?i)(jobs?|careers?|recruit\w*|talent|hiring|board)$", stripped
    ):
        return None  # a job board's brand ("ErieJobs")
    return stripped if _plausible_company(stripped) else None


def _slug_name(slug: str) -> str:
    slug = re.sub(r"(?i)(?<=[a-z])(inc|llc|ltd|gmbh|corp|group|plc)$", r"-\1", slug)
    parts = [p for p in re.split(r"[-_.]+", slug) if p]
    return " ".join(p.capitalize() if not p.isupper() else p for p in parts)


def company(
    message: Message, info: SenderInfo, flat: str, *, use_subject: bool = True
) -> tuple[str | None, str]:
    """(company, evidence). Body wording, then subject, display name, domain/tenant."""
    candidates: list[tuple[str, str]] = []  # (name, source)
    slug = squash(info.tenant or "")
    if not slug and info.employer_domain:
        slug = squash(domain_label(info.employer_domain))
    platform = squash(info.ats or "")
    head_text = flat[:20_000]
    head_low = lowered(head_text)
    for index, pattern in enumerate(_COMPANY_BODY_RE):
        for match in pattern.finditer(head_text, head_low):
            if _ROLE_NOUN_AFTER.match(head_text, match.end("c")):
                continue  # "interest in the Data Analyst opening": a job title
            name = _clean_name(match.group("c"))
            name = _trim_company_tail(name)
            if index == _WEAK_BODY and not _strong_name(name, slug):
                continue
            if _plausible_company(name):
                candidates.append((name, "body"))
    subject = message.subject if use_subject else ""
    for subject_pattern in _COMPANY_SUBJECT_RE:
        found = subject_pattern.search(subject)
        if found:
            name = _trim_company_tail(_clean_name(found.group("c")))
            if _plausible_company(name):
                candidates.append((name, "subject"))
    display = _display_company(message, info)
    if display:
        candidates.append((display, "display name"))
    if platform:  # the job board or ATS is not the employer ("Welcome to the Jungle")
        candidates = [(n, s) for n, s in candidates if platform not in squash(n)]

    if candidates:
        scores: dict[str, float] = {}
        first_source: dict[str, str] = {}
        canonical: dict[str, str] = {}
        for index, (name, source) in enumerate(candidates):
            key = squash(_LEGAL_SUFFIX.sub("", name)) or squash(name)
            weight = {"body": 3.0, "subject": 2.5, "display name": 2.0}[source] - index * 0.01
            if slug and key and (key == slug or key in slug or slug in key):
                weight += 3.0
            scores[key] = scores.get(key, 0.0) + weight
            if key not in canonical or len(name) > len(canonical[key]):
                canonical[key] = name
            first_source.setdefault(key, source)
        # "Thanks for applying to the Wrenfield Consulting Business Analyst Scheme" and
        # "Wrenfield Consulting" (display name): the shorter one is the company
        for short in list(scores):
            for long in list(scores):
                if (
                    long != short
                    and canonical[long].startswith(canonical[short] + " ")
                    and len(canonical[long].split()) >= len(canonical[short].split()) + 2
                ):
                    scores[short] += scores[long]
        best = max(scores, key=lambda k: scores[k])
        return canonical[best], f"company from {first_source[best]}: {canonical[best]!r}"
    if info.tenant:
        in_text = _find_in_text(slug, flat, message)
        name = in_text or _slug_name(info.tenant)
        return name, f"company from ATS address: {name!r}"
    if info.employer_domain:
        label = domain_label(info.employer_domain)
        if re.search(
            r"(?i)(jobs?|careers?|hire|hiring|recruit\w*|talent|vacatures?|stellen)$", label
        ):
            return None, ""  # a job board's own domain names no employer
        in_text = _find_in_text(squash(label), flat, message)
        name = in_text or _slug_name(label)
        return name, f"company from sender domain: {name!r}"
    return None, ""


_CAP_RUN = re.compile(NAME)


def _strong_name(name: str, slug: str) -> bool:
    """A name that stands on its own: several words, a legal form, or the sender's slug."""
    key = squash(name)
    if slug and key and (key in slug or slug in key):
        return True
    return len(name.split()) >= 2 or bool(_LEGAL_SUFFIX.search(" " + name))


def _find_in_text(slug: str, flat: str, message: Message) -> str | None:
    """The company as the text writes it, found from the sender's slug.

    A capitalised run whose squashed form equals the slug ('wideworldimporters' ->
    'Wide World Importers'); else a run whose first word begins the slug and makes up
    most of it ('hollowelleng' -> 'Hollowell Engineering Ltd', 'thistledowncare' ->
    'Thistledown Nursing Group'), without trailing team words."""
    if not slug:
        return None
    data = sender_data()
    prefix_hit: str | None = None
    # the real lines: a signature's company line must not run into the next line
    for source in (message.subject, message.text[:20_000]):
        for match in _CAP_RUN.finditer(source):
            words = _cut_after_legal_form(match.group(0).split())
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    joined = " ".join(words[i:j])
                    if squash(joined) == slug or squash(_ELIDED.sub("", joined)) == slug:
                        start = i - 1 if i and words[i - 1].lower() in _ARTICLES else i
                        while (
                            j < len(words) and j - i < 5 and words[j].lower() in data.company_tails
                        ):
                            j += 1  # "cinderhill" -> "Cinderhill Labs"
                        return " ".join(words[start:j])  # "Les Vergers d'Antan"
                first = squash(words[i])
                if (
                    prefix_hit is None
                    and len(first) >= 5
                    and slug.startswith(first)
                    and (
                        len(first) * 3 >= len(slug) * 2
                        or squash(" ".join(words[i:])).startswith(slug)
                    )
                ):
                    run = words[i : i + 4]
                    while len(run) > 1 and run[-1].lower() in data.generic_names:
                        run.pop()
                    prefix_hit = " ".join(run)
    return prefix_hit


_ELIDED = re.compile(r"\b[dl]['’]", re.IGNORECASE)


def _cut_after_legal_form(words: list[str]) -> list[str]:
    for index, word in enumerate(words[1:], start=1):
        if _LEGAL_SUFFIX.search(" " + word):
            return words[: index + 1]
    return words


def _trim_company_tail(name: str) -> str:
    # "Google Staffing", "Northwind Traders Team" -> the name; "Adventure Works on July" -> cut
    words = name.split()
    cut = len(words)
    for i, word in enumerate(words):
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
    while len(words) > 1 and words[-1].lower() in generic | {"staffing"}:
        words.pop()
    while words and words[-1].lower() in ("&", "and", "of", "de", "the"):
        words.pop()
    return " ".join(words)


# --------------------------------------------------------------------------- role

_ROLE_WORD = (
    r"(?:[A-Z0-9][\w/&+#'’()-]*|\((?:m|f|w|d|x|h|/|\s)+\)|–|-|/|&|of|and|de|et|en|y|i|für|in)"
)
_ROLE_CAP = rf"[A-Z][\w/&+#'’-]*(?:\s+{_ROLE_WORD}){{0,7}}"
_STOP_WORDS = (
    "position|role|job|vacancy|opening|stelle|poste|functie|puesto|at|with|in|bei|chez|bij|en|"
    "para|pour|for|and|has|was|is|which|that|we|you|on|auprès|dans|op|wij|je|jij|u|ik|nous|vous|"
    "wir|sie|ich|ihr|und|et|y|zu|zum|zur|im|est|ist|ont|sont|wurde|wird|werden|heeft|hebben|"
    "haben|avons|hemos|ha|han|se|le|la|les|el|los|las|der|die|das|den|dem|het|een|ein|eine|un|"
    "une|mit|met|con|avec|von|from|a|à|al|du|des|au|aux|sur|naar|voor|über|uit|aan|by|to|of|"
    "our|your|votre|notre|ihre|unsere|uw|onze|je|su|nuestra|nuestro|nodigen|graag|gerne|bien|"
    "willen|wil|kunnen|zullen|mogen|m[öo]chten|w[üu]rden|wollen|k[öo]nnen|voulons|souhaitons|"
    "pouvons|queremos|podemos|nos|te|le|les|y|o|ou|of|oder|und"
)
_FREE_WORD = r"[^\s,.!?;:\"“”()\n]+"
#: a role written in lower case (French, Dutch...): up to four words, no function words
#: except "de" / "d'" inside ("Técnico de Soporte IT") and "en" before a lower-case word
#: ("consultant en stratégie"; "en Grupo Encina" names the employer)
_ROLE_FREE = (
    rf"{_FREE_WORD}(?:\s+(?:(?:de|del)\s+|d['’]|en\s+(?=[a-zà-ÿ]))?(?!(?:{_STOP_WORDS})\b)"
    rf"{_FREE_WORD}){{0,3}}"
    r"(?:\s*\((?:m|w|d|f|x|h|gn|/|\*|\s){1,9}\))?"
)
#: German titles are nouns, written with a capital ("Projektingenieur Photovoltaik"),
#: so a lower-case word after them ("anbieten") ends the title
_ROLE_DE = (
    r"[A-ZÄÖÜ][\w/-]*(?:[^\S\n]+(?:(?:für|und|im|in|der|des|&|/|-)[^\S\n]+)?"
    r"(?!(?:Ihr|Ihre|Ihrem|Ihren|Ihrer|Sie|Wir|Uns|Ihnen|Dein|Deine|Du|Euch)\b)"
    r"(?:[A-ZÄÖÜ][\w/-]*|\((?:m|w|d|f|x|h|gn|/|\*|\s){1,9}\))){0,5}(?![\w(])"
)
_ROLE_STOP = (
    r"(?=\s+(?:position|role|job|vacancy|opening|at|with|in|bei|chez|bij|en|para|pour|"
    r"for|and|has|was|is|which|that|we|you|on|auprès|dans|de\s+la\s+soci|op|van\s+de)\b|"
    r"\s*[,.!?;:\"”()\n]|\s*$)"
)
_ROLE_BODY = [
    r"\bjob\s*[\"“](?P<r>[^\"”\n]{2,80})[\"”]",
    rf"\b(?:position|role|post|vacancy|job)\s*(?:of|as|:)\s*(?:the\s+|an?\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\b(?:application|applying|applied|apply|interview|interest|candidacy)\s+(?:for|to)\s+(?:the\s+|our\s+|an?\s+)?(?:(?:position|role|post|job)\s+(?:of\s+)?)?(?P<r>{_ROLE_CAP})\s+(?:position|role|job|vacancy|opening)\b",
    rf"\b(?:application|applying|applied|candidacy|interview|interviewing)\s+(?:for|to)\s+(?:the\s+|our\s+|an?\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\b(?:the|our|this)\s+(?P<r>{_ROLE_CAP})\s+(?:position|role|vacancy|opening)\b",
    r"\bfollowing\s+(?:vacancy|position|role)\s*:\s*(?P<r>[^\n.]{2,80}?)\s*(?:\.\s|\.$|\n|$)",
    r"\b(?:application|applying|applied)\s+for\s*:\s*\n+\s*(?P<r>[^\n]{2,80})\n",
    # "for the job Credit Risk Analyst (Req ...)", "join Ironbark as a Site Engineer",
    # "applying to be our Founding Product Designer"
    rf"\b(?:for|to)\s+the\s+(?:job|position|role|vacancy|opening|post)\s+(?:of\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\b(?:join|joining|work|working|apply|applying|applied|start|starting|welcome\s+you|hire\s+you|on\s+board)\b[^.!?\n]{{0,60}}?\bas\s+(?:an?\s+|our\s+(?:new\s+)?|the\s+(?:new\s+)?)(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\bto\s+be\s+(?:an?|our|the)\s+(?:new\s+|next\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    # a labelled field on its own line ("Stelle: Sachbearbeiter (m/w/d)")
    r"\b(?:stelle|poste|functie|vacature|puesto|vacante|job\s*title|job|position|role)[^\S\n]*:[^\S\n]*(?P<r>[^\n:]{2,80}?)\n",
    # German / French / Dutch / Spanish
    rf"\b(?:bewerbungen|bewerbung|bewerben)\s+(?:als|für\s+die\s+(?:stelle|position)\s+(?:als\s+)?|auf\s+die\s+(?:stelle|position)\s+(?:als\s+)?)\s*(?P<r>{_ROLE_DE}|{_ROLE_FREE})",
    rf"\b(?:stelle|position)\s+(?:als|zum|zur)\s+(?P<r>{_ROLE_DE}|{_ROLE_FREE})",
    rf"\b(?:stelle|position)\s+(?P<r>{_ROLE_DE})",
    rf"\b(?:poste|emploi)\s+(?:de|d['’]|:)\s*(?P<r>{_ROLE_FREE})",
    rf"\boffre\s+(?:de\s+|d['’]|:\s*)?(?P<r>{_ROLE_FREE})",
    rf"\b(?:functie|vacature|rol)\s+(?:van|als|:)\s*(?P<r>{_ROLE_FREE})",
    rf"\b(?:functie|vacature)\s+(?P<r>{_ROLE_CAP})(?![\w'’-])",
    rf"\bsollicitatie\s+(?:als|voor\s+(?:de\s+)?(?:functie\s+(?:van\s+)?|vacature\s+)?)\s*(?P<r>{_ROLE_FREE})",
    rf"\b(?:puesto|vacante|posici[oó]n)\s+(?:de|:)\s*(?P<r>{_ROLE_FREE})",
    rf"\b(?:candidatura|solicitud|postulaci[oó]n)\s+(?:para|a)\s+(?:el\s+puesto\s+de\s+|la\s+(?:oferta|vacante)\s+(?:de\s+)?)?(?P<r>{_ROLE_FREE})",
    rf"\boferta\s+(?:de\s+)?(?P<r>{_ROLE_FREE})",
]
_ROLE_SUBJECT = [
    r"\b(?:application|applying|applied|candidature|bewerbung|sollicitatie|candidatura)\s*(?:for|to|:|als|pour|voor|para|-|–)\s*(?:the\s+|le\s+poste\s+de\s+|de\s+functie\s+|el\s+puesto\s+de\s+)?(?P<r>[^\[\]]{2,80}?)(?:\s+(?:position|role|at|with|bei|chez|bij)\b.*)?\s*$",
    r"\binterview\s+(?:for|invitation\s*[-–:])\s*(?:the\s+)?(?P<r>[^\[\]]{2,80}?)(?:\s+(?:position|role|at|with)\b.*)?\s*$",
    rf"[-–:|]\s*(?P<r>{_ROLE_CAP})\s+(?:position|role)\s*$",
    r"\b(?:update|status\s+update)\s*[-–:]\s*(?P<r>[^\[\]]{2,80}?)\s*$",
    rf"\bfor\s+(?:your|the|our)\s+(?P<r>{_ROLE_CAP})\s+(?:vacancy|position|role|opening)\b",
    rf"(?i:application|candidate|interview|vacancy|position|role|follow|candidature|candidatura|bewerbung|sollicitatie)[^-–:|]*?(?:\s[-–|]|:)\s*(?P<r>{_ROLE_CAP})\s*$",
]
_ROLE_BODY_RE = [_Cue.of(p) for p in _ROLE_BODY]
_ROLE_SUBJECT_RE = [
    re.compile(p) if _ROLE_CAP in p else re.compile(p, re.IGNORECASE) for p in _ROLE_SUBJECT
]
_ROLE_BAD = re.compile(
    r"(?i)^(?:the|a|an|this|that|your|our|position|role|job|opening|vacancy|interview|"
    r"application|future|other|similar|us|you|it|all|more|further|employment|team|company|"
    r"has been received|received|submitted|sent|emploi|empleo|trabajo|stelle|job offer|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|next week)$|@|"
    r"https?:|\b(?:thank|received|submitted|update|status|we|our|your)\b"
)


#: "vaga de", "Job Title:", "Deine Bewerbung für", "candidatura per" before a title
_ROLE_PREFIX = re.compile(
    r"(?i)^(?:(?:your|deine|ihre|votre|uw|je|tu|su|sua)\s+)?(?:(?:application|bewerbung|"
    r"candidature|candidatura|sollicitatie|aggiornamento\s+candidatura|inscri[çc][ãa]o)\s+"
    r"(?:for|to|für|als|auf|pour|per|para|voor|de|a)\s+|(?:vaga|vacature|vacante|stelle|poste|"
    r"puesto|job\s*title|position|posizione)\s*(?:de\s+|d['’]|:\s*|\s))"
)
#: a reference in brackets or after a dash ("(vacature 1042)", "- 244748", "(FTW-APP-0193)")
_ROLE_REFERENCE = re.compile(r"\s*(?:\((?=[^()]*\d)[^()]{1,40}\)|[-–#]\s*[A-Z]{0,6}-?\d[\w-]*)\s*$")


#: a gender marker is no part of the title: "(m/w/d)", "(f/m/x)", "(H/F)", "m/w/d", "(all genders)"
GENDER_MARKER = re.compile(
    r"(?i)\s*(?:\((?:[mwdfxhvgn]|div|inter|i|gn)(?:\s*[/|,*]\s*(?:[mwdfxhvgn]|div|inter|i))+\)|"
    r"\b[mwfh]\s*/\s*[wfmh]\s*/\s*[dxi]\b|\((?:all\s+genders|alle\s+geschlechter)\))"
)


def _clean_role(value: str) -> str:
    value = _clean_name(value)
    value = GENDER_MARKER.sub("", value).strip()
    value = _ROLE_PREFIX.sub("", value)
    value = re.sub(r"^(?:the|a|an|le|la|el|die|der|de)\s+", "", value, flags=re.IGNORECASE)
    value = re.sub(r"\s+(?:position|role|job|vacancy|opening)$", "", value, flags=re.IGNORECASE)
    value = _ROLE_REFERENCE.sub("", value)
    return value.strip(" -–:")


def _on_one_line(message: Message, match: re.Match[str], value: str) -> str:
    """A title found in the flattened text ends at the real line break: a card's next
    label ("Location", "Startdatum", "Reference") is not part of it."""
    start, end = match.span("r")
    raw = message.text[start:end]
    if "\n" not in raw:
        return value
    first, rest = raw.split("\n", 1)
    line_start = message.text.rfind("\n", 0, start) + 1
    wrapped = start - line_start + len(first) >= 60  # a long line wraps a sentence
    if wrapped or not rest.strip()[:1].isupper():
        return value  # "... el puesto de Analista\nde Datos": one title, wrapped
    return _clean_role(first)


def role(message: Message, flat: str, company_name: str | None) -> tuple[str | None, str]:
    """(role, evidence) from body wording, then the subject."""
    body = flat[:20_000]
    # "Your application for:\n\nData Analyst" needs the real line breaks
    sources = [
        (pattern, message.text[:20_000] if pattern.tail.pattern.endswith(r")\n") else body)
        for pattern in _ROLE_BODY_RE
    ]
    company_key = squash(company_name or "")
    lows = {id(text): lowered(text) for text in {id(t): t for _, t in sources}.values()}
    for pattern, text in sources:
        for match in pattern.finditer(text, lows[id(text)]):
            value = _clean_role(match.group("r"))
            if text is body:
                value = _on_one_line(message, match, value)
            value = _without_company(value, company_name)
            if _good_role(value, company_key):
                return value, f"role from body: {value!r}"
    for match in _TITLE_AFTER.finditer(body):
        value = _on_one_line(message, match, _clean_role(match.group("r")))
        value = _without_company(value, company_name)
        if _title_like(value) and _good_role(value, company_key):
            return value, f"role from body (a job title): {value!r}"
    subject = re.sub(r"^(?:(?:re|fw|fwd|aw|wg|tr|sv)\s*:\s*)+", "", message.subject, flags=re.I)
    for subject_pattern in _ROLE_SUBJECT_RE:
        found = subject_pattern.search(subject)
        if found:
            value = _clean_role(found.group("r"))
            value = (
                re.sub(r"\s*[-–|]\s*[^-–|]*$", "", value)
                if company_key and squash(value).endswith(company_key)
                else value
            )
            if _good_role(value, company_key):
                return value, f"role from subject: {value!r}"
    side = _subject_side(subject, company_key)
    if side:
        return side, f"role from subject: {side!r}"
    # a bare job title: a reply's subject ("Re: Machine Learning Engineer"), or the
    # line next to the employer's name on a job board's card
    for part in re.split(r"\s+[-–|]\s+", subject):
        value = part.strip()
        if _title_like(value) and _good_role(value, company_key):
            return value, f"role from subject (a job title): {value!r}"
    card = _card_title(message.text[:20_000], company_name)
    if card and _good_role(card, company_key):
        return card, f"role from the job card: {card!r}"
    return None, ""


#: subject words that name a step of the process, not the job
_PROCESS = re.compile(
    r"(?i)\b(?:applica|candida|bewerb|sollicit|inscri|postula|solicitud|interview|entrevista|"
    r"entretien|colloquio|gesprek|gespr[äa]ch|einladung|invit|seletiv|selectiv|selezion|"
    r"process|proceso|verfahren|case|assessment|test|update|status|received|receipt|"
    r"confirm|best[äa]tig|eingang|recebid|ricevut|recibid|re[çc]u|ontvangen|aggiornament|"
    r"actualiza|atualiza|esito|outcome|offer|angebot|offre|oferta|aprovad|agendad|scheduled|"
    r"next\s+step|pr[óo]xima\s+etapa|remind|erinner|rappel|herinner|recordatorio|lembrete)"
)
#: endings of job titles across the five languages and their neighbours ("Desenvolvedor",
#: "Docente", "Eletricista", "Werkstudent", "Istruttrice", "Pflegefachkraft")
_TITLE_ENDING = re.compile(
    r"(?i)(?:or|er|eur|euse|ista|ist|ente|ante|ent|ero|eiro|era|eira|ora|ice|ata|ato|kraft|"
    r"leiter|leiterin|in|ier|i[èe]re|ien|ienne|ar|ario|aria|ário|ária|ant|ent|ive|if)$"
)


def _subject_side(subject: str, company_key: str) -> str | None:
    """'<a step of the process> - <title>' (any order, any of - – — | :): the title side.

    "Confirmação de Inscrição - Analista de Dados", "Entrevista Agendada - Desenvolvedor
    Full Stack", "Invitation à un entretien – Chargé(e) de communication"."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|:\s+", subject) if p.strip()]
    if len(parts) < 2 or not any(_PROCESS.search(p) for p in parts):
        return None
    for part in parts:
        if _PROCESS.search(part) or (company_key and company_key in squash(part)):
            continue
        value = _clean_role(part)
        words = value.split()
        heads = sender_data().title_heads
        titled = any(
            w.lower().strip(".,()") in heads or _TITLE_ENDING.search(w.strip(".,()")) for w in words
        )
        if (
            1 <= len(words) <= 8
            and titled
            and value[:1].isupper()
            and not re.search(r"[!?]|\d{3,}", value)
            and _good_role(value, company_key)
        ):
            return value
    return None


#: "... selection process for Assistant Store Manager": a title-like run after for / as
_TITLE_AFTER = re.compile(
    rf"\b(?:[Ff]or|[Aa]s)\s+(?:the\s+|an?\s+|our\s+)?(?P<r>{_ROLE_CAP})(?=\s*[,.!?;:()\n]|\s*$)"
)


def subject_title(subject: str) -> str | None:
    """A bare job title in a subject ("Re: Machine Learning Engineer", "X - Data Analyst")."""
    subject = re.sub(r"^(?:(?:re|fw|fwd|aw|wg|tr|sv)\s*:\s*)+", "", subject, flags=re.I)
    for part in re.split(r"\s+[-–|]\s+", subject):
        if _title_like(part.strip()):
            return part.strip()
    return None


_TITLE_LINE = re.compile(r"[A-ZÀ-Þ][\w/&+#'’(). -]{1,79}")


def _title_like(value: str) -> bool:
    """'Senior Motion Designer': capitalised, short, ending in a job-title head noun."""
    value = re.sub(r"\s*\((?:m|w|d|f|x|h|gn|/|\*|\s){1,9}\)\s*$", "", value)
    words = value.split()
    if not 1 <= len(words) <= 7 or not _TITLE_LINE.fullmatch(value):
        return False
    return words[-1].lower().strip(".,()") in sender_data().title_heads


def _card_title(text: str, company_name: str | None) -> str | None:
    """A job board's card: the title on the line before or after the employer's line."""
    if not company_name:
        return None
    lines = [line.strip() for line in text.split("\n")]
    for index, line in enumerate(lines):
        if not line.startswith(company_name):
            continue
        rest = line[len(company_name) :]
        if rest and not re.match(r"\s*(?:[-–·|,(]|$)", rest):
            continue
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(lines) and _title_like(lines[neighbour]):
                return lines[neighbour]
    return None


def _without_company(value: str, company_name: str | None) -> str:
    """'Wrenfield Consulting Business Analyst Scheme' -> 'Business Analyst Scheme';
    'Recepcionista de hotel de Marea Azul' -> 'Recepcionista de hotel'."""
    if not company_name or not value:
        return value
    first = company_name.split()[0]
    if value.startswith(company_name + " "):
        return value[len(company_name) + 1 :]
    cut = re.search(rf"\s+(?:de|at|bei|chez|en|bij|à|for|with|del)\s+{re.escape(first)}\b", value)
    return value[: cut.start()] if cut else value


def _good_role(value: str, company_key: str) -> bool:
    if not value or len(value) < 2 or len(value) > 80:
        return False
    if _ROLE_BAD.search(value):
        return False
    if company_key and squash(value) == company_key:
        return False
    return len(value.split()) <= 10


# --------------------------------------------------------------------------- details

_REQ = re.compile(
    r"\b(?:req(?:uisition)?|job|reference|ref|posting|vacancy|position|stellen|referenz|"
    r"kennziffer|r[ée]f[ée]rence|referentie|vacaturenummer|referencia)\.?\s*"
    r"(?:id|#|no\.?|number|nr\.?|code|nummer|num[ée]ro)?\s*[:#]?\s*"
    r"(?P<id>[A-Z]{0,5}[-_]?\d[\w-]{2,20})\b",
    re.IGNORECASE,
)
_REQ_BARE = re.compile(r"\b(?P<id>(?:JR|REQ|R|JOB)-?\d{4,10})\b")


def requisition_id(message: Message, flat: str) -> str | None:
    for source in (message.subject, flat[:20_000]):
        match = _REQ.search(source) or _REQ_BARE.search(source)
        if match and re.search(r"\d", match.group("id")):
            value = match.group("id")
            if not re.fullmatch(r"(?:19|20)\d\d", value):  # a year is not an id
                return value
    return None


_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_TEAM_LOCAL = re.compile(r"^(?:careers?|jobs?|recruit\w*|talent\w*|hr|hiring|people|apply|info)$")


def contact(message: Message, info: SenderInfo, flat: str) -> tuple[Address | None, str]:
    """A human mailbox: Reply-To, a personal From, an address in the text, a team From."""
    own = {a.email.lower() for a in message.to + message.cc}

    def human(address: Address) -> bool:
        if address.email.lower() in own or is_no_reply(address.email):
            return False
        return _match_ats(address.domain) is None

    for address in message.reply_to:
        if human(address):
            return address, f"contact: Reply-To {address.email}"
    sender = message.sender
    personal_from = (
        sender is not None and human(sender) and not _TEAM_LOCAL.match(sender.local_part)
    )
    if personal_from and sender is not None:
        return sender, f"contact: From {sender.email}"
    for match in _EMAIL.finditer(flat[:20_000]):
        email = match.group(0).rstrip(".")
        address = Address(name="", email=email)
        if human(address) and not email.lower().startswith(("candidate@",)):
            return address, f"contact: address in the text {email}"
    if sender is not None and human(sender):
        return sender, f"contact: From {sender.email}"
    return None, ""


_CLOSING = re.compile(
    r"(?im)^\s*(?:best(?:\s+regards|\s+wishes)?|kind\s+regards|warm\s+regards|regards|sincerely|"
    r"thanks|thank\s+you|cheers|yours\s+(?:sincerely|truly)|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|"
    r"viele\s+gr[üu](?:ß|ss)e|cordialement|bien\s+[àa]\s+vous|met\s+vriendelijke\s+groet(?:en)?|"
    r"saludos(?:\s+cordiales)?|atentamente|you\s+will\s+soon\s+be\s+contacted\s+by|your\s+contact)"
    r"\s*[,:!.]?\s*\n+\s*(?P<n>[^\n]{3,60})"
)
_PERSON = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2}$")


def recruiter_name(message: Message, company_name: str | None) -> str | None:
    sender = message.sender
    generic = sender_data().generic_names
    key = squash(company_name or "")
    if sender is not None and sender.name and not is_no_reply(sender.email):
        display = _PAREN_NAME.sub("", sender.name).strip()
        if (
            _PERSON.match(display)
            and not any(w.lower() in generic for w in display.split())
            and squash(display) != key
            and (not key or key not in squash(display))
        ):
            return display
    for match in _CLOSING.finditer(message.text[:20_000]):
        name = match.group("n").strip().rstrip(",")
        if (
            _PERSON.match(name)
            and not any(w.lower() in generic for w in name.split())
            and squash(name) != key
        ):
            return name
    return None


_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?!\w)"
)


def phone(flat: str) -> str | None:
    for match in _PHONE.finditer(flat[:20_000]):
        value = match.group(0).strip()
        digits = re.sub(r"\D", "", value)
        if not 9 <= len(digits) <= 15:
            continue
        if re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", value):  # a date
            continue
        before = flat[max(0, match.start() - 40) : match.start()].lower()
        if value.startswith("+") or re.search(r"(phone|tel|call|mobile|cell|fon|t[ée]l|:)", before):
            return value
    return None


_URL = re.compile(r"https?://[^\s<>\"')\]]{4,500}")
_PORTAL_HINT = re.compile(
    r"(?i)(candidate|career|jobs?|apply|application|portal|status|login|sign-?in|account|"
    r"interview|bewerb|candidat|sollicit|recruit|talent|hiring|myworkday|greenhouse|lever|"
    r"icims|taleo|workable|smartrecruiters|ashby|teamtailor|recruitee|personio)"
)
_NOT_PORTAL = re.compile(
    r"(?i)(unsubscribe|privacy|linkedin\.com/company|facebook|twitter|"
    r"instagram|youtube|mailto:|\.png|\.jpg|\.gif|tracking|optout|opt-out)"
)


def portal_url(flat: str) -> str | None:
    best = None
    for match in _URL.finditer(flat[:50_000]):
        url = match.group(0).rstrip(".,;:!?")
        if _NOT_PORTAL.search(url):
            continue
        if _PORTAL_HINT.search(url):
            return url
        best = best or url
    return best


# --------------------------------------------------------------------------- dates

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


_APPLIED = re.compile(
    r"(?i)\b(?:submitted|applied|received|sent|eingegangen|reçue|ontvangen|recibida)\s+"
    r"(?:on|am|le|op|el)\s+(?P<rest>[^.\n]{4,40})"
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
#: run over lower-cased text (IGNORECASE is several times slower here)
_WINDOW = re.compile(
    rf"\b(?:within|in\s+the\s+next|over\s+the\s+next|in|after|innerhalb(?:\s+von)?|binnen|"
    rf"in\s+den\s+n[äa]chsten|dans\s+les|sous|d['’]ici|dans\s+un\s+d[ée]lai\s+de|en\s+las\s+pr[óo]ximas|"
    rf"en\s+los\s+pr[óo]ximos|dentro\s+de|en\s+un\s+plazo\s+de)\s+(?:the\s+next\s+|about\s+|approximately\s+|"
    rf"roughly\s+|ca\.\s+|etwa\s+)?(?P<num>{_NUM})(?:\s*\(\d+\))?\s+{_UNIT}"
)
_WINDOW_TOPIC = re.compile(
    r"(?i)(hear|contact|respond|response|reply|get\s+back|review|answer|update|decision|feedback|"
    r"touch|notify|inform|melden|r[üu]ckmeldung|antwort|nachricht|r[ée]ponse|reviendr|contacter|"
    r"reactie|bericht|horen|respuesta|contactar|noticias|assess|evaluat|shortlist|process)"
)
_UNTIL = re.compile(
    r"(?i)\b(?:until|till|through|by|before|after\s+the\s+closing\s+date\s+(?:of|on)|closing\s+date\s+(?:of|on|is)|"
    r"bis\s+(?:zum\s+)?|jusqu['’]au|avant\s+le|tot|hasta\s+el)\s+"
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
    from assistant.core.nofollowup import sentence_span

    body = flat[:20_000]
    for match in _WINDOW.finditer(lowered(body)):
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
