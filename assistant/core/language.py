"""Which language a mail is written in, from its most common words (en, de, fr, nl, es, it,
pt).

A small guess for picking the follow-up template: the language whose stop words
cover most of the text wins, and a text too short or too mixed to tell gives None
(the caller keeps English). No I/O, no model: a few hundred words per language
are enough for a confirmation mail.
"""

from __future__ import annotations

import re
from datetime import date

#: The languages followup ships templates for.
LANGUAGES = ("en", "de", "fr", "nl", "es", "it", "pt")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and to of a in for your you we is are this that with on be have has will at "
        "our as it not from by or an thank thanks application applying position role team "
        "received regards if any please would us"
    ),
    "de": _words(
        "der die das und zu den ihre ihr sie wir ist sind mit von für auf dem des ein eine "
        "einer nicht bei uns unsere unser haben wird werden als auch sich bewerbung "
        "vielen dank freundlichen grüßen grüssen stelle herzlichen sehr geehrte geehrter "
        "bitte oder noch nach"
    ),
    "fr": _words(
        "le la les de des et à un une votre vous nous est sont pour dans sur avec pas que qui "
        "du au aux ce cette notre nos par candidature poste merci cordialement bien reçu "
        "madame monsieur avons sera été"
    ),
    "nl": _words(
        "de het een en van ik je jij uw u wij we is zijn voor op met niet dat die te aan "
        "bij ons onze hebben wordt worden als ook sollicitatie vacature bedankt dank "
        "groet groeten vriendelijke met beste ontvangen"
    ),
    "es": _words(
        "el la los las de y en un una tu su sus usted nosotros es son para por con no que "
        "del al este esta nuestro nuestra gracias candidatura solicitud puesto saludos "
        "atentamente hemos recibido será estimado estimada"
    ),
    # Italian and Portuguese share words with Spanish (una, sua, candidatura): the lists
    # lean on the words that differ (il, gli, della, sono / você, não, uma, obrigado)
    "it": _words(
        "il lo gli di del della dei delle degli è un per con non che ci ti vi tuo tua suo "
        "nostro nostra siamo abbiamo sono grazie posizione cordiali saluti gentile ricevuto "
        "sarà questo questa nel nella alla al ed anche molto colloquio selezione"
    ),
    "pt": _words(
        "o os do da dos das em um uma seu sua você vocês nós com não ao à pela pelo "
        "obrigado obrigada vaga equipa equipe cumprimentos atenciosamente recebemos foi "
        "está nosso nossa olá prezado prezada também processo currículo seleção"
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def guess(text: str, *, minimum: int = 8) -> str | None:
    """The language code of ``text``, or None when it cannot be told.

    At least ``minimum`` stop words must be found, and the winner must be clearly
    ahead of the runner-up (Dutch and German share words; so do French and Spanish).
    """
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOP_WORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_second, runner_up) = ranked[0], ranked[1]
    if top < minimum or top < runner_up * 1.3:
        return None
    return best


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def long_date(day: date, language: str | None = None) -> str:
    """'2 November 2026', '2. November 2026', '2 novembre 2026', '2 de noviembre de 2026',
    '2 de novembro de 2026' (independent of the machine's locale)."""
    lang = language if language in _MONTHS else "en"
    month = _MONTHS[lang].split()[day.month - 1]
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    if lang in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"
