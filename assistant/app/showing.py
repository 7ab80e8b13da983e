"""What front ends need to show text from mail safely (``core.safe_text``).

Mail is hostile input: before a subject, a name or a body reaches a terminal,
escape sequences, control characters and bidi controls are removed. The rules
live in the pure core (drafting uses them for headers too); front ends reach
them here, through the use-case layer.
"""

from assistant.core.safe_text import BIDI_CONTROLS, for_header, for_terminal

__all__ = ["BIDI_CONTROLS", "for_header", "for_terminal"]
