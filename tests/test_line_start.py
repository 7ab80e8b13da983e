"""LineStart finds exactly the matches of its (?m)^ pattern, and stays linear."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core import contacts, signature
from assistant.core.line_start import LineStart

PATTERNS = [
    signature._CLOSING,
    signature._QUOTED,
    contacts._CLOSING,
    re.compile(r"(?m)^(?:ab|b)c?"),
    re.compile(r"(?mi)^[^\S\n]*x+$"),
]


def spans(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def same(pattern: re.Pattern[str], text: str) -> None:
    fast = LineStart(pattern)
    for pos in {0, 1, len(text) // 2, max(len(text) - 1, 0)}:
        assert spans(fast.finditer(text, pos)) == spans(pattern.finditer(text, pos))
        expected = pattern.search(text, pos)
        got = fast.search(text, pos)
        assert (got and got.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", PATTERNS)
def test_known_texts(pattern: re.Pattern[str]) -> None:
    texts = [
        "",
        "Best regards,\nDana Whitfield\nOrbital Tea Co.",
        "Thanks again for your time.\n\nKind regards\n  Milo Brandt\n\n> On Monday she wrote:\n",
        "Mit freundlichen Grüßen\nIhr Team\nVon: someone\nFrom: x\n---- Original\n",
        "ab\nbc\nabc\n\nxx\n X \nab",
        "\n\n\nCordialement,\r\nJeanne Lavoie\n",
    ]
    for text in texts:
        same(pattern, text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["\n", " ", "ab", "c", "x", "X", "Best regards", ",", "> ", "From:"]))
)
def test_random_lines(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern in PATTERNS:
        same(pattern, text)


def test_not_a_line_start_pattern() -> None:
    for source in (r"abc", r"(?m)a^", r"(?m)^a|b", r"^a"):
        with pytest.raises(ValueError):
            LineStart(re.compile(source))


def test_linear_on_hostile_text() -> None:
    """Many line breaks or blanks cost time in proportion to the text (CPU time ratio)."""
    fast = LineStart(signature._CLOSING)

    def cost(text: str) -> float:
        """The best of three runs: one run's time swings with the machine's other work
        (the whole suite once measured the large text at 58x the small one)."""
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            list(fast.finditer(text))
            best = min(best, time.process_time() - started)
        return best

    for unit in ("\n", " \n", "regards\n", "\n \t"):
        small, large = cost(unit * 5_000), cost(unit * 40_000)
        assert large < 8 * 6 * max(small, 3e-4), unit
