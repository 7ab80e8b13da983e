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
4. the job kind (``job_kind``): withdrawal reply / offer -> other_job, then
   rejection, interview invitation, application confirmation, job alert,
   other_job. A cue inside a sentence that states a condition ("If you are not
   selected ...") is not a statement and does not count (``cues``);
5. the packaged model (``model``) overrules the rules' kind where it is sure
   enough, and gives the calibrated confidence.

Then the details (``senders``, ``company``, ``role``, ``contacts``, ``dates``)
and do-not-follow-up wording (``nofollowup``). The header rules live in
``header_rules``; ``screen`` is the header-only pre-filter the scanner runs
before it fetches a body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core import company, contacts, dates, model, requisition, role, senders
from assistant.core.addresses import names_a_recipient
from assistant.core.calendar_invite import EVENT_WORDS, calendar_interview
from assistant.core.cues import View, all_languages, cues, first_cue, hiring_team, quote
from assistant.core.footer import topics_above_footer
from assistant.core.header_rules import auto_headers, list_headers, vacation_headers
from assistant.core.job_kind import closing_words, job_kind, receipt_of_a_job
from assistant.core.job_title import title_like
from assistant.core.models import UNSURE_BELOW, Analysis, Kind, Message
from assistant.core.nofollowup import (
    Hit,
    flatten,
    languages,
    lowered,
    may_match,
    scan,
)
from assistant.core.signature import own_text
from assistant.core.statement_business import hiring_statement
from assistant.core.subject_prefix import is_reply
from assistant.core.thread_reading import thread_reading
from assistant.core.title_topics import topics_outside_titles
from assistant.core.words import elided, split_words

__all__ = ["classify", "model_input"]

#: body text read by the classifier; job mail says what it is near the top.
MAX_TEXT = 60_000


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
    if sample and not sample.isprintable() and _unreadable(sample) > 0.1 * len(sample):
        return "text is mostly unreadable bytes"
    return None


def _unreadable(sample: str) -> int:
    """How many characters of ``_CONTROL`` ``sample`` holds. Mail is printable text but
    for its line breaks and tabs: then "\ufffd" (printable) is the only one it can hold,
    counted without a regex search."""
    if sample.replace("\n", " ").replace("\t", " ").replace("\r", " ").isprintable():
        return sample.count("\ufffd")
    return len(_CONTROL.findall(sample))


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
    view: View
    hits: list[Hit]
    info: senders.SenderInfo
    scores: tuple[int, int] = (0, 0)
    #: any job word (strong or weak), a tracking system, a hiring mailbox or team, a
    #: calendar interview: without any, the model may not make the mail job mail
    job_evidence: bool = True
    #: the model's probability of the invitation ``job_evidence`` kept out (for a reply)
    held_back: float | None = None

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
    "next step, not an interview: ",
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
    tags += _cue_tags(decision.view)
    return words, others, tags


#: kinds whose statement cues the model sees, each on its own (the rules stop at the
#: first that fires; the model weighs them all: a rejection that also thanks for the
#: application, an invitation that also confirms the receipt)
_CUE_KINDS = (
    "rejection",
    "interview",
    "confirmation",
    "offer",
    "withdrawal",
    "talent_pool",
    "incomplete",
    "next_step",
    "job_alert",
    "status",
)


def _cue_tags(view: View) -> list[str]:
    """Every kind whose cue the text states (``cue <kind>``) or the subject carries."""
    tags = [f"cue {kind}" for kind in _CUE_KINDS if view.cue(kind)]
    if closing_words(view):
        tags.append("cue rejection closing")
    tags += [f"subject cue {kind}" for kind in cues().subject if view.subject_cue(kind)]
    return tags


#: no-follow-up families whose sentence may also carry the outcome itself
_NEWS_BESIDE = frozenset({"no_individual_response", "no_status_updates"})


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
    process = tuple((h.start, h.end) for h in hits if h.category not in _NEWS_BESIDE)
    beside = tuple((h.start, h.end) for h in hits if h.category in _NEWS_BESIDE)
    subject = message.subject
    view = View(flat=flat, low=low, active=active, process=process, beside=beside, subject=subject)
    c = cues()
    info = senders.sender_info(message)
    sender = message.sender
    scores = (0, 0)
    job_evidence = True

    if info.ats:
        what = "job board" if info.board else "ATS"
        reasons.append(f"sender: {info.ats} {what} ({sender.email if sender else ''})")
    elif info.job_mailbox and sender is not None:
        reasons.append(f"sender: hiring mailbox ({sender.email})")
    auto = auto_headers(message.headers)
    reasons.extend(auto)
    listed = list_headers(message.headers)
    # -- out-of-office
    ooo_subject = view.subject_cue("auto_reply")
    vacation = vacation_headers(message.headers)
    # out-of-office wording counts only in a reply or automatic mail; such texts are
    # short and often too short to tell their language, so every language is tried
    replying = bool(auto or ooo_subject or message.in_reply_to or vacation or is_reply(subject))
    # the sender's own words only: a quoted mail of the candidate's ("I am no longer with
    # my last employer") is no auto-reply
    own = flatten(own_text(text)) if replying else ""
    ooo_body = first_cue(all_languages("auto_reply"), own[:3000]) if replying else None
    confirmation = view.cue("confirmation")
    kind: Kind | None = None
    if ooo_body:
        if not (confirmation and not ooo_subject and not vacation):
            kind = Kind.AUTO_REPLY
            reasons.append(f"out-of-office wording: {quote(ooo_body)!r}")
            if ooo_subject:
                reasons.append(f"subject: auto-reply prefix {quote(ooo_subject)!r}")
    elif ooo_subject and (auto or vacation) and not confirmation:
        kind = Kind.AUTO_REPLY
        reasons.append(f"subject: auto-reply prefix {quote(ooo_subject)!r}")

    # -- job or not
    if kind is None:
        subject_low = lowered(subject)
        tokens = frozenset(
            split_words(subject_low, apostrophes=True) + split_words(low, apostrophes=True)
        )
        job_words = c.job_strong.found(tokens, subject_low, low)
        weak_words = c.job_weak.found(tokens, subject_low, low)
        # "l'appartement" is an "appartement" too, for other business only (words.elided)
        topics = c.not_job.found(tokens | elided(subject_low, low), subject_low, low)
        # an airline's or a shop's link bar under its receipt of a job application
        topics = topics_above_footer(message.text[:MAX_TEXT], low, subject_low, topics)
        topics = topics_outside_titles(subject_low, low, topics)  # "Newsletter Editor"
        other = None
        # the pattern's own needles ("application", "bewerbung", ...) before the regex
        if may_match(c.other_application, subject_low) or may_match(c.other_application, low):
            other = c.other_branches.search(subject_low) or c.other_branches.search(low)
        if other:  # "your scholarship application": the business is named, count it again
            topics.add(other.group(0))
        job_score = min(len(job_words), 4) * 1.0
        if info.ats:
            # a job board also sends social and marketing mail: weaker evidence
            job_score += 1.5 if info.board else 3
        if info.job_mailbox:
            job_score += 2
        elif not info.ats and sender is not None:
            team = hiring_team(sender.name)  # "Acme Recruitment" <no-reply@acme...>
            if team:
                job_score += 1
                reasons.append(f"sender name: hiring team {team[:2]}")
        if job_score < 2 and not topics and (message.in_reply_to or is_reply(subject)):
            # "Re: Interview follow-up": a reply in a thread whose subject is about a job
            subject_tokens = frozenset(split_words(subject_low, apostrophes=True))
            subject_words = c.job_strong.found(subject_tokens, subject_low)
            if subject_words:
                job_score += 1
                reasons.append(f"a reply about {sorted(subject_words)[0]!r}")
        # "Invitation: Interview Robin Lee / Tessellate @ Thu 12 Mar 10am" from a calendar
        # program: its event is an interview, though the mail has few words of its own
        invitation = calendar_interview(message, low) if topics <= EVENT_WORDS else None
        if invitation:  # (the program's own "evento" is no other business)
            job_score += 2 if job_score < 2 else 0
            reasons.append(invitation.why)
        if weak_words and job_score < 2 and not topics:
            # "Your application for Data Analyst is still under review": the application
            # names a job title (a head noun: analyst, engineer, Verkäuferin...)
            title, _ = role.role(message, flat, None)
            if title and title_like(title, loose=True):
                job_score += 1
                reasons.append(f"a job title: {quote(title)!r}")
        if weak_words and job_score:
            job_score += 1
        # a statement that only hiring makes ("we will not be moving forward with your
        # application", "invite you to an interview", "offer you the position"); in mail
        # about other business (a grant, a rental, a club, a course) one whose sentence
        # names no hiring is that business's (or any, when the mail says what the
        # application was for: "your scholarship application", "Bewerbung für die Wohnung")
        some_job_evidence = bool(weak_words or job_score)
        statement = (
            hiring_statement(view, topics, bool(other), job_words) if some_job_evidence else None
        )
        if statement is not None:
            job_score += statement
        elif (
            some_job_evidence
            and confirmation
            and not other
            and receipt_of_a_job(view.low, confirmation, bool(topics))
        ):
            # "we have received your CV / candidature / Bewerbung": a receipt of something
            # only a job application sends (not when the mail names the business applied
            # to: "Bewerbung zum Hackathon")
            job_score += 2
        non_score = len(topics - EVENT_WORDS if invitation else topics) * 1.5
        if info.other_mailbox:
            non_score += 2
        if listed and not info.board:
            non_score += 1
        if auto and not info.ats and not info.job_mailbox:
            non_score += 1
        scores = (round(job_score), round(non_score))
        job_evidence = bool(job_score or weak_words)
        if job_score < 2 or non_score >= job_score:
            reasons.append(
                "not job mail: "
                + (f"topics {sorted(topics)[:4]}" if topics else "no job wording")
                + (f", job words {sorted(job_words)[:4]}" if job_words else "")
            )
            kind = Kind.NOT_JOB
        else:
            reasons.append(f"job words: {sorted(job_words)[:5]}")
            kind = job_kind(message, view, reasons, confirmation, listed, own)
            if invitation:  # the event is the invitation itself, unless called off
                kind = invitation.settle(kind)

    assert kind is not None
    return _Decision(kind, reasons, flat, low, view, hits, info, scores, job_evidence)


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
            reasons.append(f"offer: {quote(offer)!r}")

    # -- details
    company_name: str | None = None
    role_value: str | None = None
    company_why = role_why = ""
    # not job mail has no company or role to find; mail only guessed not to be job mail
    # keeps its employer, so that a user who corrects it to job mail starts a record with it
    if analysis_kind is not Kind.NOT_JOB or confidence < UNSURE_BELOW:
        company_name, company_why = company.company(
            message,
            info,
            flat,
            use_subject=analysis_kind is not Kind.AUTO_REPLY,
            alert=any(r.startswith("job alert:") for r in reasons),
        )
        if analysis_kind is not Kind.AUTO_REPLY:
            role_value, role_why = role.role(message, flat, company_name)
            if role_value and names_a_recipient(role_value, message.to):
                role_value, role_why = None, ""  # "Interview - Robin Lee": the reader
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
                reasons.append(f"ignored ({hit.negative}): {quote(hit.phrase)!r}")
                continue
            if agency_recipient:
                reasons.append(f"ignored (addressed to an agency): {quote(hit.phrase)!r}")
                continue
            no_follow_up, phrase = True, hit.phrase
            reasons.append(f"no follow-up ({hit.category}): {quote(hit.phrase, 120)!r}")
            break
    else:
        for hit in hits[:1]:
            if hit.negative is None:
                reasons.append(f"ignored (not job mail): {quote(hit.phrase)!r}")

    contact, contact_why = (None, "")
    if analysis_kind is not Kind.NOT_JOB:
        contact, contact_why = contacts.contact(message, info, flat)
        if contact_why:
            reasons.append(contact_why)
    reading = thread_reading(
        message, view, analysis_kind, decision.held_back, other_business=decision.scores[1] > 0
    )
    if reading is not None:
        reasons.append(reading[1])
    window = dates.response_window(message, flat) if analysis_kind is not Kind.NOT_JOB else None
    if window is not None:
        reasons.append(f"response window: {quote(window.phrase)!r}")
    is_job = analysis_kind is not Kind.NOT_JOB
    return Analysis(
        kind=analysis_kind,
        reasons=tuple(reasons),
        no_follow_up=no_follow_up,
        no_follow_up_phrase=phrase,
        company=company_name,
        role=role_value,
        ats=info.ats if is_job else None,
        requisition_id=requisition.requisition_id(message, flat) if is_job else None,
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
        in_thread=reading[0] if reading is not None else None,
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
    if final == "interview_invitation" != rules_kind and not decision.job_evidence:
        # "Are you free for dinner on Thursday at 7?": a day and a time, no job word
        decision.reasons.append("the model's kind is not taken: no job word or sender")
        decision.held_back, final = prediction.probability, rules_kind
    elif final != rules_kind:
        decision.reasons.append(f"model overrides the rules' {rules_kind}")
    confidence = kind_model.confidence(
        prediction.of(final), prediction.kind == rules_kind, decision.info.person
    )
    return Kind(final), confidence


_AGENCY_ADDRESS = re.compile(
    r"(?i)@[^@]*(recruit|staffing|agency|headhunt|personnel|talentsearch|executive-?search)"
)
