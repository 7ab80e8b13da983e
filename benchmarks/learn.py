"""Corpus loading, source folds, training and the nested choice of the model's settings.

Shared by ``train_model.py`` (builds ``assistant/core/data/kind_model.bin``) and
``eval_classifier.py`` (leave-source-out cross-validation). Needs numpy and
scikit-learn (``pip install -e '.[train]'``); ``classify`` itself does not.

Every choice (the regularisation ``C``, the threshold above which the model's kind
beats the rules' kind, the confidence calibration) is made by grouped
cross-validation *inside* the messages it is given, so a fold that is reported is
never used to tune what is reported on it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.core import model  # noqa: E402
from assistant.core.classify import model_input  # noqa: E402
from assistant.core.models import Kind  # noqa: E402
from assistant.core.parse import parse  # noqa: E402
from assistant.core.senders import sender_info  # noqa: E402

CLASSES = tuple(str(k) for k in Kind)
#: labelled mail the project wrote itself (benchmarks/own_mail/README.md): extra
#: training rows in every fold, never scored
OWN = ROOT / "benchmarks" / "own_mail"
OWN_SLICE = "own"
#: whether train_model.py and eval_classifier.py add OWN unless told otherwise
OWN_BY_DEFAULT = True
#: the probe sets (benchmarks/probe_sets/README.md) that train with the own mail: plain
#: words from small employers and look-alikes, which the corpus lacks. The sets of
#: score_probes.HELD_OUT are never trained on.
PROBES = ROOT / "benchmarks" / "probe_sets"
#: a probe row's share of the SVM's loss is this C whatever C the choice takes for the
#: other rows (its sample weight is PROBE_C / C): at full weight the probes outnumber
#: the real mail and cost it, and a weight fixed apart from C made their pull a coin toss
#: of the inner folds' choice of C (docs/classifier.md, "Mail the corpus lacks")
PROBE_C = 0.03
#: each probe set that trains, with its rows' share of the loss
PROBE_SETS = {
    "review13-17.txt": PROBE_C,
    "review18.txt": PROBE_C,
    "review19.txt": PROBE_C,
    "lookalikes16.txt": PROBE_C,
}
C_GRID = (0.3, 1.0, 3.0)
#: softmax temperatures tried for turning the SVM's margins into probabilities
TEMPERATURES = tuple(round(0.5 * 1.25**i, 4) for i in range(24))
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: the rules always
#: macro-F1 differences below this count as ties when choosing the thresholds
TOLERANCE = 0.005


@dataclass
class Row:
    label: dict[str, Any]
    raw: bytes
    slice: str  # "dev" or the train folder
    group: str  # all messages of one source share it
    rules_kind: str = ""
    strong: bool = False
    vector: dict[int, float] = field(default_factory=dict)
    probe_c: float = 0.0  # a probe set's row: its share of the loss (PROBE_SETS); 0: not one
    person: bool = False  # from a person's own address (``SenderInfo.person``)


def source_group(label: dict[str, Any]) -> str:
    """The fold key: the source (a composite's confirmation source; one ERP's seeder
    split over two folders counts once)."""
    source = str(label.get("source") or label.get("template_id") or label["file"])
    source = source.split(" + ")[0].strip()
    if "zerp" in source.lower() and "seeder" in source.lower():
        return "zerp recruitment seeder"
    return source


def look_half(group: str) -> bool:
    """The fixed half of the train sources that rule writers may read ("look"); the
    other half ("blind") is only ever measured in aggregate."""
    return hashlib.sha256(group.encode()).hexdigest()[0] in "01234567"


def folders(corpus: Path) -> list[tuple[str, Path]]:
    """(slice name, folder) for dev/ and every train/*/ folder; or one labelled folder."""
    if (corpus / "labels.jsonl").exists():
        return [(corpus.name, corpus)]
    found = []
    if (corpus / "dev" / "labels.jsonl").exists():
        found.append(("dev", corpus / "dev"))
    train = corpus / "train"
    if train.is_dir():
        found += [(p.name, p) for p in sorted(train.iterdir()) if (p / "labels.jsonl").exists()]
    return found


def load(corpus: Path, own: Path | None = None) -> list[Row]:
    """The labelled rows of ``corpus``; with ``own``, that folder's rows after them and
    the probe sets' (slice ``OWN_SLICE``, one group per template: they are training rows
    only; a probe trains at its set's weight in ``PROBE_SETS``)."""
    rows = []
    for name, folder in folders(corpus):
        for label, raw in read_folder(folder):
            rows.append(Row(label, raw, name, f"{name}:{source_group(label)}"))
    # a source's group ignores the folder except where the README splits one source
    for row in rows:
        row.group = source_group(row.label)
    if own is not None:
        for label, raw in read_folder(own):
            rows.append(Row(label, raw, OWN_SLICE, f"own:{label['template_id']}"))
        for name, probe_c in PROBE_SETS.items():
            for label, raw in read_probe_set(PROBES / name):
                group = f"probe:{label['template_id']}"
                rows.append(Row(label, raw, OWN_SLICE, group, probe_c=probe_c))
    return rows


def own_counts(own: Path) -> tuple[int, int]:
    """(own mail, probe mail) that ``load`` adds as training rows with ``own``."""
    split = _own_mail_build().split
    probes = sum(len(split((PROBES / name).read_text("utf-8"))) for name in PROBE_SETS)
    return len(read_folder(own)), probes


def read_probe_set(path: Path) -> list[tuple[dict[str, Any], bytes]]:
    """(label, raw message) of every mail of a probe set, built as own_mail/build.py
    builds its messages (in memory)."""
    build = _own_mail_build()
    return [
        (label, raw)
        for index, (head, lines) in enumerate(build.split(path.read_text("utf-8")))
        for _, raw, label in [build.render(index, head, lines)]
    ]


@functools.cache  # build.py puts the repository on sys.path: once, not per set
def _own_mail_build() -> Any:
    spec = importlib.util.spec_from_file_location("own_mail_build", OWN / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_folder(folder: Path) -> list[tuple[dict[str, Any], bytes]]:
    """(label, raw message) for every line of a labelled folder's labels.jsonl."""
    found = []
    for line in (folder / "labels.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            found.append((label, (folder / label["file"]).read_bytes()))
    return found


def featurize(rows: list[Row]) -> None:
    for row in rows:
        message = parse(row.raw)
        row.person = sender_info(message).person
        found = model_input(message)
        if found is None:
            row.rules_kind, row.vector = str(Kind.NOT_JOB), {}
            continue
        row.rules_kind, row.strong, words, others, tags = found
        row.vector = model.encode(words, others, tags)


def real_mail(rows: list[Row]) -> np.ndarray:
    """The rows the choices are scored on: real mail, not dev/'s template texts (the
    rules were written against those, so there they look better than they are) nor
    the project's own writing."""
    real = np.array([row.slice not in ("dev", OWN_SLICE) for row in rows])
    return real if real.any() else np.ones(len(rows), dtype=bool)


def group_folds(groups: list[str], k: int) -> list[int]:
    """Deterministic group k-fold: groups in hash order, each to the smallest fold."""
    sizes: dict[str, int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    order = sorted(sizes, key=lambda g: (-sizes[g], hashlib.sha256(g.encode()).hexdigest()))
    fold_of: dict[str, int] = {}
    totals = [0] * k
    for g in order:
        target = min(range(k), key=lambda i: (totals[i], i))
        fold_of[g] = target
        totals[target] += sizes[g]
    return [fold_of[g] for g in groups]


def corpus_rows(rows: list[Row]) -> np.ndarray:
    """The rows that are not the project's own writing: the temperature is fitted on
    these, and the confidence calibrated on them and the probe sets (``choose``); own
    mail is cleaner than real mail, so it would make the model look surer."""
    return np.array([row.slice != OWN_SLICE for row in rows])


def people(rows: list[Row]) -> np.ndarray:
    """Which rows come from a person's own address (the calibration's ``person``)."""
    return np.array([row.person for row in rows])


def outer_folds(rows: list[Row], k: int) -> list[int]:
    """``group_folds`` of the corpus's rows (the same folds with or without own mail);
    own rows get -1: they train every fold and are never held out."""
    mine = [r.slice != OWN_SLICE for r in rows]
    folds = iter(group_folds([r.group for r, m in zip(rows, mine, strict=True) if m], k))
    return [next(folds) if m else -1 for m in mine]


def matrix(rows: list[Row]) -> csr_matrix:
    indptr, indices, data = [0], [], []
    for row in rows:
        for index, value in sorted(row.vector.items()):
            indices.append(index)
            data.append(value)
        indptr.append(len(indices))
    return csr_matrix(
        (np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(len(rows), model.DIM),
    )


def labels(rows: list[Row]) -> np.ndarray:
    return np.array([CLASSES.index(r.label["kind"]) for r in rows])


@dataclass
class Fitted:
    """A fitted linear model over all ``model.DIM`` buckets (unused buckets weigh 0)."""

    coef: np.ndarray  # classes x DIM
    bias: np.ndarray  # classes
    temperature: float = 1.0

    def scaled(self, temperature: float) -> Fitted:
        return Fitted(self.coef, self.bias, temperature)


def fit(x: csr_matrix, y: np.ndarray, c: float, probes: np.ndarray | None = None) -> Fitted:
    """A linear SVM (one-vs-rest, liblinear; deterministic with a fixed seed) on the
    buckets the rows use; a row with a probe weight in ``probes`` (its share of the loss,
    whatever ``c``) weighs that weight / ``c``. Its
    margins become probabilities through a softmax whose temperature ``choose`` fits on
    held-out rows. (Multinomial logistic regression measured about as well and trained
    5-10x slower here.)"""
    used = np.flatnonzero(x.getnnz(axis=0))
    with threadpool_limits(1):
        clf = LinearSVC(C=c, random_state=0, max_iter=5000)
        weight = None if probes is None else np.where(probes > 0, probes / c, 1.0)
        clf.fit(x[:, used], y, sample_weight=weight)
    coef = np.zeros((len(CLASSES), model.DIM))
    bias = np.full(len(CLASSES), -5.0)  # a kind never seen in training
    if len(clf.classes_) == 2:  # binary: sklearn keeps one row
        rows = np.vstack([-clf.coef_[0], clf.coef_[0]])
        intercepts = np.array([-clf.intercept_[0], clf.intercept_[0]])
    else:
        rows, intercepts = clf.coef_, clf.intercept_
    for i, k in enumerate(clf.classes_):
        coef[k, used] = rows[i]
        bias[k] = intercepts[i]
    return Fitted(coef, bias)


def margins(fitted: Fitted, x: csr_matrix) -> np.ndarray:
    return np.asarray(x @ fitted.coef.T) + fitted.bias


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    scores = scores * temperature
    scores = scores - scores.max(axis=1, keepdims=True)
    exps = np.exp(scores)
    return exps / exps.sum(axis=1, keepdims=True)


def probabilities(fitted: Fitted, x: csr_matrix) -> np.ndarray:
    return softmax(margins(fitted, x), fitted.temperature)


def fit_temperature(scores: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature with the least log-loss on held-out margins."""
    best = (math.inf, 1.0)
    for t in TEMPERATURES:
        p = softmax(scores, t)[np.arange(len(y)), y]
        loss = -float(np.log(np.clip(p, 1e-12, 1)).sum())
        if loss < best[0] - 1e-9:
            best = (loss, t)
    return best[1]


def combine(
    probs: np.ndarray, rules: np.ndarray, strong: np.ndarray, thresholds: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Final kinds, the model's probability of them, and whether model and rules agree
    (as ``classify._combine``: the model's kind where its probability reaches the
    threshold for rules decided without / with a statement)."""
    top = probs.argmax(axis=1)
    best = probs.max(axis=1)
    threshold = np.where(strong, thresholds[1], thresholds[0])
    final = np.where((top != rules) & (best >= threshold), top, rules)
    return final, probs[np.arange(len(final)), final], top == rules


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    scores = []
    for k in range(len(CLASSES)):
        tp = int(np.sum((pred == k) & (y == k)))
        fp = int(np.sum((pred == k) & (y != k)))
        fn = int(np.sum((pred != k) & (y == k)))
        if tp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def calibration_features(p: np.ndarray, agree: np.ndarray, person: np.ndarray) -> np.ndarray:
    """logit(p), agreement of rules and model, a person's mail, and both (see
    ``model.KindModel.confidence``)."""
    p = np.clip(p, 1e-6, 1 - 1e-6)
    agree, person = agree.astype(float), person.astype(float)
    return np.column_stack([np.log(p / (1 - p)), agree, person, agree * person])


def fit_calibration(
    p: np.ndarray,
    agree: np.ndarray,
    person: np.ndarray,
    correct: np.ndarray,
    weight: np.ndarray | None = None,
) -> dict[str, float]:
    """Platt scaling of the final kind's probability (with agreement, and whether a
    person wrote) on held-out rows, each of ``weight`` (default 1)."""
    if correct.all() or not correct.any():
        return {"a": 1.0, "b": 0.0, "c": 0.0, "d": 0.0, "e": 0.0}
    clf = LogisticRegression(C=100.0, max_iter=1000, tol=1e-8)
    clf.fit(calibration_features(p, agree, person), correct.astype(int), sample_weight=weight)
    a, c, d, e = (float(v) for v in clf.coef_[0])
    return {"a": max(a, 1e-3), "b": float(clf.intercept_[0]), "c": c, "d": d, "e": e}


@dataclass
class Choice:
    c: float
    temperature: float
    thresholds: tuple[float, float]
    calibration: dict[str, float]
    inner_f1: float


def choose(
    x: csr_matrix,
    y: np.ndarray,
    rules: np.ndarray,
    strong: np.ndarray,
    groups: list[str],
    k: int,
    scored: np.ndarray | None = None,
    calibrated: np.ndarray | None = None,
    probes: np.ndarray | None = None,
    person: np.ndarray | None = None,
) -> Choice:
    """C, temperature and thresholds by grouped k-fold inside the given rows, scored
    on the ``scored`` rows (default all); the temperature fitted on the out-of-fold
    predictions of the ``calibrated`` rows (default all), the confidence's calibration
    on those and the probe rows, each side half the weight (``person``: who wrote each
    row). Near a tie (``TOLERANCE``) the lower thresholds win (the model)."""
    folds = np.array(group_folds(groups, k))
    oof = {c: np.zeros((len(y), len(CLASSES))) for c in C_GRID}
    for fold in range(k):
        test = folds == fold
        if not test.any() or test.all():
            continue
        for c in C_GRID:
            kept = None if probes is None else probes[~test]
            oof[c][test] = margins(fit(x[~test], y[~test], c, kept), x[test])
    real = np.ones(len(y), dtype=bool) if scored is None else scored
    fitted_on = np.ones(len(y), dtype=bool) if calibrated is None else calibrated
    results: list[tuple[float, float, float, tuple[float, float]]] = []
    for c in C_GRID:
        temperature = fit_temperature(oof[c][fitted_on], y[fitted_on])
        probs = softmax(oof[c], temperature)
        for weak in THRESHOLDS:
            for high in THRESHOLDS:
                if high >= weak:
                    final, _, _ = combine(probs, rules, strong, (weak, high))
                    score = macro_f1(y[real], final[real])
                    results.append((score, c, temperature, (weak, high)))
    # within TOLERANCE of the best score the lowest thresholds win (the model decides):
    # a difference that small is noise on a few hundred messages, and the rules' own
    # figures here are tuned-on figures (their phrases were written reading this mail)
    top = max(score for score, *_ in results)
    near = [row for row in results if row[0] >= top - TOLERANCE]
    score, c, temperature, thresholds = min(
        near, key=lambda row: (row[3][1], row[3][0], -row[0], row[1])
    )
    final, p, agree = combine(softmax(oof[c], temperature), rules, strong, thresholds)
    person = np.zeros(len(y), dtype=bool) if person is None else person
    weight = calibration_weights(fitted_on, probes)
    on = weight > 0
    calibration = fit_calibration(p[on], agree[on], person[on], (final == y)[on], weight[on])
    return Choice(c, temperature, thresholds, calibration, score)


def calibration_weights(corpus: np.ndarray, probes: np.ndarray | None) -> np.ndarray:
    """Each row's weight in the confidence's calibration: the corpus's rows and the
    probe sets' (people's plain words, where the model errs most) half the total each,
    so neither the corpus's machine-sent mail nor the probes' casual mail sets it
    alone; 0 for the own mail. Weights sum to the rows used."""
    weight = corpus.astype(float)
    probe = np.zeros(len(corpus), dtype=bool) if probes is None else probes > 0
    probe &= ~corpus
    if probe.any() and corpus.any():
        used = corpus.sum() + probe.sum()
        weight = np.where(corpus, used / (2 * corpus.sum()), 0.0)
        weight = np.where(probe, used / (2 * probe.sum()), weight)
    return weight


def train(x: csr_matrix, y: np.ndarray, choice: Choice, probes: np.ndarray | None = None) -> Fitted:
    return fit(x, y, choice.c, probes).scaled(choice.temperature)


def probe_rows(rows: list[Row]) -> np.ndarray | None:
    """Each row's probe weight (``Row.probe_c``, 0 for the other rows), None when no row
    comes from a probe set."""
    probes = np.array([row.probe_c for row in rows])
    return probes if probes.any() else None


def header(fitted: Fitted, choice: Choice, meta: dict[str, Any]) -> tuple[dict, list]:
    """The model file's header and int16 weights from a fitted model."""
    coef, bias = fitted.coef * fitted.temperature, fitted.bias * fitted.temperature
    largest = float(np.abs(coef).max()) or 1.0
    scale = largest / 32767.0
    weights = np.rint(coef.T / scale).astype("<i2").reshape(-1)
    head = {
        "classes": list(CLASSES),
        "dim": model.DIM,
        "scale": float(f"{scale:.10g}"),
        "bias": [float(f"{b:.10g}") for b in bias],
        "thresholds": list(choice.thresholds),
        "temperature": choice.temperature,
        "calibration": {k: float(f"{v:.10g}") for k, v in choice.calibration.items()},
        "meta": meta,
    }
    return head, weights.tolist()


def corpus_digest(rows: list[Row]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row.label, sort_keys=True).encode())
        digest.update(hashlib.sha256(row.raw).digest())
    return digest.hexdigest()[:16]


def fmt(value: float) -> str:
    return "nan" if math.isnan(value) else f"{value:.3f}"
