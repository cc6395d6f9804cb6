"""Compare the library's output with the hand labels; compute ours-vs-baseline metrics and an error list."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .baselines import naive_from_roles, tfidf_rank
from .harness import AS_OF, LibraryRun, ResumeRun
from .metrics import average_precision, mae, ndcg_at, precision_at, prf
from .posting_set import STRONG_FIT, tier_for
from .taxonomy import closure, expected_ids, skill_id


def found_ids(run: ResumeRun) -> set[str]:
    """Taxonomy ids of the skills the library reported (unknown names kept as 'name:<label>'); the items a
    skills list names outside the taxonomy ('listed') are quoted as written, so no taxonomy label judges them."""
    ids = {skill_id(m.skill) or f"name:{m.skill}" for m in run.analysis.skills if m.category != "listed"}
    return closure(ids)


def skill_metrics(runs: list[ResumeRun], errors: list[str]) -> dict[str, Any]:
    """Micro precision/recall/F1 over in-taxonomy labels, overall and per file format."""
    totals: Counter[str] = Counter()
    by_fmt: dict[str, Counter[str]] = {}
    gaps: Counter[str] = Counter()
    for run in runs:
        expected, missing = expected_ids(run.resume.labels.skills)
        gaps.update(missing)
        got = found_ids(run)
        counts = Counter(tp=len(got & expected), fp=len(got - expected), fn=len(expected - got))
        totals.update(counts)
        by_fmt.setdefault(run.fmt, Counter()).update(counts)
        if expected - got:
            errors.append(f"skills missed  {run.resume.rid} ({run.fmt}): {sorted(expected - got)}")
        if got - expected:
            errors.append(f"skills extra   {run.resume.rid} ({run.fmt}): {sorted(got - expected)}")
    p, r, f = prf(totals["tp"], totals["fp"], totals["fn"])
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        **dict(totals),
        "f1_by_format": {fmt: prf(c["tp"], c["fp"], c["fn"])[2] for fmt, c in sorted(by_fmt.items())},
        "labels_outside_taxonomy": sorted(gaps),
    }


def years_metrics(runs: list[ResumeRun], errors: list[str]) -> dict[str, Any]:
    """MAE of total years (merged) for ours and for the naive unmerged sum over the same roles."""
    ours, naive = [], []
    for run in runs:
        expected = run.resume.expected_years()
        got = run.analysis.total_years
        ours.append((got if got is not None else 0.0, expected))
        naive.append((naive_from_roles(run.analysis.roles, AS_OF), expected))
        if got is None or abs(got - expected) > 0.5:
            errors.append(
                f"years          {run.resume.rid} ({run.fmt}): expected {expected}, got {got} "
                f"(roles found: {len(run.analysis.roles)}, jobs: {len(run.resume.jobs)})"
            )
    within = sum(1 for got, exp in ours if abs(got - exp) <= 0.5) / len(ours)
    return {"mae": mae(ours), "naive_mae": mae(naive), "within_half_year": within}


def education_metrics(runs: list[ResumeRun], errors: list[str]) -> dict[str, Any]:
    """Accuracy of the highest education level."""
    right = 0
    for run in runs:
        expected, got = run.resume.labels.education, run.analysis.highest_education
        right += expected == got
        if expected != got:
            errors.append(f"education      {run.resume.rid} ({run.fmt}): expected {expected}, got {got}")
    return {"accuracy": right / len(runs)}


def tier_metrics(lib: LibraryRun, errors: list[str]) -> dict[str, Any]:
    """Tier accuracy on the human-read ladder, and on the library's own parsed ladder."""
    human = [0, 0]
    own = [0, 0]
    fitting = [0, 0]
    ladders: dict[str, Any] = {}
    per_posting: dict[str, float] = {}
    for posting in lib.postings:
        tiers = tuple(lib.requirements[posting.pid].experience_tiers)
        parsed = tuple((t.min_years, t.max_years) for t in tiers)
        if posting.ladder is not None:
            ladders[posting.pid] = parsed == tuple((lo, hi) for _, lo, hi in posting.ladder)
        right_here = human[0]
        for run in lib.runs:
            years = run.resume.expected_years(posting.relevant_kinds)
            got = run.scores[posting.pid].tier
            got_tier = next((t for t in tiers if t.name == got), None)
            if tiers:
                want_own = next((t.name for t in tiers if t.contains(years)), None)
                own[0] += want_own == got
                own[1] += 1
            if posting.ladder is None:
                continue
            want = tier_for(posting.ladder, years)
            want_min = next(lo for name, lo, _ in posting.ladder if name == want)
            ok = got_tier is not None and float(got_tier.min_years) == float(want_min)
            human[0] += ok
            human[1] += 1
            if posting.pid in run.resume.labels.relevant:
                fitting[0] += ok
                fitting[1] += 1
            if not ok:
                rel = run.scores[posting.pid].relevant_years
                errors.append(
                    f"tier           {run.resume.rid} @ {posting.pid}: expected {want!r} "
                    f"({years} relevant years), got {got!r} (relevant_years={rel})"
                )
        if posting.ladder is not None:
            per_posting[posting.pid] = (human[0] - right_here) / len(lib.runs)
    return {
        "accuracy": human[0] / human[1] if human[1] else 0.0,
        "n": human[1],
        "accuracy_fitting": fitting[0] / fitting[1] if fitting[1] else 0.0,
        "n_fitting": fitting[1],
        "accuracy_on_library_ladder": own[0] / own[1] if own[1] else 0.0,
        "by_posting": per_posting,
        "ladder_parsed_as_labelled": ladders,
    }


def ranking_metrics(lib: LibraryRun) -> dict[str, Any]:
    """Per posting, ours and TF-IDF: AP and P@5 of the fitting resumes (labels.relevant), AP and P@5 of the
    strong fits and nDCG@10 of the fit grades (posting_set's fit rule)."""
    from ats.screening.score import rank_key

    out: dict[str, Any] = {}
    texts = {run.resume.rid: run.text for run in lib.runs}
    for posting in lib.postings:
        relevant = {run.resume.rid for run in lib.runs if posting.pid in run.resume.labels.relevant}
        grades = {run.resume.rid: posting.fit_grade(run.resume) for run in lib.runs}
        strong = {rid for rid, g in grades.items() if g >= STRONG_FIT}
        ours = [run.resume.rid for run in sorted(lib.runs, key=lambda r: rank_key(r.scores[posting.pid], r.applied_at))]
        base = tfidf_rank(posting.text(), texts)
        row: dict[str, Any] = {"relevant": len(relevant), "strong": len(strong), "top5": ours[:5]}
        for prefix, ranking in (("", ours), ("tfidf_", base)):
            row[prefix + "ap"] = average_precision(ranking, relevant)
            row[prefix + "p5"] = precision_at(ranking, relevant, 5)
            row[prefix + "strong_ap"] = average_precision(ranking, strong)
            row[prefix + "strong_p5"] = precision_at(ranking, strong, 5)
            row[prefix + "ndcg10"] = ndcg_at(ranking, grades, 10)
        out[posting.pid] = row
    rows = list(out.values())
    out["mean"] = {
        f"{prefix}{key}": sum(r[prefix + key] for r in rows) / len(rows)
        for prefix in ("", "tfidf_")
        for key in ("ap", "p5", "strong_ap", "strong_p5", "ndcg10")
    }
    return out


def evaluate(lib: LibraryRun) -> tuple[dict[str, Any], list[str]]:
    """All metrics as a JSON-able dict, plus the list of individual errors."""
    errors: list[str] = []
    metrics = {
        "dataset": {
            "resumes": len(lib.runs),
            "by_role": dict(Counter(r.resume.role for r in lib.runs)),
            "by_format": dict(Counter(r.fmt for r in lib.runs)),
            "postings": [p.pid for p in lib.postings],
        },
        "skills": skill_metrics(lib.runs, errors),
        "years": years_metrics(lib.runs, errors),
        "education": education_metrics(lib.runs, errors),
        "tiers": tier_metrics(lib, errors),
        "ranking": ranking_metrics(lib),
        "seconds": round(lib.seconds, 2),
    }
    return metrics, errors
