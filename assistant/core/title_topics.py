"""Another business's word that is part of the job title applied for ("Newsletter
Editor", "Volunteer Coordinator", "Conference Producer", "Housing Officer"): the title
names the work, not a newsletter, a volunteer or a conference the mail is about. Only
the title of the application counts: the subject's own ("Re: Newsletter Editor") or one
an application names ("applying for the Newsletter Editor role"); "our volunteer
coordinator will call you" still speaks of volunteering."""

from __future__ import annotations

import re

from assistant.core.senders import sender_data

#: the words before the title of an application ("application for the", "as a")
_APPLIED = re.compile(
    r"(?:appl(?:y|ying|ied|ication)\s+(?:for|to)|role\s+of|post\s+of|position\s+of|"
    r"vacancy\s+(?:for|of)|as)\s+(?:(?:the|a|an|our|your)\s+)?(?:[\w-]+\s+){0,2}$"
)
#: ... or after it ("the Housing Officer role")
_NAMED_JOB = re.compile(r"\s+(?:role|position|post|vacancy|job|opening)\b")
#: a subject that is the title ("Re: Newsletter Editor", "Application - Housing Officer")
_SUBJECT_LEAD = re.compile(r"(?:(?:re|aw|fwd?|wg|tr|rv|r)\s*:\s*)*|.*[:|–-]\s*")
_NEXT_WORD = re.compile(r"[\w-]+")


def topics_outside_titles(subject_low: str, low: str, topics: set[str]) -> set[str]:
    """``topics`` less the single words that stand only in the title of the job applied
    for, a title's head noun after them."""
    return {t for t in topics if " " in t or not _only_in_titles(t, subject_low, low)}


def _only_in_titles(topic: str, subject_low: str, low: str) -> bool:
    word = re.compile(r"(?<![\w-])" + re.escape(topic) + r"(?![\w-])")
    heads = sender_data().title_heads
    seen = False
    for text, in_subject in ((subject_low, True), (low, False)):
        for found in word.finditer(text):
            seen = True
            tail = text[found.end() : found.end() + 40]
            head = _NEXT_WORD.match(tail.lstrip())
            if head is None or head.group(0) not in heads:
                return False
            end = found.end() + len(tail) - len(tail.lstrip()) + head.end()
            before = text[max(0, found.start() - 60) : found.start()]
            titled = in_subject and _SUBJECT_LEAD.fullmatch(before) is not None
            if not (titled or _APPLIED.search(before) or _NAMED_JOB.match(text, end)):
                return False
    return seen
