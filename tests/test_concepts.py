"""The multilingual concept lexicon the kind model reads (core/concepts.py)."""

from __future__ import annotations

import re

import pytest

from assistant.core import model
from assistant.core.concepts import concepts_of, lexicon


@pytest.mark.parametrize(
    ("concept", "words"),
    [
        (
            "regret",
            ["unfortunately", "leider", "malheureusement", "helaas", "lamentablemente",
             "purtroppo", "infelizmente", "bedauerlicherweise"],
        ),
        (
            "interview",
            ["interview", "vorstellungsgespräch", "entretien", "sollicitatiegesprek",
             "entrevista", "colloquio"],
        ),
        (
            "away",
            ["absent", "abwesend", "afwezig", "ausente", "assente"],
        ),
        ("housing", ["apartment", "wohnung", "appartement", "woning", "alquiler", "affitto"]),
        ("decision", ["decision", "entscheidung", "décision", "beslissing", "decisão"]),
    ],
)  # fmt: skip
def test_one_concept_in_the_seven_languages(concept: str, words: list[str]) -> None:
    for word in words:
        assert concept in concepts_of(word), word


def test_accents_and_sharp_s_are_taken_off() -> None:
    assert "decision" in concepts_of("décision")
    assert "return" in concepts_of("zurück")
    assert "regret" in concepts_of("desolée")
    assert "status" in concepts_of("atualização")


def test_a_word_start_matches_only_at_the_start_and_whole_words_only_whole() -> None:
    assert "regret" in concepts_of("regrettably")
    assert concepts_of("unregretted") == ()
    assert "course" not in concepts_of("lesbian")  # no word start shorter than four
    assert "account" not in concepts_of("accountant")  # a job title, not a login
    assert concepts_of("zebra") == ()
    assert concepts_of("") == ()


def test_the_concepts_of_a_word_have_a_fixed_order() -> None:
    found = concepts_of("bewerberpool")
    assert list(found) == sorted(found) and len(found) == len(set(found))


def test_entries_are_plain_lower_case_words_or_word_starts_of_four_letters() -> None:
    whole, starts, _lengths = lexicon()
    for entry in whole:
        assert re.fullmatch(r"[a-z0-9]+", entry), entry
    for entry in starts:
        assert re.fullmatch(r"[a-z0-9]{4,}", entry), entry


def test_a_word_carries_its_concepts_into_the_model() -> None:
    """The concept bucket is among the word's buckets, CONCEPT_WEIGHT times, so the same
    concept from two languages adds to the same feature."""
    regret = model._bucket("kregret")
    for word in ("leider", "infelizmente"):
        assert model.word_buckets(word).count(regret) == model.CONCEPT_WEIGHT
    assert regret not in model.word_buckets("zebra")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # "maybe", "eventually" in six languages, not an event
        ("eventuell", ()), ("eventueel", ()), ("éventuellement", ()), ("eventualmente", ()),
        ("eventuali", ()), ("eventually", ()), ("event", ("event",)), ("eventos", ("event",)),
        # Italian experience, not a wish; the wishes themselves
        ("esperienza", ("experience",)), ("esperienze", ("experience",)),
        ("esperamos", ("wish",)), ("speriamo", ("wish",)), ("sperimentale", ()),
        ("sperren", ()), ("hoffmann", ()), ("hoffentlich", ("wish",)),
        # German commercial job titles, not a purchase
        ("kaufmännisch", ()), ("kaufmann", ()), ("kauffrau", ()), ("kaufen", ("order",)),
        ("orderpicker", ()), ("comprador", ()), ("rechnungswesen", ()), ("belegschaft", ()),
        ("fatturato", ()), ("faturamento", ()),
        # benefits and job titles, not a withdrawal, a booking, a deal or money
        ("retirement", ()), ("retired", ()), ("retirée", ("withdraw",)),
        ("retirar", ("withdraw",)), ("ritiro", ()),
        ("bookkeeper", ()), ("bookkeeping", ()), ("booking", ("schedule", "travel")),
        ("dealing", ()), ("dealer", ()), ("deals", ("promo",)),
        ("finance", ()), ("financial", ()), ("subsidiary", ()), ("promotion", ()),
        ("promotionsstelle", ()), ("mastercard", ()), ("incorporated", ()),
        # French and Dutch internships; statutes; Italian "been"
        ("stage", ()), ("stagiaire", ()), ("stageplaats", ()), ("statutory", ()),
        ("stato", ()), ("statut", ("status",)),
        # everyday words that are no concept
        ("erfolgt", ()), ("erfolgen", ()), ("erfolgreich", ("luck",)), ("gehalten", ()),
        ("gehaltsvorstellung", ("salary",)), ("sicht", ()), ("sichtbar", ()),
        ("sichtung", ("review",)), ("étudiant", ("study",)), ("étudiée", ("review",)),
        ("avance", ()), ("avancement", ()), ("avanzado", ()), ("avançar", ("proceed",)),
        ("proximité", ()), ("prossimità", ()), ("próximo", ("next",)),
        ("suite", ("proceed",)), ("suitable", ("fit",)), ("correspondence", ()),
        ("correspondant", ()), ("vision", ()), ("visioconférence", ("video",)),
        ("équipement", ()), ("equipamento", ()), ("equipa", ("team",)),
        ("opdrachtgever", ()), ("challenging", ()), ("testimonial", ()), ("testo", ()),
        ("prove", ()), ("content", ()), ("contents", ()), ("contente", ("pleased",)),
        ("ravioli", ()), ("funcionamiento", ()), ("funcionario", ()), ("iniziativa", ()),
        ("empfänger", ()), ("manquerons", ()), ("reserved", ()), ("reservados", ()),
        ("réservés", ()), ("slotte", ()), ("terugkoppeling", ()), ("fermement", ()),
        ("congestion", ()), ("diplomatic", ()), ("hypothèse", ()), ("hypothesis", ()),
        ("ricevuta", ("received",)), ("oferta", ("offer",)), ("feira", ("weekday",)),
        # whole words of everyday phrases: "feel free", "bonne journée", "en cours",
        # "in corso", "piso 3", "prêt à", "business analyst", "visite nosso site",
        # "bolsa de empleo", "envio o meu CV"
        ("free", ()), ("bonne", ()), ("cours", ()), ("corso", ()), ("piso", ()), ("prêt", ()),
        ("business", ()), ("visite", ()), ("bolsa", ()), ("envio", ()), ("livre", ()),
    ],
)  # fmt: skip
def test_a_word_start_does_not_catch_common_unrelated_words(
    word: str, expected: tuple[str, ...]
) -> None:
    assert concepts_of(word) == expected, word
