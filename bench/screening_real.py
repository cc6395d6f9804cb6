"""Screening on real resumes (../shared/resumes-dev): ranking per task, skills and years on annotated ones.

Usage: python bench/screening_real.py [--tasks a,b] [--json] [--errors TASK] [--workers N]

Every ranking figure stands beside TF-IDF cosine and phrase counting, measured in the same run, with ties
broken at random (averaged over shuffles). The resume texts are cached in bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.real import annotated, data  # noqa: E402
from bench.real.baselines import phrase_count_scores, tfidf_scores  # noqa: E402
from bench.real.lost_breaks import as_exported  # noqa: E402
from bench.real.rank_metrics import auc, average_precision, distinct, precision_at  # noqa: E402
from bench.real.runner import requirements_for, screen_all  # noqa: E402
from bench.real.tasks import ALL_TASKS, FRESH_TASKS, TASKS, TITLED_TASKS, UNSEEN_TASKS, Task  # noqa: E402

SCORERS = ("ours", "tfidf", "phrases")


def _phrases(task: Task) -> list[str]:
    """The posting's skill phrases (names and aliases), which the phrase-count baseline counts."""
    req = requirements_for(task)
    return [p for s in req.skills for p in (s.name, *s.aliases)]


def rank_task(task: Task, resumes: list[data.RealResume], ours: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """AP, P@10 and AUC of the three scorers for one task, on both label rules."""
    docs = {r.rid: r.text for r in resumes}
    scores = {
        "ours": {rid: ours[rid][task.tid]["total"] for rid in docs},
        "tfidf": tfidf_scores(task.text(), docs),
        "phrases": phrase_count_scores(_phrases(task), docs),
    }
    out: dict[str, Any] = {"task": task.tid}
    for label_name, rule in (("fit", task.fits), ("title", task.fits_by_title)):
        relevant = {r.rid for r in resumes if rule(r)}
        out[label_name] = {
            "relevant": len(relevant),
            **{
                name: {
                    "ap": average_precision(s, relevant),
                    "p10": precision_at(s, relevant, 10),
                    "auc": auc(s, relevant),
                    "distinct": distinct(s),
                }
                for name, s in scores.items()
            },
        }
    out["_scores"] = scores
    return out


def measure(
    task_ids: set[str] | None = None, workers: int = os.cpu_count() or 1, lost_breaks: str = ""
) -> dict[str, Any]:
    """Run everything once and return the figures; with lost_breaks ('gaps' or 'spaces'), our scorer reads each
    resume as an HTML export or a text box leaves it (the baselines and the labels read the PDF's text)."""
    started = time.perf_counter()
    tasks = tuple(t for t in ALL_TASKS if not task_ids or t.tid in task_ids)
    resumes, failed = data.livecareer(workers)
    turks = data.dataturks()
    gold = data.gold()
    read = [as_exported(r, spaces=lost_breaks == "spaces") for r in resumes] if lost_breaks else resumes
    ours = screen_all(read, tasks, workers)
    ranking = [rank_task(t, resumes, ours) for t in tasks]
    own = _rows_of(ranking, TASKS) or ranking  # the mean is over our postings
    macro = _means(own)
    skills, years = _annotated(resumes, turks, gold)
    return {
        "resumes": len(resumes),
        "failed": failed,
        "tasks": ranking,
        "macro": macro,
        "macro_unseen": _means(_rows_of(ranking, UNSEEN_TASKS)),
        "macro_fresh": _means(_rows_of(ranking, FRESH_TASKS)),
        "macro_titled": _means(_rows_of(ranking, TITLED_TASKS)),
        "skills": skills,
        "years": years,
        "seconds": round(time.perf_counter() - started, 1),
        "_ours": ours,
    }


def _rows_of(ranking: list[dict[str, Any]], tasks: tuple[Task, ...]) -> list[dict[str, Any]]:
    """The rankings of one group of postings."""
    ids = {t.tid for t in tasks}
    return [r for r in ranking if r["task"] in ids]


def _means(rows: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, float]]]:
    """Both labels' means over some tasks ({} for none)."""
    return {label_name: _mean(rows, label_name) for label_name in ("fit", "title")} if rows else {}


def _mean(rows: list[dict[str, Any]], label_name: str) -> dict[str, dict[str, float]]:
    """Each scorer's mean AP, P@10 and AUC over some tasks."""
    return {
        name: {k: sum(r[label_name][name][k] for r in rows) / len(rows) for k in ("ap", "p10", "auc")}
        for name in SCORERS
    }


def _annotated(resumes: list[data.RealResume], turks: list, gold: dict[str, dict]) -> tuple[dict, dict]:
    """Skill P/R/F1 (dataset spans, our gold), years MAE and dated roles (our gold) from fresh analyses."""
    from ats.screening.analyse import analyse

    by_id = {r.rid: r for r in resumes} | {r.rid: r for r, _ in turks}
    span_runs = [
        (analyse(r.text, as_of=(annotated.gold_as_of(gold.get(r.rid, {})) or r.as_of)), ann) for r, ann in turks
    ]
    gold_runs = []
    for rid, row in gold.items():
        r = by_id.get(rid)
        if r is not None:
            gold_runs.append((analyse(r.text, as_of=annotated.gold_as_of(row) or r.as_of), row, r.text))
    skills = {"dataturks_spans": annotated.skills_vs_spans(span_runs)}
    if gold_runs:
        skills.update(annotated.skills_vs_gold([(a, row) for a, row, _ in gold_runs]))
    years = annotated.years_errors(gold_runs) if gold_runs else {}
    if gold_runs:
        years["roles"] = annotated.roles_vs_gold(gold_runs)
    return skills, years


def table(m: dict[str, Any]) -> str:
    """The printable report."""
    lines = [
        f"Real resumes: {m['resumes']} livecareer PDFs ({len(m['failed'])} without text), "
        f"{len(m['tasks'])} tasks, {m['seconds']} s"
    ]
    for label_name, title in (
        ("fit", "label: category folder or headline/role names the occupation"),
        ("title", "label: headline/role names the occupation (folder ignored)"),
    ):
        lines += [
            "",
            title,
            f"{'task':22} {'pos':>4}  {'AP ours':>7} {'tfidf':>6} {'phrase':>6}  "
            f"{'P@10':>5} {'tfidf':>5} {'phr':>5}  {'AUC':>5} {'tfidf':>5} {'phr':>5}  {'ties':>4}",
        ]
        shared = [r for r in m["tasks"] if r["task"].startswith("shared:")]
        groups = [
            (_rows_of(m["tasks"], ts), key, name)
            for ts, key, name in (
                (UNSEEN_TASKS, "macro_unseen", "unseen"),
                (FRESH_TASKS, "macro_fresh", "fresh"),
                (TITLED_TASKS, "macro_titled", "titled"),
            )
        ]
        grouped = [r for rows, _, _ in groups for r in rows]
        for r in [r for r in m["tasks"] if r not in shared and r not in grouped]:
            lines.append(_row(r["task"], r[label_name]))
        lines.append(_mean_row("macro", m["macro"][label_name]))
        for rows, key, name in groups:  # postings written after the tuning, each group with a mean of its own
            for r in rows:
                lines.append(_row(r["task"][:22], r[label_name]))
            if rows:
                lines.append(_mean_row(f"macro ({name})", m[key][label_name]))
        for r in shared:  # the real postings, with the customer-service labels
            lines.append(_row(r["task"][len("shared:") :][:22], r[label_name]))
    lines.append("")
    for name, s in m["skills"].items():
        lines.append(
            f"skills vs {name:16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
            f"({s['resumes']} resumes)"
        )
    y = m["years"]
    if y:
        lines.append(
            f"years MAE {y['mae']:.2f} (naive sum of ranges {y['naive_mae']:.2f}), within 1 year "
            f"{y['within_1y']:.2f} ({y['resumes']} resumes)"
        )
        r = y["roles"]
        lines.append(
            f"dated roles: recall {r['recall']:.2f}, precision {r['precision']:.2f} ({r['gold_roles']} annotated); "
            f"of those found, title right {r['title_right']:.2f}, untitled {r['untitled']:.2f}, "
            f"title wrong {r['title_wrong']:.2f}"
        )
    return "\n".join(lines)


def _mean_row(name: str, mac: dict[str, dict[str, float]]) -> str:
    """A line of means: AP, P@10 and AUC of the three scorers."""
    return (
        f"{name:22} {'':>4}  {mac['ours']['ap']:7.3f} {mac['tfidf']['ap']:6.3f} "
        f"{mac['phrases']['ap']:6.3f}  {mac['ours']['p10']:5.2f} {mac['tfidf']['p10']:5.2f} "
        f"{mac['phrases']['p10']:5.2f}  {mac['ours']['auc']:5.3f} {mac['tfidf']['auc']:5.3f} "
        f"{mac['phrases']['auc']:5.3f}"
    )


def _row(name: str, x: dict[str, Any]) -> str:
    """One task's line: positives, then AP, P@10 and AUC of the three scorers, and distinct scores."""
    o, t, p = x["ours"], x["tfidf"], x["phrases"]
    return (
        f"{name:22} {x['relevant']:>4}  {o['ap']:7.3f} {t['ap']:6.3f} {p['ap']:6.3f}  "
        f"{o['p10']:5.2f} {t['p10']:5.2f} {p['p10']:5.2f}  {o['auc']:5.3f} {t['auc']:5.3f} "
        f"{p['auc']:5.3f}  {o['distinct']:>4}"
    )


def errors(m: dict[str, Any], tid: str, n: int = 12, resumes: dict[str, Any] | None = None) -> str:
    """Top-ranked misfits and lowest-ranked fits for one task, with our components and TF-IDF's rank beside
    ours; then the fits TF-IDF ranks furthest above us (where a task falls below that baseline)."""
    r = next(x for x in m["tasks"] if x["task"] == tid)
    task = next(t for t in ALL_TASKS if t.tid == tid)
    resumes = resumes if resumes is not None else {x.rid: x for x in data.livecareer()[0]}
    ours, tfidf = r["_scores"]["ours"], r["_scores"]["tfidf"]
    rank, theirs = _ranks(ours), _ranks(tfidf)
    order = sorted(ours, key=rank.__getitem__)
    fits = [i for i in order if task.fits(resumes[i])]

    def line(rid: str) -> str:
        return _line(rid, m["_ours"][rid], tid, ours[rid], rank[rid], theirs[rid])

    out = [f"== {tid}: top-ranked resumes that do not fit"]
    out += [line(i) for i in order if not task.fits(resumes[i])][:n]
    out.append(f"== {tid}: fitting resumes ranked lowest")
    out += [line(i) for i in fits[::-1][:n]]
    out.append(f"== {tid}: fitting resumes TF-IDF ranks furthest above ours")
    behind = sorted((i for i in fits if theirs[i] < rank[i]), key=lambda i: theirs[i] - rank[i])
    out += [line(i) for i in behind[:n]] or ["(none)"]
    return "\n".join(out)


def _ranks(scores: dict[str, float]) -> dict[str, int]:
    """Each resume's place (1 = best); a tie keeps the order the scores were listed in (sorted() is stable)."""
    return {rid: place for place, rid in enumerate(sorted(scores, key=lambda i: -scores[i]), start=1)}


def _line(rid: str, row: dict[str, Any], tid: str, score: float, ours: int, tfidf: int) -> str:
    comp = " ".join(f"{k[:4]}={v:g}" for k, v in row[tid]["components"].items())
    return f"#{ours:3} (TF-IDF #{tfidf:3}) {score:5.1f} {rid:45} {comp}\n      exp: {row[tid]['detail']['experience']}"


def main(argv: list[str] | None = None) -> int:
    """Print the tables (or JSON), and the errors of one task on request."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", default="")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", default="")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--lost-breaks",
        choices=("gaps", "spaces"),
        default="",
        help="read each resume without line breaks: as an HTML export (gaps) or a text box (spaces) leaves it",
    )
    args = ap.parse_args(argv)
    if not data.available():
        print(f"Skipped: {data.SHARED} is not beside the checkout.")
        return 0
    m = measure(set(filter(None, args.tasks.split(","))) or None, args.workers, args.lost_breaks)
    if args.json:
        print(json.dumps(_public(m), indent=2, default=str))
    else:
        print(table(m))
    if args.errors:
        print(errors(m, args.errors))
    return 0


def _public(m: dict[str, Any]) -> dict[str, Any]:
    """The figures without the per-resume scores."""
    tasks = [{k: v for k, v in t.items() if not k.startswith("_")} for t in m["tasks"]]
    return {**{k: v for k, v in m.items() if not k.startswith("_")}, "tasks": tasks}


if __name__ == "__main__":
    raise SystemExit(main())
