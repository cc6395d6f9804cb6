"""The hiring flow from stage events: the funnel, time in stage and time to hire (never a personal field)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Select, case, func, select

from ats.extensions import db
from ats.jobs.models import Job, JobStage
from ats.reports import facts
from ats.reports.base import Report, ReportFilter, chart, pct, percentile
from ats.reports.models import ReportFact, ReportStay

PROGRESS_KINDS = ("active", "hired")


def reach_by_application(flt: ReportFilter) -> Select:
    """Per application (from the read model): its job, the furthest stage position it entered (exits aside),
    whether it reached an interview stage (a stage whose name says interview) and whether it was hired."""
    facts.refresh()
    return flt.apply(
        select(
            ReportFact.application_id.label("application_id"),
            ReportFact.job_id.label("job_id"),
            ReportFact.source.label("source"),
            ReportFact.reach.label("reach"),
            case((ReportFact.interviewed, 1), else_=0).label("interviewed"),
            case((ReportFact.hired_hours.is_not(None), 1), else_=0).label("hired"),
        ),
        ReportFact,
    )


def _stages(job_ids: set[int]) -> dict[int, list[JobStage]]:
    """Each job's progress stages in order (archived ones too: old events may point at them)."""
    out: dict[int, list[JobStage]] = defaultdict(list)
    if not job_ids:
        return out
    for stage in db.session.scalars(
        select(JobStage)
        .where(JobStage.job_id.in_(job_ids), JobStage.kind.in_(PROGRESS_KINDS))
        .order_by(JobStage.job_id, JobStage.position)
    ):
        out[stage.job_id].append(stage)
    return out


def funnel(flt: ReportFilter) -> Report:
    """Applications that reached each stage (or went further), and the share that passed on to the next one.
    Across jobs, stages are matched by name in the order they usually come."""
    facts.refresh()
    counts = db.session.execute(
        flt.apply(
            select(ReportFact.job_id, ReportFact.reach, func.count()).group_by(ReportFact.job_id, ReportFact.reach),
            ReportFact,
        )
    ).all()
    by_job: dict[int, dict[int, int]] = defaultdict(dict)
    for job_id, position, count in counts:
        by_job[job_id][position] = count
    reached: dict[str, int] = defaultdict(int)
    order: dict[str, list[int]] = defaultdict(list)
    for job_id, stages in _stages(set(by_job)).items():
        for index, stage in enumerate(stages):
            n = sum(c for pos, c in by_job[job_id].items() if pos >= stage.position)
            if stage.archived and not n:
                continue
            reached[stage.name] += n
            order[stage.name].append(index)
    names = sorted(reached, key=lambda name: (sum(order[name]) / len(order[name]), name))
    rows = []
    for i, name in enumerate(names):
        after = reached[names[i + 1]] if i + 1 < len(names) else None
        rows.append((name, reached[name], pct(after, reached[name]) if after is not None else None))
    return Report(
        "funnel",
        "Funnel",
        ("Stage", "Applications reaching it", "Passed on to the next stage (%)"),
        rows,
        chart("bar", names, {"Applications reaching the stage": [r[1] for r in rows]}),
        "An application counts at every stage up to the furthest one it entered (skipped stages included); "
        "rejections and withdrawals end its path.",
    )


def _histogram_rows(query: Select) -> dict[str, dict[int, int]]:
    out: dict[str, dict[int, int]] = defaultdict(dict)
    for key, hours, count in db.session.execute(query):
        out[key][int(hours)] = out[key].get(int(hours), 0) + count
    return out


def _days(hours: float | None) -> float | None:
    return round(hours / 24.0, 1) if hours is not None else None


def time_in_stage(flt: ReportFilter) -> Report:
    """How long applications stayed in each stage before their next move (median and 90th percentile, days)."""
    facts.refresh()
    query = flt.apply(
        select(ReportStay.stage_name, ReportStay.hours, func.count()).group_by(ReportStay.stage_name, ReportStay.hours),
        ReportStay,
    )
    histograms = _histogram_rows(query)
    positions = _typical_positions(set(histograms))
    rows = []
    for name in sorted(histograms, key=lambda n: (positions.get(n, 99), n)):
        h = histograms[name]
        rows.append((name, sum(h.values()), _days(percentile(h, 0.5)), _days(percentile(h, 0.9))))
    return Report(
        "time-in-stage",
        "Time in stage",
        ("Stage", "Completed stays", "Median (days)", "90th percentile (days)"),
        rows,
        chart(
            "bar",
            [r[0] for r in rows],
            {"Median (days)": [r[2] for r in rows], "90th percentile (days)": [r[3] for r in rows]},
        ),
        "From entering a stage to the next move; applications still in a stage are not counted yet. "
        "Measured in whole hours.",
    )


def _typical_positions(names: set[str]) -> dict[str, float]:
    rows = db.session.execute(
        select(JobStage.name, func.avg(JobStage.position)).where(JobStage.name.in_(names)).group_by(JobStage.name)
    )
    return {name: float(avg) for name, avg in rows}


def time_to_hire(flt: ReportFilter) -> Report:
    """From the application to the first move into a hired stage: median and 90th percentile per job (days)."""
    facts.refresh()
    query = flt.apply(
        select(Job.title, ReportFact.hired_hours, func.count())
        .join(Job, Job.id == ReportFact.job_id)
        .where(ReportFact.hired_hours.is_not(None))
        .group_by(Job.title, ReportFact.hired_hours),
        ReportFact,
    )
    histograms = _histogram_rows(query)
    overall: dict[int, int] = defaultdict(int)
    rows = []
    for title in sorted(histograms):
        h = histograms[title]
        for value, count in h.items():
            overall[value] += count
        rows.append((title, sum(h.values()), _days(percentile(h, 0.5)), _days(percentile(h, 0.9))))
    if len(rows) > 1:
        rows.append(
            ("All jobs", sum(overall.values()), _days(percentile(overall, 0.5)), _days(percentile(overall, 0.9)))
        )
    return Report(
        "time-to-hire",
        "Time to hire",
        ("Job", "Hires", "Median (days)", "90th percentile (days)"),
        rows,
        chart(
            "bar",
            [r[0] for r in rows],
            {"Median (days)": [r[2] for r in rows], "90th percentile (days)": [r[3] for r in rows]},
        ),
        "From the application date to the first move into a hired stage. Measured to the hour.",
    )
