"""Screening quality benchmark: ours vs TF-IDF ranking and naive-years baselines on the labelled set.

Usage: python bench/screening_quality.py [--set tuning|holdout|all] [--json] [--errors]

--set holdout measures the resumes the library was never tuned on (bench/eval/holdout.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval.evaluate import evaluate  # noqa: E402
from bench.eval.harness import library_available, run_library  # noqa: E402
from bench.eval.resumes import SETS  # noqa: E402

Row = tuple[str, str, str, str]


def measure(set_name: str = "tuning") -> tuple[dict[str, Any], list[str]]:
    """Run the library over one resume set and evaluate it (the set's name is kept in the dataset entry)."""
    metrics, errors = evaluate(run_library(set_name))
    metrics["dataset"]["set"] = set_name
    return metrics, errors


def _f(value: float | None, digits: int = 3) -> str:
    """Fixed-width number, '-' when absent."""
    return "-" if value is None else f"{value:.{digits}f}"


def rows(m: dict[str, Any]) -> list[Row]:
    """The table rows: metric, ours, TF-IDF baseline, naive-years baseline."""
    sk, yr, rk = m["skills"], m["years"], m["ranking"]
    out: list[Row] = [
        ("skill precision (micro)", _f(sk["precision"]), "-", "-"),
        ("skill recall (micro)", _f(sk["recall"]), "-", "-"),
        ("skill F1 (micro)", _f(sk["f1"]), "-", "-"),
    ]
    out += [(f"skill F1, {fmt} files", _f(v), "-", "-") for fmt, v in sk["f1_by_format"].items()]
    out += [
        ("years MAE (merged total)", _f(yr["mae"], 2), "-", _f(yr["naive_mae"], 2)),
        ("years within 0.5 y", _f(yr["within_half_year"]), "-", "-"),
        ("tier accuracy, all (human ladder)", _f(m["tiers"]["accuracy"]), "-", "-"),
        ("tier accuracy, fitting candidates", _f(m["tiers"]["accuracy_fitting"]), "-", "-"),
        ("tier accuracy (parsed ladder)", _f(m["tiers"]["accuracy_on_library_ladder"]), "-", "-"),
        ("education accuracy", _f(m["education"]["accuracy"]), "-", "-"),
    ]
    for pid, r in rk.items():
        if pid == "mean":
            continue
        out.append((f"AP {pid} ({r['relevant']} fitting)", _f(r["ap"]), _f(r["tfidf_ap"]), "-"))
        out.append((f"P@5 {pid}", _f(r["p5"]), _f(r["tfidf_p5"]), "-"))
        out.append((f"AP {pid} ({r['strong']} strong fits)", _f(r["strong_ap"]), _f(r["tfidf_strong_ap"]), "-"))
        out.append((f"nDCG@10 {pid} (fit grades)", _f(r["ndcg10"]), _f(r["tfidf_ndcg10"]), "-"))
    mean = rk["mean"]
    for label, key in (
        ("mean AP, fitting (MAP)", "ap"),
        ("mean P@5, fitting", "p5"),
        ("mean AP, strong fits", "strong_ap"),
        ("mean P@5, strong fits", "strong_p5"),
        ("mean nDCG@10, fit grades", "ndcg10"),
    ):
        out.append((label, _f(mean[key]), _f(mean["tfidf_" + key]), "-"))
    return out


def table(m: dict[str, Any]) -> str:
    """The printable table."""
    ds = m["dataset"]
    fmts = ", ".join(f"{k} {v}" for k, v in sorted(ds["by_format"].items()))
    head = (
        f"Screening quality ({ds.get('set', 'tuning')} set): {ds['resumes']} resumes ({fmts}), "
        f"{len(ds['postings'])} postings, {m['seconds']} s"
    )
    lines = [head, f"{'metric':34} {'ours':>8} {'TF-IDF':>8} {'naive yrs':>10}", "-" * 63]
    lines += [f"{a:34} {b:>8} {c:>8} {d:>10}" for a, b, c, d in rows(m)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table (or JSON) and optionally the individual errors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--errors", action="store_true", help="also list every individual error")
    parser.add_argument(
        "--set",
        dest="set_name",
        choices=sorted(SETS),
        default="tuning",
        help="resumes to measure: tuning (the set the library was tuned on, default), holdout "
        "(never seen while tuning) or all",
    )
    args = parser.parse_args(argv)
    if not library_available():
        print("ats.screening analyse/score/jobdesc are not available yet", file=sys.stderr)
        return 2
    metrics, errors = measure(args.set_name)
    print(json.dumps(metrics, indent=2, sort_keys=True) if args.json else table(metrics))
    if args.errors:
        print("\n".join(["", f"{len(errors)} individual errors:", *errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
