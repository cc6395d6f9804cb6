"""Where applications come from and how screening relates to what happens next: sources, score distribution,
score bands against later outcomes, rejection reasons and screening failures."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select

from ats.applications.models import Application, ScreeningResult
from ats.extensions import db
from ats.jobs.models import JobStage
from ats.labels import label
from ats.reports import facts
from ats.reports.base import Report, ReportFilter, chart, floor_div, pct
from ats.reports.flow import reach_by_application
from ats.reports.models import ReportFact

BANDS = [f"{low}–{low + 9}" if low < 90 else "90–100" for low in range(0, 100, 10)]


def sources(flt: ReportFilter) -> Report:
    """Applications, interviews and hires per source (interview: reached a stage whose name says interview)."""
    reach = reach_by_application(flt).subquery()
    query = select(reach.c.source, func.count(), func.sum(reach.c.interviewed), func.sum(reach.c.hired)).group_by(
        reach.c.source
    )
    rows = [
        (label("source", src), n, int(iv or 0), int(h or 0), pct(int(h or 0), n))
        for src, n, iv, h in sorted(db.session.execute(query), key=lambda r: (-r[1], r[0]))
    ]
    names = [r[0] for r in rows]
    return Report(
        "sources",
        "Sources",
        ("Source", "Applications", "Interviews", "Hires", "Hired (%)"),
        rows,
        chart(
            "bar",
            names,
            {"Applications": [r[1] for r in rows], "Interviews": [r[2] for r in rows], "Hires": [r[3] for r in rows]},
        ),
    )


def _band() -> Any:
    return (
        func.min(floor_div(Application.score, 10.0), 9)
        if _sqlite()
        else func.least(floor_div(Application.score, 10.0), 9)
    )


def _sqlite() -> bool:
    return db.session.get_bind().dialect.name == "sqlite"


def score_distribution(flt: ReportFilter) -> Report:
    """How many screened applications fall in each band of ten points."""
    band = _band()
    query = flt.apply(select(band, func.count()).where(Application.score.is_not(None)).group_by(band))
    counts = dict(db.session.execute(query).all())
    rows = [(name, counts.get(i, 0)) for i, name in enumerate(BANDS)]
    return Report(
        "scores",
        "Score distribution",
        ("Score band", "Applications"),
        rows,
        chart("bar", BANDS, {"Applications": [r[1] for r in rows]}),
    )


def score_outcomes(flt: ReportFilter) -> Report:
    """Does the screening predict who advances? Per score band: the share that moved past the first stage,
    reached an interview, and was hired."""
    facts.refresh()
    first = dict(
        db.session.execute(
            select(JobStage.job_id, func.min(JobStage.position))
            .where(JobStage.kind == "active")
            .group_by(JobStage.job_id)
        ).all()
    )
    band = _band()
    was_hired = case((ReportFact.hired_hours.is_not(None), 1), else_=0)
    was_interviewed = case((ReportFact.interviewed, 1), else_=0)
    query = flt.apply(
        select(band, ReportFact.job_id, ReportFact.reach, was_interviewed, was_hired, func.count())
        .select_from(ReportFact)
        .join(Application, Application.id == ReportFact.application_id)
        .where(Application.score.is_not(None))
        .group_by(band, ReportFact.job_id, ReportFact.reach, was_interviewed, was_hired),
        ReportFact,
    )
    totals: dict[int, list[int]] = {}
    for b, job_id, reach, iv, h, n in db.session.execute(query):
        row = totals.setdefault(b, [0, 0, 0, 0])
        advanced = reach > first.get(job_id, 0)
        row[0] += n
        row[1] += n if advanced else 0
        row[2] += n if iv else 0
        row[3] += n if h else 0
    found = {b: tuple(v) for b, v in totals.items()}

    rows = []
    for i, name in enumerate(BANDS):
        n, advanced, interviewed, hired = (int(v) for v in found.get(i, (0, 0, 0, 0)))
        rows.append((name, n, pct(advanced, n), pct(interviewed, n), pct(hired, n)))
    return Report(
        "score-outcomes",
        "Score band and later outcome",
        ("Score band", "Applications", "Advanced past the first stage (%)", "Reached an interview (%)", "Hired (%)"),
        rows,
        chart(
            "line",
            BANDS,
            {
                "Advanced (%)": [r[2] for r in rows],
                "Interview (%)": [r[3] for r in rows],
                "Hired (%)": [r[4] for r in rows],
            },
        ),
        "If higher bands advance more often, the screening agrees with the people who decide.",
    )


def rejection_reasons(flt: ReportFilter) -> Report:
    """Applications that ended in Rejected or Withdrawn (and are still there), by the listed reason given."""
    facts.refresh()
    query = flt.apply(
        select(ReportFact.exit_kind, ReportFact.exit_reason, func.count())
        .where(ReportFact.exit_kind.is_not(None))
        .group_by(ReportFact.exit_kind, ReportFact.exit_reason),
        ReportFact,
    )
    found = sorted(db.session.execute(query), key=lambda r: (-r[2], r[1] or ""))
    total = sum(r[2] for r in found)
    rows = [
        (reason or "No reason given", "They withdrew" if kind == "withdrawn" else "We rejected them", n, pct(n, total))
        for kind, reason, n in found
    ]
    return Report(
        "rejections",
        "Rejection reasons",
        ("Reason", "Who ended it", "Applications", "Share (%)"),
        rows,
        chart("bar", [r[0] for r in rows], {"Applications": [r[2] for r in rows]}, indexAxis="y"),
    )


def screening_failures(flt: ReportFilter) -> Report:
    """Applications whose automatic screening failed, by cause (they wait for a person to read them)."""
    cause = func.coalesce(ScreeningResult.error, "Unknown cause")
    query = flt.apply(
        select(cause, func.count())
        .select_from(Application)
        .outerjoin(ScreeningResult, ScreeningResult.application_id == Application.id)
        .where(Application.screening_status == "failed")
        .group_by(cause)
    )
    found = sorted(db.session.execute(query), key=lambda r: (-r[1], r[0]))
    knockouts = db.session.scalar(
        flt.apply(select(func.count()).select_from(Application).where(Application.knockout_failed.is_(True)))
    )
    rows = [(c, n) for c, n in found] + [("Failed a knockout question (screened)", knockouts or 0)]
    return Report(
        "screening-failures",
        "Screening failures",
        ("Cause", "Applications"),
        rows,
        chart("bar", [r[0] for r in rows], {"Applications": [r[1] for r in rows]}, indexAxis="y"),
    )
