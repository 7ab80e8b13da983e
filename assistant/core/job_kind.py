"""Which kind of job mail a message is, once it is known to be job mail (pure).

First match wins: a withdrawal reply or an offer -> other_job, then rejection,
talent-pool sign-up, unfinished application, interview invitation, a step forward
that is neither (a test to take, the next stage reached: other_job), application
confirmation, a status notice (other_job), the candidate's own application,
rejection by closing words only, job alert / bulk, then the subject's cues (a status
notice first); else other_job. Each decision appends
the words it rests on to the reasons.
"""

from __future__ import annotations

import re

from assistant.core.cues import View, all_languages, cues, first_cue, quote
from assistant.core.goodbye import goodbye_after_thanks
from assistant.core.models import Kind, Message
from assistant.core.nofollowup import lowered
from assistant.core.subject_prefix import is_reply

_JOB_NOUN = re.compile(
    r"\bcv|resum|r[ée]sum|bewerb|sollicit|postula|curr[ií]cul|lebenslauf|unterlagen"
)
#: "candidature / candidatura" is also what one sends to a course, a grant, a fair or a
#: volunteering programme: it names a job only when the mail names no other business
_CANDIDACY = re.compile(r"candida")
#: "... your application for the Data Engineer role / as Data Engineer": a job's receipt
_FOR_A_JOB = re.compile(
    r"[^.!?\n]{0,80}?\b(?:role|position|job|vacancy|opening|post|stelle|poste|functie|"
    r"vacature|puesto|vacante|posizione|ruolo|vaga|posi[çc][ãa]o|cargo|fun[çc][ãa]o)\b"
)


def receipt_of_a_job(low: str, confirmation: str, other_business: bool = False) -> bool:
    """The receipt names what only a job application sends ("your CV", "Bewerbung"; a
    "candidature" unless the mail is about ``other_business``) or its sentence goes on
    to name a job ("... for the X role")."""
    said = confirmation.lower()
    at = low.find(said)
    # or right after the cue, in its clause: "bestätigen wir den Eingang | Ihrer Bewerbung"
    after = low[at + len(said) : at + len(said) + 30] if at >= 0 else ""
    told = said + _CLAUSE_END.split(after, maxsplit=1)[0]
    if _JOB_NOUN.search(told) or (not other_business and _CANDIDACY.search(said)):
        return True
    return at >= 0 and _FOR_A_JOB.match(low, at + len(confirmation)) is not None


_CLAUSE_END = re.compile(r"[.!?\n,;:]")


#: thanks for the candidate's interest: no receipt, so a status stated beside it wins
#: ("Agradecemos o seu interesse ... o seu currículo foi encaminhado para o gestor")
_INTEREST = re.compile(r"interest|interes|intérêt|interêt")
#: a thank-you for the application opens every later notice too ("Agradecemos a sua
#: candidatura. A sua candidatura foi pré-selecionada", "Vielen Dank für Ihre Bewerbung. Wir
#: haben Ihre Unterlagen an die Führungskraft weitergeleitet", "Merci pour votre candidature.
#: Elle a été transmise au responsable"): with no receipt stated, a change of status beside
#: it wins; a state ("em análise", "en cours d'examen") is what a receipt says too, unless it
#: says it still is ("ainda em andamento", "noch in Prüfung": a later notice)
_THANKS = re.compile(r"agradec|obrigad|thank|dank|merci|remerci|gracias|grazie|ringrazi")
_STATE = re.compile(
    r"an[áa]lise|avalia|andamento|curso|aguard|triagem|review|consider|pr(?:ü|ue|u)f|"
    r"bearbeit|examen|[ée]tude|analys|[ée]valu|traitement|revisi|estudio|valutazion|esame|"
    r"behandeling|beoordel"
)
#: ... unless it still stands there or moved on ("moved to the hiring manager review stage")
_STILL_OR_MOVED = re.compile(
    r"\b(?:still|noch|weiterhin|toujours|encore|ainda|sigue|todav[íi]a|ancora|nog|moved|"
    r"progressed|advanced|forwarded|passed|pass[ée]e?|transmise?|weitergeleitet|avan[çc]ou|"
    r"passou|movida|encaminhad[oa])\b"
)


def _a_state(status: str) -> bool:
    """The status notice states where the application stands, as a receipt does ("is
    under review"), not that it still stands there or moved on."""
    said = status.lower()
    return bool(_STATE.search(said)) and not _STILL_OR_MOVED.search(said)


#: a hold's words (a status notice, unless the mail takes its leave with closing words)
_HOLD = re.compile(
    r"hold|paus|suspen|sospes|frozen|gel[ée]|congel|angehalten|ausgesetzt|eis\s+gelegt|"
    r"attente|stand-by|paraliz|espera|stilgezet|opgeschort|bevroren"
)

#: a hold's end said in its sentence: "until January", "jusqu'au 6 janvier", "we will resume",
#: "wir melden uns, sobald es weitergeht"
_HOLD_ENDS = re.compile(
    r"\b(?:until|till|resume[sd]?|reopen\w*|restart\w*|hasta|at[ée]|jusqu|bis\s|"
    r"fino\s+a|tot\s+en\s+met|sobald|d[èe]s\s+que|as\s+soon\s+as|assim\s+que|en\s+cuanto|zodra|"
    r"non\s+appena|weitergeht|reprend\w*|retom\w*|reanud\w*|riprend\w*|hervat\w*)"
)
#: ... and wording that says there is none: "until further notice", "jusqu'à nouvel ordre",
#: "bis auf Weiteres", "hasta nuevo aviso", "até novo aviso", "fino a nuovo avviso", "tot
#: nader order"
_NO_END = re.compile(
    r"\b(?:until|till)\s+further\s+notice|\bjusqu['’]\s*(?:à|a)\s+nouvel\s+ordre|"
    r"\bbis\s+auf\s+weiteres|\bhasta\s+(?:nuevo\s+aviso|nueva\s+orden)|"
    r"\bat[ée]\s+(?:novo\s+aviso|nova\s+ordem|segunda\s+ordem)|\bfino\s+a\s+nuovo\s+(?:avviso|ordine)|"
    r"\btot\s+nader\s+(?:order|bericht)"
)
#: a resumption the sentence denies: "will not be reopened this year", "we do not expect to
#: restart hiring", "ne reprendra pas" (an end's word said of a date stays one: "not before
#: / until March")
_RESUMING = re.compile(r"resum|reopen|restart|reprend|retom|reanud|riprend|hervat")
_DENIED = re.compile(
    r"(?:\b(?:not|no|never|nicht|kein\w*|ne|non|n[ãa]o|niet|geen)|n['’]t)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _open_hold(view: View, status: str) -> bool:
    """The status notice is a hold whose sentence says no end: beside closing words
    ("we wish you every success"), the mail takes its leave."""
    if not _HOLD.search(status.lower()):
        return False
    found = view.sentence_of(status)
    sentence = view.low[found[1] : found[2]] if found else status.lower()
    sentence = _NO_END.sub(" ", sentence)
    return all(  # every end it names is denied ("will not be reopened"), or it names none
        _RESUMING.match(end.group()) and _DENIED.search(sentence, 0, end.start())
        for end in _HOLD_ENDS.finditer(sentence)
    )


#: wording that states the receipt itself ("we have received", "you submitted", "eingegangen")
_RECEIPT = re.compile(
    r"receiv|receipt|submitt|submission|got\s+your|recib|ricev|receb|re[çc]u|r[ée]ception|"
    r"erhalten|eingegangen|eingang|ontvang|aangekomen|enviad|inviat|envoy"
)

#: the verbs of sending: what a receipt says ("candidatura enviada") and a notice that the
#: application was sent on ("ha sido enviada al responsable") too
_SENT = re.compile(r"enviad|inviat|envoy")


def _receipt_stated(low: str, status: str | None) -> bool:
    """The text states the receipt near its top, not counting a status notice's own verb
    of sending ("Tu candidatura ha sido enviada al responsable del departamento"); one
    that states a receipt ("sind bei uns eingegangen und wurden ... weitergeleitet") counts."""
    text = low[:2000]
    if status and not _RECEIPT.search(_SENT.sub(" ", status.lower())):
        text = text.replace(status.lower(), " ")
    return _RECEIPT.search(text) is not None


#: first-person application wording ("please find my CV attached", "I am writing to apply")
_OWN_APPLICATION = re.compile(
    r"\b(?:please\s+find\s+(?:attached\s+|enclosed\s+)?my\s+(?:cv|resume|r[ée]sum[ée]|application|"
    r"cover\s+letter)|(?:attached|enclosed)\s+(?:is|are|please\s+find)\s+my\s+(?:cv|resume|"
    r"application|cover\s+letter)|i\s+(?:am|['’]m)\s+writing\s+to\s+apply|i\s+would\s+like\s+to\s+"
    r"apply|anbei\s+(?:erhalten\s+sie\s+|sende\s+ich\s+ihnen\s+)?meine\s+(?:bewerbung|unterlagen)|"
    r"ci-joint\s+mon\s+(?:cv|curriculum)|hierbij\s+(?:stuur\s+ik|solliciteer\s+ik)|adjunto\s+mi\s+"
    r"(?:cv|curr[ií]culum)|in\s+allegato\s+(?:il\s+)?mio\s+(?:cv|curriculum)|segue\s+em\s+anexo\s+o\s+meu\s+"
    r"(?:cv|curr[íi]culo)|envio\s+(?:em\s+anexo\s+)?o\s+meu\s+(?:cv|curr[íi]culo)|"
    # French and Portuguese letters of application
    r"(?:veuillez\s+trouver|vous\s+trouverez)\s+ci-joint\s+mon\s+(?:cv|curriculum)|"
    r"je\s+me\s+permets\s+de\s+vous\s+(?:adresser|soumettre|faire\s+parvenir)\s+ma\s+candidature|"
    r"je\s+souhaite\s+(?:vous\s+)?(?:soumettre|proposer)\s+ma\s+candidature|"
    r"venho\s+(?:por\s+este\s+meio\s+)?(?:apresentar|submeter|manifestar)\s+a\s+minha\s+candidatura|"
    r"gostaria\s+de\s+me\s+candidatar|segue\s+(?:em\s+anexo\s+)?(?:o\s+)?meu\s+(?:cv|curr[íi]culo))"
)


#: the candidate asked for the withdrawal: without these words, a withdrawal beside a
#: refusal is the employer's ("your application has been withdrawn from consideration")
_REQUESTED = re.compile(
    r"\b(?:as\s+(?:you\s+)?(?:requested|asked)|your\s+(?:request|decision)|"
    r"you(?:['’]ve|\s+have|['’]d|\s+would)?\s+(?:asked|requested|chose|decided|wish(?:ed)?|like)\s+to\s+withdraw|"
    r"sich\s+[^.!?]{0,40}?entschieden|auf\s+(?:ihren|deinen)\s+wunsch|wie\s+gew(?:ü|ue|u)nscht|ihrer?\s+bitte|"
    r"votre\s+demande|comme\s+(?:vous\s+l['’]avez\s+)?demand[ée]|"
    r"(?:tu|su)\s+petici[óo]n|(?:tu|su)\s+solicitud\s+de\s+retir|"
    r"seu\s+pedido|conforme\s+solicitado|su\s+(?:tua|sua|vostra)\s+richiesta|"
    r"op\s+(?:je|uw|jouw)\s+verzoek)"
)


#: German "zurückgezogen" is said of the candidate's application and of the employer's
#: posting ("Die Ausschreibung wurde zurückgezogen"): the second is no withdrawal reply
_POSTING = re.compile(r"\b(?:(?:stellen)?ausschreibung|stellenanzeige|anzeige|stelle|vakanz)\b")
_APPLICATION = re.compile(r"\b(?:bewerbung|kandidatur)")


def closing_words(view: View) -> str | None:
    """Words that close a refusal without stating it: good wishes for the search ahead
    ([kinds.rejection.weak]) or consolation ([kinds.consoling], "not the news you hoped
    for")."""
    return view.cue("rejection", "weak") or view.cue("consoling")


def _posting_withdrawn(view: View, cue: str) -> bool:
    """The German withdrawal ``cue`` stands in a sentence about a posting, not an application."""
    found = view.sentence_of(cue) if cue.lower().startswith("zur") else None
    if found is None:
        return False
    _, left, right = found
    sentence = view.low[left:right]
    return bool(_POSTING.search(sentence)) and not _APPLICATION.search(sentence)


def _withdrawn_by_employer(view: View, said: str) -> bool:
    """The text withdraws the application beside a refusal in other words, and nobody
    asked for it: "your application has been withdrawn from consideration as the
    position is closed". Not "you have withdrawn" nor "Sie haben ... zurückgezogen"."""
    if _REQUESTED.search(view.low) or _CANDIDATE_WITHDREW.match(said.lower()):
        return False
    refusal = view.cue("rejection")
    if not refusal:
        return False
    at, end = view.low.find(said.lower()), view.low.find(refusal.lower())
    return not (at <= end < at + len(said) or end <= at < end + len(refusal))


#: the candidate as the one who withdrew ("you have withdrawn", "Sie haben ... zurückgezogen")
_CANDIDATE_WITHDREW = re.compile(
    r"(?:you|sie\s+haben|du\s+hast|vous\s+avez|tu\s+as|u\s+heeft|je\s+hebt|jij\s+hebt|"
    r"has\s+retirado|ha\s+retirado|usted\s+ha|voc[êe]|hai\s+ritirato|ha\s+ritirato)\b"
)


#: a refusal whose sentence opens by naming its post ("Pour le poste de technicien de nuit,
#: nous avons déjà recruté ...", "Para a vaga de Analista, outro candidato foi selecionado")
_ONE_POST = re.compile(
    r"\W*(?:(?:pour|concernant|quant\s+au)\s+(?:le\s+)?poste|(?:para|quanto\s+[àa]|"
    r"em\s+rela[çc][ãa]o\s+[àa])\s+(?:a\s+)?vaga|(?:for|regarding|as\s+for)\s+the\s+"
    r"[^,.!?\n]{0,60}?\b(?:role|position))\b"
)


#: "but" and then another post or shop named in the refusal's own sentence ("..., mas
#: gostaríamos de o convidar para uma entrevista para a loja de Braga")
_BUT_ANOTHER_POST = re.compile(
    r"\b(?:mas|but|mais|pero|ma|aber|however)\b[^.!?\n]{0,160}?\b(?:para|pour|for|f(?:ü|u)r)\s+"
    r"(?:(?:a|o|le|la|l['’]|the|die|den)\s*)?(?:vaga|loja|unidade|filial|cargo|fun[çc][ãa]o|"
    r"poste|agence|magasin|role|position|store|stelle|filiale)\b"
)


def _refusal_for_another_post(view: View, refusal: str) -> bool:
    """The refusal concerns the post its sentence names, and an invitation follows it in
    the mail: the invitation is to another post ("En revanche, votre profil nous intéresse
    pour le poste de jour : seriez-vous disponible jeudi ?") and wins. So does an invitation
    to another post after a "but" in the refusal's own sentence."""
    found = view.sentence_of(refusal)
    invitation = view.cue("interview")
    if found is None or invitation is None:
        return False
    at, left, right = found
    end = at + len(refusal)
    invited = view.low.find(invitation.lower(), end)
    if invited < 0:
        return False
    if _ONE_POST.match(view.low, left):
        return True
    turn = _BUT_ANOTHER_POST.search(view.low, end, right)
    return turn is not None and turn.start() < invited < right


def _quoted_only(message: Message, reply_text: str, cue: str) -> bool:
    """In a reply, the cue stands only in the quoted mail below the sender's own words
    (``reply_text``; the candidate's own "auriez-vous un moment pour un appel ?"), not in
    what the sender says."""
    if not (message.in_reply_to or is_reply(message.subject)):
        return False
    return cue.lower() not in lowered(reply_text)


def job_kind(
    message: Message,
    view: View,
    reasons: list[str],
    confirmation: str | None,
    listed: list[str],
    reply_text: str,
) -> Kind:
    """The kind of job mail, from its cues; ``reply_text`` is a reply's own words above
    the quoted mail (flattened), as ``classify`` cut them."""
    c = cues()
    withdrawal = view.subject_cue("withdrawal")
    said = view.cue("withdrawal") if withdrawal is None else None
    if said and not _posting_withdrawn(view, said) and not _withdrawn_by_employer(view, said):
        withdrawal = said
    if withdrawal:
        reasons.append(f"withdrawal: {quote(withdrawal)!r}")
        return Kind.OTHER_JOB
    offer = view.cue("offer")
    if offer:
        return Kind.OTHER_JOB
    # a rejection often mentions the talent pool it keeps the CV in: rejection first
    rejection = view.cue("rejection")
    if rejection and not _refusal_for_another_post(view, rejection):
        reasons.append(f"rejection: {quote(rejection)!r}")
        return Kind.REJECTION
    talent_pool = view.cue("talent_pool")
    if talent_pool:
        reasons.append(f"talent pool / community sign-up: {quote(talent_pool)!r}")
        return Kind.OTHER_JOB
    incomplete = view.cue("incomplete")
    if incomplete:
        reasons.append(f"application not finished: {quote(incomplete)!r}")
        return Kind.OTHER_JOB
    interview = view.cue("interview")
    if interview and not _quoted_only(message, reply_text, interview):
        reasons.append(f"interview: {quote(interview)!r}")
        return Kind.INTERVIEW_INVITATION
    next_step = view.cue("next_step")
    if next_step:  # "please complete the online assessment", "moved to the next phase"
        reasons.append(f"next step, not an interview: {quote(next_step)!r}")
        return Kind.OTHER_JOB
    unfinished = view.subject_cue("incomplete")
    if unfinished:  # "Complete your application with Acme": a reminder, not a receipt
        reasons.append(f"subject: application not finished {quote(unfinished)!r}")
        return Kind.OTHER_JOB
    status_subject = view.subject_cue("status")
    if status_subject and not (confirmation and _RECEIPT.search(view.low, 0, 2000)):
        # "Application status: ... thank you for applying, your application is under
        # review": a status notice that thanks again; one that states the receipt
        # ("we have received / you submitted your application") stays a confirmation
        reasons.append(f"subject: status notice {quote(status_subject)!r}")
        return Kind.OTHER_JOB
    rejection_subject = view.subject_cue("rejection")
    thanks_only = confirmation and not _RECEIPT.search(view.low, 0, 2000)
    if rejection_subject and thanks_only and not message.in_reply_to:
        # "Absage Ihrer Bewerbung" over a body that only thanks for the application: the
        # subject says what the polite body leaves out; a receipt stated keeps a confirmation
        reasons.append(f"subject: rejection {quote(rejection_subject)!r}")
        return Kind.REJECTION
    # "Thank you for applying ... I know this isn't the news you hoped for" (not a delay's)
    consoling = view.cue("consoling") if thanks_only and not view.cue("status") else None
    if consoling:
        reasons.append(f"rejection (thanks, then consoling words): {quote(consoling)!r}")
        return Kind.REJECTION
    # a message that only thanks for the interest and wishes well: a goodbye
    wishes = goodbye_after_thanks(view, listed, _RECEIPT)
    if wishes:
        reasons.append(f"rejection (thanks, then good wishes): {quote(wishes)!r}")
        return Kind.REJECTION
    status = view.cue("status")
    # thanks for the candidate's interest or application, no receipt stated: a status
    # beside it wins (a state only beside thanks for the interest); so does a status that
    # holds the "confirmation" ("we have forwarded your application to the hiring manager")
    said = confirmation.lower() if confirmation else ""
    interest_only = bool(
        confirmation
        and status
        and (
            _INTEREST.search(said)
            or (_THANKS.search(said) and not _a_state(status))
            or said in status.lower()
        )
        and not _receipt_stated(view.low, status)
    )
    if confirmation and not interest_only:
        reasons.append(f"confirmation: {quote(confirmation)!r}")
        return Kind.APPLICATION_CONFIRMATION
    farewell = None
    if status and _open_hold(view, status):
        # every language's farewells: a short mail's language may go unrecognised
        farewell = view.cue("rejection", "weak") or first_cue(all_languages("farewell"), view.flat)
    if farewell:  # "the role is on hold ... best of luck in your job search": a goodbye
        reasons.append(f"a hold with closing words: {quote(farewell)!r}")
        return Kind.REJECTION
    if status:  # "the status of your application changed", "est en cours d'examen"
        reasons.append(f"status notice: {quote(status)!r}")
        return Kind.OTHER_JOB
    own = _OWN_APPLICATION.search(view.low[:3000])
    if own:  # "Please find my CV attached": the candidate's own application, not a receipt
        reasons.append(
            f"the candidate's own application: {quote(view.flat[own.start() : own.end()])!r}"
        )
        return Kind.OTHER_JOB
    weak_rejection = closing_words(view)
    if weak_rejection:
        reasons.append(f"rejection (closing words): {quote(weak_rejection)!r}")
        return Kind.REJECTION
    alert = first_cue(view.patterns(c.strong["job_alert"]), view.subject + "\n" + view.flat[:5000])
    if alert or (listed and not confirmation):
        reasons.append(f"job alert: {quote(alert or listed[0])!r}")
        return Kind.OTHER_JOB
    if rejection_subject:
        reasons.append(f"subject: rejection {quote(rejection_subject)!r}")
        return Kind.REJECTION
    interview_subject = view.subject_cue("interview")
    # "Interview: next steps" (or "Votre candidature") ... "thank you for meeting us
    # yesterday": a meeting held, whatever the subject, is no invitation nor a receipt
    after_interview = view.cue("after_interview")
    if after_interview:
        reasons.append(f"thanks for an interview that took place: {quote(after_interview)!r}")
        return Kind.OTHER_JOB
    if interview_subject:
        reasons.append(f"subject: interview {quote(interview_subject)!r}")
        return Kind.INTERVIEW_INVITATION
    confirmation_subject = view.subject_cue("confirmation")
    if confirmation_subject and not message.in_reply_to:
        reasons.append(f"subject: confirmation {quote(confirmation_subject)!r}")
        return Kind.APPLICATION_CONFIRMATION
    reasons.append("job mail without a confirmation, rejection or interview cue")
    return Kind.OTHER_JOB
