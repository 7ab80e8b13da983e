"""``signature._last_closing`` (read from the last line up) finds the last match of
``_CLOSING`` that a forward search finds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.parse import parse
from assistant.core.signature import _CLOSING, _last_closing, own_text

ROOT = Path(__file__).parent.parent
MAIL = sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml")) + sorted(
    (ROOT / "benchmarks" / "own_mail" / "messages").glob("*.eml")
)
LINES = st.sampled_from(
    [
        "Best regards,",
        "  Kind   regards",
        "Mit freundlichen Grüßen",
        "Cordialement.",
        "Thanks again!",
        "Best regards, Jo",
        "Jo Park",
        "Talent Partner | Northwind Traders",
        "",
        "   ",
        "\t",
        "We will be in touch.",
    ]
)


def _forward(head: str, start: int) -> tuple[int, int] | None:
    last = None
    for last in _CLOSING.finditer(head, start):  # noqa: B007 - the last one counts
        pass
    return None if last is None else last.span()


def _backward(head: str, start: int) -> tuple[int, int] | None:
    found = _last_closing(head, start)
    return None if found is None else found.span()


def test_the_last_closing_of_the_projects_mail() -> None:
    closed = 0
    for path in MAIL:
        head = own_text(parse(path.read_bytes()).text)
        start = max(0, len(head) - 3_000)
        assert _backward(head, start) == _forward(head, start), path.name
        closed += _forward(head, start) is not None
    assert closed >= 50


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=12), st.integers(min_value=0, max_value=60), st.booleans())
def test_the_last_closing_of_any_lines(lines: list[str], start: int, end_break: bool) -> None:
    head = "\n".join(lines) + ("\n" if end_break else "")
    start = min(start, len(head))
    assert _backward(head, start) == _forward(head, start)
