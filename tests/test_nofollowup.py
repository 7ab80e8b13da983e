"""Do-not-follow-up wording: each family in several languages, and the look-alikes.

All sentences here are written for these tests (not taken from the corpus).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.nofollowup import (
    _SINGLE_NEWLINE,
    _flatten_lines,
    find_no_follow_up,
    flatten,
    hard_negatives,
    lowered,
    scan,
)

POSITIVE = [
    # explicit_request
    ("Please refrain from calling our office about your application.", "explicit_request"),
    ("We kindly ask that you do not follow up by phone or email.", "explicit_request"),
    ("No calls or emails, please.", "explicit_request"),
    ("Telephone enquiries will not be accepted.", "explicit_request"),
    ("Bitte keine Anrufe.", "explicit_request"),
    ("Von telefonischen Rückfragen bitten wir abzusehen.", "explicit_request"),
    ("Merci de ne pas nous relancer par téléphone.", "explicit_request"),
    ("Gelieve ons niet te bellen over de status van je sollicitatie.", "explicit_request"),
    ("Por favor, no llame a nuestras oficinas.", "explicit_request"),
    # only_selected_contacted
    ("Only candidates invited to the assessment day will hear from us.", "only_selected_contacted"),
    ("We will only contact applicants whose profile fits the role.", "only_selected_contacted"),
    ("You will only be contacted if your application is taken further.", "only_selected_contacted"),
    (
        "Es werden nur Bewerber kontaktiert, die in die engere Auswahl kommen.",
        "only_selected_contacted",
    ),
    (
        "Wir melden uns ausschließlich bei Kandidaten, deren Profil passt.",
        "only_selected_contacted",
    ),
    ("Seules les candidatures retenues feront l'objet d'une réponse.", "only_selected_contacted"),
    ("Nous ne recontacterons que les profils sélectionnés.", "only_selected_contacted"),
    ("Alleen geselecteerde kandidaten worden benaderd.", "only_selected_contacted"),
    ("Únicamente los candidatos preseleccionados serán contactados.", "only_selected_contacted"),
    # no_individual_response
    ("Sadly we cannot reply to every applicant personally.", "no_individual_response"),
    ("Not every candidate will receive a reply from the hiring team.", "no_individual_response"),
    ("Unsuccessful applicants will not be notified.", "no_individual_response"),
    ("Leider können wir nicht jede Bewerbung einzeln beantworten.", "no_individual_response"),
    (
        "Nous ne pourrons pas répondre individuellement à chaque candidature.",
        "no_individual_response",
    ),
    (
        "Wij kunnen helaas niet iedere sollicitant persoonlijk beantwoorden.",
        "no_individual_response",
    ),
    ("No podremos responder a todas las candidaturas.", "no_individual_response"),
    # no_status_updates
    ("We are unable to provide updates on the status of applications.", "no_status_updates"),
    ("Zwischenbescheide können wir leider keine versenden.", "no_status_updates"),
    # assume_unsuccessful
    (
        "If you have not been contacted within three weeks, your application was unsuccessful.",
        "assume_unsuccessful",
    ),
    (
        "Should you not hear back by the end of the month, please consider your application "
        "unsuccessful on this occasion.",
        "assume_unsuccessful",
    ),
    (
        "Sollten Sie innerhalb von vier Wochen nichts von uns hören, konnten wir Ihre Bewerbung "
        "leider nicht berücksichtigen.",
        "assume_unsuccessful",
    ),
    (
        "Sans réponse de notre part sous trois semaines, considérez que votre candidature n'a pas "
        "été retenue.",
        "assume_unsuccessful",
    ),
    (
        "Si no recibe noticias en un plazo de 15 días, su candidatura no ha sido seleccionada.",
        "assume_unsuccessful",
    ),
    # Italian and Portuguese
    ("Solo i candidati selezionati saranno ricontattati.", "only_selected_contacted"),
    (
        "Verranno contattati esclusivamente i profili in linea con la ricerca.",
        "only_selected_contacted",
    ),
    ("Apenas os candidatos pré-selecionados serão contactados.", "only_selected_contacted"),
    (
        "Entraremos em contato somente com os perfis aprovados para a próxima etapa.",
        "only_selected_contacted",
    ),
    ("Non ci è possibile rispondere a tutte le candidature ricevute.", "no_individual_response"),
    ("Nem todos os candidatos receberão uma resposta individual.", "no_individual_response"),
    ("Non possiamo fornire aggiornamenti sullo stato della selezione.", "no_status_updates"),
    ("Não damos informações sobre o andamento das candidaturas.", "no_status_updates"),
    ("Vi preghiamo di non telefonare ai nostri uffici.", "explicit_request"),
    ("Pedimos que não ligue para a loja para saber o resultado.", "explicit_request"),
    (
        "Qualora non ricevessi notizie entro tre settimane, la candidatura è da considerarsi "
        "non accolta.",
        "assume_unsuccessful",
    ),
    (
        "Se não tiver notícias nossas em 20 dias, considere que a sua candidatura não avançou.",
        "assume_unsuccessful",
    ),
]

NEGATIVE = [
    # invites contact
    "Please do not hesitate to contact us with any questions.",
    "If you have not heard back within ten days, feel free to send us a reminder.",
    "Zögern Sie nicht, uns bei Fragen zu kontaktieren.",
    # the sending address
    "Please do not reply to this email, as this mailbox is not monitored.",
    "Do not reply to this message; it was sent from an automated address.",
    # conditional contact without exclusivity
    "If your skills match the role, we will contact you to arrange an interview.",
    "We will get back to you as soon as we have reviewed your application.",
    "Falls Ihr Profil passt, melden wir uns bei Ihnen.",
    # everyone hears
    "All applicants will be informed of the outcome by email.",
    "Applicants who are not shortlisted will also receive an email from us.",
    # only some get an interview (not: only some get an answer)
    "Only shortlisted candidates will be invited to an assessment centre.",
    "Due to the number of applications, not every qualified applicant can be interviewed.",
    # agencies
    "Recruitment agencies: please do not call us about this vacancy.",
    "We do not accept unsolicited CVs from agencies. Please do not contact our managers.",
    "Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.",
    # look-alikes outside hiring
    "We may not be able to answer every support question on the same day.",
    "Book online - no phone calls needed.",
    "Our volunteers cannot respond to every message immediately.",
    # negated 'only'
    "Not only will we review your skills, we also look at your motivation.",
    # about future openings (said in rejections), not about this application
    "We will only contact you if a suitable role opens in the future.",
    # quoted from an earlier message in a reply
    "Thanks, see you Tuesday!\n> Only shortlisted candidates will be contacted.",
    # Italian and Portuguese: invitations, "as soon as", future openings, all hear, agencies
    "Non esitare a contattarci per qualsiasi domanda sulla posizione.",
    "Non appena avremo valutato il tuo profilo ti daremo una risposta personale.",
    "Ti contatteremo solo se si apriranno nuove opportunità in linea con il tuo profilo.",
    "Não hesite em contactar-nos se tiver alguma dúvida.",
    "Todos os candidatos serão contactados no final do processo.",
    "Solicitamos às agências que não liguem para este número.",
]


@pytest.mark.parametrize(("sentence", "category"), POSITIVE)
def test_families(sentence: str, category: str) -> None:
    found = find_no_follow_up(sentence)
    assert found is not None, sentence
    phrase, got = found
    assert got == category
    assert phrase in sentence


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_hard_negatives(sentence: str) -> None:
    assert find_no_follow_up(sentence) is None


def test_phrase_is_the_whole_sentence_and_a_substring_of_wrapped_text() -> None:
    text = (
        "Thank you for applying.\nWe review every application with care. Only short-\n"
        "listed candidates will be\ncontacted. Good luck!"
    )
    found = find_no_follow_up(text)
    assert found is not None
    phrase, category = found
    assert category == "only_selected_contacted"
    assert phrase.startswith("Only short-") and phrase.endswith("contacted.")
    assert phrase in text


def test_agency_context_in_the_next_sentence() -> None:
    text = "Do not call us. We never take calls from recruitment agencies."
    hits = scan(text)
    assert hits and all(hit.negative == "agency_only" for hit in hits)
    assert ("agency_only", "Do not call us.") in hard_negatives(text)


def test_do_not_reply_is_reported_as_a_hard_negative() -> None:
    text = "Your application is in. Please do not reply to this email."
    assert find_no_follow_up(text) is None
    assert [c for c, _ in hard_negatives(text)] == ["do_not_reply_address"]


def test_empty_and_huge_text() -> None:
    assert find_no_follow_up("") is None
    text = "word " * 100_000 + "Only shortlisted candidates will be contacted."
    # the scan stops at MAX_SCAN characters, so a sentence past it is not read
    assert find_no_follow_up(text) is None


@pytest.mark.parametrize(
    "unit", ["\t", " ", " \t", "\n" + " " * 50, "word" + " " * 300, "\n \n" + "\t" * 40]
)
def test_whitespace_runs_take_linear_time(unit: str) -> None:
    # the line-break pattern used to retry a run of blanks from each of its characters.
    # CPU time, not wall-clock: on a busy machine a wall-clock ratio measures the load
    def seconds(text: str) -> float:
        started = time.process_time()
        flatten(text)
        find_no_follow_up(text + "\nOnly shortlisted candidates will be contacted.")
        return time.process_time() - started

    small = unit * (40_000 // len(unit)) + "x"
    large = unit * (160_000 // len(unit)) + "x"
    seconds(small)  # compiles the patterns
    assert seconds(large) < 8 * min(seconds(small), seconds(small)) + 0.02
    text = unit * (2_000_000 // len(unit)) + "x"
    started = time.process_time()
    assert flatten(text).endswith("x")
    flat_small = time.process_time()
    flatten(small)
    # 50 times the text: linear is ~50 times the time, quadratic 2,500 times
    assert flat_small - started < 200 * (time.process_time() - flat_small) + 0.05


def test_flatten_turns_single_line_breaks_into_spaces_and_keeps_paragraphs_apart() -> None:
    text = "one\ntwo  \n three\n\nfour\n \t\nfive\n\t six"
    flat = flatten(text)
    assert len(flat) == len(text)
    # a line of blanks between paragraphs leaves one line break (still a sentence end)
    assert flat == "one two    three\n\nfour\n   five \t six"


# Requests a review found missing, each as a family: the reported sentence first, then
# other wordings of the same structure; and look-alikes that must stay apart. Written for
# these tests.
REPORTED = {
    "We're not able to provide feedback or updates on individual applications.": (
        "no_status_updates"
    ),
}
POSITIVES_EN = [
    # "not able to provide feedback or updates on individual applications"
    "We're not able to provide feedback or updates on individual applications.",
    "We are unable to give updates or feedback on individual candidacies.",
    "We won't be able to provide information or updates regarding your application.",
    "Please note that we can't share feedback or updates on specific applications.",
    # no individual feedback: a no_individual_response request by the corpus's labelling
    # rule (../shared/corpus/README.md), which the issue-11 targets are measured by
    "We are unable to provide individual feedback.",
    "Due to the volume of applications we cannot give personalised feedback.",
]
NEGATIVES_EN = [
    # feedback alone is no request not to follow up
    "We're not able to provide feedback on individual applications.",
    "I'm not able to share detailed feedback from the panel, but I'd be glad to talk.",
    "We're able to provide updates on individual applications on request.",
    "We are not able to provide updates on the product roadmap.",
]
#: filled per language below
POSITIVES: list[str] = [*POSITIVES_EN]
NEGATIVES: list[str] = [*NEGATIVES_EN]
REPORTED.update(
    {
        "Bitte sehen Sie von Rückfragen zum Stand Ihrer Bewerbung ab.": "explicit_request",
        "Bitte verzichten Sie auf Anrufe.": "explicit_request",
        "Bitte verzichten Sie auf telefonische Nachfragen.": "explicit_request",
        "Bitte haben Sie Verständnis, dass wir telefonische Anfragen nicht beantworten können.": (
            "explicit_request"
        ),
    }
)
POSITIVES += [
    # "sehen Sie (bitte) von <Nachfragen...> ... ab" / "sehen Sie davon ab, ... anzurufen"
    "Bitte sehen Sie von Rückfragen zum Stand Ihrer Bewerbung ab.",
    "Sehen Sie bitte von Anrufen und E-Mails zum Bearbeitungsstand ab.",
    "Bitte sehen Sie davon ab, uns wegen des Stands Ihrer Bewerbung anzurufen.",
    "Wir bitten Sie, davon abzusehen, telefonisch nachzufragen.",
    # "verzichten Sie auf <Anrufe...>" / "auf ... zu verzichten"
    "Bitte verzichten Sie auf Anrufe.",
    "Bitte verzichten Sie auf telefonische Nachfragen.",
    "Verzichten Sie bitte auf Nachfragen per E-Mail zum Stand des Verfahrens.",
    "Wir bitten Sie, auf telefonische Rückfragen zu verzichten.",
    "Bitte auf Anrufe verzichten.",
    # follow-up enquiries "nicht beantworten / entgegennehmen (können)"
    "Bitte haben Sie Verständnis, dass wir telefonische Anfragen nicht beantworten können.",
    "Wir bitten um Verständnis, dass Rückfragen zum Stand des Verfahrens nicht beantwortet werden.",
    "Telefonische Anfragen können wir leider nicht entgegennehmen.",
    "Leider können wir keine telefonischen Nachfragen beantworten.",
]
NEGATIVES += [
    # "sehen Sie sich ... an", "von einer Bewerbung ... ab", negated "verzichten"
    "Bitte sehen Sie sich unsere Stellenangebote an.",
    "Bitte sehen Sie von einer Bewerbung per Post ab.",
    "Bitte verzichten Sie nicht auf telefonische Rückfragen, wenn etwas unklar ist.",
    "Verzichten Sie nicht auf ein Anschreiben.",
    "Wir verzichten auf ein Anschreiben und freuen uns auf Ihren Anruf.",
    "Telefonische Anfragen beantworten wir gerne.",
    "Ihre Rückfragen lassen wir nicht unbeantwortet.",
    (
        "Sie erhalten keine Anrufe von uns, bevor wir Ihre Unterlagen geprüft haben, und "
        "beantworten Fragen per E-Mail."
    ),
    "Bitte haben Sie Verständnis, dass die Auswahl einige Wochen dauert.",
    # invitations, and requests made to agencies
    "Zögern Sie nicht, uns anzurufen.",
    "Bei Fragen zögern Sie nicht, uns anzurufen oder auf diese E-Mail zu antworten.",
    "Personalvermittler bitten wir, von Anrufen abzusehen.",
    "Bitte verzichten Sie als Personalvermittler auf Anrufe.",
    "Wir bitten Personalagenturen, auf Nachfragen zu verzichten.",
]

REPORTED.update(
    {
        "Wij verzoeken u vriendelijk om niet te bellen over uw sollicitatie.": "explicit_request",
        "Bel ons alsjeblieft niet.": "explicit_request",
    }
)
POSITIVES += [
    # "(wij) verzoeken/vragen u (vriendelijk) (om) (ons) niet te bellen / geen contact ..."
    "Wij verzoeken u vriendelijk om niet te bellen over uw sollicitatie.",
    "We vragen je vriendelijk ons niet te bellen over de procedure.",
    "Wij willen u vragen om niet te mailen over de status van uw sollicitatie.",
    "Wij verzoeken u geen contact met ons op te nemen over de stand van zaken.",
    # imperative "bel ons (alsjeblieft) niet"
    "Bel ons alsjeblieft niet.",
    "Belt u ons alstublieft niet over uw sollicitatie.",
    "Bel of mail ons a.u.b. niet over je sollicitatie.",
]
NEGATIVES += [
    "Aarzel niet om ons te bellen.",
    "Mocht u vragen hebben, aarzel dan niet te bellen.",
    "Bel ons gerust als u vragen heeft.",
    "Wij vragen u niet te vergeten uw cv mee te nemen.",
    "Bel ons niet voor 9 uur, dan is de receptie nog dicht.",
    "Wervingsbureaus verzoeken wij vriendelijk ons niet te bellen.",
    # statements, not requests (an out-of-office reply)
    "Tot maandag lees ik mijn mail niet.",
    "Tijdens mijn verlof bel ik niet terug.",
    "Ik bel u liever niet voor het gesprek.",
]


@pytest.mark.parametrize("sentence", POSITIVES)
def test_reported_requests_are_found_as_families(sentence: str) -> None:
    found = find_no_follow_up(sentence)
    assert found is not None, sentence
    phrase, category = found
    assert phrase == sentence  # the whole sentence, an exact substring
    if sentence in REPORTED:
        assert category == REPORTED[sentence]
    # inside a message, wrapped over lines, the phrase is still an exact substring
    text = "Danke / Dank u / Thank you.\n\n" + sentence.replace(" ", "\n", 2) + "\n\nMfG"
    wrapped = find_no_follow_up(text)
    assert wrapped is not None and wrapped[0] in text


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_look_alikes_of_the_reported_requests_are_not(sentence: str) -> None:
    assert find_no_follow_up(sentence) is None, sentence


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["a", "b c", " ", "\t", "\n", "\n", " \n", "\n\t"]), max_size=30))
def test_flatten_line_by_line_is_the_regex_replacement(parts: list[str]) -> None:
    # flatten() goes line by line when line breaks are few; _SINGLE_NEWLINE says what changes
    text = "".join(parts)
    expected = _SINGLE_NEWLINE.sub(lambda m: " " * len(m.group(0)), text)
    assert _flatten_lines(text) == expected
    assert flatten(text) == expected


def test_a_long_text_is_lowered_once_and_keeps_its_length() -> None:
    text = "Dear CANDIDATE from İstanbul, thank you for applying. " * 8
    low = lowered(text)
    assert len(low) == len(text)  # "İ" lower-cases to two characters: kept as it is
    assert low == "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    assert lowered(text) is low  # the second extractor to ask gets it from memory
    assert lowered(text[:14]) == "dear candidate"  # a short text is lowered anew
