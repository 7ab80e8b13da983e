"""Generated job mail for benchmarks: many employers, many applications, what follows them.

A job seeker's mailbox holds far more than one confirmation per employer: the
ATS confirmation (often HTML, from greenhouse-mail.io, myworkday.com and the
like, or from the employer's own careers address), a job board's "application
sent" note, rejections weeks later, interview invitations, a recruiter writing
back in the thread, out-of-office replies to mail the user sent, job alerts, and
in Sent the user's own applications (a CV attached) and follow-ups.

Everything here is in the project's own words (en, de, fr, es, nl).
:func:`job_mail` returns the messages of ``count`` job mails and the
applications they are about, so a benchmark can say how many it should find.
"""

from __future__ import annotations

import base64
import random
import zlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.utils import format_datetime


def _words(text: str) -> list[str]:
    return text.split()


PREFIX = _words("""North Quill Harbor Bright Cobalt Tide Lark Moss Amber Birch Cedar Delta
Ember Fern
Granite Heron Iris Juniper Kestrel Lumen Maple Nimbus Onyx Pine Quartz Raven Sable Thistle
Umber Vale Willow Zephyr Alder Beacon Copper Drift Elm Flint Grove Hollow""")
SUFFIX = _words("""beam feather light forge orchard water spur wood field stone bridge gate works
point crest ridge line path vale mark""")
KIND = _words("""Analytics Press Health Labs Logistics Energy Studios Systems Foods Bank Robotics
Insurance Software Mobility Retail Media Pharma Consulting""")
ROLES = """Data Analyst|Production Editor|Clinical Data Coordinator|Backend Engineer|Product
Designer|Operations Planner|Site Reliability Engineer|QA Engineer|Frontend Developer|Product
Manager|Marketing Manager|Financial Controller|HR Business Partner|Data Engineer|Machine Learning
Engineer|Customer Success Manager|Technical Writer|UX Researcher|Sales Development
Representative|Supply Chain Analyst|Project Manager|Business Analyst|Account Executive|Security
Engineer|Mobile Developer""".replace("\n", " ").split("|")
ATS = [
    ("no-reply@us.greenhouse-mail.io", "{company}"),
    ("no-reply@hire.lever.co", "{company}"),
    ("{slug}@myworkday.com", "{company} Talent Acquisition"),
    ("noreply@smartrecruiters.com", "{company} Recruiting"),
    ("notifications@ashbyhq.com", "{company} Hiring Team"),
    ("noreply@candidates.workablemail.com", "{company}"),
    ("no-reply@teamtailor-mail.com", "{company}"),
    ("noreply@personio-mail.de", "{company} Recruiting"),
]
FIRST = ["Sofia", "Lukas", "Emma", "Mateo", "Chloé", "Daan", "Priya", "Jonas", "Lucía", "Noah"]
LAST = ["Weber", "Martin", "de Vries", "López", "Brown", "Janssen", "Moreau", "Fischer"]
LANGS = ["en"] * 14 + ["de"] * 3 + ["fr"] * 1 + ["es"] * 1 + ["nl"] * 1

# (subject, body) per kind and language; {company}, {role}, {name} are filled in
TEXTS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "confirmation": {
        "en": [
            (
                "Thank you for applying to {company}",
                "Hi Alex,\n\nThank you for applying for the {role} position at {company}. We have "
                "received your application and our recruiting team will review it. If your "
                "experience matches what we are looking for, we will be in touch about next "
                "steps.\n\nBest regards,\nThe {company} Recruiting Team",
            ),
            (
                "Application received: {role}",
                "Dear Alex Morgan,\n\nThis is to confirm that your application for {role} "
                "(ref. {ref}) reached us. Our team reads every application and you will hear "
                "from us either way, usually within two to three weeks.\n\nKind regards,\n"
                "{company} Talent Acquisition",
            ),
            (
                "{company} | We got your application",
                "Hello Alex,\n\nThanks for your interest in {company}! Your application for the "
                "{role} opening is in. You can check its status at any time in your candidate "
                "profile.\n\nCheers,\n{company} People Team",
            ),
        ],
        "de": [
            (
                "Ihre Bewerbung als {role}",
                "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Bewerbung als {role} bei "
                "{company}. Wir haben Ihre Unterlagen erhalten und melden uns bei Ihnen, sobald "
                "wir sie geprüft haben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team von "
                "{company}",
            ),
            (
                "Eingangsbestätigung Ihrer Bewerbung",
                "Hallo Alex,\n\ndanke für Dein Interesse an {company}! Deine Bewerbung für die "
                "Position {role} ist bei uns eingegangen. Wir sehen sie uns in Ruhe an und "
                "melden uns.\n\nViele Grüße\nDein {company} Team",
            ),
        ],
        "fr": [
            (
                "Votre candidature au poste de {role}",
                "Bonjour Alex,\n\nNous vous remercions pour votre candidature au poste de {role} "
                "chez {company}. Nous l'avons bien reçue et notre équipe recrutement l'étudiera "
                "avec attention.\n\nCordialement,\nL'équipe recrutement {company}",
            ),
        ],
        "es": [
            (
                "Hemos recibido tu candidatura",
                "Hola Alex:\n\nGracias por tu interés en el puesto de {role} en {company}. Hemos "
                "recibido tu solicitud y nuestro equipo la revisará en los próximos días.\n\n"
                "Un saludo,\nEquipo de Selección de {company}",
            ),
        ],
        "nl": [
            (
                "Bedankt voor je sollicitatie",
                "Hoi Alex,\n\nBedankt voor je sollicitatie als {role} bij {company}. We hebben je "
                "gegevens goed ontvangen en nemen zo snel mogelijk contact met je op.\n\n"
                "Met vriendelijke groet,\nTeam Recruitment {company}",
            ),
        ],
    },
    "rejection": {
        "en": [
            (
                "Update on your application to {company}",
                "Dear Alex,\n\nThank you for your interest in the {role} role at {company} and for "
                "the time you put into your application. After careful consideration we have "
                "decided to move forward with other candidates whose background is a closer "
                "match for our needs right now.\n\nWe wish you every success in your search.\n\n"
                "Best,\n{company} Recruiting",
            ),
            (
                "Your application for {role}",
                "Hi Alex,\n\nThanks again for applying. We have now reviewed all applications for "
                "the {role} position, and unfortunately we will not be progressing yours any "
                "further. Thank you for thinking of us; we hope to see your name again on a "
                "later opening.\n\nKind regards,\nThe {company} Hiring Team",
            ),
        ],
        "de": [
            (
                "Ihre Bewerbung bei {company}",
                "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihr Interesse an der Position "
                "{role}. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten "
                "entschieden haben, deren Profil besser zu unseren Anforderungen passt.\n\n"
                "Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.\n\n"
                "Mit freundlichen Grüßen\n{company}",
            ),
        ],
        "fr": [
            (
                "Suite à votre candidature",
                "Bonjour Alex,\n\nNous vous remercions de l'intérêt que vous portez à {company}. "
                "Après examen attentif de votre dossier, nous sommes au regret de vous informer "
                "que nous ne donnerons pas suite à votre candidature au poste de {role}.\n\n"
                "Nous vous souhaitons pleine réussite.\n\nL'équipe recrutement",
            ),
        ],
        "es": [
            (
                "Actualización sobre tu candidatura",
                "Hola Alex:\n\nGracias por tu interés en el puesto de {role}. Tras revisar tu "
                "perfil, lamentamos comunicarte que hemos decidido seguir adelante con otras "
                "candidaturas.\n\nTe deseamos mucha suerte.\n\n{company}",
            ),
        ],
        "nl": [
            (
                "Update over je sollicitatie",
                "Beste Alex,\n\nBedankt voor je interesse in de functie {role}. Helaas moeten we "
                "je laten weten dat we hebben besloten niet verder te gaan met je sollicitatie."
                "\n\nWe wensen je veel succes.\n\nMet vriendelijke groet,\n{company}",
            ),
        ],
    },
    "interview": {
        "en": [
            (
                "Interview invitation: {role} at {company}",
                "Hi Alex,\n\nWe enjoyed reading your application and would like to invite you to "
                "a 30-minute video interview with our hiring manager. Please pick a time that "
                "suits you with the scheduling link below.\n\nLooking forward to talking to you,"
                "\n{name}\nRecruiter, {company}",
            ),
            (
                "Next steps for the {role} role",
                "Dear Alex,\n\nThank you for your application. We would like to get to know you "
                "better: could you let me know your availability for a first call next week?\n\n"
                "Best regards,\n{name}\n{company}",
            ),
        ],
        "de": [
            (
                "Einladung zum Vorstellungsgespräch",
                "Hallo Alex,\n\nIhre Bewerbung als {role} hat uns gefallen, und wir möchten Sie "
                "gerne zu einem ersten Gespräch per Video einladen. Bitte wählen Sie über den "
                "Link einen passenden Termin aus.\n\nBeste Grüße\n{name}\n{company}",
            ),
        ],
        "fr": [
            (
                "Invitation à un entretien",
                "Bonjour Alex,\n\nVotre candidature au poste de {role} a retenu notre attention "
                "et nous souhaiterions vous rencontrer lors d'un entretien. Merci de nous "
                "indiquer vos disponibilités.\n\nBien cordialement,\n{name}\n{company}",
            ),
        ],
        "es": [
            (
                "Invitación a entrevista",
                "Hola Alex:\n\nNos ha gustado tu perfil para el puesto de {role} y nos gustaría "
                "invitarte a una entrevista. ¿Qué disponibilidad tienes la semana que viene?\n\n"
                "Saludos,\n{name}\n{company}",
            ),
        ],
        "nl": [
            (
                "Uitnodiging voor een gesprek",
                "Hoi Alex,\n\nWe hebben je sollicitatie als {role} met interesse gelezen en "
                "willen je graag uitnodigen voor een kennismakingsgesprek. Laat je weten wanneer "
                "je kunt?\n\nGroet,\n{name}\n{company}",
            ),
        ],
    },
}
REPLY = (
    "Hi Alex,\n\nThanks for getting in touch. I have passed your CV on to the team lead and "
    "will come back to you by the end of next week.\n\nBest,\n{name}\n{company}"
)
AUTO_REPLY = (
    "Thank you for your message. I am out of the office until {back} with limited access to "
    "email. For urgent matters please contact recruiting@{slug}.example."
)
SENT = (
    "Dear {company} team,\n\nI would like to apply for the {role} position advertised on your "
    "website. Please find my CV attached. I would be glad to tell you more in a call.\n\n"
    "Kind regards,\nAlex Morgan"
)
FOLLOW_UP = (
    "Dear {company} team,\n\nI applied for the {role} position a few weeks ago and wanted to ask "
    "whether there is any news. I am still very interested.\n\nKind regards,\nAlex Morgan"
)
ALERT = (
    "Based on your profile and searches, here are new jobs for you:\n\n"
    "{role} - {company} - Berlin (hybrid)\n{role} - {other} - Remote\n"
    "Senior {role} - {third} - Amsterdam\n\nSee all jobs. You are receiving job alerts because "
    "you set them up. Unsubscribe at any time."
)
HTML_STYLE = (
    "<style>body{font-family:Helvetica,Arial,sans-serif;color:#333}"
    ".wrap{max-width:600px;margin:0 auto}.btn{background:#0a66c2;color:#fff;padding:10px 18px;"
    "border-radius:4px;text-decoration:none}.foot{font-size:11px;color:#888}</style>"
)


@dataclass(frozen=True)
class Application:
    company: str
    role: str
    slug: str
    lang: str
    #: the status its mail leads to: "rejected", "interviewing", "replied" or "applied"
    #: (set by ``job_mail`` from the mail it keeps)
    status: str = "applied"


@dataclass
class Mail:
    when: datetime
    folder: str
    raw: bytes
    #: the status this mail gives its application (an outcome's), if any
    outcome: str | None = None


def companies(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """``count`` distinct made-up employers: (name, domain slug)."""
    names = [f"{p}{s} {k}" for p in PREFIX for s in SUFFIX for k in KIND]
    rng.shuffle(names)
    return [(name, name.lower().replace(" ", "")) for name in names[:count]]


def _html(text: str, company: str) -> str:
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    rows = "".join(
        f'<tr><td class="foot">{company} · Privacy notice · Candidate data section {i}</td></tr>'
        for i in range(12)
    )
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{HTML_STYLE}</head><body>"
        f'<table class="wrap" role="presentation"><tr><td><h2>{company}</h2></td></tr>'
        f"<tr><td>{paragraphs}</td></tr>"
        '<tr><td><a class="btn" href="https://jobs.example/status">View your application</a>'
        f"</td></tr>{rows}</table></body></html>"
    )


def render(
    sender: str,
    subject: str,
    text: str,
    when: datetime,
    msgid: str,
    *,
    to: str = "Alex Morgan <alex@example.org>",
    extra: str = "",
    html: str | None = None,
    attachment: tuple[str, int] | None = None,
) -> bytes:
    """One message: text/plain, or multipart/alternative with HTML, or a CV attached."""
    head = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\nMessage-ID: <{msgid}>\r\nMIME-Version: 1.0\r\n{extra}"
    )
    plain = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    text = text.replace("\n", "\r\n")
    if html is None and attachment is None:
        return (head + plain + text + "\r\n").encode()
    b = f"=_b{zlib.crc32(msgid.encode()):08x}"
    if html is not None:
        second = "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        second += html
        kind = "alternative"
    else:
        assert attachment is not None
        name, size = attachment
        data = base64.encodebytes(bytes(range(256)) * (size // 256)).decode().replace("\n", "\r\n")
        second = (
            f'Content-Type: application/pdf; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n{data}'
        )
        kind = "mixed"
    return (
        f'{head}Content-Type: multipart/{kind}; boundary="{b}"\r\n\r\n'
        f"--{b}\r\n{plain}{text}\r\n--{b}\r\n{second}\r\n--{b}--\r\n"
    ).encode()


def _pick(rng: random.Random, kind: str, app: Application, **more: str) -> tuple[str, str]:
    subject, body = rng.choice(TEXTS[kind][app.lang])
    values = {"company": app.company, "role": app.role, **more}
    return subject.format(**values), body.format(**values)


def _person(rng: random.Random, app: Application) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = f"{first.lower().replace('é', 'e')}.{last.lower().replace(' ', '')}"
    address = f"{local}@{app.slug}.example"
    return f"{first} {last}", f"{first} {last} <{address}>"


def _application_mail(
    n: int, app: Application, applied: datetime, rng: random.Random
) -> list[Mail]:
    """Everything one application brings: how it was sent, its confirmation, what followed."""
    mails: list[Mail] = []
    ref = f"R{rng.randrange(10**5):05d}"
    ats_sender, ats_name = rng.choice(ATS)
    channel = rng.choices(["ats", "own", "board", "email"], [50, 20, 18, 12])[0]
    if channel in ("ats", "board"):
        sender = f"{ats_name.format(company=app.company)} <{ats_sender.format(slug=app.slug)}>"
    else:
        sender = f"{app.company} Careers <careers@{app.slug}.example>"
    thread = f"app-{n}@{app.slug}.example"
    if channel == "board":
        note = f"Your application was sent to {app.company}"
        body = (
            f"Your application was sent to {app.company}\n\n{app.role}\n{app.company} · Berlin\n"
            "Applied just now. Good luck! Track your applications in My Jobs."
        )
        mails.append(
            Mail(
                applied,
                "INBOX",
                render(
                    "Jobs Board <jobs-noreply@linkedin.com>",
                    note,
                    body,
                    applied,
                    f"board-{n}@linkedin.com",
                    html=_html(body, "Jobs Board"),
                ),
            )
        )
    if channel == "email":
        to = f"{app.company} Recruiting <jobs@{app.slug}.example>"
        subject = f"Application for {app.role}"
        mails.append(
            Mail(
                applied,
                "Sent",
                render(
                    "Alex Morgan <alex@example.org>",
                    subject,
                    SENT.format(company=app.company, role=app.role),
                    applied,
                    thread,
                    to=to,
                    attachment=("Alex_Morgan_CV.pdf", rng.randint(40, 120) * 1024),
                ),
            )
        )
        if rng.random() < 0.3:
            back = (applied + timedelta(days=rng.randint(3, 14))).strftime("%d %B")
            auto = applied + timedelta(minutes=rng.randint(1, 5))
            mails.append(
                Mail(
                    auto,
                    "INBOX",
                    render(
                        f"{app.company} Recruiting <jobs@{app.slug}.example>",
                        f"Automatic reply: {subject}",
                        AUTO_REPLY.format(back=back, slug=app.slug),
                        auto,
                        f"auto-{n}@{app.slug}.example",
                        extra=f"Auto-Submitted: auto-replied\r\nIn-Reply-To: <{thread}>\r\n",
                    ),
                )
            )
    else:
        confirmed = applied + timedelta(minutes=rng.randint(1, 30))
        subject, body = _pick(rng, "confirmation", app, ref=ref)
        html = _html(body, app.company) if channel != "own" else None
        mails.append(
            Mail(confirmed, "INBOX", render(sender, subject, body, confirmed, thread, html=html))
        )
    outcome = rng.choices(["rejection", "interview", "reply", "none"], [45, 12, 6, 37])[0]
    later = applied + timedelta(days=rng.randint(2, 30), minutes=rng.randint(0, 600))
    name, person = _person(rng, app)
    reply_to = f"In-Reply-To: <{thread}>\r\nReferences: <{thread}>\r\n"
    if outcome == "rejection":
        subject, body = _pick(rng, "rejection", app)
        html = _html(body, app.company) if channel in ("ats", "board") else None
        raw = render(sender, subject, body, later, f"rej-{n}@{app.slug}.example", html=html)
        mails.append(Mail(later, "INBOX", raw, "rejected"))
    elif outcome == "interview":
        subject, body = _pick(rng, "interview", app, name=name)
        mails.append(
            Mail(
                later,
                "INBOX",
                render(person, subject, body, later, f"iv-{n}@{app.slug}.example"),
                "interviewing",
            )
        )
    elif outcome == "reply" and channel == "email":
        body = REPLY.format(name=name, company=app.company)
        subject = f"Re: Application for {app.role}"
        mails.append(
            Mail(
                later,
                "INBOX",
                render(person, subject, body, later, f"re-{n}@{app.slug}.example", extra=reply_to),
                "replied",
            )
        )
    elif channel == "email" and rng.random() < 0.5:  # no answer: the user follows up
        body = FOLLOW_UP.format(company=app.company, role=app.role)
        mails.append(
            Mail(
                later,
                "Sent",
                render(
                    "Alex Morgan <alex@example.org>",
                    f"Re: Application for {app.role}",
                    body,
                    later,
                    f"fu-{n}@example.org",
                    to=f"{app.company} Recruiting <jobs@{app.slug}.example>",
                    extra=reply_to,
                ),
            )
        )
    return mails


def _alert(n: int, when: datetime, rng: random.Random, names: list[tuple[str, str]]) -> Mail:
    role = rng.choice(ROLES)
    (company, _), (other, _), (third, _) = rng.sample(names, 3)
    body = ALERT.format(role=role, company=company, other=other, third=third)
    raw = render(
        "Job Alerts <jobalerts-noreply@linkedin.com>",
        f"“{role}”: new jobs in Berlin",
        body,
        when,
        f"alert-{n}@linkedin.com",
        extra="List-Unsubscribe: <https://jobs.example/unsubscribe>\r\nPrecedence: bulk\r\n",
        html=_html(body, "Job Alerts"),
    )
    return Mail(when, "INBOX", raw)


def job_mail(
    count: int, start: datetime, span: timedelta, rng: random.Random
) -> tuple[list[Mail], list[Application]]:
    """About ``count`` job messages over ``span`` from ``start``, and their applications."""
    names = companies(max(3, count), rng)
    mails: list[Mail] = []
    applications: list[Application] = []
    alerts = count // 10
    outcome_of: dict[int, int] = {}  # id() of an outcome mail: its application's index
    while len(mails) < count - alerts:
        n = len(applications)
        company, slug = names[n % len(names)]
        app = Application(company, rng.choice(ROLES), slug, rng.choice(LANGS))
        applied = start + span * rng.random() * 0.85
        made = _application_mail(n, app, applied, rng)
        outcome_of.update((id(mail), n) for mail in made if mail.outcome)
        mails += made
        applications.append(app)
    for n in range(alerts):
        mails.append(_alert(n, start + span * rng.random(), rng, names))
    kept = mails[:count]
    # the status each application's kept mail leads to (the last one's outcome may be cut)
    status = {outcome_of[id(mail)]: mail.outcome for mail in kept if id(mail) in outcome_of}
    applications = [
        replace(app, status=status.get(n) or "applied") for n, app in enumerate(applications)
    ]
    return kept, applications
