"""The database-level race: both loaded version 1, the other commit lands between our check and our commit."""

import re

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ats.applications.models import Application, StageEvent
from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.pipeline.services import StageConflict, move
from tests.pipeline.conftest import stage


def test_a_commit_that_lands_first_turns_ours_into_a_conflict(app, job, apps, recruiter):
    a = db.session.get(Application, apps[0].id)
    assert a.version == 1
    interview, offer = stage(job, "Interview"), stage(job, "Offer")
    with Session(db.engine) as other:  # the other recruiter's request
        other.execute(update(Application).where(Application.id == a.id).values(stage_id=interview.id, version=2))
        other.add(StageEvent(application_id=a.id, from_name="Applied", to_name="Interview", to_stage_id=interview.id))
        other.commit()
    with pytest.raises(StageConflict):
        move(recruiter, a, offer.id, expected_version=1)
    db.session.expire_all()
    a = db.session.get(Application, a.id)
    assert (a.stage.name, a.version) == ("Interview", 2)
    names = list(
        db.session.scalars(select(StageEvent.to_name).where(StageEvent.application_id == a.id).order_by(StageEvent.id))
    )
    assert names == ["Applied", "Interview"]
    assert (
        db.session.scalar(
            select(AuditEvent).where(AuditEvent.action == "application.move_conflict", AuditEvent.object_id == a.id)
        )
        is not None
    )


@pytest.fixture
def csrf_on(app_config):
    app_config["WTF_CSRF_ENABLED"] = True


def test_board_move_without_csrf_token_is_refused(csrf_on, app, client, login, make_user, make_job, make_application):
    job = make_job()
    a = make_application(job, fmt="txt")
    user = make_user("recruiter")
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    signed_in = client.post(
        "/login", data={"email": user.email, "password": "correct horse battery staple", "csrf_token": token}
    )
    assert signed_in.status_code == 302 and signed_in.headers["Location"].endswith("/home")
    target = next(s for s in job.stages if s.name == "Screening")
    refused = client.post(
        f"/jobs/{job.id}/board/move", json={"application_id": a.id, "stage_id": target.id, "version": 1}
    )
    assert refused.status_code == 400  # the e2e journey covers the accepted case (token sent by board.js)
    assert db.session.get(Application, a.id).stage.name == "Applied"


def test_two_recruiters_moving_at_the_same_moment_one_wins_and_one_gets_a_conflict(app, job, apps, make_user):
    """Two real threads, each with its own session, both loaded version 1 and move together."""
    import threading

    from ats.pipeline import services

    application_id = apps[0].id
    users = [make_user("recruiter"), make_user("recruiter")]
    targets = [stage(job, "Interview").id, stage(job, "Offer").id]
    loaded, results = threading.Barrier(2), {}

    def recruiter(n: int) -> None:
        with app.app_context():
            actor = db.session.get(type(users[n]), users[n].id)
            application = db.session.get(Application, application_id)
            assert application.version == 1
            loaded.wait(timeout=10)  # both pages show version 1
            try:
                services.move(actor, application, targets[n], expected_version=1)
                results[n] = "moved"
            except StageConflict:
                results[n] = "conflict"
            finally:
                db.session.remove()

    threads = [threading.Thread(target=recruiter, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(results.values()) == ["conflict", "moved"]
    db.session.expire_all()
    a = db.session.get(Application, application_id)
    winner = next(n for n, r in results.items() if r == "moved")
    assert a.version == 2 and a.stage_id == targets[winner]
    names = list(db.session.scalars(select(StageEvent.to_name).where(StageEvent.application_id == a.id)))
    assert len(names) == 2  # Applied, then the winner's move only
    actions = list(
        db.session.scalars(
            select(AuditEvent.action).where(AuditEvent.object_id == a.id, AuditEvent.action.like("application.mo%"))
        )
    )
    assert sorted(actions) == ["application.move_conflict", "application.moved"]
