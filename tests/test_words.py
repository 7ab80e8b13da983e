"""split_words gives exactly the regex's words, on every kind of text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.words import split_words

WORD = re.compile(r"\w+")
WORD_APOSTROPHE = re.compile(r"[\w'’]+")


def same(text: str) -> None:
    assert split_words(text) == WORD.findall(text)
    assert split_words(text, apostrophes=True) == WORD_APOSTROPHE.findall(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "thanks for applying to Fernhill Labs!",
        "we don't hire in l'été; Müller_Bau GmbH, 3rd round\tnext week\r\n",
        "ª º µ ² ³ ¹ ¼ ½ × ÷ ß ÿ \xa0nbsp\x85next\x1cfs",  # Latin-1 letters, digits, others
        "l’équipe “Brightwater” – 15 € — naïve",  # typographic quotes: not Latin-1
        "Ελληνικά και кириллица, 日本語のテキスト 🙂 done",
        "snake_case __init__ a'b'' ''",
    ],
)
def test_known_texts(text: str) -> None:
    same(text)


def test_every_latin1_character() -> None:
    text = "".join(chr(code) + "a " for code in range(256))
    same(text)
    same("".join(map(chr, range(256))))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=200))
def test_random_latin_text(text: str) -> None:
    same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    same(text)
