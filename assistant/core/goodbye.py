"""A goodbye: a mail that only thanks for the interest and wishes well (a tracking
system's "not interested" notice), told from a receipt, a sign-up or an event's thanks."""

from __future__ import annotations

import re

from assistant.core.cues import View
from assistant.core.nofollowup import sentence_span

#: thanks for the interest: "Gracias por su interés", "für Ihr Interesse ... danken"
_THANKS_FOR_INTEREST = re.compile(
    r"(?:thank|dank|bedank|merci|remerci|gracias|agradec|grazie|ringrazi|obrigad)[^.!?\n]{0,80}?"
    r"(?:interest|interesse|inter[eé]s|int[ée]r[êe]t)|"
    r"(?:interest|interesse|inter[eé]s|int[ée]r[êe]t)[^.!?\n]{0,60}?\b(?:danken|bedanken)\b"
)
#: ... and not for the application in the same sentence ("Agradecemos o seu interesse e a
#: sua candidatura": a receipt's thanks too)
_APPLIED = re.compile(
    r"applica|applying|candida|bewerb|sollicit|solicitud|postula|inscri|\bcv\b|curr[íi]cul|lebenslauf"
)
#: a line that opens the sign-off ("Met vriendelijke groet -- Sam Lee ...", "Saludos,",
#: "--"): a closing word after at most two others at the start of a line
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:--(?:\s|$)|(?:[^\W\d_]+[ \t]+){0,2}?(?:regards|best|cheers|sincerely|saludos|"
    r"atentamente|cordialement|bien\s+(?:à|a)\s+vous|gr(?:ü|ue|u)(?:ß|ss)e|groet(?:en)?|saluti|"
    r"cordiali|distinti|atenciosamente|abra[çc]os?|cumprimentos)\b)",
    re.M,
)
#: an answer or news promised in a few words ("Pronto tendrás noticias nuestras")
_PROMISED = re.compile(
    r"\b\w{2,}(?:remos|rons|remo|r[áà]s?)\b|\b(?:soon|shortly|within|bald|k(?:ü|ue|u)rze|"
    r"bescheid|pronto|presto|breve|bient[ôo]t|binnenkort|snel|spoedig|noticias|nouvelles|"
    r"not[íi]cias|notizie|riscontro|update|hear)\b"
)
#: the wishes' sentence going on to say more: a clause break, the sender speaking
_GOES_ON = re.compile(
    r"[;:–—]|\s-\s|\b(?:we|we['’](?:re|ll)|our|wir|unser\w*|uns|estamos|vamos|nuestr\w*|nous|notre|nos|"
    r"stiamo|siamo|nostr\w*|n[óo]s|iremos|nosso|nossa|wij|ons|onze)\b"
)
#: a post or a placement named (the goodbye concerns one)
_A_POST = re.compile(
    r"\b(?:role|position|job|vacancy|internship|stelle|praktikum|poste|stage|functie|vacature|"
    r"puesto|vacante|pr[áa]cticas|posizione|ruolo|tirocinio|vaga|posi[çc][ãa]o|cargo|"
    r"est[áa]gio)\b"
)
#: what may stand between the thanks and the wishes: nothing said
_NOTHING = re.compile(r"[\s!.?¡¿]*")

#: what a receipt or a sign-up says and a goodbye does not: a promise of a review, an
#: answer or a call, the application being looked at now, a newsletter or an event
_STILL_OPEN = re.compile(
    r"\b(?:will|['’]ll)\s+(?:review|be\s+in\s+touch|get\s+back|contact|reach\s+out|let\s+you\s+know|"
    r"have\s+a\s+look|look\s+at|keep\s+you\s+in\s+mind)|\bunder\s+review\b|"
    r"\bmelden\s+(?:uns|wir\s+uns)\b|\bwerden\b[^.!?\n]{0,60}?\b(?:pr(?:ü|ue|u)fen|sichten|melden|"
    r"kontaktieren|informieren)\b|\b(?:wir\s+)?pr(?:ü|ue|u)fen\s+(?:ihr|ihre|dein|deine)\b|"
    r"\bkommen\s+(?:\w+\s+){0,2}?auf\s+(?:sie|dich)\s+zu\b|\bin\s+(?:der\s+)?pr(?:ü|ue|u)fung\b|"
    r"\b(?:revisaremos|analizaremos|estudiaremos|valoraremos|avisaremos|(?:te|le|les|os)\s+"
    r"(?:contactaremos|escribiremos|informaremos|llamaremos)|nos\s+pondremos\s+en\s+contacto|"
    r"en\s+(?:proceso\s+de\s+)?revisi[óo]n)\b|\b(?:valuteremo|esamineremo|analizzeremo|"
    r"(?:ti|vi)\s+faremo\s+sapere|(?:ti|la|vi)\s+(?:ri)?contatteremo|(?:sar[àa]|verr[àa])\s+"
    r"valutat\w*|in\s+(?:fase\s+di\s+)?valutazione)\b|\b(?:[ée]tudierons|examinerons|analyserons|"
    r"reviendrons|(?:re)?contacterons|tiendrons\s+inform[ée]|en\s+cours\s+d['’](?:examen|[ée]tude))|"
    r"\b(?:vamos\s+(?:analisar|avaliar)|analisaremos|avaliaremos|entraremos\s+em\s+conta(?:c)?to|"
    r"retornaremos|daremos\s+retorno|em\s+an[áa]lise)\b|\b(?:bekijken|beoordelen|in\s+behandeling|"
    r"nemen\s+(?:we\s+)?contact|laten\s+(?:we\s+)?(?:je|u|jou)\s+weten|(?:hoor|hoort|horen)\s+"
    r"(?:je|u)?\s*(?:snel\s+|spoedig\s+)?van\s+ons)\b|\b(?:newsletter|nieuwsbrief|community|"
    r"comunidad|communaut[ée]|comunit[àa]|comunidade|talent\s*(?:pool|network)|webinar|feria|fair|"
    r"salon|messe|beurs|fiera|feira|evento|event|meetup)\b"
)
#: good wishes for a future with the sender: an offer's or a welcome's, not a goodbye
_WITH_US = re.compile(
    r"\b(?:with\s+us|bei\s+uns|con\s+nosotros|connosco|conosco|(?:presso\s+di|con)\s+noi|"
    r"chez\s+nous|parmi\s+nous|bij\s+ons|new\s+(?:career|role|job|position)\s+at)\b"
)

#: a subject that says the mail is a receipt, a welcome, a sign-up or its end, an alert, an
#: account's notice or an event's: its thanks and wishes are no goodbye
_NOT_A_GOODBYE_SUBJECT = re.compile(
    r"receiv|recib|recep|ricev|ricezion|receb|re[çc]u|r[ée]ception|erhalten|eingang|ontvang|"
    r"confirm|conferm|best(?:ä|ae|a)tig|bevestig|welcome|bienvenid|bienvenue|willkommen|"
    r"bem-vind|welkom|benvenut|unsubscri|de\s+baja|d[ée]sinscri|abmeld|afmeld|disiscri|"
    r"descadastr|alert|account|konto|compte|cuenta|\bconta\b|(?:expressed|showed)\s+interest|"
    r"mostrado\s+inter|open\s*da[gy]|karrieretag|forum|jornada|feira|webinar|event"
)


def goodbye_after_thanks(view: View, listed: list[str], receipt: re.Pattern[str]) -> str | None:
    """Good wishes for the search or the career ahead in a message that says nothing but
    thanks for the interest and those wishes (a tracking system's "not interested"
    notice: "Thank you for your interest and your time. We wish you the best in your
    future projects."). The wishes stand in the thanks' sentence or the next one, only
    short lines (greeting, sign-off, signature) stand around the two, the thanks name no
    application, and nothing is still open (``_STILL_OPEN``) nor a future with the sender
    wished. A receipt says more: that it arrived, what comes next."""
    low = view.low
    wishes = None if listed else view.cue("farewell")  # (screened by its needles: cheap)
    found = view.sentence_of(wishes) if wishes else None
    thanks = _THANKS_FOR_INTEREST.search(low) if found else None
    if wishes is None or found is None or thanks is None:
        return None
    if _STILL_OPEN.search(low) or receipt.search(low):
        return None
    if _NOT_A_GOODBYE_SUBJECT.search(view.subject.lower()):
        return None
    left, right = sentence_span(low, thanks.start(), thanks.end())
    _, wish_left, wish_right = found
    if _APPLIED.search(low, left, right) or _WITH_US.search(low, wish_left, wish_right):
        return None
    if wish_left < left or (wish_left != left and not _NOTHING.fullmatch(low, right, wish_left)):
        return None  # something said between the thanks and the wishes
    at, _, _ = found
    rest = low[at + len(wishes) : wish_right]
    if len(rest.split()) > 8 or _GOES_ON.search(rest) or _PROMISED.search(rest):
        return None  # the wishes' sentence goes on ("...; our team will be reviewing ...")
    after = low[max(right, wish_right) :]
    sign_off = next((m for m in _SIGN_OFF.finditer(after) if _closes(after, m.start())), None)
    said = after[: sign_off.start() if sign_off else None]
    if len(low[:left].split()) > 5 or len(said.split()) > 5 or _PROMISED.search(said):
        return None  # more than a greeting before them and a sign-off after them
    named = view.subject.lower() + " " + low[:at] + " " + low[at + len(wishes) :]
    if not (_APPLIED.search(named) or _A_POST.search(named)):
        return None  # no application named: a fair's, a sign-up's, a newsletter's thanks
    return wishes


def _closes(text: str, start: int) -> bool:
    """The sign-off at ``start`` only closes: its line (a signature's lines run on in the
    text read), up to a signature's "--", holds a few words and no promise ("Saludos, --
    Sam Lee", not "Saludos cordiales y, en los próximos días, te enviaremos ...")."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else None]
    cut = line.find(" --", 1)
    line = line[: cut if cut >= 0 else None]
    return len(line.split()) <= 10 and not _PROMISED.search(line)
