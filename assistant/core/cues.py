"""The cue words of ``data/cues.toml`` and how a message's text is searched for them (pure).

``cues()`` loads the lexicons (job words, other-business topics) and, per kind and
language, the strong and weak statement patterns and the subject patterns. A
``View`` is one message's flattened, lower-cased text with its languages; its
``cue(kind)`` is the first pattern of that kind standing in a sentence that states a
fact: a cue inside a condition ("If you are not selected ...") or inside a sentence
about the process does not count. ``quote`` shortens the words kept as evidence.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from assistant.core.branches import Branches
from assistant.core.fast_regex import branch_masks, holds_a_branch
from assistant.core.nofollowup import (
    NeedleMasks,
    compile_fast,
    first_match,
    in_blocks,
    lowered,
    matches,
    may_match,
    needles_of,
    sentence_span,
)
from assistant.core.substrings import SUBSTRINGS
from assistant.core.words import split_words

#: patterns are lower case and run over lower-cased text (faster than IGNORECASE)
_FLAGS = re.VERBOSE
_PLACEHOLDER = re.compile(r"<<(\w+)>>")


#: how many tokens a Lexicon remembers (whether they start with one of its prefixes)
_TOKEN_MEMORY = 100_000


@dataclass(frozen=True)
class Lexicon:
    """Words, word prefixes ("recruit*") and phrases, looked up in a token set."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[str, ...]
    #: tokens already checked against the prefixes, and those of them that start with one:
    #: a message's tokens are mostly words seen before, so two set operations replace a
    #: startswith() per token
    _checked: set[str] = field(default_factory=set, compare=False, repr=False)
    _prefixed: set[str] = field(default_factory=set, compare=False, repr=False)

    @classmethod
    def of(cls, entries: list[str]) -> Lexicon:
        words = {e for e in entries if " " not in e and not e.endswith("*")}
        prefixes = tuple(e[:-1] for e in entries if e.endswith("*"))
        # a hyphenated entry ("pós-graduação", "wg-zimmer") is never one token: the
        # tokens split at hyphens, so it is searched as a phrase
        phrases = tuple(e for e in entries if " " in e or "#" in e or "-" in e)
        if any("\n" in p for p in phrases):
            raise ValueError("a lexicon phrase holds a line break: texts are searched apart")
        return cls(frozenset(words - set(phrases)), prefixes, phrases)

    def found(self, tokens: frozenset[str], *texts: str) -> set[str]:
        """The entries among ``tokens`` and, for phrases, in the lower-cased ``texts``.

        The texts are searched apart (the subject and the body: each is searched for
        other cues anyway, so their answers are known), which is the same as searching
        them joined by line breaks, as no phrase holds one."""
        hits = set(tokens & self.words)
        if self.prefixes:
            new = tokens - self._checked
            if new:
                prefixed = {t for t in new if t.startswith(self.prefixes)}
                hits |= prefixed
                if len(self._checked) < _TOKEN_MEMORY:  # never cleared: safe across threads
                    self._prefixed.update(prefixed)  # before _checked, for the same reason
                    self._checked.update(new)
            hits |= tokens & self._prefixed
        if self.phrases:
            masks, any_phrase = self._phrase_masks  # registered before SUBSTRINGS is asked
            present = 0
            for text in texts:
                present |= SUBSTRINGS.found(text)
            held = present & any_phrase  # most texts hold none of the phrases, a few some
            while held:
                bit = held & -held  # the lowest bit: one phrase
                hits.add(masks[bit])
                held ^= bit
        return hits

    @cached_property
    def _phrase_masks(self) -> tuple[dict[int, str], int]:
        """Each phrase by its SUBSTRINGS bit, and the bits of them all."""
        masks = {SUBSTRINGS.mask([p]): p for p in self.phrases}
        return masks, SUBSTRINGS.mask(self.phrases)


@dataclass(frozen=True)
class Cues:
    conditional: re.Pattern[str]
    conditional_inside: re.Pattern[str]
    promise: re.Pattern[str]  # "nous vous contacterons pour ..." before a cue
    promise_condition: re.Pattern[str]  # "... si votre profil correspond" after it
    hedge: re.Pattern[str]  # "gegebenenfalls", "le cas échéant" in or before the cue
    hedge_before: re.Pattern[str]  # "may ", "selected candidates will" right before it
    otherwise: re.Pattern[str]  # "Ansonsten müssen wir ..." opening a sentence
    request: re.Pattern[str]  # "Bitte reichen Sie ... nach." just before it
    strong: dict[str, dict[str, list[str]]]  # kind -> language -> regex sources
    weak: dict[str, dict[str, list[str]]]
    subject: dict[str, list[re.Pattern[str]]]
    job_strong: Lexicon
    job_weak: Lexicon
    not_job: Lexicon
    #: "scholarship application", "Partner-Bewerbung": an application for other business
    other_application: re.Pattern[str]
    other_branches: Branches  # the same, searched faster
    gates: dict[str, tuple[str, ...]]


@cache
def cues() -> Cues:
    data = tomllib.loads(
        resources.files("assistant.core").joinpath("data", "cues.toml").read_text("utf-8")
    )
    lexicon: dict[str, str] = data["lexicon"]

    def expand(pattern: str) -> str:
        return _PLACEHOLDER.sub(lambda m: lexicon[m.group(1)], pattern)

    def many(patterns: list[str]) -> list[re.Pattern[str]]:
        return [compile_fast(expand(p), _FLAGS) for p in patterns]

    def by_language(table: dict[str, list[str]]) -> dict[str, list[str]]:
        return {language: [expand(p) for p in patterns] for language, patterns in table.items()}

    kinds = data["kinds"]
    other = re.compile(data["not_job"]["other_application"], _FLAGS)
    return Cues(
        conditional=re.compile(expand(data["conditional"]["pattern"]), _FLAGS),
        conditional_inside=re.compile(expand(data["conditional"]["inside"]), _FLAGS),
        promise=re.compile(data["conditional"]["promise"], _FLAGS),
        promise_condition=re.compile(data["conditional"]["after"], _FLAGS),
        hedge=re.compile(data["conditional"]["hedge"], _FLAGS),
        hedge_before=re.compile(data["conditional"]["before"], _FLAGS),
        otherwise=re.compile(data["conditional"]["otherwise"], _FLAGS),
        request=re.compile(data["conditional"]["request"], _FLAGS),
        strong={k: by_language(v.get("strong", {})) for k, v in kinds.items()},
        weak={k: by_language(v.get("weak", {})) for k, v in kinds.items()},
        subject={k: many(v.get("subject", [])) for k, v in kinds.items()},
        job_strong=Lexicon.of(data["job_words"]["strong"]),
        job_weak=Lexicon.of(data["job_words"]["weak"]),
        not_job=Lexicon.of(data["not_job"]["topics"]),
        other_application=other,
        other_branches=Branches(other),
        gates={kind: tuple(words) for kind, words in data.get("gates", {}).items()},
    )


@dataclass(frozen=True)
class View:
    """One message's text, flattened and lower-cased (same offsets), with its languages."""

    flat: str
    low: str
    active: frozenset[str]
    #: sentences that describe the process (no-follow-up wording, agency notes): a
    #: rejection or interview cue inside them is not news about this candidate
    process: tuple[tuple[int, int], ...] = ()
    #: sentences that refuse individual answers or status updates: a cue there counts
    #: only when it names the candidate's own application ("Your application was
    #: unsuccessful and we cannot give feedback"), not a general "unfortunately not"
    beside: tuple[tuple[int, int], ...] = ()
    #: the message's subject (``subject_cue``)
    subject: str = ""
    memo: dict[tuple[str, str], str | None] = field(default_factory=dict, compare=False)

    def cue(self, kind: str, strength: str = "strong") -> str | None:
        """The first statement cue of ``kind`` in the text (computed once per message)."""
        key = (kind, strength)
        if key not in self.memo:
            gate = _gate(kind)
            if gate and not SUBSTRINGS.found(self.low) & gate:
                self.memo[key] = None
                return None
            table = getattr(cues(), strength)[kind]
            outcome = kind in ("rejection", "interview")
            skip = self.process if outcome else ()
            beside = self.beside if outcome else ()
            hedged = kind in _INVITATIONS
            self.memo[key] = _statement(self.screened(table), self, skip, beside, hedged)
        return self.memo[key]

    def sentence_of(self, cue: str) -> tuple[int, int, int] | None:
        """Where a cue quoted from the text stands, and its sentence: (at, left, right);
        None for one the text does not hold (a subject's)."""
        low_cue = cue.lower()
        at = self.low.find(low_cue)
        if at < 0:
            return None
        left, right = sentence_span(self.low, at, at + len(low_cue))
        return at, left, right

    def subject_cue(self, kind: str) -> str | None:
        """The first subject cue of ``kind`` (``first_cue``). Every kind's is found on the
        first ask: the rules ask several, the model all."""
        key = (kind, "subject")
        if key not in self.memo:
            for each, found in subject_cues(self.subject).items():
                self.memo[each, "subject"] = found
        return self.memo[key]

    def patterns(self, table: dict[str, list[str]]) -> list[re.Pattern[str]]:
        key = (id(table), self.active)
        found = _PATTERNS.get(key)
        if found is None:
            found = _PATTERNS[key] = [
                compile_fast(p, _FLAGS)
                for language, sources in table.items()
                if language in self.active
                for p in sources
            ]
        return found

    def screened(self, table: dict[str, list[str]]) -> list[Block]:
        """:meth:`patterns` each with its needles, so :func:`_statement` checks them inline,
        in blocks (see ``Block``)."""
        key = (id(table), self.active)
        found = _SCREENED.get(key)
        if found is None:
            screened = [(p, needles_of(p), branch_masks(p)) for p in self.patterns(table)]
            found = _SCREENED[key] = in_blocks(screened, lambda item: item[1])
        return found


#: a block of patterns with their needles and their branches' (``branch_masks``), and
#: the union of their first needle sets (``nofollowup.in_blocks``)
Block = tuple[int, list[tuple[re.Pattern[str], NeedleMasks, tuple[NeedleMasks, ...] | None]]]


#: compiled pattern lists per (cue table, active languages); the tables live as long
#: as the cached cues() they come from
_PATTERNS: dict[tuple[int, frozenset[str]], list[re.Pattern[str]]] = {}
_SCREENED: dict[tuple[int, frozenset[str]], list[Block]] = {}


@cache
def _gate(kind: str) -> int:
    """The SUBSTRINGS bits of a kind's gate words (0: no gate)."""
    words = cues().gates.get(kind)
    return SUBSTRINGS.mask(words) if words else 0


def quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|however|and|so)\b|\s[-–]\s")


#: kinds whose cue a hedge next to it ("gegebenenfalls", "we may invite you") makes the
#: process explained; a hedge elsewhere in a refusal ("while your profile could possibly
#: suit other teams, we have decided ...") changes nothing
_INVITATIONS = frozenset({"interview", "next_step"})
#: how far before the cue a hedge counts as next to it
_HEDGE_REACH = 40


def _statement(
    blocks: list[Block],
    view: View,
    skip: tuple[tuple[int, int], ...] = (),
    beside: tuple[tuple[int, int], ...] = (),
    hedged: bool = False,
) -> str | None:
    """The first cue that stands in a sentence stating a fact (not a condition)."""
    present = SUBSTRINGS.found(view.low)
    for union, patterns in blocks:
        if union and not present & union:
            continue  # no pattern of the block can match
        for pattern, needles, branches in patterns:
            for mask in needles:  # needles_of's masks: ~150 patterns per message
                if not present & mask:
                    break
            else:
                if branches and not holds_a_branch(present, branches):
                    continue  # the needles are there, but of no one branch
                found = _stated(pattern, view, skip, beside, hedged)
                if found is not None:
                    return found
    return None


#: a glossary of statuses on the cue's line: "Que signifie « Clôturée » ? Que ...",
#: "Was bedeutet „Engere Auswahl“? Ihre Bewerbung wurde ..."
_GLOSSARY = re.compile(
    r"\b(?:what\s+does|was\s+bedeutet|wat\s+betekent|que\s+signifie|qu['’]est-ce\s+que|"
    r"qu[ée]\s+significa|o\s+que\s+(?:significa|quer\s+dizer)|cosa\s+(?:significa|vuol\s+dire))"
    r"\b[^?\n]{0,40}?(?<![^\W\d_])[«\"“„'‘]([^?\n]{1,40}?)[»\"”“'’](?![^\W\d_])[^?\n]{0,12}\?"
)
_LIST_ITEM = re.compile(r"(?:^|\s)[-•*–]\s+(?:what|was|wat|que|qu|o\s+que|cosa|¿)")
#: a legend of statuses: list items "- Engere Auswahl: Ihre Bewerbung wurde ..." (three or
#: more in the mail), or "Status 'Afgewezen': ..."
_LEGEND = re.compile(
    r"(?:^|\s)[-•*–][ \t]*[^:\n.!?]{2,30}:[ \t]|"
    r"\b(?:status|statut|estado|stato)[ \t]+[«\"“„'‘][^:\n]{2,30}[»\"”“'’][ \t]*:",
    re.M,
)
#: a details list's field, not a status explained: "- Status: Not selected"
_FIELD = re.compile(
    r"(?:status|statut|estado|stato|stand|state|result\w*|r[ée]sultat|esito|decisi\w*|"
    r"d[ée]cision|besluit|entscheidung|uitslag|situa[çc][ãa]o|[ée]tat|position|poste|role)$"
)


def _a_legend_entry(low: str, left: int, at: int) -> bool:
    """The cue stands in an entry of a legend of statuses (three or more "- Label: ..."
    items in the mail) whose label names a status, not a field ("- Status: Absage")."""
    if ":" not in low[left : at + 40]:
        return False  # (every entry holds a colon: most cues stand in no list)
    entries = [e for e in _LEGEND.finditer(low[left : at + 40]) if e.start() <= at - left]
    if not entries or len(_LEGEND.findall(low)) <= 2:
        return False
    label = entries[-1].group().strip(" \t-•*–:").strip()
    return not _FIELD.search(label)


#: a cue that names the candidate or their application ("your application was ...")
_NAMES_CANDIDATE = re.compile(
    r"\b(?:your|you|ihre|ihr|deine|dein|sie|du|je|jouw|uw|tu|su|tua|sua|te|ti|"
    r"votre|vos|vous|ton|tes|seu|seus|suas|vostra|vostro|vostri|usted)\b"
)


def _stated(
    pattern: re.Pattern[str],
    view: View,
    skip: tuple[tuple[int, int], ...],
    beside: tuple[tuple[int, int], ...] = (),
    hedged: bool = False,
) -> str | None:
    """The first match of ``pattern`` that stands in a sentence stating a fact.

    A sentence that starts as a condition ("If you are not selected ...") or a clause
    with a condition before the cue ("...; we will contact you if they wish to arrange
    an interview") does not state a fact. Cues inside ``skip`` spans do not count.
    """
    c = cues()
    low = view.low
    for match in matches(pattern, low):
        if any(start <= match.start() < end for start, end in skip):
            continue
        if any(start <= match.start() < end for start, end in beside) and not (
            _NAMES_CANDIDATE.search(match.group())
        ):
            continue
        left, right = sentence_span(low, match.start(), match.end())
        line = low.rfind("\n", 0, match.start()) + 1
        if (
            "?" in low[line : match.start()]
            and _GLOSSARY.search(low, line, match.start())
            and (
                _LIST_ITEM.search(low, line, match.start())
                or len({term.strip() for term in _GLOSSARY.findall(low)}) > 1
            )
        ):
            continue  # "What does 'Closed' mean? That the recruiter ...": a status explained
        if _a_legend_entry(low, left, match.start()):
            continue  # "- Engere Auswahl: Ihre Bewerbung wurde ...": a status explained
        head = low[left : match.start()]
        breaks = list(_CLAUSE_BREAK.finditer(head))
        clause = head[breaks[-1].end() :] if breaks else head
        if (c.conditional.search(head) and not breaks) or c.conditional_inside.search(clause):
            continue
        if c.otherwise.search(head) and c.request.search(low[max(0, left - 200) : left]):
            continue  # "Bitte reichen Sie ... nach. Ansonsten ...": otherwise, a condition
        if hedged and (
            c.hedge.search(clause[-_HEDGE_REACH:])
            or c.hedge.search(match.group())
            or c.hedge_before.search(clause)
        ):
            continue  # "... gegebenenfalls zu einem Gespräch einladen": the process explained
        if c.promise.search(clause) and c.promise_condition.search(low, match.end(), right):
            continue
        return view.flat[match.start() : match.end()]
    return None


@cache
def all_languages(kind: str) -> list[re.Pattern[str]]:
    """Every language's patterns of a kind (short texts such as auto-replies)."""
    return [compile_fast(p, _FLAGS) for sources in cues().strong[kind].values() for p in sources]


def first_cue(patterns: list[re.Pattern[str]], text: str) -> str | None:
    """First match in ``text`` (matched on its lower-cased form), quoted from ``text``."""
    if not patterns:  # a kind without subject patterns (the model asks every kind)
        return None
    low = lowered(text)
    if len(low) > _SHORT:
        return _first_cue_long(patterns, text, low)
    masks = _masks_of(patterns)  # registers their needles: before asking SUBSTRINGS
    return _first_held(patterns, masks, SUBSTRINGS.found(low), text, low)


def subject_cues(subject: str) -> dict[str, str | None]:
    """Every kind's :func:`first_cue` in ``subject`` (its subject patterns), in one go:
    the subject is lower-cased and screened once for them all."""
    table = cues().subject
    low = lowered(subject)
    if len(low) > _SHORT:
        return {kind: _first_cue_long(patterns, subject, low) for kind, patterns in table.items()}
    masks = {kind: _masks_of(patterns) for kind, patterns in table.items()}  # registers first
    present = SUBSTRINGS.found(low)
    return {
        kind: _first_held(patterns, masks[kind], present, subject, low) if patterns else None
        for kind, patterns in table.items()
    }


def _first_held(
    patterns: list[re.Pattern[str]],
    masks: list[NeedleMasks],
    present: int,
    text: str,
    low: str,
) -> str | None:
    """The first match of the ``patterns`` whose needles (``masks``) are ``present``."""
    for pattern, needles in zip(patterns, masks, strict=True):
        for mask in needles:  # noqa: SIM110  (a plain loop: ~100 patterns a message)
            if not present & mask:
                break
        else:
            match = first_match(pattern, low)
            if match:
                return text[match.start() : match.end()]
    return None


#: texts up to this long (subjects) are screened by SUBSTRINGS: their answer is known
#: (the lexicons asked) or cheap; a longer one by looking each needle up
_SHORT = 300
#: each pattern list's needle masks, with the list (its id is the key)
_LIST_MASKS: dict[int, tuple[list[re.Pattern[str]], list[NeedleMasks]]] = {}


def _masks_of(patterns: list[re.Pattern[str]]) -> list[NeedleMasks]:
    entry = _LIST_MASKS.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        if len(_LIST_MASKS) > 1000:  # the lists are the cues' own, a few dozen
            _LIST_MASKS.clear()
        entry = _LIST_MASKS[id(patterns)] = (patterns, [needles_of(p) for p in patterns])
    return entry[1]


def _first_cue_long(patterns: list[re.Pattern[str]], text: str, low: str) -> str | None:
    for pattern in patterns:
        if not may_match(pattern, low):
            continue
        match = first_match(pattern, low)
        if match:
            return text[match.start() : match.end()]
    return None


def hiring_team(display_name: str) -> list[str]:
    """The job words of a sender's display name ("Acme Recruitment", "Careers | Acme",
    "Karriere Lindqvist"): a sender that names a hiring team, though its mailbox may not."""
    if not display_name:
        return []
    low = lowered(display_name)
    tokens = frozenset(split_words(low, apostrophes=True))
    if tokens & _FAIR_WORDS:
        return []  # "Forum Emploi Loire", "Jobmesse Nord": a fair, not an employer's team
    return sorted(cues().job_strong.found(tokens, low))


_FAIR_WORDS = frozenset(
    ("forum", "salon", "fair", "messe", "jobmesse", "karrieremesse", "feria", "fiera", "feira")
    + ("beurs", "banenbeurs")
)
