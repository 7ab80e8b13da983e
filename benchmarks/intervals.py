"""How sure the headline figures are: a bootstrap over sources.

The real corpus has a few hundred sources, many with one or two messages; a target such
as rejection recall >= 0.97 is one message either way. Resampling whole sources (the unit
that leave-source-out cross-validation holds out) with replacement shows how far each
figure would move on another corpus drawn the same way, and how often it would meet its
target. Used by ``eval_classifier.py --intervals``; seeded, so the same predictions give
the same table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.core.models import KINDS

LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pt")

#: one message: (label's kind, predicted kind, company right, label's no-follow-up,
#: predicted no-follow-up, language)
Outcome = tuple[str, str, bool, bool, bool, str]

#: the counts a figure is made of, per source: true positives, false positives and false
#: negatives of each kind (all mail, then each language); company right / job mail;
#: no-follow-up true positives, false positives, false negatives
_SCOPES = (None, *LANGUAGES)
_KIND_COUNTS = len(_SCOPES) * len(KINDS) * 3
_COMPANY = _KIND_COUNTS
_NFU = _COMPANY + 2
_WIDTH = _NFU + 3


def _counts(outcome: Outcome) -> np.ndarray:
    label, predicted, company_right, asked, said, lang = outcome
    row = np.zeros(_WIDTH)
    for s, scope in enumerate(_SCOPES):
        if scope is not None and scope != lang:
            continue
        for k, kind in enumerate(KINDS):
            at = (s * len(KINDS) + k) * 3
            row[at] += label == kind and predicted == kind
            row[at + 1] += label != kind and predicted == kind
            row[at + 2] += label == kind and predicted != kind
    if label != "not_job":
        row[_COMPANY] += company_right
        row[_COMPANY + 1] += 1
    row[_NFU] += asked and said
    row[_NFU + 1] += said and not asked
    row[_NFU + 2] += asked and not said
    return row


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def _figures(totals: np.ndarray) -> dict[str, np.ndarray]:
    """Every figure for each row of summed counts (rows: the draws)."""
    kinds = totals[:, :_KIND_COUNTS].reshape(len(totals), len(_SCOPES), len(KINDS), 3)
    tp, fp, fn = kinds[..., 0], kinds[..., 1], kinds[..., 2]
    f1 = _ratio(2 * tp, 2 * tp + fp + fn)
    present = tp + fn > 0
    with np.errstate(invalid="ignore"):
        kinds_present = np.where(present.any(-1), present.sum(-1), np.nan)
        macro = np.where(present, f1, 0).sum(-1) / kinds_present
    rejection, interview = KINDS.index("rejection"), KINDS.index("interview_invitation")
    out = {
        "kind macro-F1": macro[:, 0],
        "rejection recall": _ratio(tp[:, 0, rejection], tp[:, 0, rejection] + fn[:, 0, rejection]),
        "interview recall": _ratio(tp[:, 0, interview], tp[:, 0, interview] + fn[:, 0, interview]),
        "no-follow-up recall": _ratio(totals[:, _NFU], totals[:, _NFU] + totals[:, _NFU + 2]),
        "no-follow-up precision": _ratio(totals[:, _NFU], totals[:, _NFU] + totals[:, _NFU + 1]),
        "company accuracy (job mail)": _ratio(totals[:, _COMPANY], totals[:, _COMPANY + 1]),
    }
    for s, lang in enumerate(LANGUAGES, start=1):
        out[f"macro-F1 {lang}"] = macro[:, s]
    return out


TARGETS = {
    "kind macro-F1": 0.93,
    "rejection recall": 0.97,
    "interview recall": 0.95,
    "no-follow-up recall": 0.95,
    "no-follow-up precision": 0.90,
    "company accuracy (job mail)": 0.90,
    **{f"macro-F1 {lang}": 0.88 for lang in LANGUAGES},
}


def bootstrap(
    outcomes: Sequence[Outcome], sources: Sequence[str], resamples: int = 2000, seed: int = 11
) -> list[dict[str, Any]]:
    """Per figure: the value, the 5th and 95th percentiles over ``resamples`` draws of
    the sources with replacement, and the share of draws that meet the target (a draw
    without a language's mail says nothing of that language and is not counted)."""
    names = sorted(set(sources))
    index = {name: i for i, name in enumerate(names)}
    per_source = np.zeros((len(names), _WIDTH))
    for outcome, source in zip(outcomes, sources, strict=True):
        per_source[index[source]] += _counts(outcome)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(names), size=(resamples, len(names)))
    weights = np.stack([np.bincount(p, minlength=len(names)) for p in picks])
    drawn = _figures(weights @ per_source)
    whole = _figures(per_source.sum(0, keepdims=True))
    alone = _figures(per_source)  # a source measures a figure if it has its mail
    nan = float("nan")
    table = []
    for name, target in TARGETS.items():
        values = drawn[name][~np.isnan(drawn[name])]
        table.append(
            {
                "figure": name,
                "value": float(whole[name][0]),
                "low": float(np.quantile(values, 0.05)) if len(values) else nan,
                "high": float(np.quantile(values, 0.95)) if len(values) else nan,
                "target": target,
                "meets": float((values >= target - 1e-12).mean()) if len(values) else nan,
                "sources": int((~np.isnan(alone[name])).sum()),
            }
        )
    return table


#: below this many sources a bootstrap interval is too narrow to read as 90%
FEW_SOURCES = 10


def show(title: str, table: list[dict[str, Any]], resamples: int) -> None:
    print(f"\n== {title}: 90% intervals, {resamples} bootstrap draws of whole sources")
    print(
        f"{'figure':30} {'value':>6} {'5%':>6} {'95%':>6} {'target':>7} {'meets':>6} {'sources':>7}"
    )
    for t in table:
        meets = "n/a" if t["meets"] != t["meets"] else f"{t['meets']:.0%}"
        few = "  (few sources: wider than shown)" if t["sources"] < FEW_SOURCES else ""
        print(
            f"{t['figure']:30} {t['value']:6.3f} {t['low']:6.3f} {t['high']:6.3f} "
            f"{t['target']:7.2f} {meets:>6} {t['sources']:7d}{few}"
        )
