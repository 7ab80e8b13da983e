"""What a person's short answer says when it stands in the thread of the user's own job
mail (pure).

"Sorry, we went with someone else. Good luck!" under "Re: Quick question" has no job
word of its own, so the classifier calls it not job mail. Read as an answer to the
user's application or follow-up, it is a refusal. The classifier does not know the
thread; it records what the text would say there, and the tracker, which knows whether
the message answers the user's own mail, uses it (``track.decide``).
"""

from __future__ import annotations

from assistant.core.cues import View, quote
from assistant.core.models import Kind, Message, ThreadReading
from assistant.core.subject_prefix import is_reply

#: statements clear enough to settle an application without any job word, in the order
#: the classifier's rules try them (a refusal that also invites to call is a refusal)
_CLEAR: tuple[tuple[str, ThreadReading], ...] = (
    ("rejection", "rejection"),
    ("interview", "interview_invitation"),
    ("offer", "offer"),
)


def thread_reading(
    message: Message,
    view: View,
    kind: Kind,
    held_back_invitation: float | None,
    *,
    other_business: bool,
) -> tuple[ThreadReading, str] | None:
    """The refusal, invitation or offer that a reply judged not job mail for want of job
    words states, with the reason to show; None for mail that is no reply, names other
    business (a flat, a club) or states none of them. The rules' statements first, then
    the model's invitation that was held back for want of job words (its probability):
    "could we talk on Thursday at ten?" is an invitation in the thread of an application."""
    if kind is not Kind.NOT_JOB or other_business:
        return None
    if not (message.in_reply_to or message.references or is_reply(message.subject)):
        return None
    for cue_kind, reading in _CLEAR:
        phrase = view.cue(cue_kind)
        if phrase:
            return reading, f"as an answer in a job thread: {reading} ({quote(phrase)!r})"
    if held_back_invitation is not None:
        model = f"(model, {held_back_invitation:.2f})"
        return "interview_invitation", f"as an answer in a job thread: interview_invitation {model}"
    return None
