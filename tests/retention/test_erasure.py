"""Erasure really erases (database, search index, file store, outbox), keeps the pseudonymous record, and is
refused under legal hold; the admin queue and status link follow."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from ats.applications.models import Application, StageEvent
from ats.audit.models import AuditEvent
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.privacy.models import DataRequest
from tests.retention.conftest import EMAIL, TRACES, confirm_latest, text_traces


def store_traces(app) -> list[str]:
    found = []
    for path in Path(app.config["STORAGE_DIR"]).rglob("*"):
        if path.is_file():
            blob = path.read_bytes().lower()
            found += [f"{path.name}: {t}" for t in TRACES if t.encode() in blob]
    return found


def outbox_traces(outbox) -> list[str]:
    found = []
    for message in outbox:
        blob = (str(message["To"]) + str(message["Subject"]) + message.get_body().get_content()).lower()
        found += [f"{message['Subject']}: {t}" for t in TRACES if t in blob]
    return found


def test_erasure_leaves_no_trace_and_keeps_the_pseudonymous_record(
    app, client, rich_candidate, make_user, login, outbox, apply_data
):
    before = text_traces()
    assert any(t.startswith("candidates") for t in before) and any(t.startswith("documents") for t in before)
    assert any(t.startswith("search_fts") for t in before) and any(t.startswith("notes") for t in before)
    assert store_traces(app) and outbox_traces(outbox)  # the scans can see what they look for
    status = rich_candidate["status"]
    client.post(f"{status}/data-request", data={"kind": "erasure"})
    confirm_latest(client, outbox)
    admin = app.test_client()
    login(admin, make_user("admin"))
    page = f"/admin/candidates/{rich_candidate['candidate_id']}/privacy"
    assert "Zelda Quixotic" in admin.get(page).get_data(as_text=True)
    admin.post(f"/admin/candidates/{rich_candidate['candidate_id']}/erase", data={"confirm": "no"})
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).erased_at is None  # not confirmed
    response = admin.post(f"/admin/candidates/{rich_candidate['candidate_id']}/erase", data={"confirm": "ERASE"})
    assert response.status_code == 303
    db.session.expire_all()

    assert text_traces() == []
    assert store_traces(app) == []
    assert outbox_traces(outbox) == []
    application = db.session.get(Application, rich_candidate["application_id"])
    assert application is not None and application.job_id == rich_candidate["job"].id
    assert application.source == "linkedin" and application.stage.name == "Screening"
    events = db.session.scalars(select(StageEvent).where(StageEvent.application_id == application.id)).all()
    assert [e.to_name for e in events] == ["Applied", "Screening"] and all(e.note is None for e in events)
    assert application.documents == [] and application.answers == {}
    erasure = db.session.scalar(select(DataRequest).where(DataRequest.kind == "erasure"))
    assert erasure.status == "done" and erasure.handled_by_id is not None
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "privacy.erased")) is not None
    assert client.get(status).status_code == 404  # the status link is over
    from ats.reports.base import ReportFilter
    from ats.reports.flow import funnel

    reached = {row[0]: row[1] for row in funnel(ReportFilter(job_id=application.job_id)).rows}
    assert reached["Applied"] == 2 and reached["Screening"] == 1  # the erased application still counts
    # the other candidate is untouched
    assert db.session.scalar(select(func.count()).select_from(Candidate).where(Candidate.name == "Robin Keeper")) == 1


def test_marking_an_erasure_done_without_erasing_is_refused(app, client, rich_candidate, make_user, login, outbox):
    client.post(f"{rich_candidate['status']}/data-request", data={"kind": "erasure"})
    confirm_latest(client, outbox)
    row = db.session.scalar(select(DataRequest).where(DataRequest.kind == "erasure"))
    assert row.status == "open" and row.due_at is not None
    assert (row.due_at - row.confirmed_at).days == app.config["PRIVACY_REQUEST_DUE_DAYS"]
    admin = app.test_client()
    login(admin, make_user("admin"))
    assert "Zelda Quixotic" in admin.get("/admin/privacy-requests").get_data(as_text=True)
    admin.post(f"/admin/privacy-requests/{row.id}/close", data={"status": "done"})
    db.session.refresh(row)
    assert row.status == "open"


def test_legal_hold_blocks_erasure_in_the_ui_and_is_audited(app, rich_candidate, make_user, login):
    admin = app.test_client()
    login(admin, make_user("admin"))
    cid = rich_candidate["candidate_id"]
    admin.post(f"/admin/candidates/{cid}/legal-hold", data={"action": "place", "reason": ""})
    assert db.session.get(Candidate, cid).legal_hold_reason is None  # a reason is required
    admin.post(f"/admin/candidates/{cid}/legal-hold", data={"action": "place", "reason": "Claim 2026-17"})
    admin.post(f"/admin/candidates/{cid}/erase", data={"confirm": "ERASE"})
    db.session.expire_all()
    candidate = db.session.get(Candidate, cid)
    assert candidate.erased_at is None and candidate.email == EMAIL and candidate.legal_hold_reason == "Claim 2026-17"
    actions = set(db.session.scalars(select(AuditEvent.action)))
    assert "privacy.legal_hold_placed" in actions and "privacy.erased" not in actions
    admin.post(f"/admin/candidates/{cid}/legal-hold", data={"action": "release"})
    admin.post(f"/admin/candidates/{cid}/erase", data={"confirm": "ERASE"})
    db.session.expire_all()
    assert db.session.get(Candidate, cid).erased_at is not None


def test_only_admins_reach_the_candidate_privacy_pages(app, rich_candidate, make_user, login):
    cid = rich_candidate["candidate_id"]
    for role in ("recruiter", "hiring_manager", "interviewer"):
        other = app.test_client()
        login(other, make_user(role))
        assert other.get(f"/admin/candidates/{cid}/privacy").status_code == 404
        assert other.post(f"/admin/candidates/{cid}/erase", data={"confirm": "ERASE"}).status_code == 404
    assert db.session.get(Candidate, cid).erased_at is None
