"""A job title without what is no part of it (pure): the wording before it ("Bewerbung als",
"vaga de"), a gender marker ("(m/w/d)", ``GENDER_MARKER``), a reference ("- Req 12345",
``REFERENCE``), a work pattern or place after a separator ("- Vollzeit", "(Remote)")."""

from __future__ import annotations

import re

from assistant.core.display_company import clean_name

#: "vaga de", "Job Title:", "Deine Bewerbung für", "candidatura per" before a title
_ROLE_PREFIX = re.compile(
    r"(?i)^(?:(?:your|deine|ihre|votre|uw|je|tu|su|sua)\s+)?(?:(?:application|bewerbung|"
    r"candidature|candidatura|sollicitatie|aggiornamento\s+candidatura|inscri[çc][ãa]o)\s+"
    r"(?:for|to|für|als|auf|pour|per|para|voor|de|a)\s+|(?:vaga|vacature|vacante|stelle|poste|"
    r"puesto|job\s*title|position|posizione|ruolo|functie|cargo|fun[çc][ãa]o)\s*"
    r"(?:de\s+|di\s+|van\s+|d['’]|:\s*|\s))"
)
#: an article before the title or before "poste de" ("a vaga de", "au poste de", "la posizione di")
_ARTICLE = re.compile(r"(?i)^(?:the|a|an|le|la|el|die|der|de|het|o|il|au)\s+")
#: a reference in brackets or after a dash ("(vacature 1042)", "- 244748", "(FTW-APP-0193)",
#: "- Req 12345", "#123", "JR-0042")
REFERENCE = re.compile(
    r"\s*(?:\((?=[^()]*\d)[^()]{1,40}\)|[-–|#](?!\s*(?:19|20)\d\d\s*$)\s*"
    r"(?i:req(?:uisition)?|ref|job\s*id|id)?\.?\s*[:#]?\s*[A-Z]{0,6}-?\d[\w-]*|\s(?:JR|REQ|R)-?\d{3,}|\s#\d+)\s*$"
)
#: what ends a run but is no part of the title: a dangling joiner ("Orderpicker en"), a
#: work pattern or place of work after a separator ("- Vollzeit", ", full-time", "(Remote)")
_ROLE_TAIL = re.compile(
    r"(?i)(?:\s+(?:of|and|de|et|en|y|i|für|in|und|&|-|–|/))+$|\s*(?:[-–|,/]\s*|\()"
    r"(?:full[- ]?time|part[- ]?time|vollzeit|teilzeit|temps\s+(?:plein|partiel)|cdi|cdd|"
    r"tiempo\s+(?:completo|parcial)|tempo\s+(?:pieno|parziale|integral)|voltijd|deeltijd|"
    r"remote|hybrid|on-?site|home\s*office|remoto|h[íi]brido|presencial|teletrabajo|"
    r"t[ée]l[ée]travail|ibrido|hybride|clt|pj)\)?$|"
    r"(?-i:(?:,|\s[-–|])\s*[A-Z][\w.'’ -]{1,30},\s*[A-Z]{2,3})$|\s*\[[^\[\]]{1,40}\]$"
)


#: a gender marker is no part of the title: "(m/w/d)", "(f/m/x)", "(H/F)", "m/w/d", "(all genders)"
GENDER_MARKER = re.compile(
    r"(?i)\s*(?:\((?:[mwdfxhvgn]|div|inter|i|gn)(?:\s*[/|,*]\s*(?:[mwdfxhvgn]|div|inter|i))+\)|"
    r"\b[mwfh]\s*/\s*[wfmh]\s*/\s*[dxi]\b|\((?:all\s+genders|alle\s+geschlechter)\))"
)
#: "Data Analyst position": the noun after the title
_ROLE_NOUN_END = re.compile(r"\s+(?:position|role|job|vacancy|opening)$", re.IGNORECASE)
#: every reference holds a digit: a title without one is not cut
_DIGIT = re.compile(r"\d")


def clean_role(value: str) -> str:
    """A title as found, without what is no part of it: "Your application for", an
    article, a gender marker, a reference, a work pattern or place after a separator."""
    value = clean_name(value)
    if "(" in value or "/" in value:  # every gender marker holds one
        value = GENDER_MARKER.sub("", value)
    value = value.strip()
    for _ in range(2):  # "Sua candidatura para a vaga de X": prefix, article, prefix
        bare = _ARTICLE.sub("", _ROLE_PREFIX.sub("", value))
        if bare == value:
            break  # (nothing to take away: the second round would find nothing either)
        value = bare
    value = _ROLE_NOUN_END.sub("", value)
    if _DIGIT.search(value):  # every reference holds a digit
        value = REFERENCE.sub("", value)
    value = _ROLE_TAIL.sub("", value)
    return value.strip(" -–:")
