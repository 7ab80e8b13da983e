"""Whether two names of employers, as the tracker normalises them, name one employer
written shorter or longer ("northwind" / "northwind traders") (pure)."""

from __future__ import annotations

__all__ = ["same_employer_name"]

#: first words that begin the names of many unrelated employers: alone, they name none
_SHARED_FIRST_WORDS = frozenset(
    """
    the bank banco banca banque sparkasse volksbank raiffeisenbank caixa credit university
    universitat universite universita universidade universidad universiteit hochschule
    college school schule ecole escuela escola scuola instituto institut istituto
    hospital klinikum clinica clinique ziekenhuis hotel stadt stadtwerke landkreis
    gemeente comune ayuntamiento ville city centre center centro ministerio ministero
    ministere stiftung stichting fondation fondazione fundacion fundacao societe koninklijke
    grupo groupe gruppo group deutsche national international global first united american
    general new royal saint san sankt
    """.split()  # noqa: SIM905
)


def same_employer_name(known: str, new: str) -> bool:
    """Two normalised names where one is the other's first words ("northwind",
    "northwind traders"). A name of one word that begins many employers' names
    ("deutsche", "sparkasse", "gemeente") is no match."""
    if not known or not new or known == new:
        return False
    short, long = sorted((known, new), key=len)
    return long.startswith(short + " ") and len(short) >= 4 and short not in _SHARED_FIRST_WORDS
