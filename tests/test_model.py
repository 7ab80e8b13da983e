"""The learned kind model: packaged file, errors, calibration, determinism, classify's use."""

from __future__ import annotations

import json
import math
import struct
import sys
from array import array
from pathlib import Path

import pytest

from assistant.core import concepts, model
from assistant.core.classify import classify, model_input
from assistant.core.models import UNSURE_BELOW, Analysis, Kind
from assistant.core.parse import parse
from assistant.core.senders import sender_info
from assistant.errors import FollowupError, ModelError

FIXTURES = Path(__file__).parent / "fixtures"
MAIL = FIXTURES / "mail"
ROOT = Path(__file__).resolve().parent.parent


def packaged_bytes() -> bytes:
    return (ROOT / "assistant" / "core" / "data" / "kind_model.bin").read_bytes()


def test_packaged_model_loads_small_and_numeric() -> None:
    kind_model = model.load()
    assert set(kind_model.classes) == {str(k) for k in Kind}
    assert len(packaged_bytes()) <= 5_000_000
    assert all(0.0 <= t <= 1.01 for t in kind_model.thresholds)
    assert kind_model.meta["messages"] > 100


def test_every_analysis_has_a_confidence_and_the_models_reason() -> None:
    for path in sorted(MAIL.glob("*.eml")):
        analysis = classify(parse(path.read_bytes()))
        assert 0.0 <= analysis.confidence <= 1.0, path.name
        if not any(r.startswith("defect: ") for r in analysis.reasons[:1]):
            assert any(r.startswith("model: ") for r in analysis.reasons), path.name


def test_confidence_default_and_unsure() -> None:
    assert Analysis(kind=Kind.REJECTION).confidence == 1.0
    assert not Analysis(kind=Kind.REJECTION).unsure
    assert Analysis(kind=Kind.REJECTION, confidence=UNSURE_BELOW - 0.01).unsure
    assert not Analysis(kind=Kind.REJECTION, confidence=UNSURE_BELOW).unsure


def test_calibration_is_monotone_in_the_probability() -> None:
    kind_model = model.load()
    for agrees in (True, False):
        for person in (True, False):
            values = [kind_model.confidence(p / 100, agrees, person) for p in range(1, 100)]
            assert values == sorted(values)
            assert all(0.0 <= v <= 1.0 for v in values)


def test_a_persons_mail_has_its_own_calibration() -> None:
    """sigmoid(a logit(p) + b + c agrees + d person + e agrees person), each term where
    it belongs; a file made before the person terms reads as before (d, e = 0)."""
    head = {"classes": ["a"], "scale": 1.0, "bias": [0.0], "thresholds": [0, 0]}
    terms = {"a": 2.0, "b": 0.5, "c": 0.25, "d": -1.0, "e": -0.125}
    kind_model = model.KindModel({**head, "calibration": terms}, array("h"))
    logit = math.log(0.8 / 0.2)

    def sigmoid(z: float) -> float:
        return 1 / (1 + math.exp(-z))

    assert kind_model.confidence(0.8, False) == pytest.approx(sigmoid(2 * logit + 0.5))
    assert kind_model.confidence(0.8, True) == pytest.approx(sigmoid(2 * logit + 0.75))
    assert kind_model.confidence(0.8, False, person=True) == pytest.approx(
        sigmoid(2 * logit + 0.5 - 1.0)
    )
    assert kind_model.confidence(0.8, True, person=True) == pytest.approx(
        sigmoid(2 * logit + 0.75 - 1.125)
    )
    old = model.KindModel({**head, "calibration": {"a": 2.0, "b": 0.5, "c": 0.25}}, array("h"))
    assert old.confidence(0.8, True, person=True) == old.confidence(0.8, True)


def test_who_wrote_a_mail() -> None:
    def info(sender: str) -> bool:
        return sender_info(parse(f"From: {sender}\nSubject: x\n\nx".encode())).person

    assert info("Jen Marsh <jen@littlefern.example>")
    assert info("Sam <sam.lee@gmail.com>")
    assert not info("Careers <careers@littlefern.example>")
    assert not info("Little Fern <info@littlefern.example>")  # a firm's general address
    assert not info("Workday <acme@myworkday.com>")
    assert not info("Acme <no-reply@acme.example>")


def test_predict_is_the_linear_model_over_the_training_features() -> None:
    """Inference (cached word sums) equals the dot product with ``encode``'s vector."""
    kind_model = model.load()
    found = model_input(parse((MAIL / "rej_de.eml").read_bytes()))
    assert found is not None
    _rules_kind, _strong, words, others, tags = found
    vector = model.encode(words, others, tags)
    k = len(kind_model.classes)
    scores = [
        kind_model.bias[j]
        + kind_model.scale * sum(v * kind_model.weights[i * k + j] for i, v in vector.items())
        for j in range(k)
    ]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    expected = {c: e / sum(exps) for c, e in zip(kind_model.classes, exps, strict=True)}
    prediction = kind_model.predict(words, others, tags)
    for kind, probability in prediction.probabilities:
        assert probability == pytest.approx(expected[kind], abs=1e-9)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: b"not a model at all",
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),
        lambda data: data.replace(b'"classes"', b'"klasses"', 1),
    ],
    ids=["empty", "foreign", "truncated", "bit-flip", "bad-header"],
)
def test_a_damaged_model_file_is_a_clear_error(damage) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError) as info:
        model.parse_model(damage(packaged_bytes()))
    assert isinstance(info.value, FollowupError)
    assert "\n" not in str(info.value) and "model file" in str(info.value)


def with_header(data: bytes, **changes: object) -> bytes:
    """The model file ``data`` with its JSON header's fields changed (weights kept)."""
    offset = len(model.MAGIC)
    (length,) = struct.unpack_from("<I", data, offset)
    header = json.loads(data[offset + 4 : offset + 4 + length])
    header.update(changes)
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return model.MAGIC + struct.pack("<I", len(head)) + head + data[offset + 4 + length :]


@pytest.mark.parametrize("stale", ["0123456789abcdef", None], ids=["other", "none"])
def test_a_model_trained_on_other_features_is_refused(stale: str | None) -> None:
    assert model.parse_model(packaged_bytes()).classes  # the shipped model matches
    with pytest.raises(ModelError, match="trained on other features") as info:
        model.parse_model(with_header(packaged_bytes(), features=stale))
    message = str(info.value)
    assert "\n" not in message and "reinstall followup" in message


def test_editing_the_feature_settings_refuses_the_old_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(model, "CONCEPT_WEIGHT", model.CONCEPT_WEIGHT + 1)
    model.features_fingerprint.cache_clear()
    try:
        with pytest.raises(ModelError, match="trained on other features"):
            model.parse_model(packaged_bytes())
    finally:
        monkeypatch.undo()
        model.features_fingerprint.cache_clear()
    assert model.parse_model(packaged_bytes()).classes


def test_the_fingerprint_follows_the_lexicon_and_the_feature_settings() -> None:
    lexicon = {"regret": ("leider", "helaas*")}
    settings = (1, 18, 4000, 24, 0.3, 3)
    same = model.fingerprint(lexicon, settings)
    assert model.fingerprint({"regret": ("helaas*", "leider", "leider")}, settings) == same
    assert model.fingerprint({"regret": ("leider", "helaas")}, settings) != same
    assert model.fingerprint({"regret": ("leider", "helaas*", "spijt*")}, settings) != same
    assert model.fingerprint({"sorrow": ("leider", "helaas*")}, settings) != same
    assert model.fingerprint(lexicon, (1, 18, 4000, 24, 0.3, 4)) != same
    assert model.fingerprint(lexicon, (1, 18, 4000, 24, 0.5, 3)) != same
    assert model.features_fingerprint() == model.fingerprint(
        concepts.entries(),
        (model.FEATURES_VERSION, model.BITS, model.MAX_CHARS, model.MAX_WORD,
         model.TAG_VALUE, model.CONCEPT_WEIGHT),
    )  # fmt: skip


def test_a_missing_model_file_is_an_error_not_the_rules_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(model, "_FILE", "no_such_model.bin")
    model.load.cache_clear()
    try:
        with pytest.raises(ModelError, match="missing"):
            classify(parse((MAIL / "rej_de.eml").read_bytes()))
    finally:
        monkeypatch.undo()
        model.load.cache_clear()
    assert classify(parse((MAIL / "rej_de.eml").read_bytes())).kind is Kind.REJECTION


def test_cli_reports_a_missing_model_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.cli import main

    monkeypatch.setattr(model, "_FILE", "no_such_model.bin")
    model.load.cache_clear()
    try:
        try:
            code = main(["classify", str(MAIL / "rej_de.eml")])
        except SystemExit as exc:
            code = exc.code  # type: ignore[assignment]
    finally:
        monkeypatch.undo()
        model.load.cache_clear()
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and "model file" in captured.err


def test_training_is_deterministic(tmp_path: Path) -> None:
    """The project's own held-out fixtures, trained twice: byte-identical files."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_model
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    first = train_model.train(FIXTURES / "heldout", folds=3)
    second = train_model.train(FIXTURES / "heldout", folds=3)
    assert first == second
    small = model.parse_model(first)
    assert small.meta["messages"] == 134
    analysis = classify(parse((MAIL / "rej_de.eml").read_bytes()), kind_model=small)
    assert 0.0 <= analysis.confidence <= 1.0
