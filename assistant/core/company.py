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
from assistant.core.company_choice import (
    agrees,
    choose,
    find_in_text,
    same_brand,
    spells_domain,
)
from assistant.core.display_company import (  # PAREN_NAME, clean_name: for contacts, role
    PAREN_NAME as PAREN_NAME,
)
from assistant.core.display_company import (
    clean_name,
    display_company,
    own_name,
    person_like,
    plausible_company,
    reply_to_company,
    strip_team_words,
)
from assistant.core.job_title import title_like
from assistant.core.legal_line import legal_names
from assistant.core.models import Message
from assistant.core.name_cue import NAME, Cue
from assistant.core.nofollowup import lowered
from assistant.core.senders import (
    LEGAL_SUFFIX,
    SenderInfo,
    board_brand,
    domain_label,
    sender_data,
    squash,
)
from assistant.core.signature import own_text, signed_names
from assistant.core.subject_prefix import strip_all

#: (pattern, how it names the employer): "" plainly; "relay" in a platform's words,
#: passing on what the employer did ("sent to", "viewed by", "rejected by"); "weak" by a
#: preposition alone or a German noun (a one-word name needs more, see below)
_COMPANY_BODY: list[tuple[str, str]] = [
    # at / with / to / join / in <Company>
    (
        rf"\b(?:position|role|job|vacancy|opening|opportunity|post|interview|career|internship|"
        rf"apprenticeship|team|employment)\s+(?:here\s+)?(?:at|with)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:position|role)\s+of\s+[^.!?\n]{{1,60}}?\s+(?:at|with|in)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:work|working)\s+(?:here\s+)?(?:at|with|for)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:interest\s+in|apply(?:ing)?\s+to\s+join|applying\s+(?:to|at|with)|joining|join|"
        rf"applied\s+(?:to|at|with)|application\s+(?:to|at|with)|considering|on\s+behalf\s+of|"
        rf"working\s+(?:at|for|with)|career\s+at|careers\s+at)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"[\"”]\s+(?:at|with|bei|chez|bij)\s+(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:application|cv|resume|r[ée]sum[ée]|profile)\s+(?:was|has\s+been|is|have\s+been)\s+"
        rf"(?:successfully\s+)?(?:sent|submitted|forwarded|delivered|shared)\s+to\s+(?:the\s+)?(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:the|our)\s+(?P<c>{NAME})\s+(?:team|family|hiring\s+team|recruiting\s+team|"
        rf"talent\s+team|hr\s+team|recruitment\s+team)\b",
        "",
    ),
    # "The following items were sent to <Company>", "viewed by <Company>"
    (
        rf"\b(?:sent|forwarded|submitted|delivered|transmitted|passed\s+on)\s+to\s+(?:the\s+)?(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:viewed|seen|reviewed|opened|downloaded)\s+by\s+(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\ban\s+(?:die\s+|den\s+)?(?P<c>{NAME})\s+(?:übermittelt|[üu]bermittelt|versendet|gesendet|"
        rf"weitergeleitet|verschickt)\b",
        "relay",
    ),
    (
        rf"\b(?:transmise|envoy[ée]e|adress[ée]e)\s+(?:à|a|chez)\s+(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:verstuurd|doorgestuurd|gestuurd)\s+(?:naar|aan)\s+(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:enviad[oa]|remitid[oa])\s+a\s+(?P<c>{NAME})",
        "relay",
    ),
    # "rejected by <Company>" in a platform's words, in the six languages
    (
        rf"\b(?:rejected|declined|turned\s+down|afgewezen|abgelehnt|refus[ée]e?|rechazad[oa]|"
        rf"rifiutat[oa]|recusad[oa]|reprovad[oa])\s+(?:door|by|von|par|por|da|pela|pelo|dalla|dal)\s+"
        rf"(?:the\s+|de\s+|la\s+|der\s+)?(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:submitting|uploading|sending)\s+(?:your\s+|a\s+)?(?:application|cv|resume|"
        rf"r[ée]sum[ée]|profile|details)\s+(?:to|with)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    # applying to / working at <Company>, in de/fr/es/it/pt/nl
    (
        rf"\b(?:werken\s+bij|arbeiten\s+bei|travailler\s+chez|candidature\s+chez|"
        rf"candidature\s+aupr[èe]s\s+de|candidatura\s+presso|sollicitatie\s+bij|bewerbung\s+bei|"
        rf"trabalhar\s+na|trabalhar\s+no|trabajar\s+en|lavorare\s+presso)\s+"
        rf"(?:der\s+|dem\s+|la\s+|l['’]|het\s+|de\s+)?(?P<c>{NAME})",
        "",
    ),
    # "we at <Company>", "au sein de <Company>", "formar parte de", "far parte di", "deel
    # uitmaken van", "l'intérêt que vous portez à <Company>"
    (
        rf"\b(?:we\s+at|us\s+at|everyone\s+at|everybody\s+at|all\s+of\s+us\s+at|"
        rf"au\s+sein\s+d[eu]|au\s+sein\s+d['’]|formar\s+parte\s+de|far\s+parte\s+d[ie]|"
        rf"deel\s+uit\s+(?:te\s+)?maken\s+van|que\s+vous\s+(?:portez|manifestez)\s+(?:à|a|pour)|"
        rf"que\s+vous\s+avez\s+port[ée]e?\s+(?:à|a|pour))[^\S\n]*+"
        rf"(?:(?:the|la|le|el|il|del|della|het|de|l['’])[^\S\n]*+)?"
        rf"(?:(?:soci[ée]t[ée]|entreprise|empresa|azienda|groupe|grupo|gruppo)[^\S\n]++)?(?P<c>{NAME})",
        "",
    ),
    # having applied to <Company>, in the seven languages: "bei X beworben", "postulé chez
    # X", "gesolliciteerd bij X", "postularte a X", "candidato presso X", "se candidatar à
    # X" (a job title there is no employer)
    (
        rf"\b(?:postul[ée]e?|postuler|postulez|postulant|gesolliciteerd|solliciteren|"
        rf"solliciteerde|postular(?:te|se|me)?|postulado|postulada|postulaste|aplicar|aplicado|"
        rf"aplicaste|candidatura|candidat[oa]|candidarti|candidarsi|candidarvi|candidatar(?:-se)?|"
        rf"candidatou|candidatado|candidatada|candidataste)\s+(?:(?:a|à|ao|na|no|en|bij|chez|"
        rf"aupr[èe]s\s+de|presso|para\s+a|junto\s+[àa]|junto\s+da|por)\s+)"
        rf"(?:(?:la|el|l['’]|a|o|de|het)\s*)?(?P<c>{NAME})",
        "applied",
    ),
    # "bei X beworben", "bei der X GmbH zu bewerben": German names the employer before the verb
    (
        rf"\b(?:bei)\s+(?:der\s+|dem\s+|die\s+)?(?P<c>{NAME})(?=[^\S\n]+(?:beworben|"
        rf"zu\s+bewerben|bewerben|beworben\s+haben))",
        "",
    ),
    # "opportunities at X", "open positions with X"
    (
        rf"\b(?:opportunities|positions|roles|jobs|vacancies|openings|careers)\s+(?:at|with)\s+"
        rf"(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    # "poste de <title> chez <Company>", "puesto de <title> en <Company>", "vaga de <title>
    # na <Company>", "Stelle als <title> bei <Company>". The title starts and ends with a
    # non-space and the gaps are possessive: the three cannot share out a run of spaces
    # (which made hostile mail take cubic time)
    (
        rf"\b(?:poste|puesto|vaga|posizione|posici[óo]n|functie|stelle|vacature|vacante|offre|"
        rf"oferta)\s++(?:de\s++|di\s++|d['’]|van\s++|als\s++|como\s++|du\s++|da\s++|do\s++)?"
        rf"\S[^.!?\n]{{0,59}}?(?<!\s)\s++(?:chez|bei|bij|presso|na|no|en|auprès\s+de)\s+"
        rf"(?:der\s+|la\s+|de\s+|l['’]|el\s+|a\s+|o\s+)?(?P<c>{NAME})",
        "weak",
    ),
    # interest in / joining <Company> (one-word heads: their needles stay specific); in
    # French, Spanish, Italian, Portuguese and Dutch a capitalised word there is a name
    (
        rf"\b(?:interesse|intérêt|interet|interés|interes|rejoindre|unirte|unirse|entrare|fazer)"
        rf"\s+(?:pour|port[ée]\s+[àa]|en|por|per|verso|em|na|no|pela|pelo|in|a|parte\s+d[ao])\s+"
        rf"(?:la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+|a\s+|o\s+|het\s+|de\s+)?(?P<c>{NAME})",
        "",
    ),
    # in German a noun is capitalised too: "Interesse an der Stelle"
    (
        rf"\b(?:interesse|rejoindre|unirte|unirse|entrare)(?:\s+(?:an|f[üu]r))?\s+"
        rf"(?:der\s+|dem\s+|die\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+|a\s+|o\s+|het\s+|de\s+)?"
        rf"(?P<c>{NAME})",
        "weak",
    ),
    # weakest: a preposition alone ("bei", "chez")
    (
        rf"\b(?:bei|chez|bij|en|f[üu]r\s+die|pour|voor)\s+(?:der\s+|la\s+|de\s+)?(?P<c>{NAME})\b",
        "weak",
    ),
]
#: "weak" patterns: German nouns are capitalised too ("bei Fragen", "Interesse an der
#: Stelle"), and "en CDI" is no employer, so a one-word name from them needs a legal form
#: or the sender's slug
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
    # "Tu candidatura en Grupo Serrano", "La tua candidatura presso Ferretti", "... na Vale"
    rf"(?i:application|bewerbung|candidature|candidatura|sollicitatie|postulaci[óo]n|solicitud)"
    rf"\s+(?i:bei|chez|aupr[èe]s\s+de|bij|en|presso|na|no|em|voor)\s+"
    rf"(?:(?i:la|le|el|de|het|der|die|a|o)\s+|[lL]['’])?(?P<c>{NAME})\s*(?:$|[-–|:(])",
]
#: "Acme: your application", "Acme - Ihre Bewerbung": a name before the subject's topic
_SUBJECT_LEAD = re.compile(
    rf"^(?P<c>{NAME})[^\S\n]*+(?::|\||[-–—](?=[^\S\n]))[^\S\n]*+(?:(?i:your|ihre?|deine?|"
    rf"votre|ta|je|uw|tu|su|la\s+tua|a\s+sua|sua|o\s+seu)[^\S\n]+)?(?i:application|bewerbung|"
    rf"candidature|candidatura|sollicitatie|postulaci[óo]n|solicitud|interview|"
    rf"vorstellungsgespr[äa]ch|entretien|sollicitatiegesprek|entrevista|colloquio)"
)
_COMPANY_BODY_RE = [(Cue.of(p), how) for p, how in _COMPANY_BODY]
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
_NAME_BEFORE = re.compile(rf"(?P<c>{NAME})[^\S\n]+$")
_COMPANY_SUBJECT_RE = [re.compile(p) for p in _COMPANY_SUBJECT]


def _slug_name(slug: str) -> str:
    slug = re.sub(r"(?i)(?<=[a-z])(inc|llc|ltd|gmbh|corp|group|plc)$", r"-\1", slug)
    parts = [p for p in re.split(r"[-_.]+", slug) if p]
    return " ".join(p.capitalize() if not p.isupper() else p for p in parts)


#: "<a title or a team> at <Company>": what follows "at" is the employer
_AT_NEXT = re.compile(
    rf"[^\S\n]+(?:at|with|bei|chez|bij|presso|na|en)[^\S\n]+(?:the[^\S\n]+)?(?P<c>{NAME})"
)


def _after_at(text: str, match: re.Match[str], board: bool) -> str | None:
    """ "interest in Chip Design at Acme", "Your application to Platform Engineer at
    Halvard Systems": the captured name was a title or a team; the employer follows. A job
    board fills its template with the employer's whole name, team words and all."""
    found = _AT_NEXT.match(text, match.end("c"))
    if found is None:
        return None
    return _trim_company_tail(clean_name(found.group("c")), board)


def _viewed_by(text: str, low: str) -> list[str]:
    found: list[str] = []
    if not any(verb in low for verb in ("viewed", "opened", "downloaded", "looked at")):
        return found  # ("reviewed" holds "viewed")
    for verb in _VIEWED.finditer(low):
        before = _NAME_BEFORE.search(text, max(0, verb.start() - 80), verb.start())
        if before:
            name = _trim_company_tail(clean_name(before.group("c")))
            if plausible_company(name):
                found.append(name)
    return found


def _personal(message: Message) -> bool:
    """A person's own address: 'Noor van Leeuwen' <noor@...>."""
    sender = message.sender
    return bool(
        sender and sender.name and person_like(sender.name) and own_name(sender.name, sender)
    )


def _unteamed(name: str, label: str) -> str:
    """The name without team words, unless they spell the domain ("Tailspin Selezione"
    <...@tailspin-selezione.example>)."""
    stripped = strip_team_words(name)
    if spells_domain(name, label, exact=False) and not spells_domain(stripped, label, exact=False):
        return name
    return stripped


def company(
    message: Message, info: SenderInfo, flat: str, *, use_subject: bool = True
) -> tuple[str | None, str]:
    """(company, evidence). Body wording, then subject, signature, display name,
    domain/tenant. ``use_subject`` is False for an auto-reply: its subject is the
    candidate's own, and its domain, even unwritten, names the employer."""
    candidates: list[tuple[str, str]] = []  # (name, source)
    slug = squash(info.tenant or "")
    if not slug and info.employer_domain:
        slug = squash(domain_label(info.employer_domain))
    platform = squash(info.ats or "")
    relayed = False  # a platform's words name another employer ("rejected by X")
    head_text = flat[:20_000]
    head_low = lowered(head_text)
    for pattern, how in _COMPANY_BODY_RE:
        if not pattern.may_match(head_low):
            continue  # its keywords are absent (most cues): not even a generator
        for match in pattern.finditer(head_text, head_low, screened=True):
            name = _after_at(head_text, match, info.board)
            if name is None and _ROLE_NOUN_AFTER.match(head_text, match.end("c")):
                continue  # "interest in the Data Analyst opening": a job title
            name = name or _trim_company_tail(clean_name(match.group("c")), info.board)
            if how == "weak" and not _strong_name(name, slug):
                continue
            if how == "applied" and title_like(name, loose=True):
                continue  # "postularte a Analista de Datos": the job, not the employer
            if plausible_company(name):
                candidates.append((name, "body"))
                if how == "relay" and not _same_key(name, slug):
                    relayed = True
    for pattern in _TITLE_AT_RE:  # "apply for <title> at <Company>": only with "at"
        for match in pattern.finditer(head_text, head_low):
            name = _after_at(head_text, match, info.board)
            if name and plausible_company(name):
                candidates.append((name, "body"))
    for name in _viewed_by(head_text, head_low):
        candidates.append((name, "body"))
    subject = message.subject if use_subject else ""
    for subject_pattern in _COMPANY_SUBJECT_RE:
        found = subject_pattern.search(subject)
        if found:
            name = _after_at(subject, found, info.board) or _trim_company_tail(
                clean_name(found.group("c")), info.board
            )
            if plausible_company(name):
                candidates.append((name, "subject"))
    lead = _SUBJECT_LEAD.match(strip_all(subject))
    if lead:
        name = clean_name(lead.group("c"))
        # a job title leads some subjects too ("Data Analyst: your application"): the
        # name counts when the text or the sender's slug says it is the employer's
        if plausible_company(name) and (name in message.text or agrees(name, candidates, slug)):
            candidates.append((name, "subject"))
    if info.board:  # LinkedIn, Indeed: the employer as the template writes it
        names = board_names(message.subject, message.text)
        candidates += [(n, "body") for n in names if plausible_company(n)]
    display = display_company(message, info)
    if display:
        candidates.append((display, "display name"))
    replied = reply_to_company(message, flat)
    if replied:
        candidates.append((replied, "display name"))
    label = info.tenant or domain_label(info.employer_domain or "")
    signed = [(_unteamed(clean_name(s.name), label), s.sure) for s in signed_names(message.text)]
    for name, sure in signed:
        if plausible_company(name) and (sure or agrees(name, candidates, slug)):
            candidates.append((name, "signature"))
    legal = legal_names(own_text(message.text))  # "Acme B.V." keeps its dot
    candidates += [(n, "footer") for n in legal if plausible_company(n)]
    if platform:  # the job board or ATS is not the employer ("Welcome to the Jungle")
        candidates = [(n, s) for n, s in candidates if platform not in squash(n)]
    brand = board_brand(message, info)
    if brand:  # nor is a board's own brand ("Acme Jobs" <no-reply@acme-jobs.example>)
        candidates = [
            (n, s)
            for n, s in candidates
            if s != "display name" and not same_brand(squash(n), brand)
        ]

    if relayed and slug:
        # the sender passes on what the employer did: its own name and domain are the
        # platform's ("Open Hiring" <noreply@openhiring.example>: "rejected by Contoso")
        candidates = [(n, s) for n, s in candidates if not _same_key(n, slug)]
        slug = label = ""
    if candidates:
        name, source = choose(candidates, slug, label, [n for n, _ in signed] + legal)
        return name, f"company from {source}: {name!r}"
    if info.tenant:  # an ATS tenant slug ("rhe", "anz") is a name only as the text spells it
        in_text = find_in_text(slug, flat, message)
        if in_text is None:
            return None, ""
        return in_text, f"company from ATS address: {in_text!r}"
    if info.employer_domain:
        if brand:
            return None, ""  # a job board's own domain names no employer
        label = domain_label(info.employer_domain)
        in_text = find_in_text(squash(label), flat, message)
        if in_text is None and use_subject and not _personal(message):
            # a team's mailbox that never writes the employer's name does not name it;
            # a person writing from their work address, or their auto-reply, does
            return None, ""
        name = in_text or _slug_name(label)
        return name, f"company from sender domain: {name!r}"
    return None, ""


def _same_key(name: str, slug: str) -> bool:
    """The name is the sender's slug written out, or holds it, or is held in it."""
    key = squash(LEGAL_SUFFIX.sub("", name)) or squash(name)
    return bool(slug and key and (key in slug or slug in key))


def _strong_name(name: str, slug: str) -> bool:
    """A name that stands on its own: several words, a legal form, or the sender's slug."""
    key = squash(name)
    if slug and key and (key in slug or slug in key):
        return True
    return len(name.split()) >= 2 or bool(LEGAL_SUFFIX.search(" " + name))


def _trim_company_tail(name: str, board: bool = False) -> str:
    """ "Google Staffing", "Northwind Traders Team" -> the name; "Adventure Works on July" ->
    cut. A job board's template names the employer whole ("sent to Twelve Staffing")."""
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
    while not board and len(words) > 1 and words[-1].lower() in generic | {"staffing"}:
        words.pop()
    while words and words[-1].lower() in ("&", "and", "of", "de", "the"):
        words.pop()
    return " ".join(words)
