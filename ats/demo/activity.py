"""Demo activity on the first job, so every dashboard shows something: interviews (past, today, this week),
submitted and owed scorecards, and team and private notes with an @mention. All through the real services."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ats.applications.models import Application
from ats.extensions import db
from ats.interviews.notes import add_note
from ats.interviews.scheduling import ScheduleInput, schedule
from ats.interviews.scorecards import ScorecardInput, competencies_for, save

ZONE = "America/Chicago"
EVIDENCE = (
    "Walked through a billing complaint step by step and closed it on the first call.",
    "Calm with an angry caller in the role play; summarised the issue back before answering.",
    "Knows Zendesk macros and tags tickets the way our team does.",
    "Gave a vague answer about handling several chats at once.",
)
NOTES = (
    "Strong phone manner on the screen. @manager worth a look for the weekend shift.",
    "Asked about the training schedule; happy with the hybrid days.",
    "Salary expectation is at the top of the range; flag before an offer.",
)


def _when(days: int, hour: int) -> tuple[datetime, time]:
    day = datetime.now(ZoneInfo(ZONE)).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, 0)), time(hour, 0)


def _interview(application: Application, panel: list, days: int, hour: int, round_position: int, actor):
    day, at = _when(days, hour)
    data = ScheduleInput(
        round_position=round_position,
        day=day.date(),
        at=at,
        tz=ZONE,
        duration_minutes=45,
        location="Phone" if round_position == 0 else "Austin office, room 2",
        interviewer_ids=tuple(u.id for u in panel),
    )
    return schedule(application, data, actor=actor, allowed_ids={u.id for u in panel})


def _scorecard(interview, author, rng: random.Random) -> None:
    ratings = [
        {"competency": c, "rating": rng.choice((2, 3, 3, 4)), "evidence": rng.choice(EVIDENCE)}
        for c in competencies_for(interview)
    ]
    data = ScorecardInput(
        ratings=ratings,
        takeaways="Clear communicator; would do well on the phone queue.",
        recommendation=rng.choice(("yes", "yes", "strong_yes", "no")),
        submit=True,
    )
    save(interview, author, data)


def add_activity(job, users: dict, rng: random.Random) -> None:
    """Interviews, scorecards and notes on the job's applications in the later stages."""
    manager, interviewer, recruiter = users["hiring_manager"], users["interviewer"], users["recruiter"]
    panel = [manager, interviewer]
    stage_of = {s.id: s.name for s in job.stages}
    apps = list(db.session.scalars(select(Application).where(Application.job_id == job.id).order_by(Application.id)))
    by_stage: dict[str, list[Application]] = {}
    for application in apps:
        by_stage.setdefault(stage_of[application.stage_id], []).append(application)
    for application in by_stage.get("Offer", []) + by_stage.get("Hired", []):
        done = _interview(application, panel, -6, 10, 1, recruiter)
        _scorecard(done, manager, rng)
        _scorecard(done, interviewer, rng)
    for n, application in enumerate(by_stage.get("Interview", [])):
        if n == 0:  # yesterday: the interviewer submitted, the manager still owes a scorecard
            past = _interview(application, panel, -1, 14, 1, recruiter)
            _scorecard(past, interviewer, rng)
        else:  # today and later this week
            _interview(application, panel, 0 if n == 1 else n, 15 + n % 3, 1, recruiter)
    for application in by_stage.get("Phone screen", []):
        _interview(application, [interviewer], 2, 11, 0, recruiter)
    for n, application in enumerate(a for a in apps if stage_of[a.stage_id] not in ("Applied", "Withdrawn")):
        if n < len(NOTES):
            add_note(application, recruiter, NOTES[n], visibility="team")
    if apps:
        add_note(apps[0], manager, "Private: compare with the referral from last month.", visibility="private")
