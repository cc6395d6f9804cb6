"""The world of the permission matrix (tests/test_permissions.py): two jobs, every kind of object on each."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from ats.api.models import Webhook, WebhookDelivery
from ats.api.tokens import create_token
from ats.applications.services import ApplicationInput, Upload, submit_application
from ats.auth.services import create_user
from ats.demo.documents import ResumeDoc, Section, render
from ats.extensions import db
from ats.interviews.models import Mention
from ats.interviews.notes import add_note
from ats.interviews.scheduling import ScheduleInput, schedule
from ats.interviews.scorecards import ScorecardInput, competencies_for, save
from ats.jobs.services import assign, create_job
from ats.notifications.templates_service import DEFAULTS
from ats.tasks.models import Task
from tests.conftest import TEST_PASSWORD


def build_world(app) -> dict:
    """Actors, jobs A and B, and an object of every kind on each (committed); clients signed in per actor."""
    users = {
        role: create_user(f"{role}@perm.example", role.replace("_", " ").title(), role, TEST_PASSWORD)[0]
        for role in ("admin", "recruiter", "hiring_manager", "interviewer")
    }
    jobs, apps, tokens, resume_a = {}, {}, {}, b""
    for obj, title, person in (
        ("A", "Customer Care Specialist", "Alice Aardvark"),
        ("B", "Warehouse Lead", "Zebulon Quartz"),
    ):
        job = create_job(
            {
                "title": title,
                "status": "open",
                "location": "Austin, TX",
                "summary": f"{title} role",
                "employment_type": "full_time",
                "requirements_data": {"skills": [{"name": "Customer service", "required": True, "weight": 1.0}]},
            },
            actor=users["recruiter"],
        )
        resume = render(
            ResumeDoc(
                name=person,
                contact=f"{person.split()[0].lower()}@example.org",
                sections=(Section("Skills", ("Customer service, teamwork",)),),
            ),
            "txt",
        )
        result = submit_application(
            job,
            ApplicationInput(
                name=person,
                email=f"{person.split()[0].lower()}@example.org",
                resume=Upload("resume.txt", resume, None),
                submission_id=f"perm-submission-{obj}",
            ),
        )
        jobs[obj], apps[obj], tokens[obj] = job, result.application, result.status_token
        resume_a = resume if obj == "A" else resume_a
    # Alice applied to job B too: nothing of that application may show on her job A pages.
    alice_b = submit_application(
        jobs["B"],
        ApplicationInput(name="Alice Aardvark", email="alice@example.org", resume=Upload("resume.txt", resume_a, None)),
    ).application
    add_note(alice_b, users["recruiter"], "JOB-B-ONLY-NOTE about the warehouse role")
    assign(jobs["A"], users["hiring_manager"], "hiring_manager", actor=users["recruiter"])
    assign(jobs["A"], users["interviewer"], "interviewer", actor=users["recruiter"])
    panels = {"A": [users["interviewer"], users["hiring_manager"]], "B": [users["recruiter"]]}
    interviews, cards, mentions = {}, {}, {}
    for obj in ("A", "B"):
        panel = panels[obj]
        interviews[obj] = schedule(
            apps[obj],
            ScheduleInput(
                round_position=0,
                day=date.today(),
                at=time(23, 0),
                tz="UTC",
                duration_minutes=30,
                location="Room 1",
                interviewer_ids=tuple(u.id for u in panel),
            ),
            actor=users["recruiter"],
            allowed_ids={u.id for u in panel},
        )
        ratings = [{"competency": c, "rating": 3, "evidence": "ok"} for c in competencies_for(interviews[obj])]
        cards[obj] = save(interviews[obj], panel[0], ScorecardInput(ratings=ratings, recommendation="yes", submit=True))
        target = users["hiring_manager"] if obj == "A" else users["recruiter"]
        author = users["interviewer"] if obj == "A" else users["admin"]
        note = add_note(apps[obj], author, f"@{target.email.split('@')[0]} look at {apps[obj].candidate.name}")
        mentions[obj] = db.session.scalar(select(Mention.id).where(Mention.note_id == note.id))
    world = {
        "app": app,
        "users": users,
        "tokens": tokens,
        "A": {},
        "B": {},
    }
    for obj in ("A", "B"):
        world[obj] = {
            "job_id": jobs[obj].id,
            "application_id": apps[obj].id,
            "document_id": apps[obj].documents[0].id,
            "interview_id": interviews[obj].id,
            "scorecard_id": cards[obj].id,
            "mention_id": mentions[obj],
            "slug": jobs[obj].slug,
            "submission_id": f"perm-submission-{obj}",
            "candidate_id": apps[obj].candidate_id,
        }
    for obj in ("A", "B"):  # a finished resume import per job, for the import status pages
        task = Task(kind="import_resumes", payload={"job_id": jobs[obj].id}, status="done")
        db.session.add(task)
        db.session.flush()
        world[obj]["task_id"] = task.id
    hook = Webhook(url="https://hooks.example.com/ats", events=["application.created"], secret="whsec_test")
    db.session.add(hook)
    db.session.flush()
    delivery = WebhookDelivery(webhook_id=hook.id, event="application.created", event_id="e1", body="{}")
    db.session.add(delivery)
    db.session.commit()
    token, _ = create_token(users["recruiter"], "permission matrix", "read", 30, actor=users["admin"])
    world.update(hook_id=hook.id, delivery_id=delivery.id, token_id=token.id)
    world["key"] = next(iter(DEFAULTS))
    world["clients"] = _clients(app, users, tokens["A"])
    return world


def _clients(app, users, token_a) -> dict:
    clients = {"anonymous": app.test_client(), "candidate": app.test_client()}
    # the candidate opened job A's emailed status link: its token now sits in a /status cookie
    assert clients["candidate"].get(f"/status/{token_a}").status_code == 303
    for role, user in users.items():
        client = app.test_client()
        response = client.post("/login", data={"email": user.email, "password": TEST_PASSWORD})
        assert response.status_code == 302, f"{role} could not log in"
        clients[role] = client
    return clients
