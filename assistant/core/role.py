"""Which job a mail is about: its role title (pure; the requisition id is core/requisition.py).

The role comes from "application for <Role>", "position of <Role>", "<Role>
position", localised forms ("Bewerbung als", "poste de", "functie van", "puesto
de"), then the subject ("Your application: <Role>") or a title line of a job card;
the employer's name and reference numbers are cut off it. ``GENDER_MARKER`` is the
"(m/w/d)" that marks a job title. The title the header-only pre-filter reads is
``job_title.subject_title`` (the screen need not load this module's patterns).
"""

from __future__ import annotations

import re

from assistant.core.company_subject import FOLDS_APART, holds, needle_screen
from assistant.core.job_title import title_like
from assistant.core.models import Message
from assistant.core.name_cue import Cue, held
from assistant.core.nofollowup import compile_fast, lowered, matches
from assistant.core.role_cards import CARD_MASK, card_title, sent_card
from assistant.core.role_clean import GENDER_MARKER, clean_role
from assistant.core.role_event import event_title
from assistant.core.senders import sender_data, squash
from assistant.core.subject_prefix import strip_all
from assistant.core.substrings import SUBSTRINGS

_ROLE_WORD = (
    r"(?:[A-Z0-9][\w/&+#'’()-]*|\((?:m|f|w|d|x|h|/|\s)+\)|\([A-Z]{2,6}\)|–|-|/|&|of|"
    r"and|de|et|en|y|i|für|in)"
)
_ROLE_CAP = rf"[A-Z][\w/&+#'’-]*(?:\s+{_ROLE_WORD}){{0,7}}"
#: before an explicit "position" / "role" a title may run longer and hold commas
#: ("the Associate, Wealth Platform position")
_ROLE_LONG = rf"[A-Z][\w/&+#'’-]*(?:,?\s+{_ROLE_WORD}){{0,11}}"
_STOP_WORDS = (
    "position|role|job|vacancy|opening|stelle|poste|functie|puesto|at|with|in|bei|chez|bij|en|"
    "para|pour|for|and|has|was|is|which|that|we|you|on|auprès|dans|op|wij|je|jij|u|ik|nous|vous|"
    "wir|sie|ich|ihr|und|et|y|zu|zum|zur|im|est|ist|ont|sont|wurde|wird|werden|heeft|hebben|"
    "haben|avons|hemos|ha|han|se|le|la|les|el|los|las|der|die|das|den|dem|het|een|ein|eine|un|"
    "une|mit|met|con|avec|von|from|a|à|al|du|des|au|aux|sur|naar|voor|über|uit|aan|by|to|of|"
    "our|your|votre|notre|ihre|unsere|uw|onze|je|su|nuestra|nuestro|nodigen|graag|gerne|bien|"
    "willen|wil|kunnen|zullen|mogen|m[öo]chten|w[üu]rden|wollen|k[öo]nnen|voulons|souhaitons|"
    "pouvons|queremos|podemos|nos|te|le|les|y|o|ou|of|oder|und|em|no|na|com|por|pelo|pela|"
    "não|que|seu|sua|ao|aos|é|foi|presso|per|nel|nella|il|lo|gli|che|è|e|non|tuo|tua|"
    "nostra|nostro|sono|siamo|abbiamo|nesta|neste|nestas|nestes|"
    # a verb after the title ends it: "a vaga de Recepcionista está congelada", "el puesto
    # de Analista quedó cubierto", "le poste d'Exploitant ayant été pourvu", "je sollicitatie
    # als Monteur ontvangen", "voor Teamleider bekeken en doorgestuurd"; "été" and "sera"
    # are nouns too ("Vendeur saison été", "Cameriere turno sera"): "sera" only before a
    # participle ("le poste de Vendeur sera pourvu")
    "está|estão|estava|ficou|foram|será|quedó|queda|fue|estaba|ayant|était|"
    r"sera(?=\s+[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|is|ise)\b)|"
    "sarà|era|ontvangen|bekeken|doorgestuurd|beoordeeld|gelezen"
)
#: a word; an inclusive ending in brackets stays ("Chargé(e)", "Vendedor(a)")
_FREE_WORD = r"[^\s,.!?;:\"“”()\n]+(?:\([a-zà-ÿ]{1,5}\)[^\s,.!?;:\"“”()\n]*)?"
#: a role written in lower case (French, Dutch...): up to four words, no function words
#: except "de" / "d'" inside ("Técnico de Soporte IT") and "en" before a lower-case word
#: ("consultant en stratégie"; "en Grupo Encina" names the employer)
_ROLE_FREE = (
    rf"{_FREE_WORD}(?:\s+(?:(?:de|del|al|di|da|do|dos|das|della|delle)\s+|d['’]|en\s+(?=[a-zà-ÿ]))?"
    rf"(?!(?:{_STOP_WORDS})\b)"
    rf"{_FREE_WORD}){{0,3}}"
    r"(?:\s*\((?:m|w|d|f|x|h|gn|/|\*|\s){1,9}\))?"
)
#: German titles are nouns, written with a capital ("Projektingenieur Photovoltaik"),
#: so a lower-case word after them ("anbieten") ends the title; a gender ending is
#: part of the word ("Doktorand*in", "Mitarbeiter:in"), and English joiners link
#: English words ("Machine Learning for Robotics")
_DE_WORD = r"[A-ZÄÖÜ](?:[\w/-]|[*:_](?=[a-z]))*"
_ROLE_DE = (
    rf"{_DE_WORD}(?:[^\S\n]+(?:(?:für|und|im|in|der|des|for|of|and|&|/|-)[^\S\n]+)?"
    r"(?!(?:Ihr|Ihre|Ihrem|Ihren|Ihrer|Sie|Wir|Uns|Ihnen|Dein|Deine|Du|Euch)\b)"
    rf"(?:{_DE_WORD}|\((?:m|w|d|f|x|h|gn|/|\*|\s){{1,9}}\))){{0,5}}(?![\w(])"
)
_ROLE_STOP = (
    r"(?=\s+(?:position|role|job|vacancy|opening|at|with|in|bei|chez|bij|en|para|pour|"
    r"for|and|has|was|is|which|that|we|you|on|auprès|dans|de\s+la\s+soci|op|van\s+de)\b|"
    r"\s*[,.!?;:\"”()\n]|\s*$)"
)
_ROLE_BODY = [
    r"\bjob\s*[\"“](?P<r>[^\"”\n]{2,80})[\"”]",
    rf"\b(?:position|role|post|vacancy|job)\s*(?:of|as|:)\s*(?:the\s+|an?\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\b(?:application|applying|applied|apply|interview|interest|candidacy)\s+(?:for|to)\s+(?:the\s+|our\s+|an?\s+)?(?:(?:position|role|post|job)\s+(?:of\s+)?)?(?P<r>{_ROLE_LONG})\s+(?:position|role|job|vacancy|opening)\b",
    rf"\b(?:application|applying|applied|candidacy|interview|interviewing)\s+(?:for|to)\s+(?:the\s+|our\s+|an?\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\b(?:apply)\s+for\s+(?:the\s+|this\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\b(?:the|our|this)\s+(?P<r>{_ROLE_LONG})\s+(?:position|role|vacancy|opening|opportunity)\b",
    r"\bfollowing\s+(?:vacancy|position|role|job)(?:\s+(?:with|at|in)\s+[^:.\n]{1,60})?\s*:\s*(?P<r>[^\n.]{2,80}?)\s*(?:\.\s|\.$|\n|$)",
    # a quoted title: "viewed your application for “Driver”"
    r"\b(?:application|applying|applied|candidacy|interest)\s+(?:for|to|in)\s+(?:the\s+)?(?:(?:position|role|job)\s+)?[“\"«„‘](?P<r>[^\"“”«»„‘’\n]{2,80})[”\"»“’]",
    # a quoted title after the post's noun (twentieth round): "a vaga “Data Analyst”", "die
    # Stelle „Data Analyst“", "la posizione di "Data Analyst"", "de functie "Data Analyst""
    r"\b(?:vaga|cargo|posi[çc][ãa]o|stelle|poste|puesto|vacante|posizione|ruolo|functie|vacature|"
    r"position|role|job|post)\s+(?:de\s+|di\s+|van\s+|als\s+|of\s+)?[“\"«„‘](?P<r>[^\"“”«»„‘’\n]{2,80})[”\"»“’]",
    # "applying to ACME for Backend Developer Intern position", "selected for the X position",
    # "your interest in the Data Engineer role"
    rf"\b(?:for|interest\s+in)\s+(?:the\s+|our\s+|an?\s+|this\s+)?(?P<r>{_ROLE_LONG})\s+(?:position|role|job|vacancy|opening)\b",
    r"\b(?:application|applying|applied)\s+for\s*:\s*\n+\s*(?P<r>[^\n]{2,80})\n",
    # "for the job Credit Risk Analyst (Req ...)", "join Ironbark as a Site Engineer",
    # "applying to be our Founding Product Designer"
    rf"\b(?:for|to)\s+the\s+(?:job|position|role|vacancy|opening|post)\s+(?:of\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\b(?:join|joining|work|working|apply|applying|applied|start|starting|welcome\s+you|hire\s+you|on\s+board)\b[^.!?\n]{{0,60}}?\bas\s+(?:an?\s+|our\s+(?:new\s+)?|the\s+(?:new\s+)?)(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    rf"\bto\s+be\s+(?:an?|our|the)\s+(?:new\s+|next\s+)?(?P<r>{_ROLE_CAP}){_ROLE_STOP}",
    # a labelled field on its own line ("Stelle: Sachbearbeiter (m/w/d)")
    r"\b(?:applied\s+for|application\s+for|"
    r"stellenbezeichnung|stelle|intitul[ée]\s+du\s+poste|poste|functie|vacature|puesto|vacante|"
    r"posizione|ruolo|vaga|cargo|job\s*title|job|vacancy|opening|position|role)[^\S\n]*:[^\S\n]*"
    r"(?P<r>[^\n:]{2,80}?)\n",
    # German / French / Dutch / Spanish
    rf"\b(?:bewerbungen|bewerbung|bewerben)\s+(?i:als|(?:für|auf|um)\s+(?:die|eine|den|einen)\s+(?:ausgeschriebene\s+|offene\s+)?(?:stelle|position|ausbildungsstelle|ausbildungsplatz|praktikumsstelle|praktikumsplatz)\s+(?:als\s+|zum\s+|zur\s+)?)\s*(?P<r>{_ROLE_DE}|{_ROLE_FREE})",
    rf"\b(?:stelle|position|ausbildungsstelle|ausbildungsplatz|praktikumsstelle|praktikumsplatz)\s+(?:als|zum|zur)\s+(?P<r>{_ROLE_DE}|{_ROLE_FREE})",
    rf"\b(?:stelle|position)\s+(?P<r>{_ROLE_DE})",
    rf"\b(?:poste|emploi)\s+(?:de|d['’]|:)\s*(?P<r>{_ROLE_FREE})",
    rf"\boffre\s+(?:de\s+|d['’]|:\s*)?(?P<r>{_ROLE_FREE})",
    rf"\b(?:functie|vacature|rol)\s+(?:(?:van|als|voor)\s+|:\s*)(?!(?:{_STOP_WORDS})\b)(?P<r>{_ROLE_FREE})",
    # "candidature en tant que", "in qualità di", "solicitud como"
    rf"\b(?:en\s+tant\s+que|in\s+qualit[àa]\s+di)\s+(?!(?:{_STOP_WORDS})\b)(?P<r>{_ROLE_FREE})",
    # "proceso de selección para Analista", "processo seletivo para Analista"
    rf"\b(?:selecci[oó]n|seletivo|selezione)\s+(?:para|per)\s+(?=[A-ZÀ-Þ])(?P<r>{_ROLE_FREE})",
    rf"\b(?:functie|vacature)\s+(?P<r>{_ROLE_CAP})(?![\w'’-])",
    rf"\bsollicitatie\s+(?:als\s+|voor\s+(?:de\s+)?(?:functie\s+(?:van\s+)?|vacature\s+)?)(?P<r>{_ROLE_FREE})",
    rf"\b(?:puesto|vacante|posici[oó]n)\s+(?:de|:)\s*(?P<r>{_ROLE_FREE})",
    # Italian / Portuguese: "posizione di", "ruolo di", "vaga de", "cargo de", "candidatura como"
    rf"\b(?:posizione|ruolo|figura|profilo|vaga|cargo|fun[çc][ãa]o|posi[çc][ãa]o)\s+(?:di\s+|da\s+|de\s+|come\s+|para\s+|:\s*|(?=[A-ZÀ-Þ]))(?!(?:{_STOP_WORDS})\b)(?P<r>{_ROLE_FREE})",
    rf"\b(?:candidatura|inscri[çc][ãa]o|solicitud|postulaci[oó]n)\s+(?:come|como|per\s+il\s+ruolo\s+di|per\s+la\s+posizione\s+di|per(?=\s+[A-ZÀ-Þ]))\s+(?!(?:{_STOP_WORDS})\b)(?P<r>{_ROLE_FREE})",
    rf"\b(?:candidatura|solicitud|postulaci[oó]n)\s+(?:para\s+(?:el\s+puesto\s+de\s+|la\s+(?:oferta|vacante)\s+(?:de\s+)?)?(?!(?:{_STOP_WORDS})\b)|a\s+(?:el\s+puesto\s+de\s+|la\s+(?:oferta|vacante)\s+(?:de\s+)?|(?=[A-ZÀ-Þ])))(?P<r>{_ROLE_FREE})",
    rf"\boferta\s+(?:de\s+)?(?P<r>{_ROLE_FREE})",
]
_ROLE_SUBJECT = [
    # "Your application to Acme for Data Analyst", "Acme: Application received for X"
    r"\b(?:application|applying|applied)\s+(?:to|at|with)\s+[^-–:|]{1,60}?\s+for\s+(?:the\s+)?(?P<r>[^\[\]]{2,80}?)(?:\s+(?:position|role)\b.*)?\s*$",
    r"\b(?:application|candidature|candidacy)\s+(?:received|submitted|confirmed|confirmation|acknowledg(?:ed|ement|ment))\s*(?:for|[-–:|])\s*(?:the\s+)?(?P<r>[^\[\]]{2,80}?)(?:\s+(?:position|role|at|with)\b.*)?\s*$",
    r"\b(?:application|applying|applied|candidature|bewerbung|sollicitatie|candidatura)\s*(?:for|to|:|als|für|auf(?!\s+(?:eine?|die|das|der)\b)|pour|au|à|voor|para|per|como|come|-|–)(?![^\W\d_])\s*(?:the\s+|le\s+poste\s+de\s+|de\s+functie\s+(?:van\s+)?|el\s+puesto\s+de\s+)?(?P<r>[^\[\]]{2,80}?)(?:\s+(?:position|role|at|with|bei|chez|bij)\b.*|\s+(?:has|have|was|is)\s+been\b.*)?\s*$",
    r"\binterview\s+(?:for|invitation\s*[-–:])\s*(?:the\s+)?(?P<r>[^\[\]]{2,80}?)(?:\s+(?:position|role|at|with)\b.*)?\s*$",
    # "Acme - Developer Role", "Acme | Data Analyst Position Interview"
    rf"[-–:|]\s*(?P<r>{_ROLE_CAP})\s+(?:[Pp]osition|[Rr]ole)(?:\s+(?i:pre-?assessment|"
    r"assessment|interview|test|application|update|invitation|offer))?\s*$",
    r"\b(?:update|status\s+update)\s*[-–:]\s*(?P<r>[^\[\]]{2,80}?)\s*$",
    rf"\bfor\s+(?:your|the|our)\s+(?P<r>{_ROLE_CAP})\s+(?:vacancy|position|role|opening)\b",
    # a recruiter's "Senior Consultant opportunity - Lisbon", "Data Engineer role at Acme"
    r"^(?!(?:Exciting|Great|Interesting|New|Open|Potential|Career|Job|Your|An?|The|Amazing|"
    rf"Unique|Excellent|Urgent|Immediate|Remote|Hybrid)\b)(?P<r>{_ROLE_CAP})\s+"
    r"(?i:opportunity|position|role|vacancy|opening)\b",
    # "Next steps for your Site Engineer application", "Your Site Engineer application at Acme"
    rf"\b(?i:your)\s+(?P<r>{_ROLE_CAP})\s+(?i:application|candidacy|interview)\b",
    # (the gap is bounded: from every step word an unbounded one read to the end, quadratic)
    rf"(?i:application|candidate|interview|vacancy|position|role|follow|candidature|candidatura|bewerbung|sollicitatie)[^-–:|]{{0,120}}?(?:\s[-–|]|:)\s*(?P<r>{_ROLE_CAP})\s*$",
    # "Sollicitatie Digital Marketeer bij Acme": a bare title after the step, then the employer
    rf"^(?i:application|bewerbung|candidature|candidatura|sollicitatie)\s+(?P<r>{_ROLE_CAP}?)\s+(?:at|bei|chez|bij|with|presso|en|em)\s+[A-Z]",
]
_ROLE_BODY_RE = [Cue.of(p) for p in _ROLE_BODY]
#: each body pattern, and whether it reads the real line breaks ("Your application
#: for:\n\nData Analyst"), not the flattened text
_ROLE_BODY_LINES = [(cue, cue.tail.pattern.endswith(r")\n")) for cue in _ROLE_BODY_RE]
#: each with the needle sets its matches hold, looked up in the lower-cased subject first
_ROLE_SUBJECT_RE = [
    (re.compile(p) if _ROLE_CAP in p else re.compile(p, re.IGNORECASE), needle_screen(p))
    for p in _ROLE_SUBJECT
]
_ROLE_BAD = re.compile(
    r"(?i)^(?:the|a|an|this|that|your|our|position|role|job|opening|vacancy|interview|"
    r"application|future|other|similar|us|you|it|all|more|further|employment|team|company|"
    r"has been received|received|submitted|sent|emploi|empleo|trabajo|stelle|job offer|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|next week|client|"
    r"customer|date|start date|time|location|emprego|trabalho|lavoro|impiego|recent|new|online|"
    r"latest|last|submitted|job application)$|@|"
    r"https?:|\b(?:thank|received|submitted|update|status|we|our|your)\b"
)


#: a subject's parts: " - ", " | " ("Acme - Data Analyst"); with a colon and a dash
#: ("Entrevista Agendada: Desenvolvedor"); its last part after a dash
_PARTS = re.compile(r"\s+[-–|]\s+")
_SIDES = re.compile(r"\s+[-–—|]\s+|:\s+")
_LAST_PART = re.compile(r"\s*[-–|]\s*[^-–|]*$")
_NO_TITLE = re.compile(r"[!?]|\d{3,}")


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
    if wrapped or rest.strip()[:1].islower():
        return value  # "... el puesto de Analista\nde Datos": one title, wrapped
    return clean_role(first)


def _a_label(message: Message, match: re.Match[str]) -> bool:
    """The title found starts a line that ends with a colon: the next label of a card
    ("Job description" / "Your contact:"), not a title ("Descrição da vaga\nSeu contato:")."""
    start = match.start("r")
    if start == 0 or message.text[start - 1] != "\n":
        return False
    end = message.text.find("\n", start)
    return message.text[start : end if end >= 0 else None].rstrip().endswith(":")


def role(message: Message, flat: str, company_name: str | None) -> tuple[str | None, str]:
    """(role, evidence) from body wording, then the subject."""
    body = flat[:20_000]
    body_low = lowered(body)
    lined: tuple[str, str] | None = None  # the text with its line breaks, lower-cased too
    company_key = squash(company_name or "")
    present = SUBSTRINGS.found(body_low)
    if present & CARD_MASK:  # (the text's one substring pass holds the card's needles)
        card = sent_card(message.text[:5000])
        if card and _good_role(card, company_key):
            return card, f"role from the job board's card: {card!r}"
    for pattern, needs_lines in held(_ROLE_BODY_LINES, present):
        text, low = body, body_low
        if needs_lines:
            if lined is None:
                lined = (message.text[:20_000], lowered(message.text[:20_000]))
            text, low = lined
        for match in pattern.findall(text, low, present if text is body else None):
            value = clean_role(match.group("r"))
            if text is body:
                if _a_label(message, match):
                    continue
                value = _on_one_line(message, match, value)
            value = _without_company(value, company_name)
            if _good_role(value, company_key):
                return value, f"role from body: {value!r}"
    for match in matches(_TITLE_AFTER, body):
        value = _on_one_line(message, match, clean_role(match.group("r")))
        value = _without_company(value, company_name)
        if title_like(value) and _good_role(value, company_key):
            return value, f"role from body (a job title): {value!r}"
    subject = strip_all(message.subject)
    subject_low = subject.lower()
    screened = not any(letter in subject for letter in FOLDS_APART)
    for subject_pattern, sets in _ROLE_SUBJECT_RE:
        if screened and not holds(subject_low, sets):
            continue
        found = subject_pattern.search(subject)
        if found:
            value = clean_role(found.group("r"))
            if not _good_role(value, company_key) or _employer_named(value, company_name):
                continue  # "Application Rejected - Acme HR": the employer's name
            value = _without_company(value, company_name)  # "X at Acme"
            value = (
                _LAST_PART.sub("", value)
                if company_key and squash(value).endswith(company_key)
                else value
            )
            if _good_role(value, company_key):
                return value, f"role from subject: {value!r}"
    event = event_title(message.subject)  # "Invitation: X with Priya Nair (Acme) @ Thu ..."
    if event and _good_role(event, company_key):
        return event, f"role from a calendar event's title: {event!r}"
    side = _subject_side(subject, company_key)
    if side:
        return side, f"role from subject: {side!r}"
    # a bare job title: a reply's subject ("Re: Machine Learning Engineer"), or the
    # line next to the employer's name on a job board's card
    for part in _PARTS.split(subject):
        value = clean_role(_PROCESS_WORD.sub("", part.strip()))
        if title_like(value, loose=True) and _good_role(value, company_key):
            return value, f"role from subject (a job title): {value!r}"
    card = card_title(message.text[:20_000], company_name)
    if card and _good_role(card, company_key):
        return card, f"role from the job card: {card!r}"
    return None, ""


#: "Sollicitatie Developer", "Bewerbung Projektleiter": the step before a bare title
_PROCESS_WORD = re.compile(
    r"^(?i:application|bewerbung|candidature|candidatura|sollicitatie|solicitud)\s+(?=[A-Z])"
)
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
    parts = [p.strip() for p in _SIDES.split(subject) if p.strip()]
    if len(parts) < 2 or not any(_PROCESS.search(p) for p in parts):
        return None
    for part in parts:
        if _PROCESS.search(part) or (company_key and company_key in squash(part)):
            continue
        value = clean_role(part)
        words = value.split()
        heads = sender_data().title_heads
        titled = bool(GENDER_MARKER.search(part)) or any(
            w.lower().strip(".,()") in heads or _TITLE_ENDING.search(w.strip(".,()")) for w in words
        )
        if (
            1 <= len(words) <= 8
            and titled
            and value[:1].isupper()
            and not _NO_TITLE.search(value)
            and _good_role(value, company_key)
        ):
            return value
    return None


#: "... selection process for Assistant Store Manager": a title-like run after for / as
#: (no leading \b: the engine skips to the first letters; ``matches`` checks the start)
_TITLE_AFTER = compile_fast(
    rf"\b(?:[Ff]or|[Aa]s)\s+(?:the\s+|an?\s+|our\s+)?(?P<r>{_ROLE_CAP})(?=\s*[,.!?;:()\n]|\s*$)",
    0,
)


def _without_company(value: str, company_name: str | None) -> str:
    """'Wrenfield Consulting Business Analyst Scheme' -> 'Business Analyst Scheme';
    'Recepcionista de hotel de Marea Azul' -> 'Recepcionista de hotel'."""
    if not company_name or not value:
        return value
    first = company_name.split()[0]
    if value.startswith(company_name + " "):
        return value[len(company_name) + 1 :]
    # a preposition between blanks, then the employer's first word (no pattern per employer)
    pos = 0
    while (found := _PREPOSITION.search(value, pos)) is not None:
        end = found.end() + len(first)
        if (
            value.startswith(first, found.end())
            and _word_ends(value, end)
            # "Gestor da Frota" at "Frota Express", "Commesso di Farmacia" at "Farmacia":
            # a one-word title's own complement, unless the whole name follows
            and (
                found.group("p") in _EMPLOYER_ONLY
                or (" " in company_name and value.startswith(company_name, found.end()))
                or len(value[: found.start()].split()) > 1
            )
        ):
            return value[: found.start()]
        pos = found.end("p")  # the blanks after it may stand before another one
    return value


#: a preposition between blanks, that an employer's name follows in a title
_PREPOSITION = re.compile(
    r"\s+(?P<p>de|at|bei|chez|en|bij|à|for|with|del|da|do|di|della|presso|na|no)\s+"
)
#: those that name only where one works ("Barista at Acme"), never what one does
_EMPLOYER_ONLY = ("at", "bei", "chez", "bij", "for", "with", "presso")


def _word_ends(text: str, end: int) -> bool:
    """``\\b`` at ``end``: a word character on one side only."""
    before = end > 0 and (text[end - 1].isalnum() or text[end - 1] == "_")
    after = end < len(text) and (text[end].isalnum() or text[end] == "_")
    return before != after


def _employer_named(value: str, company_name: str | None) -> bool:
    """'Acme HRMS' for 'Acme Group': the employer's first word and no job title after it
    ('Acme Cloud Engineer' stays)."""
    first = squash((company_name or "").split(" ")[0])
    return len(first) >= 4 and squash(value).startswith(first) and not title_like(value)


def _good_role(value: str, company_key: str) -> bool:
    if not value or len(value) < 2 or len(value) > 80:
        return False
    if _ROLE_BAD.search(value):
        return False
    key = squash(value)
    if company_key and (
        key == company_key
        or (len(key) >= 4 and (company_key.startswith(key) or company_key.endswith(key)))
    ):
        return False  # the employer's name or a part of it ("Brauer" in "Sonnberg Brauerei" stays)
    if len(company_key) >= 4 and key.startswith(company_key):
        return False  # "Application Acknowledgment – Acme Resources P/L"
    return len(value.split()) <= 10
