"""Single moves, rejection with a reason, un-reject, and the concurrent-move conflict."""

from sqlalchemy import select

from ats.applications.models import Application, StageEvent
from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.notifications.models import OutboxMessage
from tests.pipeline.conftest import stage


def events(application_id):
    return list(
        db.session.scalars(
            select(StageEvent).where(StageEvent.application_id == application_id).order_by(StageEvent.id)
        )
    )


def audits(action, application_id):
    return list(
        db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action, AuditEvent.object_id == application_id)
        )
    )


def test_move_writes_stage_event_and_audit_and_bumps_version(rclient, job, apps):
    a = apps[0]
    target = stage(job, "Phone screen")
    resp = rclient.post(
        f"/applications/{a.id}/move", data={"stage_id": target.id, "version": a.version, "note": "Strong CV"}
    )
    assert resp.status_code == 303
    db.session.expire_all()
    a = db.session.get(Application, a.id)
    assert a.stage_id == target.id and a.version == 2
    last = events(a.id)[-1]
    assert (last.from_name, last.to_name, last.note) == ("Applied", "Phone screen", "Strong CV")
    assert len(audits("application.moved", a.id)) == 1


def test_move_to_unknown_or_foreign_stage_is_refused(rclient, job, apps, make_job):
    other = make_job(title="Other job")
    resp = rclient.post(f"/applications/{apps[0].id}/move", data={"stage_id": other.stages[1].id, "version": 1})
    assert resp.status_code == 400
    assert b"Choose a stage of this job" in resp.data
    db.session.expire_all()
    assert db.session.get(Application, apps[0].id).stage.name == "Applied"


def test_reject_needs_a_listed_reason_then_unreject_returns_to_previous_stage(rclient, job, apps):
    a = apps[0]
    rclient.post(f"/applications/{a.id}/move", data={"stage_id": stage(job, "Interview").id, "version": 1})
    bad = rclient.post(f"/applications/{a.id}/reject", data={"reason": "made up", "version": 2})
    assert bad.status_code == 400 and b"Choose a reason" in bad.data
    ok = rclient.post(f"/applications/{a.id}/reject", data={"reason": "Missing required skills", "version": 2})
    assert ok.status_code == 303
    db.session.expire_all()
    a = db.session.get(Application, a.id)
    assert a.stage.name == "Rejected" and a.rejection_reason == "Missing required skills"
    assert events(a.id)[-1].reason == "Missing required skills"
    back = rclient.post(f"/applications/{a.id}/unreject", data={"version": a.version})
    assert back.status_code == 303
    db.session.expire_all()
    a = db.session.get(Application, a.id)
    assert a.stage.name == "Interview" and a.rejection_reason is None
    assert [e.to_name for e in events(a.id)] == ["Applied", "Interview", "Rejected", "Interview"]


def test_they_withdrew_reason_goes_to_withdrawn(rclient, job, apps):
    a = apps[1]
    rclient.post(f"/applications/{a.id}/reject", data={"reason": "Accepted another offer", "version": 1})
    db.session.expire_all()
    assert db.session.get(Application, a.id).stage.name == "Withdrawn"


def test_second_of_two_concurrent_moves_gets_409_and_nothing_is_overwritten(app, job, apps, make_user, login):
    a = apps[0]
    first, second = app.test_client(), app.test_client()
    login(first, make_user("recruiter"))
    login(second, make_user("recruiter"))
    seen = a.version  # both pages were loaded at version 1
    r1 = first.post(f"/applications/{a.id}/move", data={"stage_id": stage(job, "Interview").id, "version": seen})
    r2 = second.post(f"/applications/{a.id}/move", data={"stage_id": stage(job, "Offer").id, "version": seen})
    assert r1.status_code == 303
    assert r2.status_code == 409
    assert b"This application was changed by someone else. Reload the page and try again." in r2.data
    db.session.expire_all()
    a = db.session.get(Application, a.id)
    assert a.stage.name == "Interview" and a.version == 2
    assert [e.to_name for e in events(a.id)] == ["Applied", "Interview"]
    assert len(audits("application.moved", a.id)) == 1
    conflict = audits("application.move_conflict", a.id)
    assert len(conflict) == 1 and conflict[0].data["to_stage"] == "Offer"


def test_board_drop_endpoint_conflict_is_json_409(rclient, job, apps):
    a = apps[0]
    url = f"/jobs/{job.id}/board/move"
    ok = rclient.post(url, json={"application_id": a.id, "stage_id": stage(job, "Screening").id, "version": 1})
    assert ok.status_code == 200 and ok.json["version"] == 2
    assert ok.json["counts"][str(stage(job, "Screening").id)] == 1
    stale = rclient.post(url, json={"application_id": a.id, "stage_id": stage(job, "Offer").id, "version": 1})
    assert stale.status_code == 409 and "changed by someone else" in stale.json["error"]


def test_move_with_email_queues_the_interview_template_in_the_same_commit(rclient, job, apps, outbox):
    a = apps[2]
    rclient.post(
        f"/applications/{a.id}/move", data={"stage_id": stage(job, "Interview").id, "version": 1, "send_email": "1"}
    )
    row = db.session.scalar(
        select(OutboxMessage).where(
            OutboxMessage.application_id == a.id, OutboxMessage.template == "moved_to_interview"
        )
    )
    assert row is not None and row.status == "sent"
    assert "Dear Cleo Park" in row.body_text and job.title in row.subject
    assert any(m["Subject"] == row.subject for m in outbox)


def test_move_without_email_choice_sends_nothing(rclient, job, apps):
    a = apps[2]
    rclient.post(f"/applications/{a.id}/move", data={"stage_id": stage(job, "Interview").id, "version": 1})
    assert (
        db.session.scalar(
            select(OutboxMessage).where(
                OutboxMessage.application_id == a.id, OutboxMessage.template == "moved_to_interview"
            )
        )
        is None
    )


def test_board_renders_columns_counts_and_move_controls(rclient, job, apps):
    resp = rclient.get(f"/jobs/{job.id}/board")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert f'data-count-for="{stage(job, "Applied").id}"' in html
    assert "Move Ana Lima to" in html and "Sortable.min.js" in html and "<script>" not in html
