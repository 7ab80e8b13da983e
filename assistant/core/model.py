"""The learned half of the classifier: a linear model over hashed text features (pure).

Beside the rules (``classify``), a linear SVM (one-vs-rest; its margins become
probabilities by a softmax temperature) scores the six kinds from

* the words of the subject and of the body's first ``MAX_CHARS`` characters (each
  distinct word, its character 3- to 5-grams, and each distinct pair of neighbouring
  words), hashed into ``2**BITS`` buckets with CRC-32 (stable across processes,
  unlike ``hash``), scaled by ``1/sqrt(units)`` so long and short mail weigh alike;
* the concepts of the words (``concepts``: "leider", "helaas" and "unfortunately" are
  all ``regret``), each distinct word's concepts worth ``CONCEPT_WEIGHT`` words;
* the words of the sender's local part ("careers", "noreply");
* the rules' own cues: the kind the rules chose and the rules that fired
  (``rule_tags``), each worth ``TAG_VALUE`` (0.3).

Why the cues weigh less than 1: the rules were written reading much of the training
mail, so there they are nearly always right, and a model given their verdict at full
weight learns to copy it. At 0.3 the same evidence needs larger (more penalised)
weights, so the words carry more of the decision. Measured leave-source-out on the
sources nobody read (docs/classifier.md): macro-F1 0.899 at 1.0, 0.911 at 0.3.

Why concepts: the words are learnt one language at a time, so what the model learns
from English and Spanish mail did not carry to Portuguese, German or French words. A
concept is learnt from all of them. Chosen like the cue weight (docs/classifier.md).

Weights are trained by ``benchmarks/train_model.py`` on the labelled corpus and ship
as ``data/kind_model.bin``: a header (JSON: classes, scale, bias, the combination
thresholds, the confidence calibration, a checksum, the features' fingerprint) and
int16 weights, one row of ``len(classes)`` per bucket. Nothing but numbers is stored,
no text. The only I/O is reading that file through ``importlib.resources``; a missing
or damaged file, or one trained on other features (``features_fingerprint``), raises
``ModelError`` (one line), never a silent fall-back to the rules.

A word's contribution (its own bucket plus its n-grams) is cached, so a word costs
one dictionary look-up once it has been seen.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import struct
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from zlib import crc32

from assistant.core import concepts
from assistant.core.concepts import concepts_of
from assistant.core.words import split_words
from assistant.errors import ModelError

__all__ = [
    "BITS",
    "KindModel",
    "MAGIC",
    "Prediction",
    "encode",
    "features_fingerprint",
    "fingerprint",
    "load",
    "rule_tags",
    "text_units",
]

BITS = 18
DIM = 1 << BITS
MASK = DIM - 1
#: body characters the model reads (job mail says what it is near the top)
MAX_CHARS = 4000
#: longest word whose character n-grams are used (longer tokens are ids and links)
MAX_WORD = 24
#: a rule cue's feature value (why not 1: see the module docstring)
TAG_VALUE = 0.3
#: a word's concept counts as this many buckets of the word (an integer, so a cached
#: word's int16 weight sums stay exact; why 3: docs/classifier.md)
CONCEPT_WEIGHT = 3
MAGIC = b"FOLLOWUP-KIND-MODEL 1\n"
#: bump when the code that turns mail into features changes what a word or unit hashes to
FEATURES_VERSION = 1
_FILE = "kind_model.bin"
_CACHE_LIMIT = 200_000


# --------------------------------------------------------------------------- features


def _bucket(key: str) -> int:
    return crc32(key.encode("utf-8")) & MASK


def word_buckets(word: str) -> list[int]:
    """The buckets of one word: the word itself, its character 3- to 5-grams and its
    concepts (each ``CONCEPT_WEIGHT`` times)."""
    out = [_bucket("w" + word)]
    if len(word) <= MAX_WORD:
        padded = f"<{word}>"
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                out.append(_bucket("c" + padded[i : i + n]))
    for concept in concepts_of(word):
        out += [_bucket("k" + concept)] * CONCEPT_WEIGHT
    return out


def text_units(subject: str, low: str, local_part: str) -> tuple[list[str], list[str]]:
    """Distinct body/subject words and other units ("b" pairs, "s" subject, "l" sender).

    ``low`` is the lower-cased, flattened body. Both lists are in first-seen order, so
    the features (and the trained file) do not depend on set ordering.
    """
    tokens = split_words(low[:MAX_CHARS])
    subject_tokens = split_words(subject.lower())
    words = list(dict.fromkeys(subject_tokens + tokens))
    # a pair is "a b" (the only units with a space); the others carry their prefix
    others = dict.fromkeys(map(" ".join, zip(tokens, tokens[1:], strict=False)))
    others.update(dict.fromkeys("s" + t for t in subject_tokens))
    others.update(dict.fromkeys("l" + t for t in split_words(local_part.lower())))
    return words, list(others)


def unit_bucket(unit: str) -> int:
    """A non-word unit's bucket: a pair of words ("b" namespace) or a prefixed unit."""
    return _bucket("b" + unit) if " " in unit else _bucket(unit)


_TAG_CUT = re.compile(r"[:(\[{'\"0-9]")


def rule_tags(rules_kind: str, reasons: Iterable[str], scores: tuple[int, int]) -> list[str]:
    """The rules' cues as model features: their kind, what fired, the job/other scores."""
    tags = ["kind " + rules_kind]
    for reason in reasons:
        head = reason.split(":", 1)[0] if ":" in reason else reason
        head = _TAG_CUT.split(head, 1)[0].strip()[:40]
        if head in ("subject", "sender", "not job mail"):
            rest = reason.split(":", 1)[1].split() if ":" in reason else []
            word = next((w for w in rest if w.isalpha() and len(w) > 2), "")
            if head == "sender":
                word = "board" if "board" in reason else "mailbox" if "mailbox" in reason else ""
            head = f"{head} {word}".strip()
        tags.append(head)
    job, other = scores
    tags.append(f"job score {min(job, 8)}")
    tags.append(f"other score {min(other, 6)}")
    return list(dict.fromkeys(tags))


def encode(words: Sequence[str], others: Sequence[str], tags: Sequence[str]) -> dict[int, float]:
    """The feature vector (bucket -> value) the model is trained on and scores.

    ``predict`` computes the same sums without building it; training uses this.
    """
    vector: dict[int, float] = {}
    units = len(words) + len(others)
    scale = 1.0 / math.sqrt(units) if units else 0.0
    for word in words:
        for index in word_buckets(word):
            vector[index] = vector.get(index, 0.0) + scale
    for unit in others:
        index = unit_bucket(unit)
        vector[index] = vector.get(index, 0.0) + scale
    for tag in tags:
        index = _bucket("r" + tag)
        vector[index] = vector.get(index, 0.0) + TAG_VALUE
    return vector


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Prediction:
    """The model's probabilities per kind, best first."""

    probabilities: tuple[tuple[str, float], ...]

    @property
    def kind(self) -> str:
        return self.probabilities[0][0]

    @property
    def probability(self) -> float:
        return self.probabilities[0][1]

    def of(self, kind: str) -> float:
        return next((p for k, p in self.probabilities if k == kind), 0.0)


class KindModel:
    """Weights, the combination threshold and the confidence calibration, read once."""

    def __init__(self, header: dict[str, object], weights: array[int]) -> None:
        self.classes: tuple[str, ...] = tuple(header["classes"])  # type: ignore[arg-type]
        self.scale = float(header["scale"])  # type: ignore[arg-type]
        self.bias: tuple[float, ...] = tuple(header["bias"])  # type: ignore[arg-type]
        #: below these probabilities the rules' kind stands (chosen by cross-validation):
        #: when the rules decided without / with a statement in the text
        thresholds = header["thresholds"]
        assert isinstance(thresholds, list) and len(thresholds) == 2
        self.thresholds: tuple[float, float] = (float(thresholds[0]), float(thresholds[1]))
        calibration = header["calibration"]
        assert isinstance(calibration, dict)
        #: a, b, c as below; d, e for a person's mail (0 in files made before them)
        self.calibration: tuple[float, float, float, float, float] = (
            float(calibration["a"]),
            float(calibration["b"]),
            float(calibration["c"]),
            float(calibration.get("d", 0.0)),
            float(calibration.get("e", 0.0)),
        )
        self.meta = header.get("meta", {})
        self.weights = weights
        self._k = len(self.classes)
        self._words: dict[str, int] = {}  # word -> its summed weights, packed
        self._units: dict[str, int] = {}  # other unit -> its weights, packed
        self._tags: dict[tuple[str, ...], tuple[int, ...]] = {}  # the rules' cues -> weights

    def _vector(self, buckets: Iterable[int]) -> tuple[int, ...]:
        k, w = self._k, self.weights
        rows = [w[index * k : index * k + k] for index in buckets]  # each bucket's weights
        if not rows:
            return (0,) * k
        return tuple(map(sum, zip(*rows, strict=True)))  # summed per kind, in C

    def _packed(self, buckets: Iterable[int]) -> int:
        """:meth:`_vector` packed into one int (see :func:`_pack`)."""
        return _pack(self._vector(buckets))

    def predict(
        self, words: Sequence[str], others: Sequence[str], tags: Sequence[str]
    ) -> Prediction:
        known, seen = self._words, self._units
        if len(known) + len(seen) > _CACHE_LIMIT:
            known.clear()
            seen.clear()
        vectors = list(map(known.get, words))
        if None in vectors:
            for i, word in enumerate(words):
                if vectors[i] is None:
                    vectors[i] = known[word] = self._packed(word_buckets(word))
        more = list(map(seen.get, others))
        if None in more:
            for i, unit in enumerate(others):
                if more[i] is None:
                    more[i] = seen[unit] = self._packed((unit_bucket(unit),))
        units = len(words) + len(others)
        packed = sum(vectors) + sum(more)  # type: ignore[arg-type]  # no None is left
        text = _unpack(packed, units, self._k)
        cached = self._tags.get(tuple(tags))
        if cached is None:
            if len(self._tags) > 10_000:
                self._tags.clear()
            cached = self._tags[tuple(tags)] = self._vector(_bucket("r" + tag) for tag in tags)
        rules = cached
        norm = self.scale / math.sqrt(units) if units else 0.0
        tag_norm = self.scale * TAG_VALUE
        scores = [
            b + t * norm + r * tag_norm for b, t, r in zip(self.bias, text, rules, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        ranked = sorted(
            ((kind, e / total) for kind, e in zip(self.classes, exps, strict=True)),
            key=lambda pair: -pair[1],
        )
        return Prediction(tuple(ranked))

    def confidence(self, probability: float, agrees: bool, person: bool = False) -> float:
        """Calibrated chance that the final kind is right (Platt scaling, fitted on
        out-of-fold predictions): sigmoid(a * logit(p) + b + c * agrees + d * person +
        e * agrees * person). ``person``: the mail is from a person's own address, where
        the rules and the model agree on wrong kinds more often than on a machine's."""
        a, b, c, d, e = self.calibration
        p = min(max(probability, 1e-6), 1 - 1e-6)
        z = a * math.log(p / (1 - p)) + b + (c if agrees else 0.0)
        if person:
            z += d + (e if agrees else 0.0)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


#: a unit's summed weights per kind, packed side by side into one int so that summing a
#: message's units is one C-level ``sum`` of ints (exact: integers, no rounding). Each
#: kind's value (|v| < 2**22: int16 weights over < 100 buckets) is stored as
#: v + _OFFSET in its own _LANE bits; a sum of n units leaves n * _OFFSET to take off.
_LANE = 64
_OFFSET = 1 << 23
_LANE_MASK = (1 << _LANE) - 1


def _pack(vector: Sequence[int]) -> int:
    return sum((v + _OFFSET) << (_LANE * j) for j, v in enumerate(vector))


def _unpack(total: int, units: int, k: int) -> list[int]:
    """The per-kind sums of ``units`` packed vectors added into ``total``."""
    return [((total >> (_LANE * j)) & _LANE_MASK) - units * _OFFSET for j in range(k)]


# --------------------------------------------------------------------------- file


def fingerprint(lexicon: dict[str, tuple[str, ...]], constants: Sequence[float | int]) -> str:
    """A short digest of what the features are made of: the concept lexicon (each
    concept's distinct entries, so a comment or a reordering changes nothing) and the
    feature constants."""
    table = {concept: sorted(set(found)) for concept, found in lexicon.items()}
    text = json.dumps([table, list(constants)], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@cache
def features_fingerprint() -> str:
    """The fingerprint of this code's features, written into every model file at
    training (``dump``) and checked on reading (``parse_model``): a model whose weights
    were learnt for other features (concepts.toml, ``CONCEPT_WEIGHT``, ``BITS``, ...
    edited since) would otherwise score every message quietly wrong."""
    constants = (FEATURES_VERSION, BITS, MAX_CHARS, MAX_WORD, TAG_VALUE, CONCEPT_WEIGHT)
    return fingerprint(concepts.entries(), constants)


def dump(header: dict[str, object], weights: Sequence[int]) -> bytes:
    """The file's bytes (deterministic: sorted JSON keys, little-endian int16)."""
    body = array("h", weights)
    if struct.pack("=h", 1) != struct.pack("<h", 1):
        body.byteswap()
    payload = body.tobytes()
    header = dict(
        header, sha256=hashlib.sha256(payload).hexdigest(), features=features_fingerprint()
    )
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return MAGIC + struct.pack("<I", len(head)) + head + payload


def parse_model(data: bytes) -> KindModel:
    """A model from the file's bytes; ``ModelError`` when they are not a whole model."""
    if not data.startswith(MAGIC):
        raise ModelError("the classifier's model file is not a followup model (bad header)")
    offset = len(MAGIC)
    try:
        (length,) = struct.unpack_from("<I", data, offset)
        header = json.loads(data[offset + 4 : offset + 4 + length].decode("utf-8"))
        payload = data[offset + 4 + length :]
        classes = header["classes"]
        expected = int(header["dim"]) * len(classes)
    except (struct.error, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"the classifier's model file is damaged ({type(exc).__name__})") from exc
    if int(header["dim"]) != DIM or len(payload) != 2 * expected:
        raise ModelError("the classifier's model file is damaged (wrong size)")
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise ModelError("the classifier's model file is damaged (checksum mismatch)")
    if header.get("features") != features_fingerprint():
        raise ModelError(
            "the classifier's model file was trained on other features (the concept "
            "lexicon or the feature settings changed): reinstall followup, or rebuild it "
            "with benchmarks/train_model.py"
        )
    weights = array("h")
    weights.frombytes(payload)
    if struct.pack("=h", 1) != struct.pack("<h", 1):
        weights.byteswap()
    try:
        return KindModel(header, weights)
    except (KeyError, TypeError, ValueError, AssertionError) as exc:
        raise ModelError(f"the classifier's model file is damaged ({type(exc).__name__})") from exc


@cache
def load() -> KindModel:
    """The packaged model (read once). Raises ``ModelError`` if it is missing, damaged or
    trained on other features."""
    try:
        data = resources.files("assistant.core").joinpath("data", _FILE).read_bytes()
    except OSError as exc:
        raise ModelError(
            f"the classifier's model file assistant/core/data/{_FILE} is missing "
            "(reinstall followup, or rebuild it with benchmarks/train_model.py)"
        ) from exc
    return parse_model(data)
