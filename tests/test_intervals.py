"""The benchmark's bootstrap over sources (benchmarks/intervals.py): pure code, made-up
outcomes."""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import intervals
finally:
    sys.path.remove(str(ROOT / "benchmarks"))


def _outcome(label: str, predicted: str, lang: str = "en") -> intervals.Outcome:
    return (label, predicted, True, False, False, lang)


def _table(outcomes: list[intervals.Outcome], sources: list[str]) -> dict[str, dict]:
    return {t["figure"]: t for t in intervals.bootstrap(outcomes, sources, resamples=400)}


def test_one_source_holds_all_the_misses() -> None:
    """Forty rejections from forty sources, four missed by one source: recall 0.9, and
    the draws that leave that source out meet 0.97 (about a third: (39/40)^40)."""
    outcomes = [_outcome("rejection", "rejection") for _ in range(36)]
    outcomes += [_outcome("rejection", "application_confirmation") for _ in range(4)]
    sources = [f"s{i}" for i in range(36)] + ["bad"] * 4
    row = _table(outcomes, sources)["rejection recall"]
    assert row["value"] == 0.9
    assert row["low"] <= 0.9 <= row["high"]
    assert row["low"] < row["high"]
    assert 0.2 < row["meets"] < 0.5


def test_perfect_figures_have_no_width_and_always_meet() -> None:
    outcomes = [_outcome(kind, kind) for kind in intervals.KINDS for _ in range(3)]
    sources = [f"s{i}" for i in range(len(outcomes))]
    row = _table(outcomes, sources)["kind macro-F1"]
    assert row["value"] == row["low"] == row["high"] == 1.0
    assert row["meets"] == 1.0


def test_a_language_absent_from_a_draw_is_not_counted_as_zero() -> None:
    """One Portuguese message, right: every draw that holds it says 1.0."""
    outcomes = [_outcome("rejection", "rejection", "en") for _ in range(20)]
    outcomes.append(_outcome("rejection", "rejection", "pt"))
    row = _table(outcomes, [f"s{i}" for i in range(21)])["macro-F1 pt"]
    assert row["low"] == row["high"] == 1.0 and row["meets"] == 1.0


def test_same_input_same_table() -> None:
    outcomes = [_outcome("rejection", k) for k in ("rejection", "other_job") * 10]
    sources = [f"s{i % 7}" for i in range(20)]
    first, second = intervals.bootstrap(outcomes, sources), intervals.bootstrap(outcomes, sources)
    assert str(first) == str(second)  # (str: a figure with no draws is nan, never equal)


def test_every_language_with_a_target_gets_an_interval() -> None:
    outcomes = [_outcome("rejection", "rejection", lang) for lang in ("it", "nl")]
    figures = {t["figure"] for t in intervals.bootstrap(outcomes, ["a", "b"], resamples=50)}
    assert {"macro-F1 it", "macro-F1 nl"} <= figures


def test_a_figure_no_draw_measures_has_no_share_and_no_sources() -> None:
    outcomes = [_outcome("rejection", "rejection") for _ in range(3)]
    row = _table(outcomes, ["a", "b", "c"])["macro-F1 pt"]
    assert math.isnan(row["meets"]) and row["sources"] == 0


def test_sources_count_those_with_the_figures_mail() -> None:
    outcomes = [_outcome("rejection", "rejection", "pt"), _outcome("not_job", "not_job", "pt")]
    outcomes += [_outcome("not_job", "not_job", "en")]
    table = _table(outcomes, ["a", "b", "c"])
    assert table["rejection recall"]["sources"] == 1
    assert table["macro-F1 pt"]["sources"] == 2
    assert table["kind macro-F1"]["sources"] == 3
