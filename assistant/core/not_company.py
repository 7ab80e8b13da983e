"""Names that are never the employer, whatever wording put them there (pure).

A cue or a signature's place may put a city ("soy reclutadora en Madrid", "Lisbon
Office"), a region ("North America Talent Acquisition"), a department ("Finance and
Accounting roles"), a title ("VP Customer Success"), a bare word for an organisation
("au sein du Groupe") or a person ("an Frau Meier") where an employer's name stands; a
phone's or a mailer's footer ("Sent from my iPhone") stands under a closing as a
signature's line would. These are stopped here, after the cues, not in each cue.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.core.senders import company_worded, sender_data
from assistant.core.words import split_words

__all__ = ["device_footer", "not_company"]

#: a phone's or a mail program's line under a message, in the seven languages ("Sent from
#: my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi
#: móvil", "Inviato da iPhone", "Enviado do meu iPhone", "Verzonden vanaf mijn iPhone",
#: "Get Outlook for iOS", "Obtenir Outlook pour Android", "Scarica Outlook per iOS")
_DEVICE_FOOTER = re.compile(
    r"(?i)^(?:sent|get|von|gesendet|envoy[ée]|obtenir|t[ée]l[ée]charger|enviado|obtener|"
    r"descarga|inviato|scarica|ottieni|obter|baixe|verzonden|verstuurd|download)\b"
    r"[^\n]{0,40}?\b(?:iphone|ipad|android|ios|mobile|mobil|phone|handy|smartphone|"
    r"samsung|galaxy|blackberry|outlook|gmail|yahoo|mail|windows|proton|m[óo]vil|"
    r"celular|telem[óo]vel|cellulare|telefoon|mobiel|portable|tablet)\b"
)


def device_footer(line: str) -> bool:
    """``line`` is a phone's or a mail program's footer, no signature's line."""
    return bool(_DEVICE_FOOTER.match(line.strip()))


#: cities and metropolitan areas a job mail names, in the seven languages' countries and
#: a few beyond, in their own and English spellings (lower case; "_" between words)
_CITIES = """
    london manchester birmingham edinburgh glasgow dublin paris lyon marseille toulouse lille
    nantes bordeaux rennes nice strasbourg berlin hamburg münchen munich köln cologne
    frankfurt stuttgart düsseldorf leipzig dresden hannover bremen wien vienna zürich zurich
    genf geneva basel bern madrid barcelona valencia sevilla seville bilbao málaga malaga
    zaragoza lisboa lisbon porto braga coimbra faro roma rome milano milan torino turin
    napoli naples firenze florence bologna genova venezia venice amsterdam rotterdam utrecht
    eindhoven groningen brussel bruxelles brussels antwerpen gent luxembourg boston chicago
    seattle austin denver atlanta toronto montréal montreal sydney melbourne new_york
    san_francisco los_angeles san_diego são_paulo sao_paulo rio_de_janeiro belo_horizonte
    den_haag the_hague mexico_city buenos_aires
    """.split()  # noqa: SIM905
_CITY = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(c).replace("_", r"\s+") for c in sorted(_CITIES, key=len, reverse=True))
    + r")(?!\w)"
)
#: the first word of every city: a name holding none of them needs no city search
_CITY_FIRST = frozenset(c.split("_")[0] for c in _CITIES)
_NON_WORD = re.compile(r"[\W_]+")

#: words that name a place, an office, a region or a direction, not who owns it
_PLACE_WORDS = frozenset(
    """
    area region regions office offices hq headquarters sede filiale standort vestiging
    kantoor oficina escritório escritorio bay metro downtown district centro center centre
    zentrum centrale central centraal zuid noord oost west nord süd sud est ouest norte sul
    sur north south east northeast northwest southeast southwest midwest america americas
    europe emea apac latam dach benelux iberia nordics uk usa us global worldwide remote
    """.split()  # noqa: SIM905
)
#: departments and fields of work ("EMEA Engineering", "Finance and Accounting", "Sales
#: Development", "Corporate Finance")
_DEPARTMENT_WORDS = frozenset(
    """
    engineering sales marketing finance accounting operations product legal it support
    customer success development business corporate digital tech technology data design
    retail procurement purchasing research communications administration logistics
    ventas vendas vertrieb verkoop vendite finanzas finanças finanzen financiën finanza
    roles positions
    accueil réception secrétariat empfang sekretariat receptie secretariaat recepción
    secretaría recepção receção secretaria accoglienza segreteria
    soins pôle psychiatrie pédiatrie gériatrie urgences chirurgie radiologie cardiologie
    capital humano humana humain humaine humaines saas b2b b2c
    """.split()  # noqa: SIM905
)
#: a bare word for an organisation or a shop, or a possessive before it ("Notre Groupe",
#: "Cabinet", "University", "Loja Centro", "Retail Store")
_ORGANISATION_WORDS = frozenset(
    """
    group groupe grupo gruppo gruppe groep cabinet company compagnie firm firma university
    universidad université universität universiteit università universidade store stores
    shop loja tienda negozio winkel magasin boutique laden agency agence agencia agência
    agenzia our notre nos nuestra nuestro nossa nosso nostra nostro unser unsere ons onze
    """.split()  # noqa: SIM905
)
#: a title's first word ("VP Customer Success", "Head of People")
_TITLE_FIRST = frozenset("vp svp evp avp ceo cto cfo coo cmo cpo cio chief head".split())  # noqa: SIM905
#: a manager's word before the shop, office or department managed ("Gestora de Loja",
#: "Gerente de Tienda", "Responsable Magasin"); not before a name of its own ("Gestora
#: de Activos Atlântico" is a firm)
_MANAGER_OF = frozenset(
    """
    gestor gestora gerente encargado encargada encarregado encarregada responsable
    responsabile directeur directrice director directora diretor diretora manager
    """.split()  # noqa: SIM905
)
#: a courtesy title before a surname ("Frau Meier", "Mme Roux", "Sra. Lopes"); not "Dr."
#: (Dr. Oetker)
_HONORIFIC = frozenset(
    """
    frau herr mr mrs ms miss mme madame monsieur mlle sr sra señor señora signor signora
    sig dhr mevr mevrouw meneer dona
    """.split()  # noqa: SIM905
)


#: scheduling, meeting and signing tools that send an employer's invitations and papers
#: ("Calendly" <no-reply@calendly.com>): the tool is not the employer
MEETING_TOOLS = frozenset(
    """
    calendly zoom googlecalendar googlemeet microsoftteams teams outlook outlookcalendar
    docusign doodle webex gotomeeting whereby calcom adobesign hellosign
    """.split()  # noqa: SIM905
)


#: a mailer's or a job board's footer links ("Paramètres de communication · Conditions
#: d'utilisation", "Gerir definições de email", "Manage your email settings"): a line
#: holding one of these words is never a name. Privacy alone may name a firm ("Datenschutz
#: Nord", "Privacy International"); its policy is a link
_MAILER_LINK = re.compile(
    r"(?<!\w)(?:settings|preferences|unsubscribe|paramètres|préférences|désabonner|"
    r"désinscri\w*|einstellungen|abmelden|abbestellen|instellingen|voorkeuren|afmelden|"
    r"configuración|preferencias|impostazioni|preferenze|disiscri\w*|definições|"
    r"preferências|descadastr\w*|privacy\s+(?:policy|notice|statement)|"
    r"politique\s+de\s+confidentialité|datenschutz(?:erklärung|hinweise|richtlinie)|"
    r"privacyverklaring|privacybeleid|política\s+de\s+privacidad(?:e)?|"
    r"informativa\s+(?:sulla\s+)?privacy|conditions\s+d'utilisation|terms\s+of\s+use)(?!\w)"
)


def not_company(name: str) -> bool:
    """``name`` is a place, a department, a title, a bare organisation word, a person
    by courtesy title, a meeting tool or a mailer's footer link: never the employer. A
    name with a word of its own ("Bar Toledo", "Frankfurt Main Consulting", "Gemeente
    Utrecht") stays one."""
    low = name.casefold()
    if _NON_WORD.sub("", low) in MEETING_TOOLS or _MAILER_LINK.search(low):
        return True
    words = [w.strip(".,()&'’") for w in low.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if words[0] in _HONORIFIC and len(words) == 2:
        return True
    if words[0] in _TITLE_FIRST and len(words) > 1 and not company_worded(name):
        return True
    if all(w in sender_data().title_heads or w in _JOINERS for w in words):
        return True  # a title alone ("Gérante", "Expert-comptable associé", "Partner")
    bare = _CITY.sub(" ", low) if not _CITY_FIRST.isdisjoint(split_words(low)) else low
    rest = [w for w in (w.strip(".,()&'’") for w in bare.split()) if w]
    if len(rest) > 1 and rest[0] in _MANAGER_OF:
        rest = rest[1:]  # "Gestora de Loja": the shop managed
    if bare == low and _OURS.isdisjoint(rest):
        return False  # team words alone ("Workday", "Talent Team") are judged elsewhere
    if bare != low and any(w in _ORGANISATION_WORDS for w in rest):
        return False  # an institution of its city ("Universidad de Sevilla", "Groupe Lyon")
    return _known().issuperset(rest)


#: the words of a place, a department or a bare organisation
_OURS = _PLACE_WORDS | _DEPARTMENT_WORDS | _ORGANISATION_WORDS


_JOINERS = frozenset("and of the und et y e en di de da do".split())  # noqa: SIM905


@cache
def _known() -> frozenset[str]:
    """Every word a name may hold and still name no one: ours, team words, joiners."""
    data = sender_data()
    return _OURS | data.generic_names | data.team_joiners | _JOINERS
