"""The requisition id a job mail names: "Req ID", "Job #", "Reference Number",
"Kennziffer", ``JR-123456``; never a bare year (pure; moved out of ``role``)."""

from __future__ import annotations

import re

from assistant.core.caseless import Caseless
from assistant.core.models import Message
from assistant.core.nofollowup import compile_fast, first_match

_YEAR = re.compile(r"(?:19|20)\d\d")

#: the gaps are possessive: what may follow each starts with a non-space, so no match
#: changes, but "job" and a run of spaces no longer share it out three ways (cubic)
_REQ = Caseless(
    re.compile(
        r"\b(?:req(?:uisition)?|job|reference|ref|posting|vacancy|position|stellen|referenz|"
        r"kennziffer|ref[ée]rence|réf[ée]rence|referentie|vacaturenummer|referencia)\.?\s*+"
        r"(?:id|#|no\.?|number|nr\.?|code|nummer|num[ée]ro)?\s*+[:#]?\s*+"
        r"(?P<id>[A-Z]{0,5}[-_]?\d[\w-]{2,20})\b",
        re.IGNORECASE,
    )
)
_REQ_BARE = compile_fast(r"\b(?P<id>(?:JR|REQ|R|JOB)-?\d{4,10})\b", 0)


#: both id patterns need a digit: a text without one is not searched
_DIGIT = re.compile(r"\d")


def requisition_id(message: Message, flat: str) -> str | None:
    for source in (message.subject, flat[:20_000]):
        if not _DIGIT.search(source):
            continue
        match = _REQ.search(source) or first_match(_REQ_BARE, source)
        if match and _DIGIT.search(match.group("id")):
            value = match.group("id")
            if not _YEAR.fullmatch(value):  # a year is not an id
                return value
    return None
