"""Choosing the employer among the names a job mail offers, and finding how the text
spells the sender's domain (pure).

Each candidate comes with its source (body wording, subject, signature, display name).
Candidates add up by name; one that is the sender's domain or ATS slug written out wins;
a short name that another candidate or the signature writes in full is given in full.
"""

from __future__ import annotations

import re

from assistant.core.company_slug import abbreviated
from assistant.core.job_title import title_like
from assistant.core.models import Message
from assistant.core.name_cue import NAME
from assistant.core.senders import LEGAL_SUFFIX, name_key, sender_data, squash

ARTICLES = frozenset(
    "the le la les de het el los las die der das il lo gli o os".split()  # noqa: SIM905
)
#: "of" after a team word ("Equipe de Recrutamento X"); an article may begin the name
OF = frozenset({"de", "di", "da", "do", "del", "des", "du", "van", "von", "of"})


#: the separators between the parts of a slug or a domain label ("acme-group", "acme_inc")
SLUG_PARTS = re.compile(r"[-_.]+")


def spells_domain(name: str, label: str, *, exact: bool = True) -> bool:
    """The name is the domain label written out, particles aside ("Centro de Talentos" ~
    gestortalentos); unless ``exact``, it may also hold each part of a hyphenated label in
    its own order ("Primarschule Birkenweg" ~ birkenweg-schule)."""
    slug = squash(label)
    if not slug:
        return False
    words = [w for w in name.split() if w.lower() not in OF and w.lower() not in ARTICLES]
    key = squash(" ".join(words))
    if key == slug or squash(name) == slug:
        return True
    if exact:
        return False
    parts = [squash(p) for p in SLUG_PARTS.split(label) if len(p) >= 3]
    return len(parts) >= 2 and all(p in key for p in parts)


#: a footer's legal line is weakest: an unknown platform's footer names the platform; a
#: team's sign-off with no closing above it often writes the name short ("La team Kiwi")
_WEIGHT = {
    "body": 3.0,
    "subject": 2.5,
    "signature": 2.5,
    "display name": 2.0,
    "footer": 1.5,
    "sign-off": 1.5,
}


def same_brand(key: str, brand: str) -> bool:
    return len(key) >= 3 and (key in brand or brand in key)


def agrees(name: str, candidates: list[tuple[str, str]], slug: str) -> bool:
    """A name under the closing that the sender's slug or another candidate confirms."""
    key = squash(name)
    if not key:
        return False
    if slug and (key == slug or key in slug or (len(slug) >= 4 and slug in key)):
        return True
    return any(squash(other) == key for other, _ in candidates)


def _signed_in_full(name: str, signed: list[str]) -> str:
    """ "Northwind" signs "Northwind Traders": the signature has the full name, unless
    what it adds is a team, a title or a programme."""
    data = sender_data()
    for full in signed:
        if full.lower().startswith(name.lower() + " "):
            extra = [w.lower().strip("()&,") for w in full[len(name) :].split()]
            if not any(
                w in data.generic_names or w in data.title_heads or w in _NOT_NAME_WORDS
                for w in extra
            ):
                return full
    return name


def choose(
    candidates: list[tuple[str, str]], slug: str, label: str, signed: list[str]
) -> tuple[str, str]:
    """(name, source) of the best candidate; ``slug`` is the squashed ATS tenant or
    domain label, ``label`` the same as written, ``signed`` the signature's names."""
    scores: dict[str, float] = {}
    first_source: dict[str, str] = {}
    canonical: dict[str, str] = {}
    sender_named: dict[str, bool] = {}  # by name: a name offered twice is looked at once
    for index, (name, source) in enumerate(candidates):
        key = name_key(name)
        weight = _WEIGHT[source] - index * 0.01
        named = sender_named.get(name)
        if named is None:
            # the slug written out; or "Centro de Talentos" <...@centrotalentos...>,
            # "Banca Popolare del Garda" <...@bpgarda...>
            named = sender_named[name] = bool(
                (slug and key and (key == slug or key in slug or slug in key))
                or spells_domain(name, label)
                or abbreviated(name.split(), slug)
            )
        if named:
            weight += 3.0
        scores[key] = scores.get(key, 0.0) + weight
        if key not in canonical or len(name) > len(canonical[key]):
            canonical[key] = name
        first_source.setdefault(key, source)
    full_form: dict[str, str] = {}  # a short name's key -> the key of it in full
    by_words: set[str] = set()  # those that legal or trade words make sure of
    initials = {key: _initials(name) for key, name in canonical.items()}
    for short in list(scores):
        for long in list(scores):
            if long == short:
                continue
            if initials[long] == canonical[short]:
                # "NUT" and "Northvale University of Technology": one employer, written out
                scores[long] += scores[short]
                scores[short] = 0.0
            elif canonical[long].endswith(" " + canonical[short]) and short not in by_words:
                if _trade_head(canonical[long][: -len(canonical[short])].split()):
                    full_form[short] = long  # "Dolce Riva" / "Gelateria Dolce Riva"
            elif canonical[long].startswith(canonical[short] + " "):
                extra = canonical[long][len(canonical[short]) :].split()
                if _company_words(extra) or _legal_tail(extra):
                    full_form[short] = long  # "Marwick" / "Marwick Group of Companies"
                    by_words.add(short)
                elif (
                    first_source[long] != "display name"
                    and _name_words(extra)
                    and short not in by_words
                    and (short not in full_form or scores[long] > scores[full_form[short]])
                ):
                    # "Kestrel" (the sender's name) and "Kestrel Biotherapeutics" (how
                    # the mail writes the employer): the name in full
                    full_form[short] = long
                elif len(extra) >= 2 and not LEGAL_SUFFIX.search(" " + canonical[long]):
                    # "Thanks for applying to the Wrenfield Consulting Business Analyst
                    # Scheme" and "Wrenfield Consulting": the shorter one is the company (a
                    # legal name, "Nordlicht Software GmbH", is the company in full)
                    scores[short] += scores[long]
    best = max(scores, key=lambda k: scores[k])
    name = canonical[full_form[best]] if best in full_form else canonical[best]
    return _signed_in_full(name, signed), first_source[best]


def _company_words(words: list[str]) -> bool:
    """Words that only go on with a company's name ("Group of Companies", "Holdings",
    "Software GmbH")."""
    tails = sender_data().company_tails
    lowered = [w.lower().strip(".,") for w in words]
    return (
        bool(lowered)
        and lowered[0] in tails
        and all(
            w in tails or w in OF or w in ("and", "&", "companies", "co") or _legal(w)
            for w in lowered
        )
    )


#: words that go on with a programme, a scheme or a hiring system, not with the
#: employer's name ("Graduate Scheme", "Acme HRMS")
_NOT_NAME_WORDS = frozenset(
    """
    graduate graduates professional professionals early campus student students internship
    internships intern interns trainee trainees apprentice apprenticeship apprenticeships
    academy programme program programs programmes scheme schemes summer hrms hris ats
    platform portal
    """.split()  # noqa: SIM905
)


def _trade_head(words: list[str]) -> bool:
    """ "Gelateria", "Clínica Dental", "Cooperativa Agrícola": a trade word, and up to two
    more words that go with it, before a name."""
    data = sender_data()
    bare = [w.lower().strip("().,") for w in words]
    return (
        1 <= len(words) <= 3
        and bare[0] in data.company_heads
        and all(w[:1].isupper() or w.lower() in OF for w in words)
        and not any(w in data.generic_names or w in data.title_heads for w in bare)
    )


def _name_words(words: list[str]) -> bool:
    """ "Biotherapeutics", "Robotics Europe": up to three capitalised words that go on
    with a name; no team, title or programme word ("Graduate Scheme", "Data Analyst")."""
    data = sender_data()
    bare = [w.lower().strip("().,") for w in words]
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() or w.lower() in OF for w in words)
        and words[-1][:1].isupper()
        and not any(
            w in data.generic_names or w in data.title_heads or w in _NOT_NAME_WORDS for w in bare
        )
        and not title_like(" ".join(words), loose=True)
    )


def _legal_tail(words: list[str]) -> bool:
    """ "Energie GmbH" after "Kesselhaus": the rest of a legal name, no team or title."""
    data = sender_data()
    bare = [w.lower().strip("().,&") for w in words]
    return (
        bool(words)
        and _legal(words[-1])
        and not any(w in data.generic_names or w in data.title_heads for w in bare if w)
    )


def _legal(word: str) -> bool:
    return bool(LEGAL_SUFFIX.search(" " + word))


def _initials(name: str) -> str:
    """'Northvale University of Technology' -> 'NUT' (joiners skipped), '' when short."""
    words = [w for w in name.split() if w.lower() not in OF and w.lower() not in ("and", "&")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


_CAP_RUN = re.compile(NAME)


def find_in_text(slug: str, flat: str, message: Message) -> str | None:
    """The company as the text writes it, found from the sender's slug.

    A capitalised run whose squashed form equals the slug ('wideworldimporters' ->
    'Wide World Importers'); else a run whose first word begins the slug and makes up
    most of it ('hollowelleng' -> 'Hollowell Engineering Ltd', 'thistledowncare' ->
    'Thistledown Nursing Group'), without trailing team words; a run the slug
    abbreviates wins over the latter ('bpgarda' -> 'Banca Popolare del Garda')."""
    if not slug:
        return None
    data = sender_data()
    prefix_hit: str | None = None
    short_hit: str | None = None  # the slug abbreviates it ("bpgarda")
    # the real lines: a signature's company line must not run into the next line
    for source in (message.subject, message.text[:20_000]):
        for match in _CAP_RUN.finditer(source):
            words = cut_after_legal_form(match.group(0).split())
            if short_hit is None:
                span = abbreviated(words, slug)
                if span:
                    end = span[1]
                    while end < len(words) and words[end].lower() in data.company_tails:
                        end += 1  # "hhmilano": "Head Hunting Milano Partners"
                    short_hit = " ".join(words[span[0] : end])
            for i in range(len(words)):
                first = squash(words[i])
                # a run squashes to its words' squashes joined: only a run whose first
                # word begins the slug can spell it (most cannot: no run is tried)
                ends = range(len(words), i, -1) if _begins(slug, first, words[i]) else ()
                for j in ends:
                    joined = " ".join(words[i:j])
                    if squash(joined) == slug or squash(_ELIDED.sub("", joined)) == slug:
                        # "Les Vergers d'Antan"; not "der" in "bei der Acme GmbH"
                        article = i and words[i - 1].lower() in ARTICLES
                        start = i - 1 if article and words[i - 1][:1].isupper() else i
                        if i and _trade_head(words[i - 1 : i]):
                            start = i - 1  # "horizonteazul": "Construtora Horizonte Azul"
                        tailed = j
                        while (
                            tailed < len(words)
                            and tailed - i < 5
                            and words[tailed].lower() in data.company_tails
                        ):
                            tailed += 1  # "cinderhill" -> "Cinderhill Labs"
                        if tailed == len(words) or not _title_word(words[tailed]):
                            j = tailed  # not "Ironbark Data Analyst"
                        if j - 1 > i and not squash(words[j - 1]):
                            # "Maison Lavande &" of "Maison Lavande & Cie": the name goes
                            # on past its "&" (a bare one ends none)
                            j = j + 1 if j < len(words) else j - 1
                        if source is not message.subject:
                            j = _written_on(words, j)  # "Ironbark" -> "Ironbark Mining"
                        return " ".join(words[start:j])
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
    return short_hit or prefix_hit


def _begins(slug: str, squashed: str, word: str) -> bool:
    """The word (``squashed``) begins the slug, or does without its elision ("d'Antan")."""
    if slug.startswith(squashed):
        return True
    if "'" not in word and "’" not in word:
        return False  # (no elision)
    return slug.startswith(squash(_ELIDED.sub("", word)))


def _title_word(word: str) -> bool:
    return word.lower().strip("().,") in sender_data().title_heads


def _written_on(words: list[str], end: int) -> int:
    """Where the name that ``words[:end]`` begins ends: up to two more words that go
    on with a name and end in a trade word or come before a legal form ("Ironbark" ->
    "Ironbark Gold Mining", "Ironbark Aurora Ltd"); no team, title or programme word,
    nor a city or a product ("Ironbark Leeds", "Ironbark Canvas Pro")."""
    stop = end
    while stop < len(words) and stop - end < 2 and _name_words([words[stop]]):
        stop += 1
    if stop == end or not _name_words(words[end:stop]):
        return end
    if stop < len(words):  # the run goes on: with a legal form or a team, not a title
        following = words[stop].lower().strip("().,")
        if _legal(words[stop]):
            return stop
        if following not in sender_data().generic_names:
            return end  # "Ironbark Data Analyst"
    last = words[stop - 1]
    return (
        stop if last.lower().strip("().,") in sender_data().company_tails or _legal(last) else end
    )


_ELIDED = re.compile(r"\b[dl]['’]", re.IGNORECASE)


def cut_after_legal_form(words: list[str]) -> list[str]:
    for index, word in enumerate(words[1:], start=1):
        if LEGAL_SUFFIX.search(" " + word):
            return words[: index + 1]
    return words


def same_key(name: str, slug: str) -> bool:
    """The name is the sender's slug written out, or holds it, or is held in it."""
    key = name_key(name)
    return bool(slug and key and (key in slug or slug in key))
