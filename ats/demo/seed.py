"""Load the demo once: accounts with random passwords, the two postings, and their applicants."""

from __future__ import annotations

import os
import random
import secrets
from datetime import timedelta
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from ats import worker
from ats.applications.models import Application
from ats.applications.services import ApplicationInput, Upload, submit_application
from ats.audit.models import AuditEvent
from ats.audit.services import record
from ats.auth.models import User
from ats.auth.services import create_user
from ats.db import utcnow
from ats.demo.activity import add_activity
from ats.demo.documents import render
from ats.demo.people import make_applicant
from ats.demo.postings import POSTINGS
from ats.extensions import db
from ats.jobs.services import assign, create_job
from ats.pipeline import services as pipeline

DEMO_ACCOUNTS = (
    ("admin", "admin@demo.example", "Alex Admin"),
    ("recruiter", "recruiter@demo.example", "Riley Recruiter"),
    ("hiring_manager", "manager@demo.example", "Morgan Manager"),
    ("interviewer", "interviewer@demo.example", "Ivy Interviewer"),
)
LOGINS_FILE = "demo-logins.txt"
# Where the demo puts applicants, as (stage name, share); the rest stay in Applied.
STAGE_PLAN = (
    "Applied",
    "Applied",
    "Screening",
    "Screening",
    "Phone screen",
    "Interview",
    "Interview",
    "Offer",
    "Hired",
    "Rejected",
    "Rejected",
    "Withdrawn",
)
# Listed rejection reasons (ats.pipeline.reasons), as a recruiter would pick them.
REJECT_REASONS = ("Not enough relevant experience", "Another candidate was a better fit", "Failed a knockout question")
WITHDRAW_REASON = "Accepted another offer"


def _logins_path() -> Path:
    return Path(current_app.instance_path) / LOGINS_FILE


def _already_seeded() -> bool:
    return db.session.scalar(select(AuditEvent.id).where(AuditEvent.action == "demo.seeded")) is not None


def read_logins() -> list[tuple[str, str, str]]:
    path = _logins_path()
    if not path.exists():
        return []
    rows = []
    for line in path.read_text().splitlines():
        if line and not line.startswith("#"):
            role, email, password = line.split("\t")
            rows.append((role, email, password))
    return rows


def _write_logins(rows: list[tuple[str, str, str]]) -> None:
    path = _logins_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write("# Demo accounts of this instance (random passwords). role\temail\tpassword\n")
        handle.writelines(f"{role}\t{email}\t{password}\n" for role, email, password in rows)


def seed(applicants_per_job: int = 24) -> list[tuple[str, str, str]]:
    """Create the demo data unless it exists; returns the demo logins either way."""
    if _already_seeded():
        return read_logins()
    logins, users = [], {}
    for role, email, name in DEMO_ACCOUNTS:
        existing = db.session.scalar(select(User).where(User.email == email))
        if existing is None:
            user, password = create_user(email, name, role, secrets.token_urlsafe(12))
            logins.append((role, email, password))
        else:
            user = existing
        users[role] = user
    _write_logins(logins or read_logins())
    rng = random.Random(20261123)
    for index, posting in enumerate(POSTINGS):
        job = create_job({**posting, "status": "open"}, actor=users["recruiter"])
        if index == 0:  # the hiring manager and interviewer see only the first job
            assign(job, users["hiring_manager"], "hiring_manager", actor=users["recruiter"])
            assign(job, users["interviewer"], "interviewer", actor=users["recruiter"])
        _applicants(job, rng, applicants_per_job, users["recruiter"])
        if index == 0:
            add_activity(job, users, rng)
    record(users["admin"], "demo.seeded", "system", None)
    db.session.commit()
    worker.wait_idle(current_app._get_current_object(), timeout=600)  # type: ignore[attr-defined]
    return logins or read_logins()


def _applicants(job, rng: random.Random, count: int, recruiter) -> None:
    stages = {stage.name: stage for stage in job.stages}
    for n in range(count):
        person = make_applicant(rng, n + 1 + job.id * 100, job.title)
        data = ApplicationInput(
            name=person.name,
            email=person.email,
            phone=person.phone,
            location=person.city,
            resume=Upload(f"{person.name.replace(' ', '_')}_resume.{person.fmt}", render(person.resume, person.fmt)),
            cover_letter_text=person.cover_letter,
            answers=person.answers,
            source=person.source,
            submission_id=secrets.token_hex(16),
        )
        application = submit_application(job, data, notify=False).application
        application.applied_at = utcnow() - timedelta(days=person.days_ago)
        db.session.commit()
        _walk_to(application, stages, STAGE_PLAN[n % len(STAGE_PLAN)], recruiter, rng)


def _walk_to(application: Application, stages, target: str, recruiter, rng: random.Random) -> None:
    """Move through the stages in order up to the target, through the pipeline like a recruiter would."""
    order = ["Applied", "Screening", "Phone screen", "Interview", "Offer", "Hired"]
    exit_target = target in ("Rejected", "Withdrawn")
    last = rng.choice(order[1:4]) if exit_target else target
    for name in order[1 : order.index(last) + 1]:
        pipeline.move(
            recruiter, application, stages[name].id, expected_version=application.version, note="Demo history"
        )
    if exit_target:
        reason = rng.choice(REJECT_REASONS) if target == "Rejected" else WITHDRAW_REASON
        pipeline.reject(recruiter, application, expected_version=application.version, reason=reason)
