"""What a message is, with the evidence (pure).

``classify`` decides in this order and records every rule that fired:

1. garbage (no sender, subject or text; binary bytes) -> not_job with a defect reason;
2. automatic mail by the header rules trusted systems use (RFC 3834 Auto-Submitted,
   X-Autoreply / X-Autorespond, Precedence, List-Id / List-Unsubscribe, the Exchange
   out-of-office pair), localised auto-reply subject prefixes and out-of-office
   wording -> auto_reply when it is a person's vacation responder;
3. job or not: job words, ATS / job-board senders (``data/senders.toml``), hiring
   mailboxes, against topics of other business (orders, tickets, newsletters,
   housing, scholarships, events... ``data/cues.toml``);
4. the job kind: withdrawal reply / offer -> other_job, then rejection, interview
   invitation, application confirmation, job alert, other_job. A cue inside a
   sentence that states a condition ("If you are not selected ...") is not a
   statement and does not count.

Then the details (``extract``) and do-not-follow-up wording (``nofollowup``).
``screen`` is the cheap header-only pre-filter the scanner runs before it
fetches a body.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from assistant.core import company, contacts, dates, model, role, senders
from assistant.core.models import Analysis, Kind, Message
from assistant.core.nofollowup import (
    Hit,
    compile_fast,
    first_match,
    flatten,
    languages,
    lowered,
    matches,
    may_match,
    scan,
    sentence_span,
)

__all__ = ["classify", "screen", "auto_headers"]

#: patterns are lower case and run over lower-cased text (faster than IGNORECASE)
_FLAGS = re.VERBOSE
_PLACEHOLDER = re.compile(r"<<(\w+)>>")
#: body text read by the classifier; job mail says what it is near the top.
MAX_TEXT = 60_000


_TOKEN = re.compile(r"[\w'’]+")


@dataclass(frozen=True)
class _Lexicon:
    """Words, word prefixes ("recruit*") and phrases, looked up in a token set."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[str, ...]

    @classmethod
    def of(cls, entries: list[str]) -> _Lexicon:
        words = {e for e in entries if " " not in e and not e.endswith("*")}
        prefixes = tuple(e[:-1] for e in entries if e.endswith("*"))
        phrases = tuple(e for e in entries if " " in e or "#" in e)
        return cls(frozenset(words - set(phrases)), prefixes, phrases)

    def found(self, tokens: frozenset[str], low: str) -> set[str]:
        hits = set(tokens & self.words)
        if self.prefixes:
            hits.update(t for t in tokens if t.startswith(self.prefixes))
        hits.update(p for p in self.phrases if p in low)
        return hits


@dataclass(frozen=True)
class _Cues:
    conditional: re.Pattern[str]
    conditional_inside: re.Pattern[str]
    strong: dict[str, dict[str, list[str]]]  # kind -> language -> regex sources
    weak: dict[str, dict[str, list[str]]]
    subject: dict[str, list[re.Pattern[str]]]
    job_strong: _Lexicon
    job_weak: _Lexicon
    not_job: _Lexicon
    gates: dict[str, tuple[str, ...]]


@cache
def cues() -> _Cues:
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
    return _Cues(
        conditional=re.compile(expand(data["conditional"]["pattern"]), _FLAGS),
        conditional_inside=re.compile(expand(data["conditional"]["inside"]), _FLAGS),
        strong={k: by_language(v.get("strong", {})) for k, v in kinds.items()},
        weak={k: by_language(v.get("weak", {})) for k, v in kinds.items()},
        subject={k: many(v.get("subject", [])) for k, v in kinds.items()},
        job_strong=_Lexicon.of(data["job_words"]["strong"]),
        job_weak=_Lexicon.of(data["job_words"]["weak"]),
        not_job=_Lexicon.of(data["not_job"]["topics"]),
        gates={kind: tuple(words) for kind, words in data.get("gates", {}).items()},
    )


@dataclass(frozen=True)
class _View:
    """One message's text, flattened and lower-cased (same offsets), with its languages."""

    flat: str
    low: str
    active: frozenset[str]
    #: sentences that describe the process (no-follow-up wording, agency notes): a
    #: rejection or interview cue inside them is not news about this candidate
    process: tuple[tuple[int, int], ...] = ()
    memo: dict[tuple[str, str], str | None] = field(default_factory=dict, compare=False)

    def cue(self, kind: str, strength: str = "strong") -> str | None:
        """The first statement cue of ``kind`` in the text (computed once per message)."""
        key = (kind, strength)
        if key not in self.memo:
            gate = cues().gates.get(kind)
            if gate and not any(word in self.low for word in gate):
                self.memo[key] = None
                return None
            table = getattr(cues(), strength)[kind]
            skip = self.process if kind in ("rejection", "interview") else ()
            self.memo[key] = _statement(self.patterns(table), self, skip)
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


#: compiled pattern lists per (cue table, active languages); the tables live as long
#: as the cached cues() they come from
_PATTERNS: dict[tuple[int, frozenset[str]], list[re.Pattern[str]]] = {}


# --------------------------------------------------------------------------- headers

_AUTO_SUBMITTED = re.compile(r"^\s*(?!no\b)\S", re.IGNORECASE)
_PRECEDENCE = re.compile(r"\b(bulk|junk|list|auto[_-]?reply)\b", re.IGNORECASE)
_VACATION = re.compile(r"vacation|owner-email=|out.of.office|ooo", re.IGNORECASE)


def auto_headers(headers: dict[str, str] | object) -> list[str]:
    """Reasons why the headers mark a message as automatic (empty: a person sent it)."""
    get = headers.get if hasattr(headers, "get") else (lambda _k, _d=None: None)
    reasons: list[str] = []
    auto_submitted = get("auto-submitted", None)
    if auto_submitted and _AUTO_SUBMITTED.match(auto_submitted):
        reasons.append(f"header Auto-Submitted: {auto_submitted[:60]}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-mail-autoreply"):
        value = get(name, None)
        if value is not None and value.strip().lower() not in ("no", "false", "0"):
            reasons.append(f"header {name}: {value[:40]}")
    precedence = get("precedence", None)
    if precedence and _PRECEDENCE.search(precedence):
        reasons.append(f"header Precedence: {precedence[:40]}")
    suppress = get("x-auto-response-suppress", None)
    exchange_loop = get("x-ms-exchange-inbox-rules-loop", None) or get(
        "x-ms-exchange-generated-message-source", None
    )
    if suppress and exchange_loop and re.search(r"all|oof|autoreply", suppress, re.IGNORECASE):
        reasons.append("headers: Exchange out-of-office (X-Auto-Response-Suppress + rules loop)")
    return reasons


def list_headers(headers: dict[str, str] | object) -> list[str]:
    get = headers.get if hasattr(headers, "get") else (lambda _k, _d=None: None)
    found = []
    for name in ("list-id", "list-unsubscribe", "list-post", "x-campaign", "x-mailchimp-campaign"):
        if get(name, None):
            found.append(f"header {name}")
    return found


def _vacation_headers(headers: dict[str, str] | object) -> bool:
    get = headers.get if hasattr(headers, "get") else (lambda _k, _d=None: None)
    auto_submitted = get("auto-submitted", "") or ""
    if _VACATION.search(auto_submitted):
        return True
    suppress = get("x-auto-response-suppress", None)
    return bool(suppress and get("x-ms-exchange-inbox-rules-loop", None))


# --------------------------------------------------------------------------- cue search


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|however|and|so)\b|\s[-–]\s")


def _statement(
    patterns: list[re.Pattern[str]], view: _View, skip: tuple[tuple[int, int], ...] = ()
) -> str | None:
    """The first cue that stands in a sentence stating a fact (not a condition).

    A sentence that starts as a condition ("If you are not selected ...") or a clause
    with a condition before the cue ("...; we will contact you if they wish to arrange
    an interview") does not state a fact. Cues inside ``skip`` spans do not count.
    """
    c = cues()
    low = view.low
    for pattern in patterns:
        if not may_match(pattern, low):
            continue
        for match in matches(pattern, low):
            if any(start <= match.start() < end for start, end in skip):
                continue
            left, _right = sentence_span(low, match.start(), match.end())
            head = low[left : match.start()]
            breaks = list(_CLAUSE_BREAK.finditer(head))
            clause = head[breaks[-1].end() :] if breaks else head
            if (c.conditional.search(head) and not breaks) or c.conditional_inside.search(clause):
                continue
            return view.flat[match.start() : match.end()]
    return None


@cache
def _all_languages(kind: str) -> list[re.Pattern[str]]:
    """Every language's patterns of a kind (short texts such as auto-replies)."""
    return [compile_fast(p, _FLAGS) for sources in cues().strong[kind].values() for p in sources]


def _any(patterns: list[re.Pattern[str]], text: str) -> str | None:
    """First match in ``text`` (matched on its lower-cased form), quoted from ``text``."""
    low = lowered(text)
    for pattern in patterns:
        if not may_match(pattern, low):
            continue
        match = first_match(pattern, low)
        if match:
            return text[match.start() : match.end()]
    return None


# --------------------------------------------------------------------------- classify

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _garbage(message: Message) -> str | None:
    hard = [d for d in message.defects if d.startswith(("unparseable", "NUL bytes", "no header"))]
    if message.sender is None and not message.subject.strip():
        if hard:
            return hard[0]
        if not message.text.strip():
            return "no sender, subject or text"
        return "no sender and no subject"
    sample = message.text[:2000]
    if sample and not sample.isprintable() and len(_CONTROL.findall(sample)) > 0.1 * len(sample):
        return "text is mostly unreadable bytes"
    return None


def classify(
    message: Message, *, use_model: bool = True, kind_model: model.KindModel | None = None
) -> Analysis:
    """Kind, details and do-not-follow-up evidence of one message.

    Never raises on bad mail. Raises ``ModelError`` (at the first call) when the
    packaged model is missing or damaged: the classifier does not quietly fall back
    to the rules alone. ``use_model=False`` is the rules alone (the benchmark's
    "before" and the training script's cues); ``kind_model`` replaces the packaged
    model (cross-validation).
    """
    if kind_model is None and use_model:
        kind_model = model.load()
    try:
        return _classify(message, kind_model)
    except Exception as exc:  # a classifier bug must not stop a scan
        return Analysis(
            kind=Kind.NOT_JOB,
            reasons=(f"defect: classifier error {type(exc).__name__}",),
            confidence=0.0,
        )


@dataclass
class _Decision:
    """What the rules decided about the kind, and what the details need."""

    kind: Kind
    reasons: list[str]
    flat: str
    low: str
    view: _View
    hits: list[Hit]
    info: senders.SenderInfo
    scores: tuple[int, int] = (0, 0)

    @property
    def strong(self) -> bool:
        """The rules' kind rests on a statement in the text (not on a subject, closing
        words or the absence of cues): the model needs more to overrule it."""
        if self.kind is Kind.OTHER_JOB and self.view.memo.get(("offer", "strong")):
            return True
        return any(r.startswith(_STRONG) for r in self.reasons)


_STRONG = (
    "out-of-office wording",
    "withdrawal: ",
    "talent pool",
    "application not finished",
    "rejection: ",
    "interview: ",
    "confirmation: ",
)


def model_input(message: Message) -> tuple[str, bool, list[str], list[str], list[str]] | None:
    """The rules' kind, whether it rests on a statement, and the model's features of
    one message (None: unreadable mail).

    The training script uses this, so training and ``classify`` see the same features.
    """
    decision = _decide(message)
    if isinstance(decision, Analysis):
        return None
    words, others, tags = _features(message, decision)
    return str(decision.kind), decision.strong, words, others, tags


def _features(message: Message, decision: _Decision) -> tuple[list[str], list[str], list[str]]:
    local = message.sender.local_part if message.sender else ""
    words, others = model.text_units(message.subject, decision.low, local)
    tags = model.rule_tags(str(decision.kind), decision.reasons, decision.scores)
    return words, others, tags


def _decide(message: Message) -> _Decision | Analysis:
    reasons: list[str] = []
    garbage = _garbage(message)
    if garbage:
        return Analysis(kind=Kind.NOT_JOB, reasons=(f"defect: {garbage}",))
    for defect in message.defects[:3]:
        reasons.append(f"defect: {defect}")

    text = message.text[:MAX_TEXT]
    flat = flatten(text)
    low = lowered(flat)
    active = languages(low)
    hits = scan(text, prepared=(flat, low, active))
    view = _View(flat=flat, low=low, active=active, process=tuple((h.start, h.end) for h in hits))
    subject = message.subject
    c = cues()
    info = senders.sender_info(message)
    sender = message.sender
    scores = (0, 0)

    if info.ats:
        what = "job board" if info.board else "ATS"
        reasons.append(f"sender: {info.ats} {what} ({sender.email if sender else ''})")
    elif info.job_mailbox and sender is not None:
        reasons.append(f"sender: hiring mailbox ({sender.email})")
    auto = auto_headers(message.headers)
    reasons.extend(auto)
    listed = list_headers(message.headers)
    # -- out-of-office
    ooo_subject = _any(c.subject["auto_reply"], subject)
    vacation = _vacation_headers(message.headers)
    # out-of-office wording counts only in a reply or automatic mail; such texts are
    # short and often too short to tell their language, so every language is tried
    replying = bool(auto or ooo_subject or message.in_reply_to or vacation)
    ooo_body = _any(_all_languages("auto_reply"), flat[:3000]) if replying else None
    confirmation = view.cue("confirmation")
    kind: Kind | None = None
    if ooo_body:
        if not (confirmation and not ooo_subject and not vacation):
            kind = Kind.AUTO_REPLY
            reasons.append(f"out-of-office wording: {_quote(ooo_body)!r}")
            if ooo_subject:
                reasons.append(f"subject: auto-reply prefix {_quote(ooo_subject)!r}")
    elif ooo_subject and (auto or vacation) and not confirmation:
        kind = Kind.AUTO_REPLY
        reasons.append(f"subject: auto-reply prefix {_quote(ooo_subject)!r}")

    # -- job or not
    if kind is None:
        both = lowered(subject) + "\n" + low
        tokens = frozenset(_TOKEN.findall(both))
        job_words = c.job_strong.found(tokens, both)
        weak_words = c.job_weak.found(tokens, both)
        topics = c.not_job.found(tokens, both)
        job_score = min(len(job_words), 4) * 1.0
        if info.ats:
            # a job board also sends social and marketing mail: weaker evidence
            job_score += 1.5 if info.board else 3
        if info.job_mailbox:
            job_score += 2
        if weak_words and job_score:
            job_score += 1
        if weak_words or job_score:
            # a statement that only hiring makes ("we will not be moving forward with
            # your application", "invite you to an interview", "offer you the position")
            for kind_name in ("rejection", "interview", "offer", "job_alert"):
                cue = view.cue(kind_name)
                if cue:
                    job_score += 2
                    break
            else:
                # "we have received your CV / candidature / Bewerbung": a receipt
                # of something only a job application sends
                if confirmation and (
                    _JOB_NOUN.search(confirmation.lower()) or _for_a_job(view.low, confirmation)
                ):
                    job_score += 2
        non_score = len(topics) * 1.5
        if info.other_mailbox:
            non_score += 2
        if listed and not info.board:
            non_score += 1
        if auto and not info.ats and not info.job_mailbox:
            non_score += 1
        scores = (round(job_score), round(non_score))
        if job_score < 2 or non_score >= job_score:
            reasons.append(
                "not job mail: "
                + (f"topics {sorted(topics)[:4]}" if topics else "no job wording")
                + (f", job words {sorted(job_words)[:4]}" if job_words else "")
            )
            kind = Kind.NOT_JOB
        else:
            reasons.append(f"job words: {sorted(job_words)[:5]}")
            kind = _job_kind(message, view, subject, reasons, confirmation, listed)

    assert kind is not None
    return _Decision(kind, reasons, flat, low, view, hits, info, scores)


def _classify(message: Message, kind_model: model.KindModel | None) -> Analysis:
    decision = _decide(message)
    if isinstance(decision, Analysis):
        return decision
    reasons, flat, view, hits, info = (
        decision.reasons,
        decision.flat,
        decision.view,
        decision.hits,
        decision.info,
    )
    analysis_kind = decision.kind
    confidence = 1.0
    if kind_model is not None:
        analysis_kind, confidence = _combine(message, decision, kind_model)
    is_offer = False
    if analysis_kind is Kind.OTHER_JOB:
        offer = view.cue("offer")
        if offer:
            is_offer = True
            reasons.append(f"offer: {_quote(offer)!r}")

    # -- details
    company_name: str | None = None
    role_value: str | None = None
    company_why = role_why = ""
    if analysis_kind is not Kind.NOT_JOB:  # not job mail has no company or role to find
        company_name, company_why = company.company(
            message, info, flat, use_subject=analysis_kind is not Kind.AUTO_REPLY
        )
        if analysis_kind is not Kind.AUTO_REPLY:
            role_value, role_why = role.role(message, flat, company_name)
    for why in (company_why, role_why):
        if why:
            reasons.append(why)

    # -- do not follow up
    no_follow_up = False
    phrase = None
    if analysis_kind is not Kind.NOT_JOB:
        agency_recipient = any(_AGENCY_ADDRESS.search(a.email) for a in message.to)
        for hit in hits:
            if hit.negative:
                reasons.append(f"ignored ({hit.negative}): {_quote(hit.phrase)!r}")
                continue
            if agency_recipient:
                reasons.append(f"ignored (addressed to an agency): {_quote(hit.phrase)!r}")
                continue
            no_follow_up, phrase = True, hit.phrase
            reasons.append(f"no follow-up ({hit.category}): {_quote(hit.phrase, 120)!r}")
            break
    else:
        for hit in hits[:1]:
            if hit.negative is None:
                reasons.append(f"ignored (not job mail): {_quote(hit.phrase)!r}")

    contact, contact_why = (None, "")
    if analysis_kind is not Kind.NOT_JOB:
        contact, contact_why = contacts.contact(message, info, flat)
        if contact_why:
            reasons.append(contact_why)
    window = dates.response_window(message, flat) if analysis_kind is not Kind.NOT_JOB else None
    if window is not None:
        reasons.append(f"response window: {_quote(window.phrase)!r}")
    is_job = analysis_kind is not Kind.NOT_JOB
    return Analysis(
        kind=analysis_kind,
        reasons=tuple(reasons),
        no_follow_up=no_follow_up,
        no_follow_up_phrase=phrase,
        company=company_name,
        role=role_value,
        ats=info.ats if is_job else None,
        requisition_id=role.requisition_id(message, flat) if is_job else None,
        contact=contact,
        recruiter_name=contacts.recruiter_name(message, company_name) if is_job else None,
        phone=contacts.phone(flat) if is_job else None,
        portal_url=contacts.portal_url(flat) if is_job else None,
        applied_on=dates.applied_on(message, flat, analysis_kind is Kind.APPLICATION_CONFIRMATION)
        if is_job
        else None,
        response_window=window,
        is_offer=is_offer,
        confidence=confidence,
    )


def _combine(
    message: Message, decision: _Decision, kind_model: model.KindModel
) -> tuple[Kind, float]:
    """The final kind and its calibrated confidence: the model's kind where it is sure
    enough, else the rules' kind. The two thresholds (rules' kind from a statement in
    the text or not) were chosen by cross-validation."""
    words, others, tags = _features(message, decision)
    prediction = kind_model.predict(words, others, tags)
    rules_kind = str(decision.kind)
    final = rules_kind
    threshold = kind_model.thresholds[1 if decision.strong else 0]
    if prediction.kind != rules_kind and prediction.probability >= threshold:
        final = prediction.kind
    decision.reasons.append(f"model: {prediction.kind} {prediction.probability:.2f}")
    if final != rules_kind:
        decision.reasons.append(f"model overrides the rules' {rules_kind}")
    confidence = kind_model.confidence(prediction.of(final), prediction.kind == rules_kind)
    return Kind(final), confidence


_JOB_NOUN = re.compile(
    r"\bcv|resum|r[ée]sum|candida|bewerb|sollicit|postula|curr[ií]cul|lebenslauf|unterlagen"
)
#: "... your application for the Data Engineer role / as Data Engineer": a job's receipt
_FOR_A_JOB = re.compile(
    r"[^.!?\n]{0,80}?\b(?:role|position|job|vacancy|opening|post|stelle|poste|functie|"
    r"vacature|puesto|vacante)\b"
)


def _for_a_job(low: str, confirmation: str) -> bool:
    """The receipt's sentence goes on to name a job ("... for the X role")."""
    at = low.find(confirmation.lower())
    return at >= 0 and _FOR_A_JOB.match(low, at + len(confirmation)) is not None


#: first-person application wording ("please find my CV attached", "I am writing to apply")
_OWN_APPLICATION = re.compile(
    r"\b(?:please\s+find\s+(?:attached\s+|enclosed\s+)?my\s+(?:cv|resume|r[ée]sum[ée]|application|"
    r"cover\s+letter)|(?:attached|enclosed)\s+(?:is|are|please\s+find)\s+my\s+(?:cv|resume|"
    r"application|cover\s+letter)|i\s+(?:am|['’]m)\s+writing\s+to\s+apply|i\s+would\s+like\s+to\s+"
    r"apply|anbei\s+(?:erhalten\s+sie\s+|sende\s+ich\s+ihnen\s+)?meine\s+(?:bewerbung|unterlagen)|"
    r"ci-joint\s+mon\s+(?:cv|curriculum)|hierbij\s+(?:stuur\s+ik|solliciteer\s+ik)|adjunto\s+mi\s+"
    r"(?:cv|curr[ií]culum))"
)
_AGENCY_ADDRESS = re.compile(
    r"(?i)@[^@]*(recruit|staffing|agency|headhunt|personnel|talentsearch|executive-?search)"
)


def _job_kind(
    message: Message,
    view: _View,
    subject: str,
    reasons: list[str],
    confirmation: str | None,
    listed: list[str],
) -> Kind:
    c = cues()
    withdrawal = _any(c.subject["withdrawal"], subject) or view.cue("withdrawal")
    if withdrawal:
        reasons.append(f"withdrawal: {_quote(withdrawal)!r}")
        return Kind.OTHER_JOB
    offer = view.cue("offer")
    if offer:
        return Kind.OTHER_JOB
    # a rejection often mentions the talent pool it keeps the CV in: rejection first
    rejection = view.cue("rejection")
    if rejection:
        reasons.append(f"rejection: {_quote(rejection)!r}")
        return Kind.REJECTION
    talent_pool = view.cue("talent_pool")
    if talent_pool:
        reasons.append(f"talent pool / community sign-up: {_quote(talent_pool)!r}")
        return Kind.OTHER_JOB
    incomplete = view.cue("incomplete")
    if incomplete:
        reasons.append(f"application not finished: {_quote(incomplete)!r}")
        return Kind.OTHER_JOB
    interview = view.cue("interview")
    if interview:
        reasons.append(f"interview: {_quote(interview)!r}")
        return Kind.INTERVIEW_INVITATION
    if confirmation:
        reasons.append(f"confirmation: {_quote(confirmation)!r}")
        return Kind.APPLICATION_CONFIRMATION
    own = _OWN_APPLICATION.search(view.low[:3000])
    if own:  # "Please find my CV attached": the candidate's own application, not a receipt
        reasons.append(
            f"the candidate's own application: {_quote(view.flat[own.start() : own.end()])!r}"
        )
        return Kind.OTHER_JOB
    weak_rejection = view.cue("rejection", "weak")
    if weak_rejection:
        reasons.append(f"rejection (closing words): {_quote(weak_rejection)!r}")
        return Kind.REJECTION
    alert = _any(view.patterns(c.strong["job_alert"]), subject + "\n" + view.flat[:5000])
    if alert or (listed and not confirmation):
        reasons.append(f"job alert: {_quote(alert or listed[0])!r}")
        return Kind.OTHER_JOB
    rejection_subject = _any(c.subject["rejection"], subject)
    if rejection_subject:
        reasons.append(f"subject: rejection {_quote(rejection_subject)!r}")
        return Kind.REJECTION
    interview_subject = _any(c.subject["interview"], subject)
    if interview_subject:
        reasons.append(f"subject: interview {_quote(interview_subject)!r}")
        return Kind.INTERVIEW_INVITATION
    confirmation_subject = _any(c.subject["confirmation"], subject)
    if confirmation_subject and not message.in_reply_to:
        reasons.append(f"subject: confirmation {_quote(confirmation_subject)!r}")
        return Kind.APPLICATION_CONFIRMATION
    reasons.append("job mail without a confirmation, rejection or interview cue")
    return Kind.OTHER_JOB


# --------------------------------------------------------------------------- screen

_SCREEN_SUBJECT = re.compile(
    r"(?i)\b(?:application|applied|apply|applying|candidate|candidacy|candidature|job|jobs|positions?|"
    r"roles?|vacanc\w*|career\w*|recruit\w*|hiring|interview\w*|offer|resume|r[ée]sum[ée]|cv|"
    r"assessments?|coding\s+(?:test|challenge)|invited\s+you|shortlist\w*|screening|"
    r"talent|opportunit\w*|thank\s+you|thanks|received|receipt|confirm\w*|acknowledg\w*|"
    r"your\s+(?:application|interest)|next\s+steps?|"
    r"update|status|unfortunately|regret|bewerbung\w*|stelle\w*|vorstellungsgespr[äa]ch|absage|"
    r"karriere|candidature|poste|emploi|entretien|recrutement|sollicit\w*|vacature\w*|"
    r"functie|gesprek|candidatura|solicitud|puesto|vacante|entrevista|empleo|postulaci[oó]n|"
    r"automatic\s+reply|auto(?:matic|matische|matisch)?[\s-]*(?:reply|response|antwort|antwoord)|"
    r"out\s+of\s+(?:the\s+)?office|abwesenheit\w*|r[ée]ponse\s+automatique|absence|afwezig|"
    r"respuesta\s+autom[aá]tica|fuera\s+de\s+la\s+oficina|on\s+leave|away|vacation|holiday)\b"
)


def screen(message: Message) -> str | None:
    """Decide from headers only whether a message may be job mail worth fetching.

    Keeps (returns the reason): ATS and job-board senders, hiring mailboxes,
    subjects with job, application, interview, thanks/receipt or auto-reply words
    in the five languages, and automatic replies from a person's mailbox. Skips
    (returns None): bulk and list mail, no-reply/notification senders and private
    mail whose subject says nothing about a job. The scanner adds what only it
    can know: replies in an application's thread, mail from a known employer.
    """
    try:
        return _screen(message)
    except Exception:
        return "screen error: kept"


def _screen(message: Message) -> str | None:
    info = senders.sender_info(message)
    if info.ats:
        return f"sender is the {info.ats} {'job board' if info.board else 'ATS'}"
    subject_hit = _SCREEN_SUBJECT.search(message.subject or "")
    if subject_hit:
        return f"subject mentions {subject_hit.group(0).lower()!r}"
    title = role.subject_title(message.subject or "")
    if title:
        return f"subject is a job title {title!r}"
    if info.job_mailbox:
        return "sender is a hiring mailbox"
    if message.sender is None:
        return "no sender: kept to be safe"
    bulk = list_headers(message.headers) or (
        (message.headers.get("precedence") or "").lower() in ("bulk", "list", "junk")
    )
    if bulk:
        return None
    if info.no_reply or info.other_mailbox:
        return None
    if auto_headers(message.headers):
        return "automatic reply from a person's mailbox"
    # A person's mail whose subject says nothing about a job is private mail. Replies
    # in an application's thread and mail from a known employer's domain are kept by
    # the scanner, which knows the applications; this function does not.
    return None
