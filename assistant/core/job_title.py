"""Does a short text look like a job title? (pure)

A capitalised run ending in a head noun ("Senior Motion Designer"); loosely also a
Romance title with its head first ("Analista de Dados") or a German compound
("Softwareentwickler"). Used for bare titles in subjects and on job cards.
"""

from __future__ import annotations

import re

from assistant.core.senders import sender_data

_TITLE_LINE = re.compile(r"[A-ZÀ-Þ][\w/&+#'’(). -]{1,79}")


def title_like(value: str, loose: bool = False) -> bool:
    """'Senior Motion Designer': capitalised, short, ending in a job-title head noun.
    ``loose`` also takes a head noun first in Romance languages ("Analista de Dados")
    and German compounds ("Softwareentwickler", "Projektleiterin")."""
    value = re.sub(r"\s*\((?:m|w|d|f|x|h|gn|/|\*|\s){1,9}\)\s*$", "", value)
    words = [w.lower().strip(".,()") for w in value.split()]
    if not 1 <= len(words) <= 7 or not _TITLE_LINE.fullmatch(value):
        return False
    heads = sender_data().title_heads
    if words[-1] in heads:
        return True
    if not loose:
        return False
    if (
        len(words) >= 3
        and _JOINERS.match(words[1])
        and (words[0] in heads or _HEAD_FIRST.match(words[0]))
    ):
        return True
    return bool(_DE_COMPOUND.search(words[-1]))


#: Romance and Dutch head nouns the shared list lacks; in Romance titles the head comes
#: first ("Analista de Dados", "Addetto alle vendite", "Chargé de communication")
_HEAD_FIRST = re.compile(
    r"(?:sviluppat(?:ore|rice)|impiegat[oa]|addett[oa]|ingegnere|commess[oa]|magazziniere|"
    r"operai[oa]|responsabile|consulente|assistente|infermier[ea]|autista|camerier[ea]|cuoco|"
    r"contabile|progettista|programmat(?:ore|rice)|desenvolvedora?|engenheir[oa]|auxiliar|"
    r"atendente|vendedora?|enfermeir[oa]|motorista|eletricista|gerente|coordenadora?|"
    r"estagi[áa]ri[oa]|operadora?|consultora?|contadora?|coordinadora?|asistente|camarer[oa]|"
    r"conductor|profesora?|becari[oa]|programadora?|diseñadora?|contable|operari[oa]|"
    r"teleoperadora?|comptable|directeur|directrice|op[ée]rat(?:eur|rice)|serveu(?:r|se)|"
    r"cuisini[eè]re?|stagiaire|alternante?|vendeuse|conducteur|chauffeur|employ[ée]e?|"
    r"animat(?:eur|rice)|format(?:eur|rice)|auxiliaire|magasinier|caissi[eè]re?|docent|leraar|"
    r"analist)$"
)
_JOINERS = re.compile(r"(?:de|di|da|do|du|des|del|della|dello|delle|dos|das|al|alle|ai)$")
#: the head at the end of a German compound ("Softwareentwickler", "Lagerfachkraft")
_DE_COMPOUND = re.compile(
    r"(?:entwickler|leiter|berater|ingenieur|techniker|mechaniker|manager|kaufmann|kauffrau|"
    r"fachkraft|mitarbeiter|referent|assistent|arbeiter|fahrer|verkäufer|helfer|pfleger|"
    r"erzieher|lehrer|planer|prüfer|meister|monteur|elektriker|administrator|koordinator|"
    r"medewerker|adviseur|ontwikkelaar|beheerder|leider)(?:in|innen)?$"
)
