"""Brazilian HR's gender-neutral "pessoas candidatas": going on with them is a refusal,
as "outros candidatos" is, but not where the reader is one of them ("e você tem!")."""

from __future__ import annotations

import pytest

from assistant.core.models import Kind
from tests.rules_support import thanked_kind

REFUSALS = [
    "Depois de avaliarmos todas as candidaturas, decidimos dar continuidade com pessoas "
    "candidatas cujo perfil está mais aderente ao momento da empresa.",
    "Optamos por seguir com outras pessoas candidatas cujo perfil está mais alinhado à vaga.",
    "Infelizmente, seguimos com outros candidatos cujo perfil se destacou mais para esta vaga.",
]
NOT_REFUSALS = [
    "Decidimos seguir com pessoas candidatas que tenham inglês fluente, e você tem! Vamos "
    "agendar a entrevista para quinta-feira às 10h.",
    "Decidimos seguir com candidatas que tenham inglês fluente, e você tem! Vamos agendar a "
    "entrevista para quinta-feira às 10h.",
    # the review's: other people recommended, and the reader one of the chosen
    "Se conhecer outras pessoas que mais se identificam com nossas vagas, indique! "
    "Gostaríamos de agendar uma entrevista com você na terça às 10h.",
    "Você e outras pessoas candidatas cujo perfil se destacou foram selecionadas para a "
    "próxima etapa: uma entrevista na terça às 10h.",
    # the second review's
    "Vocês e outras pessoas candidatas cujo perfil se destacou foram selecionadas para a "
    "próxima etapa: uma entrevista na terça às 10h.",
    "Você foi selecionada, assim como outras pessoas candidatas cujo perfil se destacou, e "
    "gostaríamos de agendar uma entrevista na terça às 10h.",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_going_on_with_other_people_is_a_refusal(text: str) -> None:
    assert thanked_kind("pt", text) == Kind.REJECTION


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_the_reader_among_them_is_no_refusal(text: str) -> None:
    assert thanked_kind("pt", text) != Kind.REJECTION
