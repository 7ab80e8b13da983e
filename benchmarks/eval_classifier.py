"""Measure the classifier: leave-source-out cross-validation on the real corpus (headline).

    .venv/bin/python benchmarks/eval_classifier.py [CORPUS_DIR] [--folds 10] [--errors] [--json]
                                                   [--own | --no-own]
    .venv/bin/python benchmarks/eval_classifier.py --heldout     # tests/fixtures/heldout
    .venv/bin/python benchmarks/eval_classifier.py DIR --shipped # one folder, packaged model

CORPUS_DIR (default ../shared/corpus) holds dev/ and train/*/ (labels.jsonl +
messages/). The headline is group k-fold by ``source`` (every message of a source
in one fold; deterministic folds): for each fold the model is trained on the other
folds, with C, the model/rules threshold and the confidence calibration chosen by
an inner grouped cross-validation on those folds only, and the held-out fold is
classified by ``classify`` with that model (quantised exactly as shipped). Printed
side by side with the rules alone ("before"): per-kind precision/recall/F1,
macro-F1, accuracy, macro-F1 per language, rejection and interview recall,
no-follow-up precision/recall, company / role / ATS accuracy on job mail, and a
reliability table of the confidence (bins, mean confidence, accuracy, ECE); the same
for the fixed look / blind halves of the train sources (``learn.look_half``).
``--errors`` lists the wrong messages of dev and of the look half only. ``--own``
adds the project's own labelled mail (benchmarks/own_mail) to every fold's training
rows; it is never held out nor scored (the folds of the corpus stay the same).

--heldout / --shipped measure the packaged model on one labelled folder: figures on
mail the project wrote itself (tests/fixtures/heldout) or that the model was trained
on are never the headline. Needs numpy and scikit-learn (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))

import intervals  # noqa: E402
import learn  # noqa: E402

from assistant.core.classify import classify  # noqa: E402
from assistant.core.models import UNSURE_BELOW  # noqa: E402
from assistant.core.nofollowup import find_no_follow_up  # noqa: E402
from assistant.core.parse import parse  # noqa: E402
from assistant.core.role_clean import GENDER_MARKER  # noqa: E402
from assistant.core.screen import screen  # noqa: E402

KINDS = intervals.KINDS
_SUFFIX = re.compile(
    r"(?:\b(?:inc|incorporated|llc|llp|ltd|limited|gmbh|ag|kg|se|sa|sas|sarl|srl|spa|sl|bv|nv|"
    r"plc|corp|corporation|co|company|pvt|pty|p/l|lda|ltda|b\.v|n\.v|s\.a|s\.l|s\.r\.l|s\.p\.a)\b\.?"
    r"|\band\s+co\b\.?|[,&]|\s)+$"
)


def norm(value: str | None) -> str:
    """Case, whitespace and punctuation do not count; nor do legal forms at the end
    ("Inc", "GmbH & Co. KG", "Pvt Ltd", "B.V.") or a title's gender marker ("(m/w/d)",
    which the corpus's labels keep and the extractor drops)."""
    if not value:
        return ""
    value = GENDER_MARKER.sub("", unicodedata.normalize("NFKC", value)).lower().strip()
    value = _SUFFIX.sub("", value.replace("&", " and ")).strip(" ,.")
    return re.sub(r"[\W_]+", "", value)


def row(label: dict[str, Any], raw: bytes, analysis: Any) -> dict[str, Any]:
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    message = parse(raw)
    return {"label": label, "message": message, "analysis": analysis, "screen": screen(parse(head))}


def load_folder(folder: Path) -> list[dict[str, Any]]:
    """One labelled folder through the packaged model (not cross-validated)."""
    return [row(label, raw, classify(parse(raw))) for label, raw in learn.read_folder(folder)]


def cross_validate(
    corpus: Path, k: int, inner: int, log: Any = None, own: Path | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[int], list[learn.Row]]:
    """Leave-source-out predictions (model + rules) and the rules alone, per message
    of ``corpus`` (``own`` rows only train)."""
    data = learn.load(corpus, own)
    learn.featurize(data)
    x, y = learn.matrix(data), learn.labels(data)
    rules = np.array([learn.CLASSES.index(r.rules_kind) for r in data])
    strong = np.array([r.strong for r in data])
    groups = [r.group for r in data]
    real = learn.real_mail(data)
    mine = learn.corpus_rows(data)
    folds = learn.outer_folds(data, k)
    probes = learn.probe_rows(data)
    person = learn.people(data)
    after: list[dict[str, Any] | None] = [None] * len(data)
    for fold in range(k):
        test = np.array([f == fold for f in folds])
        train_idx = np.flatnonzero(~test)
        fold_probes = None if probes is None else probes[train_idx]
        choice = learn.choose(
            x[train_idx],
            y[train_idx],
            rules[train_idx],
            strong[train_idx],
            [groups[i] for i in train_idx],
            inner,
            real[train_idx],
            mine[train_idx],
            fold_probes,
            person[train_idx],
        )
        fitted = learn.train(x[train_idx], y[train_idx], choice, fold_probes)
        head, weights = learn.header(fitted, choice, {"fold": fold})
        fold_model = learn.model.parse_model(learn.model.dump(head, weights))
        for i in np.flatnonzero(test):
            r = data[i]
            after[i] = row(r.label, r.raw, classify(parse(r.raw), kind_model=fold_model))
        if log:
            print(
                f"  fold {fold}: {int(test.sum())} messages, thresholds {choice.thresholds}, "
                f"C {choice.c}, temperature {choice.temperature}, "
                f"inner macro-F1 {choice.inner_f1:.3f}",
                file=log,
            )
    scored = [i for i, f in enumerate(folds) if f >= 0]
    data = [data[i] for i in scored]
    before = [row(r.label, r.raw, classify(parse(r.raw), use_model=False)) for r in data]
    return [a for a in after if a is not None], before, [folds[i] for i in scored], data


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def metrics(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"messages": len(rows), "kinds": {}}
    f1s = []
    for kind in KINDS:
        tp = sum(1 for r in rows if r["label"]["kind"] == kind and r["analysis"].kind == kind)
        fp = sum(1 for r in rows if r["label"]["kind"] != kind and r["analysis"].kind == kind)
        fn = sum(1 for r in rows if r["label"]["kind"] == kind and r["analysis"].kind != kind)
        p, rc, f = prf(tp, fp, fn)
        out["kinds"][kind] = {"precision": p, "recall": rc, "f1": f, "support": tp + fn}
        if tp + fn:
            f1s.append(f)
    out["macro_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    out["confirmation_f1"] = out["kinds"]["application_confirmation"]["f1"]
    tp = sum(1 for r in rows if r["label"]["no_follow_up"] and r["analysis"].no_follow_up)
    fp = sum(1 for r in rows if not r["label"]["no_follow_up"] and r["analysis"].no_follow_up)
    fn = sum(1 for r in rows if r["label"]["no_follow_up"] and not r["analysis"].no_follow_up)
    p, rc, f = prf(tp, fp, fn)
    out["no_follow_up"] = {"precision": p, "recall": rc, "f1": f, "support": tp + fn}
    phrases = [r for r in rows if r["analysis"].no_follow_up_phrase]
    out["phrase_substring_rate"] = (
        sum(1 for r in phrases if r["analysis"].no_follow_up_phrase in r["message"].text)
        / len(phrases)
        if phrases
        else 1.0
    )
    both = [r for r in phrases if r["label"]["no_follow_up_phrase"]]

    def overlap(a: str, b: str) -> bool:
        return a in b or b in a

    out["phrase_overlap_rate"] = (
        sum(
            1
            for r in both
            if overlap(r["analysis"].no_follow_up_phrase, r["label"]["no_follow_up_phrase"])
        )
        / len(both)
        if both
        else 1.0
    )
    out["phrase_exact_rate"] = (
        sum(
            1
            for r in both
            if r["analysis"].no_follow_up_phrase.strip()
            == r["label"]["no_follow_up_phrase"].strip()
        )
        / len(both)
        if both
        else 1.0
    )
    job = [r for r in rows if r["label"]["kind"] != "not_job"]
    other = [r for r in rows if r["label"]["kind"] == "not_job"]
    out["screen_job_recall"] = sum(1 for r in job if r["screen"]) / len(job) if job else 1.0
    out["screen_not_job_skipped"] = (
        sum(1 for r in other if not r["screen"]) / len(other) if other else 0.0
    )
    for key in ("company", "role", "ats"):
        ok = sum(1 for r in job if norm(getattr(r["analysis"], key)) == norm(r["label"][key]))
        out[f"{key}_accuracy"] = ok / len(job) if job else 1.0
        labelled = [r for r in job if r["label"][key]]
        out[f"{key}_accuracy_labelled"] = (
            sum(1 for r in labelled if norm(getattr(r["analysis"], key)) == norm(r["label"][key]))
            / len(labelled)
            if labelled
            else 1.0
        )
    return out


def per_template(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["label"]["template_id"]].append(r)
    table = {}
    for template, members in sorted(groups.items()):
        table[template] = {
            "n": len(members),
            "kind": sum(1 for r in members if r["analysis"].kind == r["label"]["kind"])
            / len(members),
            "nfu": sum(
                1 for r in members if r["analysis"].no_follow_up == r["label"]["no_follow_up"]
            )
            / len(members),
            "company": sum(
                1 for r in members if norm(r["analysis"].company) == norm(r["label"]["company"])
            )
            / len(members),
            "role": sum(1 for r in members if norm(r["analysis"].role) == norm(r["label"]["role"]))
            / len(members),
            "gold": members[0]["label"]["kind"],
        }
    return table


def template_macro(table: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Each template counts once (the corpus repeats templates through several senders).

    Company and role count over job templates only, as in the per-message figures.
    """
    job = [t for t in table.values() if t["gold"] != "not_job"]
    out = {k: sum(t[k] for t in table.values()) / (len(table) or 1) for k in ("kind", "nfu")}
    out.update({k: sum(t[k] for t in job) / (len(job) or 1) for k in ("company", "role")})
    return out


def phrases(corpus: Path) -> dict[str, Any]:
    path = corpus / "phrases-dev.jsonl"
    if not path.exists():
        path = corpus.parent / "phrases-dev.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    tp = fp = fn = tn = 0
    substring = 0
    by_category: Counter[str] = Counter()
    wrong_by_category: Counter[str] = Counter()
    context_only = 0
    for row in rows:
        found = find_no_follow_up(row["text"])
        predicted = found is not None
        by_category[row["category"]] += 1
        if found and found[0] in row["text"]:
            substring += 1
        if predicted and row["no_follow_up"]:
            tp += 1
        elif predicted and not row["no_follow_up"]:
            fp += 1
            wrong_by_category[row["category"]] += 1
            if row.get("context") == "not_job":
                context_only += 1
        elif row["no_follow_up"]:
            fn += 1
            wrong_by_category[row["category"]] += 1
        else:
            tn += 1
    p, r, f = prf(tp, fp, fn)
    p_ctx, _, _ = prf(tp, fp - context_only, fn)
    return {
        "passages": len(rows),
        "precision": p,
        "recall": r,
        "f1": f,
        "precision_without_not_job_context": p_ctx,
        "not_job_context_false_positives": context_only,
        "substring_rate": substring / max(1, tp + fp),
        "errors_by_category": dict(wrong_by_category),
    }


def by_language(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Kind and no-follow-up accuracy per ``language`` label (held-out set; dev n* files)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["label"].get("language"):
            groups[r["label"]["language"]].append(r)
    return {
        language: {
            "n": len(members),
            "kind": sum(1 for r in members if r["analysis"].kind == r["label"]["kind"])
            / len(members),
            "nfu": sum(
                1 for r in members if r["analysis"].no_follow_up == r["label"]["no_follow_up"]
            )
            / len(members),
        }
        for language, members in sorted(groups.items())
    }


def show(title: str, m: dict[str, Any]) -> None:
    print(f"\n== {title} ({m['messages']} messages)")
    print(f"{'kind':28} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>4}")
    for kind, v in m["kinds"].items():
        print(
            f"{kind:28} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['support']:4d}"
        )
    nfu = m["no_follow_up"]
    print(f"macro-F1 {m['macro_f1']:.3f}   confirmation F1 {m['confirmation_f1']:.3f}")
    print(
        f"no-follow-up precision {nfu['precision']:.3f} recall {nfu['recall']:.3f} "
        f"(n={nfu['support']})"
    )
    print(
        f"phrase: substring {m['phrase_substring_rate']:.3f}  overlaps label "
        f"{m['phrase_overlap_rate']:.3f}  equals label {m['phrase_exact_rate']:.3f}"
    )
    print(
        f"job messages: company {m['company_accuracy']:.3f} "
        f"(labelled {m['company_accuracy_labelled']:.3f})"
        f"  role {m['role_accuracy']:.3f} (labelled {m['role_accuracy_labelled']:.3f})"
        f"  ats {m['ats_accuracy']:.3f}"
    )
    print(
        f"screen (headers only): keeps {m['screen_job_recall']:.3f} of job mail, "
        f"skips {m['screen_not_job_skipped']:.3f} of not_job mail"
    )


def language(label: dict[str, Any]) -> str:
    return str(label.get("language") or "unlabelled")


def macro(rows: list[dict[str, Any]]) -> float:
    return float(metrics(rows)["macro_f1"]) if rows else float("nan")


BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


def reliability(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Confidence bins: messages, mean confidence, accuracy; expected calibration error."""
    table = []
    ece = 0.0
    for low, high in zip(BINS, BINS[1:], strict=False):
        members = [r for r in rows if low <= r["analysis"].confidence < high]
        if not members:
            table.append({"bin": (low, min(high, 1.0)), "n": 0, "confidence": 0.0, "accuracy": 0.0})
            continue
        conf = sum(r["analysis"].confidence for r in members) / len(members)
        acc = sum(1 for r in members if r["analysis"].kind == r["label"]["kind"]) / len(members)
        ece += len(members) / len(rows) * abs(acc - conf)
        table.append(
            {"bin": (low, min(high, 1.0)), "n": len(members), "confidence": conf, "accuracy": acc}
        )
    unsure = [r for r in rows if r["analysis"].unsure]
    sure = [r for r in rows if not r["analysis"].unsure]
    return {
        "bins": table,
        "ece": ece,
        "unsure_share": len(unsure) / len(rows) if rows else 0.0,
        "unsure_accuracy": (
            sum(1 for r in unsure if r["analysis"].kind == r["label"]["kind"]) / len(unsure)
            if unsure
            else float("nan")
        ),
        "sure_accuracy": (
            sum(1 for r in sure if r["analysis"].kind == r["label"]["kind"]) / len(sure)
            if sure
            else float("nan")
        ),
    }


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    m = metrics(rows)
    m["accuracy"] = sum(1 for r in rows if r["analysis"].kind == r["label"]["kind"]) / len(rows)
    langs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        langs[language(r["label"])].append(r)
    m["language_macro_f1"] = {k: (macro(v), len(v)) for k, v in sorted(langs.items())}
    m["reliability"] = reliability(rows)
    return m


def side_by_side(title: str, before: dict[str, Any], after: dict[str, Any]) -> None:
    print(f"\n== {title} ({after['messages']} messages): rules alone (before) | model + rules")
    print(f"{'kind':26} {'P':>6} {'R':>6} {'F1':>6} | {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    for kind in KINDS:
        b, a = before["kinds"][kind], after["kinds"][kind]
        print(
            f"{kind:26} {b['precision']:6.3f} {b['recall']:6.3f} {b['f1']:6.3f} | "
            f"{a['precision']:6.3f} {a['recall']:6.3f} {a['f1']:6.3f} {a['support']:4d}"
        )

    def line(name: str, bv: float, av: float, target: str = "") -> None:
        print(f"{name:40} {bv:6.3f} | {av:6.3f}   {target}")

    line("kind macro-F1", before["macro_f1"], after["macro_f1"], "target >= 0.93")
    line("accuracy", before["accuracy"], after["accuracy"])
    line(
        "rejection recall",
        before["kinds"]["rejection"]["recall"],
        after["kinds"]["rejection"]["recall"],
        "target >= 0.97",
    )
    line(
        "interview recall",
        before["kinds"]["interview_invitation"]["recall"],
        after["kinds"]["interview_invitation"]["recall"],
        "target >= 0.95",
    )
    bn, an = before["no_follow_up"], after["no_follow_up"]
    line(f"no-follow-up precision (n={an['support']})", bn["precision"], an["precision"], ">= 0.90")
    line("no-follow-up recall", bn["recall"], an["recall"], "target >= 0.95")
    line(
        "company accuracy (job mail)",
        before["company_accuracy"],
        after["company_accuracy"],
        ">= 0.90",
    )
    line("role accuracy (job mail)", before["role_accuracy"], after["role_accuracy"], ">= 0.80")
    line("ats accuracy (job mail)", before["ats_accuracy"], after["ats_accuracy"])
    for lang, (value, n) in after["language_macro_f1"].items():
        line(f"macro-F1 {lang} (n={n})", before["language_macro_f1"][lang][0], value, ">= 0.88")


def show_reliability(rel: dict[str, Any]) -> None:
    print(f"\nreliability of confidence: {'bin':>11} {'n':>4} {'mean conf':>9} {'accuracy':>8}")
    for b in rel["bins"]:
        low, high = b["bin"]
        print(
            f"{'':27}{low:4.2f}-{high:4.2f} {b['n']:4d} {b['confidence']:9.3f} {b['accuracy']:8.3f}"
        )
    print(
        f"ECE {rel['ece']:.3f}; unsure (confidence < {UNSURE_BELOW}): "
        f"{rel['unsure_share']:.1%} of messages, accuracy {learn.fmt(rel['unsure_accuracy'])}; "
        f"the rest: accuracy {learn.fmt(rel['sure_accuracy'])}"
    )


def outcome(r: dict[str, Any]) -> intervals.Outcome:
    label, a = r["label"], r["analysis"]
    return (
        label["kind"],
        str(a.kind),
        norm(a.company) == norm(label["company"]),
        bool(label["no_follow_up"]),
        bool(a.no_follow_up),
        language(label),
    )


def show_errors(rows: list[dict[str, Any]]) -> None:
    print("\n== errors (model + rules, leave-source-out)")
    for r in rows:
        label, a = r["label"], r["analysis"]
        problems = []
        if a.kind != label["kind"]:
            problems.append(f"kind {a.kind} != {label['kind']} ({a.confidence:.2f})")
        if a.no_follow_up != label["no_follow_up"]:
            problems.append(f"nfu {a.no_follow_up} ({a.no_follow_up_phrase!r})")
        if label["kind"] != "not_job":
            for key in ("company", "role"):
                if norm(getattr(a, key)) != norm(label[key]):
                    problems.append(f"{key} {getattr(a, key)!r} != {label[key]!r}")
        if problems:
            print(f"{r.get('where', '')}{label['file']}: " + "; ".join(problems))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument(
        "--heldout", action="store_true", help="measure tests/fixtures/heldout (packaged model)"
    )
    parser.add_argument(
        "--shipped", action="store_true", help="measure one labelled folder with the packaged model"
    )
    parser.add_argument("--folds", type=int, default=10, help="outer folds (by source)")
    parser.add_argument("--inner", type=int, default=5, help="inner folds (choices)")
    parser.add_argument(
        "--errors", action="store_true", help="list the wrong messages (dev and look half)"
    )
    parser.add_argument("--templates", action="store_true", help="print the per-template table")
    parser.add_argument(
        "--intervals",
        type=int,
        nargs="?",
        const=2000,
        default=0,
        metavar="DRAWS",
        help="90%% intervals of the real-mail figures by a bootstrap over sources (2000 draws)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument(
        "--own",
        action=argparse.BooleanOptionalAction,
        default=learn.OWN_BY_DEFAULT,
        help="train every fold on the project's own labelled mail and probe sets too "
        "(never scored)",
    )
    args = parser.parse_args(argv)
    if args.intervals < 0:
        parser.error("--intervals takes a number of draws, 1 or more")
    if args.heldout or args.shipped or (Path(args.corpus) / "labels.jsonl").exists():
        return shipped(
            ROOT / "tests" / "fixtures" / "heldout" if args.heldout else Path(args.corpus), args
        )
    corpus = Path(args.corpus)
    own = learn.OWN if args.own else None
    after, before, folds, data = cross_validate(
        corpus, args.folds, args.inner, None if args.json else sys.stderr, own
    )
    for r, d in zip(after, data, strict=True):
        r["where"] = f"{d.slice}/"
    result: dict[str, Any] = {
        "folds": args.folds,
        "sources": len({d.group for d in data}),
        "own_training_rows": dict(
            zip(("own_mail", "probes"), learn.own_counts(own) if own else (0, 0), strict=True)
        ),
    }
    subsets = {
        "all (train + dev)": lambda d: True,
        "train (real mail)": lambda d: d.slice != "dev",
        "dev": lambda d: d.slice == "dev",
        "train, look half of the sources": lambda d: d.slice != "dev" and learn.look_half(d.group),
        "train, blind half of the sources": lambda d: (
            d.slice != "dev" and not learn.look_half(d.group)
        ),
    }
    for name, keep in subsets.items():
        picked = [i for i, d in enumerate(data) if keep(d)]
        if picked:
            result[name] = {
                "before": summary([before[i] for i in picked]),
                "after": summary([after[i] for i in picked]),
            }
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return 0
    print(
        f"leave-source-out cross-validation: {args.folds} folds by source "
        f"({result['sources']} sources, {len(data)} messages from {corpus})"
    )
    if own:
        mail, probes = result["own_training_rows"].values()
        weights = sorted({f"{c:g}" for c in learn.PROBE_SETS.values()})
        print(
            f"every fold also trains on {mail} messages the project wrote itself ({own}) and "
            f"{probes} probe mails ({learn.PROBES}, at C {', '.join(weights)}); they are "
            "never scored"
        )
    for name in subsets:
        if name in result:
            side_by_side(name, result[name]["before"], result[name]["after"])
    show_reliability(result["all (train + dev)"]["after"]["reliability"])
    if args.templates:
        table = per_template(after)
        tm = template_macro(table)
        print(
            f"\nper template ({len(table)} templates, each counted once): kind {tm['kind']:.3f}  "
            f"no-follow-up {tm['nfu']:.3f}  company {tm['company']:.3f}  role {tm['role']:.3f}"
        )
    if args.intervals:
        for name in ("train (real mail)", "train, blind half of the sources"):
            picked = [i for i, d in enumerate(data) if subsets[name](d)]
            table = intervals.bootstrap(
                [outcome(after[i]) for i in picked],
                [data[i].group for i in picked],
                args.intervals,
            )
            intervals.show(name, table, args.intervals)
    if args.errors:
        # the blind half's messages are measured, never listed (see learn.look_half)
        blind = [not learn.look_half(d.group) and d.slice != "dev" for d in data]
        show_errors([r for r, hidden in zip(after, blind, strict=True) if not hidden])
        print(f"(errors of the blind half's {sum(blind)} messages are not listed)")
    return 0


def shipped(folder: Path, args: argparse.Namespace) -> int:
    """The packaged model on one labelled folder (not the headline)."""
    rows = load_folder(folder)
    overall = summary(rows)
    result: dict[str, Any] = {
        "overall": overall,
        "per_template_macro": template_macro(per_template(rows)),
        "phrases": phrases(folder),
        "languages": by_language(rows),
    }
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return 0
    print("packaged model on one folder (figures on mail it may have been trained on, or on")
    print("mail the project wrote itself: not the headline)")
    show(str(folder), overall)
    show_reliability(overall["reliability"])
    if len(result["languages"]) > 1:
        print("\nby language: kind accuracy / no-follow-up accuracy / messages")
        for lang, v in result["languages"].items():
            print(f"  {lang:3} {v['kind']:.3f} / {v['nfu']:.3f} / {v['n']}")
    if args.errors:
        show_errors(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
