"""A small hand-checkable data set for the reports: two jobs, seven applications, stage moves on known days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ats.applications.models import Application, ScreeningResult, StageEvent
from ats.candidates.models import Candidate
from ats.extensions import db

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

# (key, job, source, score, applied day offset, [(day, stage name, reason)], screening failed?)
APPLICATIONS = [
    (
        "a1",
        "A",
        "linkedin",
        85.0,
        0,
        [(0, "Applied"), (2, "Screening"), (4, "Phone screen"), (10, "Interview"), (12, "Offer"), (20, "Hired")],
    ),
    (
        "a2",
        "A",
        "linkedin",
        72.0,
        0,
        [
            (0, "Applied"),
            (1, "Screening"),
            (3, "Phone screen"),
            (5, "Interview"),
            (6, "Rejected", "Not enough experience"),
        ],
    ),
    ("a3", "A", "referral", 45.0, 0, [(0, "Applied"), (3, "Rejected", "Not enough experience")]),
    (
        "a4",
        "A",
        "careers_page",
        15.0,
        0,
        [(0, "Applied"), (4, "Screening"), (5, "Withdrawn", "Accepted another offer")],
    ),
    ("a5", "A", "careers_page", None, 0, [(0, "Applied")]),
    ("b1", "B", "referral", 91.0, 0, [(0, "Applied"), (2, "Screening"), (8, "Interview"), (30, "Hired")]),
    ("b2", "B", "linkedin", 55.0, 55, [(55, "Applied")]),
]


def seed(make_job) -> dict:
    """Insert the data set directly (dates are the point here); returns jobs and applications by key."""
    jobs = {"A": make_job("Alpha Agent"), "B": make_job("Beta Lead")}
    apps = {}
    for n, (key, job_key, source, score, applied, moves) in enumerate(APPLICATIONS):
        job = jobs[job_key]
        stages = {s.name: s for s in job.stages}
        candidate = Candidate(
            name=f"Seed Person {n}", email=f"seed{n}@example.org", email_normalized=f"seed{n}@example.org"
        )
        last = stages[moves[-1][1]]
        application = Application(
            job=job,
            candidate=candidate,
            stage_id=last.id,
            source=source,
            score=score,
            applied_at=T0 + timedelta(days=applied),
            screening_status="failed" if score is None else "done",
            knockout_failed=key == "a3",
        )
        db.session.add(application)
        db.session.flush()
        if score is None:
            db.session.add(ScreeningResult(application_id=application.id, error="The file could not be read."))
        previous = None
        for move in moves:
            day, name = move[0], move[1]
            stage = stages[name]
            db.session.add(
                StageEvent(
                    application_id=application.id,
                    from_stage_id=previous.id if previous else None,
                    from_name=previous.name if previous else None,
                    to_stage_id=stage.id,
                    to_name=stage.name,
                    reason=move[2] if len(move) > 2 else None,
                    created_at=T0 + timedelta(days=day),
                )
            )
            previous = stage
        apps[key] = application
    db.session.commit()
    return {"jobs": jobs, "apps": apps}
