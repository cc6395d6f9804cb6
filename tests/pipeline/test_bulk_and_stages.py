"""Bulk actions (all or nothing) and stage management that keeps history."""

from sqlalchemy import select

from ats.applications.models import Application, StageEvent
from ats.extensions import db
from ats.jobs.models import JobStage
from ats.notifications.models import OutboxMessage
from tests.pipeline.conftest import stage


def reload(ids):
    db.session.expire_all()
    return [db.session.get(Application, i) for i in ids]


def seen(applications):
    """The version_<id> fields the board and the ranked list send with every bulk form."""
    return {f"version_{a.id}": a.version for a in applications}


def test_bulk_move_moves_every_selected_application_with_events(rclient, job, apps):
    ids = [a.id for a in apps[:2]]
    resp = rclient.post(
        f"/jobs/{job.id}/bulk",
        data={"action": "move", "application_ids": ids, "stage_id": stage(job, "Screening").id, **seen(apps[:2])},
    )
    assert resp.status_code == 303
    moved = reload(ids)
    assert {a.stage.name for a in moved} == {"Screening"}
    assert reload([apps[2].id])[0].stage.name == "Applied"
    for a in moved:
        assert db.session.scalar(
            select(StageEvent).where(StageEvent.application_id == a.id, StageEvent.to_name == "Screening")
        )


def test_bulk_reject_with_reason_and_delayed_email(rclient, job, apps):
    ids = [a.id for a in apps[:2]]
    resp = rclient.post(
        f"/jobs/{job.id}/bulk",
        data={
            "action": "reject",
            "application_ids": ids,
            **seen(apps[:2]),
            "reason": "Position filled or closed",
            "send_email": "1",
            "delay": "24",
        },
    )
    assert resp.status_code == 303
    assert {(a.stage.name, a.rejection_reason) for a in reload(ids)} == {("Rejected", "Position filled or closed")}
    rows = list(db.session.scalars(select(OutboxMessage).where(OutboxMessage.template == "rejection")))
    assert len(rows) == 2 and {r.status for r in rows} == {"pending"}


def test_bulk_with_a_stale_version_changes_nothing(rclient, job, apps):
    a, b = apps[0], apps[1]
    rclient.post(f"/applications/{a.id}/move", data={"stage_id": stage(job, "Offer").id, "version": 1})
    resp = rclient.post(
        f"/jobs/{job.id}/bulk",
        data={
            "action": "move",
            "application_ids": [a.id, b.id],
            "stage_id": stage(job, "Screening").id,
            f"version_{a.id}": 1,
            f"version_{b.id}": 1,
        },
    )
    assert resp.status_code == 409
    a, b = reload([a.id, b.id])
    assert (a.stage.name, b.stage.name) == ("Offer", "Applied")


def test_bulk_ignores_ids_of_other_jobs(rclient, job, apps, make_job, make_application):
    other = make_job(title="Other")
    foreign = make_application(other, fmt="txt")
    rclient.post(
        f"/jobs/{job.id}/bulk",
        data={
            "action": "move",
            "application_ids": [apps[0].id, foreign.id],
            "stage_id": stage(job, "Screening").id,
            **seen([apps[0], foreign]),
        },
    )
    assert reload([apps[0].id])[0].stage.name == "Screening"
    assert reload([foreign.id])[0].stage.name == "Applied"


def test_bulk_tag_and_export(rclient, job, apps):
    ids = [a.id for a in apps]
    rclient.post(f"/jobs/{job.id}/bulk", data={"action": "tag", "application_ids": ids, "tag": "bilingual"})
    assert all("bilingual" in a.tags for a in reload(ids))
    resp = rclient.post(f"/jobs/{job.id}/applicants/export", data={"application_ids": ids[:2]})
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    text = resp.get_data(as_text=True)
    assert "Ana Lima" in text and "Ben Okafor" in text and "Cleo Park" not in text


def test_export_neutralises_formulas(rclient, job, make_application):
    a = make_application(job, name="=HYPERLINK(1)", fmt="txt")
    resp = rclient.post(f"/jobs/{job.id}/applicants/export", data={"application_ids": [a.id]})
    assert "'=HYPERLINK(1)" in resp.get_data(as_text=True)


def test_rename_keeps_history_and_add_reorder_remove(rclient, job, apps):
    a = apps[0]
    phone = stage(job, "Phone screen")
    rclient.post(f"/applications/{a.id}/move", data={"stage_id": phone.id, "version": 1})
    assert (
        rclient.post(
            f"/jobs/{job.id}/stages", data={"op": "rename", "stage_id": phone.id, "name": "Phone call"}
        ).status_code
        == 303
    )
    db.session.expire_all()
    events = list(
        db.session.scalars(select(StageEvent).where(StageEvent.application_id == a.id).order_by(StageEvent.id))
    )
    assert events[-1].to_stage_id == phone.id and events[-1].to_name == "Phone screen"
    assert db.session.get(JobStage, phone.id).name == "Phone call"
    assert db.session.get(Application, a.id).stage.name == "Phone call"

    rclient.post(f"/jobs/{job.id}/stages", data={"op": "add", "name": "Assessment"})
    db.session.expire_all()
    live = [s for s in db.session.get(type(job), job.id).stages if not s.archived]
    names = [s.name for s in live]
    assert names.index("Assessment") == names.index("Offer") + 1 and names[-3:] == ["Hired", "Rejected", "Withdrawn"]

    refused = rclient.post(f"/jobs/{job.id}/stages", data={"op": "remove", "stage_id": phone.id})
    assert refused.status_code == 400 and b"choose where to move them" in refused.data
    screening = stage(job, "Screening")
    ok = rclient.post(f"/jobs/{job.id}/stages", data={"op": "remove", "stage_id": phone.id, "move_to": screening.id})
    assert ok.status_code == 303
    db.session.expire_all()
    assert db.session.get(JobStage, phone.id).archived
    assert db.session.get(Application, a.id).stage_id == screening.id
    dup = rclient.post(f"/jobs/{job.id}/stages", data={"op": "add", "name": "screening"})
    assert dup.status_code == 400 and b"already has a stage" in dup.data
    assert b'value="screening"' in dup.data

    rclient.post(f"/jobs/{job.id}/stages", data={"op": "up", "stage_id": screening.id})
    db.session.expire_all()
    ordered = sorted((s for s in db.session.get(type(job), job.id).stages if not s.archived), key=lambda s: s.position)
    assert ordered[0].name == "Screening"


def test_exit_stages_cannot_be_removed(rclient, job):
    rejected = stage(job, "Rejected")
    resp = rclient.post(f"/jobs/{job.id}/stages", data={"op": "remove", "stage_id": rejected.id})
    assert resp.status_code == 400
