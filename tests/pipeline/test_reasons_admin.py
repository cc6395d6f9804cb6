"""Admins edit the rejection reasons; recruiters see the active ones split in two groups."""

from sqlalchemy import select

from ats.extensions import db
from ats.pipeline.models import RejectionReason


def test_admin_adds_edits_and_deactivates_a_reason(client, login, make_user):
    login(client, make_user("admin"))
    assert client.get("/admin/rejection-reasons").status_code == 200
    assert (
        client.post(
            "/admin/rejection-reasons", data={"op": "add", "label": "No work permit", "category": "we_rejected"}
        ).status_code
        == 303
    )
    reason = db.session.scalar(select(RejectionReason).where(RejectionReason.label == "No work permit"))
    dup = client.post(
        "/admin/rejection-reasons", data={"op": "add", "label": "No work permit", "category": "we_rejected"}
    )
    assert dup.status_code == 400 and b"already in the list" in dup.data
    client.post(
        "/admin/rejection-reasons", data={"reason_id": reason.id, "label": "No work permit", "category": "we_rejected"}
    )
    db.session.refresh(reason)
    assert reason.active is False


def test_board_groups_reasons_by_who_ended_it(client, login, make_user, make_job, make_application):
    login(client, make_user("recruiter"))
    job = make_job()
    make_application(job, fmt="txt")
    html = client.get(f"/jobs/{job.id}/board").get_data(as_text=True)
    assert 'optgroup label="We rejected them"' in html and 'optgroup label="They withdrew or declined"' in html
