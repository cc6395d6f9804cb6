"""A hiring team on job A, an unrelated job B, and helpers to schedule and score through the app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest


@dataclass
class Team:
    job_a: object
    job_b: object
    app_a: object
    app_b: object
    hm: object
    interviewer: object
    other_interviewer: object
    recruiter: object


@pytest.fixture
def team(app, make_user, make_job, make_application):
    from ats.jobs.services import assign

    recruiter = make_user("recruiter")
    hm, interviewer, other = make_user("hiring_manager"), make_user("interviewer"), make_user("interviewer")
    job_a, job_b = make_job("Customer Care Specialist"), make_job("Warehouse Lead")
    for user, role in ((hm, "hiring_manager"), (interviewer, "interviewer"), (other, "interviewer")):
        assign(job_a, user, role, actor=recruiter)
    app_a = make_application(job_a, name="Alice Aardvark", email="alice@example.org")
    app_b = make_application(job_b, name="Zebulon Quartz", email="zebulon@example.org")
    return Team(job_a, job_b, app_a, app_b, hm, interviewer, other, recruiter)


@pytest.fixture
def schedule_interview(app):
    """Schedule through the service with the given panel (defaults: tomorrow 10:00 Paris)."""
    from ats.interviews.scheduling import ScheduleInput, schedule

    def do(application, actor, panel, day=date(2030, 1, 15), at=time(10, 0), tz="Europe/Paris", round_position=1):
        data = ScheduleInput(
            round_position=round_position,
            day=day,
            at=at,
            tz=tz,
            duration_minutes=45,
            location="Room 4, 1 Main St",
            video_url="https://meet.example.com/abc",
            interviewer_ids=tuple(u.id for u in panel),
        )
        return schedule(application, data, actor=actor, allowed_ids={u.id for u in panel})

    return do


@pytest.fixture
def same_person(app):
    """Join a second application to the first one's candidate, as a verified email does; returns the second."""
    from ats.extensions import db

    def join(first, second):
        second.candidate_id = first.candidate_id
        db.session.commit()
        return second

    return join
