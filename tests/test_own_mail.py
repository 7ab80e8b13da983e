"""The project's own training mail (benchmarks/own_mail): well-formed, built from its
sources, never scored, and a deterministic build with it."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.core import model
from assistant.core.models import Kind
from assistant.core.parse import parse

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "benchmarks" / "own_mail"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
LANGUAGES = {"de", "en", "es", "fr", "it", "nl", "pt"}


@pytest.fixture(scope="module")
def benchmarks() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(OWN))
    try:
        import build
        import learn
        import score_probes
        import train_model
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
        sys.path.remove(str(OWN))
    return SimpleNamespace(
        build=build, learn=learn, score_probes=score_probes, train_model=train_model
    )


def labels() -> list[dict]:
    lines = (OWN / "labels.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_label_is_valid_and_every_file_labelled_once() -> None:
    found = labels()
    files = Counter(label["file"] for label in found)
    on_disk = {p.relative_to(OWN).as_posix() for p in (OWN / "messages").glob("*.eml")}
    assert set(files) == on_disk and set(files.values()) == {1}
    assert len({label["template_id"] for label in found}) == len(found)
    for label in found:
        assert label["kind"] in {str(k) for k in Kind}, label["file"]
        assert label["language"] in LANGUAGES, label["file"]
        assert label["source"] == "followup-own"
        assert label["no_follow_up"] == (label["no_follow_up_phrase"] is not None)
        if label["kind"] == "not_job":
            assert label["company"] is None and not label["no_follow_up"], label["file"]
        message = parse((OWN / label["file"]).read_bytes())
        assert message.sender is not None and message.subject, label["file"]
        for key in ("no_follow_up_phrase", "conditional_contact_phrase", "nfu_like_phrase_non_job"):
            if label[key]:
                assert label[key] in message.text, (label["file"], key)


def test_every_kind_in_every_language_it_is_for() -> None:
    found = labels()
    kinds = {str(k) for k in Kind}
    for language in ("pt", "fr", "de", "es", "it", "nl"):
        assert {x["kind"] for x in found if x["language"] == language} == kinds, language
    # mostly Portuguese, beside the English of the probe mails (src/zzzzzz_probe11.txt)
    besides_english = Counter(x["language"] for x in found if x["language"] != "en")
    assert besides_english.most_common(1)[0][0] == "pt"


def test_the_committed_files_are_what_the_sources_build(benchmarks: Any) -> None:
    built = benchmarks.build.build()
    assert built == benchmarks.build.build()
    for name, data in built.items():
        assert (OWN / name).read_bytes() == data, name


def test_own_rows_train_every_fold_and_leave_the_corpus_folds_alone(benchmarks: Any) -> None:
    learn = benchmarks.learn
    alone = learn.load(HELDOUT)
    both = learn.load(HELDOUT, learn.OWN)
    probes = sum(len(learn.read_probe_set(learn.PROBES / name)) for name in learn.PROBE_SETS)
    assert len(both) == len(alone) + len(labels()) + probes
    # the probe sets' rows come last with their set's weight (fit weighs them weight / C)
    weights = learn.probe_rows(both)
    assert weights is not None and (weights > 0).sum() == probes
    assert set(weights[len(both) - probes :]) == set(learn.PROBE_SETS.values())
    assert learn.probe_rows(alone) is None
    folds = learn.outer_folds(both, 5)
    assert (
        folds[: len(alone)]
        == learn.outer_folds(alone, 5)
        == learn.group_folds([r.group for r in alone], 5)
    )
    assert set(folds[len(alone) :]) == {-1}
    assert not learn.real_mail(both)[len(alone) :].any()


def test_the_build_with_own_mail_is_deterministic_and_weighs_the_probes(
    benchmarks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    train = benchmarks.train_model.train
    first = train(HELDOUT, folds=3, own=OWN)
    assert first == train(HELDOUT, folds=3, own=OWN)
    meta = model.parse_model(first).meta
    assert meta["own_messages"] == len(labels())
    assert meta["messages"] == meta["own_messages"] + meta["probe_messages"] + 134
    assert meta["probe_sets"] == benchmarks.learn.PROBE_SETS
    # a set's weight reaches the training: another weight for one set, other weights
    heavier = {**benchmarks.learn.PROBE_SETS, "fr23.txt": 1.0}
    monkeypatch.setattr(benchmarks.learn, "PROBE_SETS", heavier)
    other = model.parse_model(train(HELDOUT, folds=3, own=OWN))
    assert other.meta["probe_sets"]["fr23.txt"] == 1.0
    assert other.weights != model.parse_model(first).weights


def test_probe_sets_are_well_formed_and_the_held_out_set_never_trains(benchmarks: Any) -> None:
    learn = benchmarks.learn
    seen = {label["template_id"] for label in labels()}
    for path in sorted(learn.PROBES.glob("*.txt")):
        for label, raw in learn.read_probe_set(path):
            assert label["kind"] in {str(k) for k in Kind}, label["template_id"]
            assert label["template_id"] not in seen, label["template_id"]
            seen.add(label["template_id"])
            assert parse(raw).sender is not None
    held_out = set(benchmarks.score_probes.HELD_OUT)
    assert held_out.isdisjoint(learn.PROBE_SETS)
    # every set is either trained on or held out, and says which
    files = {path.name for path in learn.PROBES.glob("*.txt")}
    assert files == held_out | set(learn.PROBE_SETS)


def test_the_calibration_fit_recovers_its_terms_and_weighs_both_sides(benchmarks: Any) -> None:
    """Rows drawn from known Platt terms give those terms back, in the order the model
    applies them; the corpus's rows and the probes' weigh half each, own mail nothing."""
    learn = benchmarks.learn
    rng = learn.np.random.default_rng(0)
    n = 40_000
    p = rng.uniform(0.2, 0.99, n)
    agree, person = rng.random(n) < 0.7, rng.random(n) < 0.4
    true = {"a": 1.5, "b": -0.5, "c": 0.8, "d": 0.6, "e": -1.2}
    features = learn.calibration_features(p, agree, person)
    z = true["a"] * features[:, 0] + true["b"] + features[:, 1:] @ [0.8, 0.6, -1.2]
    correct = rng.random(n) < 1 / (1 + learn.np.exp(-z))
    fitted = learn.fit_calibration(p, agree, person, correct)
    assert fitted == pytest.approx(true, abs=0.1)

    corpus = learn.np.array([True, True, True, False, False, False])
    probes = learn.np.array([0.0, 0.0, 0.0, 0.03, 0.0, 0.0])
    weight = learn.calibration_weights(corpus, probes)
    assert list(weight) == [4 / 6, 4 / 6, 4 / 6, 2.0, 0.0, 0.0]  # 2 and 2: half each


def test_a_probe_row_pulls_less_than_a_real_row(benchmarks: Any) -> None:
    """Two rows with the same feature and opposite kinds: the real row's kind wins when
    the other is a probe, at every C of the grid (the probe's share of the loss is
    PROBE_C, below each)."""
    learn = benchmarks.learn
    from scipy.sparse import csr_matrix

    x = csr_matrix(([1.0, 1.0, 1.0, 1.0], ([0, 1, 2, 3], [7, 7, 8, 8])), shape=(4, model.DIM))
    y = learn.np.array([0, 1, 2, 3])
    probes = learn.np.array([0.0, learn.PROBE_C, 0.0, learn.PROBE_C])
    for c in learn.C_GRID:
        fitted = learn.fit(x, y, c, probes)
        scores = learn.margins(fitted, x[[0]])[0]
        assert scores[0] > scores[1], c
