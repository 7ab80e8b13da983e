"""Measure the classifier on a labelled corpus (default ../shared/corpus).

    .venv/bin/python benchmarks/eval_classifier.py [CORPUS_DIR] [--split] [--errors] [--json]
    .venv/bin/python benchmarks/eval_classifier.py --heldout     # tests/fixtures/heldout

Prints per-kind precision/recall/F1, macro-F1, confirmation F1, no-follow-up
precision/recall, the phrase figures (returned phrase is a substring of the text;
overlaps / equals the labelled phrase), company / role / ATS accuracy, the same per
template_id, and the sentence set (phrases-dev.jsonl) through find_no_follow_up.

--heldout measures the project's own held-out set (tests/fixtures/heldout: mail
written in other wordings, vendors and layouts than the dev corpus); its labels
carry a ``language``, so accuracy per language is printed too.

--split reports the same figures on two halves of the template ids (a fixed,
hash-based split), so a rule tuned on one half can be checked on the other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.core.classify import classify, screen  # noqa: E402
from assistant.core.nofollowup import find_no_follow_up  # noqa: E402
from assistant.core.parse import parse  # noqa: E402

KINDS = (
    "application_confirmation",
    "rejection",
    "interview_invitation",
    "auto_reply",
    "other_job",
    "not_job",
)
_SUFFIX = re.compile(
    r"\b(inc|incorporated|llc|ltd|limited|gmbh|ag|sa|bv|nv|plc|corp|corporation|co|company)\b\.?$"
)


def norm(value: str | None) -> str:
    """Case, whitespace and punctuation do not count; nor does a legal suffix ("Inc")."""
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", value).lower().strip()
    value = _SUFFIX.sub("", value.replace("&", " and ")).strip(" ,.")
    return re.sub(r"[\W_]+", "", value)


def load(corpus: Path) -> list[dict[str, Any]]:
    rows = []
    base = corpus / "dev" if (corpus / "dev" / "labels.jsonl").exists() else corpus
    for line in (base / "labels.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        raw = (base / label["file"]).read_bytes()
        message = parse(raw)
        head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
        rows.append(
            {
                "label": label,
                "message": message,
                "analysis": classify(message),
                "screen": screen(parse(head)),
            }
        )
    return rows


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


def split_half(template_id: str) -> int:
    return int(hashlib.sha256(template_id.encode()).hexdigest(), 16) % 2


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument(
        "--heldout", action="store_true", help="measure tests/fixtures/heldout instead"
    )
    parser.add_argument("--split", action="store_true", help="also report two template halves")
    parser.add_argument("--errors", action="store_true", help="list every wrong message")
    parser.add_argument("--templates", action="store_true", help="print the per-template table")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    corpus = ROOT / "tests" / "fixtures" / "heldout" if args.heldout else Path(args.corpus)
    rows = load(corpus)
    overall = metrics(rows)
    table = per_template(rows)
    result: dict[str, Any] = {
        "overall": overall,
        "per_template_macro": template_macro(table),
        "templates": table,
        "phrases": phrases(corpus),
    }
    if args.split:
        for half in (0, 1):
            part = [r for r in rows if split_half(r["label"]["template_id"]) == half]
            result[f"half_{half}"] = metrics(part)
    result["languages"] = by_language(rows)
    if args.json:
        print(json.dumps(result, indent=2, default=str))
        return 0
    show("all messages", overall)
    tm = result["per_template_macro"]
    print(
        f"\nper template ({len(table)} templates, each counted once): kind {tm['kind']:.3f}  "
        f"no-follow-up {tm['nfu']:.3f}  company {tm['company']:.3f}  role {tm['role']:.3f}"
    )
    if args.templates:
        print(
            f"{'template':28} {'gold':26} {'n':>2} {'kind':>5} {'nfu':>5} {'comp':>5} {'role':>5}"
        )
        for template, t in table.items():
            print(
                f"{template[:28]:28} {t['gold'][:26]:26} {t['n']:2d} {t['kind']:5.2f} "
                f"{t['nfu']:5.2f} {t['company']:5.2f} {t['role']:5.2f}"
            )
    ph = result["phrases"]
    if ph:
        print(
            f"\nphrases-dev.jsonl ({ph['passages']} passages) through find_no_follow_up: "
            f"precision {ph['precision']:.3f} recall {ph['recall']:.3f} f1 {ph['f1']:.3f}; "
            f"precision {ph['precision_without_not_job_context']:.3f} without the "
            f"{ph['not_job_context_false_positives']} passages that only their not_job context "
            f"separates; errors by category {ph['errors_by_category']}"
        )
    if len(result["languages"]) > 1:
        print("\nby language: kind accuracy / no-follow-up accuracy / messages")
        for language, v in result["languages"].items():
            print(f"  {language:3} {v['kind']:.3f} / {v['nfu']:.3f} / {v['n']}")
    if args.split:
        for half in (0, 1):
            show(f"template half {half}", result[f"half_{half}"])
    if args.errors:
        print("\n== errors")
        for r in rows:
            label, a = r["label"], r["analysis"]
            problems = []
            if a.kind != label["kind"]:
                problems.append(f"kind {a.kind} != {label['kind']}")
            if a.no_follow_up != label["no_follow_up"]:
                problems.append(f"nfu {a.no_follow_up} ({a.no_follow_up_phrase!r})")
            if label["kind"] != "not_job":
                for key in ("company", "role", "ats"):
                    if norm(getattr(a, key)) != norm(label[key]):
                        problems.append(f"{key} {getattr(a, key)!r} != {label[key]!r}")
            if problems:
                print(f"{label['file']}: " + "; ".join(problems))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
