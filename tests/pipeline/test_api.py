"""Every entry point of ats.pipeline.services: access, versions, the rules, the events, the emails."""

import pytest
from sqlalchemy import select

from ats.applications.models import Application, StageEvent
from ats.applications.services import ApplicationInput, Upload, submit_application
from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.jobs.services import assign
from ats.notifications.models import OutboxMessage
from ats.pipeline import services
from ats.pipeline.reasons import KNOCKOUT_REASON
from ats.pipeline.services import StageConflict, StageError, StageForbidden
from tests.pipeline.conftest import stage


def fresh(application):
    db.session.expire_all()
    return db.session.get(Application, application.id)


def rejection_emails(application):
    return {
        m.status
        for m in db.session.scalars(
            select(OutboxMessage).where(
                OutboxMessage.application_id == application.id, OutboxMessage.template == "rejection"
            )
        )
    }


def last_event(application):
    return db.session.scalar(
        select(StageEvent).where(StageEvent.application_id == application.id).order_by(StageEvent.id.desc()).limit(1)
    )


def test_move_writes_one_event_and_one_audit_row_and_refuses_exits(job, apps, recruiter):
    a = apps[0]
    services.move(recruiter, a, stage(job, "Interview").id, expected_version=1, note="Good call")
    a = fresh(a)
    assert (a.stage.name, a.version) == ("Interview", 2)
    event = last_event(a)
    assert (event.from_name, event.to_name, event.note, event.actor_id) == (
        "Applied",
        "Interview",
        "Good call",
        recruiter.id,
    )
    with pytest.raises(StageError, match="Reject"):
        services.move(recruiter, a, stage(job, "Rejected").id, expected_version=2)
    with pytest.raises(StageError, match="already in Interview"):
        services.move(recruiter, a, stage(job, "Interview").id, expected_version=2)
    with pytest.raises(StageError, match="version"):
        services.move(recruiter, a, stage(job, "Offer").id, expected_version="")


def test_a_stale_version_is_a_conflict_and_is_audited(job, apps, recruiter):
    a = apps[0]
    services.move(recruiter, a, stage(job, "Screening").id, expected_version=1)
    with pytest.raises(StageConflict):
        services.move(recruiter, a, stage(job, "Offer").id, expected_version=1)
    assert fresh(a).stage.name == "Screening"
    refused = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "application.move_conflict"))
    assert refused.object_id == a.id and refused.data["to_stage"] == "Offer"


@pytest.mark.parametrize("role", ["hiring_manager", "interviewer"])
def test_only_recruiters_and_admins_move(job, apps, make_user, role):
    user = make_user(role)
    assign(job, user, role, actor=None)
    with pytest.raises(StageForbidden):
        services.move(user, apps[0], stage(job, "Screening").id, expected_version=1)
    with pytest.raises(StageForbidden):
        services.move_many(user, job, [apps[0].id], versions={apps[0].id: 1}, to_stage_id=stage(job, "Screening").id)
    assert fresh(apps[0]).stage.name == "Applied"


def test_rejection_needs_a_listed_reason_and_keeps_the_note(job, apps, recruiter):
    a = apps[0]
    with pytest.raises(StageError, match="Choose a reason"):
        services.reject(recruiter, a, expected_version=1, reason="Typed by hand")
    services.reject(recruiter, a, expected_version=1, reason="Missing required skills", note="No CRM at all")
    event = last_event(fresh(a))
    assert (event.to_name, event.reason, event.note) == ("Rejected", "Missing required skills", "No CRM at all")


def test_unreject_cancels_the_delayed_rejection_email(job, apps, recruiter):
    a = apps[0]
    services.reject(recruiter, a, expected_version=1, reason="Missing required skills", send_email=True, delay_hours=24)
    assert rejection_emails(a) == {"pending"}
    services.unreject(recruiter, fresh(a), expected_version=2)
    assert fresh(a).stage.name == "Applied" and rejection_emails(a) == {"cancelled"}


def test_moving_out_of_rejected_cancels_the_delayed_email_too(job, apps, recruiter):
    a = apps[0]
    services.reject(recruiter, a, expected_version=1, reason="Missing required skills", send_email=True, delay_hours=4)
    services.move(recruiter, fresh(a), stage(job, "Interview").id, expected_version=2)
    assert fresh(a).stage.name == "Interview" and rejection_emails(a) == {"cancelled"}


def test_a_bulk_move_of_rejected_candidates_cancels_their_pending_emails(job, apps, recruiter):
    versions = {a.id: a.version for a in apps[:2]}
    services.reject_many(
        recruiter,
        job,
        list(versions),
        versions=versions,
        reason="Position filled or closed",
        send_email=True,
        delay_hours=48,
    )
    assert [rejection_emails(a) for a in apps[:2]] == [{"pending"}, {"pending"}]
    moved = [fresh(a) for a in apps[:2]]
    outcome = services.move_many(
        recruiter,
        job,
        [a.id for a in moved],
        versions={a.id: a.version for a in moved},
        to_stage_id=stage(job, "Interview").id,
    )
    assert len(outcome.moved) == 2
    assert [rejection_emails(a) for a in apps[:2]] == [{"cancelled"}, {"cancelled"}]


def test_withdrawn_is_left_only_by_a_confirmed_reopen(job, apps, recruiter):
    a = apps[0]
    services.move(recruiter, a, stage(job, "Phone screen").id, expected_version=1)
    services.reject(recruiter, fresh(a), expected_version=2, reason="Accepted another offer")
    a = fresh(a)
    assert a.stage.name == "Withdrawn"
    with pytest.raises(StageError, match="reopen"):
        services.move(recruiter, a, stage(job, "Interview").id, expected_version=3)
    with pytest.raises(StageError, match="Reopen"):
        services.unreject(recruiter, a, expected_version=3)
    with pytest.raises(StageError, match="already withdrawn"):
        services.reject(recruiter, a, expected_version=3, reason="Missing required skills")
    with pytest.raises(StageError, match="confirm"):
        services.reopen(recruiter, a, expected_version=3, confirmed=False)
    assert fresh(a).stage.name == "Withdrawn"
    services.reopen(recruiter, fresh(a), expected_version=3, confirmed=True)
    a = fresh(a)
    assert (a.stage.name, a.rejection_reason) == ("Phone screen", None)
    assert last_event(a).note == "Reopened after withdrawal"


def test_a_bulk_move_reports_withdrawn_candidates_instead_of_pulling_them_back(rclient, job, apps, recruiter):
    gone = apps[0]
    services.reject(recruiter, gone, expected_version=1, reason="Not interested any more")
    rows = [fresh(a) for a in apps]
    data = {
        "action": "move",
        "application_ids": [a.id for a in rows],
        "stage_id": stage(job, "Screening").id,
        **{f"version_{a.id}": a.version for a in rows},
    }
    page = rclient.post(f"/jobs/{job.id}/bulk", data=data, follow_redirects=True).get_data(as_text=True)
    assert "2 application(s) updated." in page and "Left alone: Ana Lima (withdrew; reopen it on its own page)" in page
    assert [fresh(a).stage.name for a in apps] == ["Withdrawn", "Screening", "Screening"]


def test_the_reopen_form_needs_its_confirmation_box(rclient, job, apps, recruiter):
    a = apps[0]
    services.reject(recruiter, a, expected_version=1, reason="Did not respond")
    refused = rclient.post(f"/applications/{a.id}/reopen", data={"version": 2, "note": "They called back"})
    assert refused.status_code == 400 and "Tick the box" in refused.get_data(as_text=True)
    assert "They called back" in refused.get_data(as_text=True)  # the note typed is shown again
    assert rclient.post(f"/applications/{a.id}/reopen", data={"version": 2, "confirm": "yes"}).status_code == 303
    assert fresh(a).stage.name == "Applied"


def test_the_candidate_withdraws_only_with_their_own_status_token(app, job, resume_bytes):
    result = submit_application(
        job,
        ApplicationInput(name="Wes Withdraw", email="wes@example.org", resume=Upload("cv.txt", resume_bytes("txt"))),
    )
    a = result.application
    with pytest.raises(StageForbidden):
        services.withdraw(a, token="not-the-token", expected_version=1)
    services.withdraw(fresh(a), token=result.status_token, expected_version=1)
    a = fresh(a)
    assert a.stage.kind == "withdrawn" and last_event(a).actor_id is None
    with pytest.raises(StageError, match="can no longer be withdrawn"):
        services.withdraw(a, token=result.status_token, expected_version=2)


def test_the_hiring_manager_decides_on_their_own_jobs_with_the_listed_reasons(job, apps, make_user, make_job):
    manager, interviewer = make_user("hiring_manager"), make_user("interviewer")
    assign(job, manager, "hiring_manager", actor=None)
    assign(job, interviewer, "interviewer", actor=None)
    services.decide(manager, apps[0], "advance", expected_version=1)
    assert fresh(apps[0]).stage.name == "Screening"
    with pytest.raises(StageForbidden):
        services.decide(interviewer, apps[1], "advance", expected_version=1)
    with pytest.raises(StageError, match="Choose a reason"):
        services.decide(manager, apps[1], "reject", expected_version=1, reason="Not a fit")
    services.decide(
        manager,
        apps[1],
        "reject",
        expected_version=1,
        reason="Did not pass the interview",
        note="Could not explain a refund",
    )
    event = last_event(fresh(apps[1]))
    assert (event.to_name, event.reason, event.note) == (
        "Rejected",
        "Did not pass the interview",
        "Could not explain a refund",
    )
    other_job = make_job(title="Other job")
    with pytest.raises(StageForbidden):
        services.decide(
            manager,
            submit_application(
                other_job,
                ApplicationInput(name="Oz", email="oz@example.org", resume=Upload("cv.txt", b"Oz\nCustomer service")),
            ).application,
            "advance",
            expected_version=1,
        )


def _knockout_job(make_job, auto_reject: bool):
    job = make_job(title=f"Night Support ({'auto' if auto_reject else 'manual'})")
    requirements = dict(job.requirements_data)
    requirements["knockouts"] = [
        {
            "id": "weekends",
            "question": "Can you work weekends and holidays?",
            "failing_answer": "no",
            "auto_reject": auto_reject,
        }
    ]
    job.requirements_data = requirements
    db.session.commit()
    return job


@pytest.mark.parametrize("auto_reject", [True, False])
def test_the_screening_worker_rejects_a_knockout_only_when_the_job_asks(make_job, make_application, auto_reject):
    job = _knockout_job(make_job, auto_reject)
    failing = fresh(make_application(job, fmt="txt", answers={"weekends": "no"}))
    passing = fresh(make_application(job, fmt="txt", answers={"weekends": "yes"}))
    assert failing.knockout_failed and not passing.knockout_failed
    assert passing.stage.name == "Applied"
    if not auto_reject:
        assert failing.stage.name == "Applied"
        return
    assert (failing.stage.name, failing.rejection_reason) == ("Rejected", KNOCKOUT_REASON)
    event = last_event(failing)
    assert event.actor_id is None and event.note.startswith("Automatic")


def test_stage_removal_moves_each_application_with_its_own_event(rclient, job, apps, recruiter):
    services.move(recruiter, apps[0], stage(job, "Phone screen").id, expected_version=1)
    services.move(recruiter, apps[1], stage(job, "Phone screen").id, expected_version=1)
    resp = rclient.post(
        f"/jobs/{job.id}/stages",
        data={"op": "remove", "stage_id": stage(job, "Phone screen").id, "move_to": stage(job, "Interview").id},
    )
    assert resp.status_code == 303
    for a in apps[:2]:
        event = last_event(fresh(a))
        assert (event.from_name, event.to_name, event.reason) == (
            "Phone screen",
            "Interview",
            "Stage Phone screen removed",
        )
