"""Adverse impact from the voluntary EEO answers, in aggregate only: the selection rate of each group at each
stage and for the automated screen (top N per job, or a score threshold), the ratio to the group with the highest
rate, flagged below four-fifths. Groups smaller than EEO_MIN_CELL_SIZE are left out so nobody is re-identified.
Nothing here returns a row per person: the queries group by answer before anything leaves the database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import case, false, func, or_, select

from ats.applications.models import Application
from ats.extensions import db
from ats.jobs.models import Job, JobStage
from ats.labels import humanize
from ats.privacy.models import EeoResponse
from ats.reports import facts
from ats.reports.base import Report, ReportFilter, chart
from ats.reports.models import ReportFact

DIMENSIONS = {
    "gender": "Gender",
    "race_ethnicity": "Race or ethnicity",
    "veteran_status": "Veteran status",
    "disability_status": "Disability status",
}
GROUP_WORDS = {
    ("disability_status", "yes"): "Has or had a disability",
    ("disability_status", "no"): "No disability",
    ("veteran_status", "protected_veteran"): "Protected veteran",
    ("veteran_status", "not_veteran"): "Not a protected veteran",
    ("race_ethnicity", "two_or_more"): "Two or more races",
}
FOUR_FIFTHS = 0.8
PERMISSION = "adverse_impact"


@dataclass(frozen=True)
class ScreenChoice:
    """The automated screen to judge: the top N of each job by score, and/or a score threshold."""

    top_n: int | None = None
    threshold: float | None = None

    @classmethod
    def from_args(cls, args: Any) -> ScreenChoice:
        top = str(args.get("top_n", "")).strip()
        cut = str(args.get("threshold", "")).strip()
        try:
            threshold = float(cut) if cut else None
        except ValueError:
            threshold = None
        return cls(int(top) if top.isdigit() and int(top) > 0 else None, threshold)


def group_label(dimension: str, value: str) -> str:
    return GROUP_WORDS.get((dimension, value)) or humanize(value)


def _counts(dimension: str, flt: ReportFilter, screen: ScreenChoice) -> tuple[list[str], dict[str, dict[str, int]]]:
    """Measures in order, and {group: {measure: selected count, "_n": applicants}} (aggregates only)."""
    column = getattr(EeoResponse, dimension)
    facts.refresh()
    stages = list(
        db.session.execute(
            select(JobStage.name, func.min(JobStage.position))
            .where(JobStage.kind.in_(("active", "hired")))
            .group_by(JobStage.name)
            .order_by(func.min(JobStage.position), JobStage.name)
        )
    )
    positions = {name: pos for name, pos in stages}
    measures: list[str] = []
    columns: list[Any] = [column, func.count()]
    if screen.top_n:
        measures.append(f"Automated screen: top {screen.top_n} by score")
        columns.append(func.sum(case((_in_top(flt, screen.top_n), 1), else_=0)))
    if screen.threshold is not None:
        measures.append(f"Automated screen: score at least {screen.threshold:g}")
        columns.append(func.sum(case((Application.score >= screen.threshold, 1), else_=0)))
    for name in [name for name, _ in stages][1:]:  # everyone reaches the first stage
        measures.append(f"Reached {name}")
        columns.append(func.sum(case((_reached(name, positions[name]), 1), else_=0)))
    query = flt.apply(
        select(*columns)
        .select_from(EeoResponse)
        .join(ReportFact, ReportFact.application_id == EeoResponse.application_id)
        .join(Application, Application.id == EeoResponse.application_id)
        .where(column.is_not(None))
        .group_by(column),
        ReportFact,
    )
    out: dict[str, dict[str, int]] = {}
    for row in db.session.execute(query):
        out[row[0]] = {"_n": int(row[1]), **{m: int(v or 0) for m, v in zip(measures, row[2:], strict=True)}}
    return measures, out


def _in_top(flt: ReportFilter, top_n: int) -> Any:
    """In the top N of its job by score (ties broken by the earlier application): at or above each job's
    N-th place, found with one indexed query per job."""
    job_ids = [flt.job_id] if flt.job_id is not None else list(db.session.scalars(select(Job.id)))
    cutoffs = {}
    for job_id in job_ids:
        nth = db.session.execute(
            flt.apply(
                select(Application.score, Application.id)
                .where(Application.job_id == job_id, Application.score.is_not(None))
                .order_by(Application.score.desc(), Application.id)
                .offset(top_n - 1)
                .limit(1)
            )
        ).first()
        cutoffs[job_id] = nth
    everyone = [j for j, nth in cutoffs.items() if nth is None]  # fewer than N scored: all of them are in
    conditions = [Application.job_id.in_(everyone) & Application.score.is_not(None)] if everyone else []
    for job_id, nth in cutoffs.items():
        if nth is not None:
            score, last_id = nth
            conditions.append(
                (Application.job_id == job_id)
                & ((Application.score > score) | ((Application.score == score) & (Application.id <= last_id)))
            )
    return or_(*conditions) if conditions else false()


def _reached(name: str, typical_position: int) -> Any:
    """Reached the stage of that name in its own job (or went further): compare with that job's position."""
    by_job = dict(
        db.session.execute(
            select(JobStage.job_id, func.min(JobStage.position)).where(JobStage.name == name).group_by(JobStage.job_id)
        ).all()
    )
    if len(set(by_job.values())) <= 1:  # the usual case: the same position in every job
        return ReportFact.reach >= next(iter(by_job.values()), typical_position)
    return ReportFact.reach >= case(by_job, value=ReportFact.job_id, else_=typical_position)


def adverse_impact(dimension: str, flt: ReportFilter, screen: ScreenChoice) -> Report:
    """Selection rate and impact ratio per group and measure; small groups suppressed, ratios < 0.8 flagged."""
    if dimension not in DIMENSIONS:
        dimension = "gender"
    minimum = int(current_app.config["EEO_MIN_CELL_SIZE"])
    measures, counts = _counts(dimension, flt, screen)
    shown = {g: c for g, c in counts.items() if c["_n"] >= minimum}
    suppressed = len(counts) - len(shown)
    rows: list[tuple[Any, ...]] = []
    rates: dict[str, dict[str, float]] = defaultdict(dict)
    for measure in measures:
        for group, c in shown.items():
            rates[measure][group] = c[measure] / c["_n"]
        best = max(rates[measure].values(), default=0.0)
        for group in sorted(shown, key=lambda g: group_label(dimension, g)):
            rate = rates[measure][group]
            ratio = round(rate / best, 2) if best else None
            flag = "Below four-fifths" if ratio is not None and ratio < FOUR_FIFTHS else ""
            rows.append(
                (
                    measure,
                    group_label(dimension, group),
                    shown[group]["_n"],
                    shown[group][measure],
                    round(100 * rate, 1),
                    ratio,
                    flag,
                )
            )
    note = (
        f"Groups with fewer than {minimum} people are not shown ({suppressed} left out). "
        "The impact ratio compares each group's selection rate with the highest group's; below 0.8 is flagged."
    )
    groups = sorted(shown, key=lambda g: group_label(dimension, g))
    return Report(
        "adverse-impact",
        f"Adverse impact by {DIMENSIONS[dimension].lower()}",
        ("Measure", "Group", "Applicants", "Selected", "Selection rate (%)", "Impact ratio", "Flag"),
        rows,
        chart(
            "bar",
            measures,
            {group_label(dimension, g): [round(100 * rates[m].get(g, 0.0), 1) for m in measures] for g in groups},
        ),
        note,
    )
