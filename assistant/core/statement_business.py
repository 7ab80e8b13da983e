"""Whose a statement is: hiring's, or another business's that says the same (pure).

A refusal, an interview, an offer, a test to take or a withdrawal is what a grant, a
rental, a club, a course, a school's admission or a research study says too. In mail
that names such a business (its ``topics``), a statement counts as hiring evidence only
where its sentence names hiring and not that business: "you have been shortlisted for
the Brightwater scholarship" or "we invite you to an interview with the admissions
panel" are that business's.
"""

from __future__ import annotations

import re

from assistant.core.cues import View, cues
from assistant.core.words import split_words

__all__ = ["ALSO_OTHER_BUSINESS", "HIRING", "STATEMENTS_OF_HIRING", "hiring_statement"]

#: statement cues that only hiring mail makes, tried in this order where a message has a
#: job word or an application word: a refusal, an invitation, an offer, a job alert, a
#: test to take next ("the next step is an online assessment"), a withdrawal confirmed,
#: thanks for an interview held ("danke für das Gespräch gestern")
STATEMENTS_OF_HIRING = (
    "rejection",
    "interview",
    "offer",
    "job_alert",
    "next_step",
    "withdrawal",
    "after_interview",
)

#: the statements of hiring that other business makes too: a grant's refusal, a club's
#: welcome, a course's placement test, a flat's application withdrawn, an admission's, a
#: scholarship's or a research study's interview
ALSO_OTHER_BUSINESS = frozenset({"rejection", "interview", "offer", "next_step", "withdrawal"})

#: words that make a sentence about hiring, beside the strong job words ("we will not
#: move forward with other candidates"); "application" alone is not one (rentals, grants),
#: nor German "Bewerber" (a flat's or a university's applicants too), nor a French or
#: Portuguese "candidature / candidatura" (a course's or a master's degree's too)
HIRING = re.compile(
    r"\b(?:candida(?!tur)|applicant|short-?list|kandida|sollicitant|postulant|"
    r"selezion|recruit|hiring|hire[ds]?\b|vacanc(?:y|ies)|vacant|position|stelle|vacature|"
    r"puesto|posizion)"
)  # word starts: "proposition", "sapphire", "propuesto" and "vacances" are no hiring

#: the interview's own word, which names no hiring in an interview's sentence
_INTERVIEW_WORD = re.compile(r"interview|entrevist|entretien|colloqui|gespr|gesprek")


def hiring_statement(
    view: View, topics: set[str], named_business: bool, job_words: set[str]
) -> int | None:
    """The job evidence of the first statement only hiring makes (``statement_points``),
    None if the mail makes none. 0 is not None: a statement was found and gives no
    evidence (an interview in a club's mail), and the caller then looks for no receipt."""
    for kind_name in STATEMENTS_OF_HIRING:
        if kind_name == "after_interview" and not view.subject_cue("interview"):
            continue  # thanks for a meeting count only under an interview subject
        cue = view.cue(kind_name)
        if cue:
            return statement_points(view, kind_name, cue, topics, named_business, job_words)
    return None


def statement_points(
    view: View,
    kind_name: str,
    cue: str,
    topics: set[str],
    named_business: bool,
    job_words: set[str],
) -> int:
    """The job evidence a statement cue of ``kind_name`` gives: 2 when it is hiring's;
    in mail about other business (``topics``; ``named_business``: the mail says what the
    application was for, "your scholarship application"), 1 when its sentence names no
    hiring, and none for such an interview when the mail's only job word is the
    interview's own (counted already): a kindergarten's "Bewerbung als Erzieherin" keeps
    its point."""
    if not topics or kind_name not in ALSO_OTHER_BUSINESS:
        return 2
    if not named_business and _about_hiring(view, cue, topics, kind_name == "interview"):
        return 2
    if kind_name == "interview" and all(_INTERVIEW_WORD.search(word) for word in job_words):
        return 0
    return 1


def _about_hiring(view: View, cue: str, topics: set[str], interview: bool) -> bool:
    """The cue's sentence names hiring, not the other business (``topics``): a statement
    only hiring makes (a scholarship or a rental application is also "unsuccessful" and
    "will not be considered further"). ``interview``: the interview's own word is no
    witness."""
    found = view.sentence_of(cue)
    if found is None:
        return True
    _, left, right = found
    sentence = view.low[left:right]
    if any(topic in sentence for topic in topics):
        return False
    if HIRING.search(sentence):
        return True
    tokens = frozenset(split_words(sentence, apostrophes=True))
    words = cues().job_strong.found(tokens, sentence)
    if interview:
        words = {word for word in words if not _INTERVIEW_WORD.search(word)}
    return bool(words)
