"""compile_fast's patterns compile on their first use and then behave as re's own."""

from __future__ import annotations

import re

from assistant.core.fast_regex import LazyPattern, compile_fast, lazy_compile


def test_a_lazy_pattern_compiles_on_first_use_only() -> None:
    pattern = LazyPattern(r"we \s+ regret", re.VERBOSE)
    assert "search" not in vars(pattern)  # not compiled yet
    assert pattern.pattern == r"we \s+ regret"
    assert pattern.flags == re.compile(r"x", re.VERBOSE).flags  # UNICODE added, as re does
    match = pattern.search("sadly we  regret to say")
    assert match is not None and match.group() == "we  regret"
    assert "search" in vars(pattern)  # from now on the compiled pattern's own method
    assert pattern.sub("-", "we regret") == "-"
    assert [m.start() for m in pattern.finditer("we regret, we regret")] == [0, 11]


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    texts = ["Unfortunately we regret", "no match here", "WE REGRET", ""]
    for source, flags in [
        (r"(?P<w>regret)|sorry", 0),
        (r"we \s+ (regret)", re.VERBOSE | re.IGNORECASE),
        (r"\d+", re.ASCII),
    ]:
        lazy, real = LazyPattern(source, flags), re.compile(source, flags)
        assert lazy.flags == real.flags
        for text in texts:
            assert repr(lazy.search(text)) == repr(real.search(text))
            assert lazy.findall(text) == real.findall(text)
            assert repr(lazy.match(text)) == repr(real.match(text))
        assert lazy.groups == real.groups and lazy.groupindex == real.groupindex


def test_compile_fast_gives_one_lazy_pattern_per_source() -> None:
    first = compile_fast(r"\bthank\s+you\b")
    assert first is compile_fast(r"\bthank\s+you\b")
    assert first.pattern == r"thank\s+you\b"  # the leading \b goes (nofollowup.matches)
    assert first.search("many thank you notes") is not None


def test_a_pattern_with_inline_flags_compiles_at_once_so_its_flags_are_known() -> None:
    # line_start and the anchors read a pattern's flags: "(?m)" only compiling tells
    for source in [r"(?m)^Regards", r"  (?i)thanks", r"(?s)a.b"]:
        compiled = lazy_compile(source, re.VERBOSE)
        assert isinstance(compiled, re.Pattern)
        assert compiled.flags == re.compile(source, re.VERBOSE).flags
    assert isinstance(lazy_compile(r"(?:regards|thanks)"), LazyPattern)
    # a scoped flag group changes no flag of the pattern: it may wait
    scoped = lazy_compile(r"(?i:your)\s+application")
    assert isinstance(scoped, LazyPattern)
    assert scoped.flags == re.compile(r"(?i:your)\s+application").flags


def test_inline_flags_after_a_comment_compile_at_once_too() -> None:
    for source, flags in [(r"(?#note)(?i)thanks", 0), ("# note\n(?i)thanks", re.VERBOSE)]:
        assert lazy_compile(source, flags).flags == re.compile(source, flags).flags


def test_every_pattern_the_classifier_holds_compiles_with_the_flags_it_says() -> None:
    # patterns compile on first use, so a broken one would only fail on the mail that
    # holds its needles: build every table for every language and compile them all here
    import gc
    import importlib
    import pkgutil

    import assistant.core
    from assistant.core import cues as cues_module
    from assistant.core import nofollowup
    from assistant.core.language import LANGUAGES

    for module in pkgutil.walk_packages(assistant.core.__path__, "assistant.core."):
        importlib.import_module(module.name)
    every = frozenset(LANGUAGES)
    c = cues_module.cues()
    view = cues_module.View(flat="", low="", active=every)
    for table in (c.strong, c.weak):
        for kind in table.values():
            view.patterns(kind)
    for kind in c.strong:
        cues_module.all_languages(kind)
    nofollowup._families(every)
    lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]
    assert len(lazy) > 1000  # the cue tables, families and name cues are all here
    for pattern in lazy:
        compiled = re.compile(pattern.pattern, pattern.flags)  # raises if broken
        assert compiled.flags == pattern.flags, pattern.pattern
