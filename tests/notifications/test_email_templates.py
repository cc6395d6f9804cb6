"""Email templates: safe merge fields, admin edits, emails on moves, delayed rejections."""

from datetime import timedelta

from freezegun import freeze_time
from sqlalchemy import select

from ats.db import utcnow
from ats.extensions import db
from ats.notifications.models import OutboxMessage
from ats.notifications.services import deliver
from ats.notifications.templates_service import render


def test_render_substitutes_known_fields_and_never_evaluates():
    ctx = {"candidate_name": "Ana", "job_title": "Agent"}
    assert render("Hi {{candidate_name}}, {{ job_title }}!", ctx) == "Hi Ana, Agent!"
    assert (
        render("{{candidate_name.__class__}} {% if 1 %}x{% endif %} {{7*7}}", ctx)
        == "{{candidate_name.__class__}} {% if 1 %}x{% endif %} {{7*7}}"
    )


def test_admin_edits_template_and_unknown_field_is_refused(client, login, make_user):
    login(client, make_user("admin"))
    bad = client.post("/admin/email-templates/offer", data={"subject": "Offer {{salary}}", "body": "Hi"})
    assert bad.status_code == 400
    html = bad.get_data(as_text=True)
    assert "Unknown merge field salary" in html and "Offer {{salary}}" in html
    ok = client.post(
        "/admin/email-templates/offer",
        data={"subject": "Welcome aboard, {{candidate_name}}", "body": "Offer for {{job_title}}"},
    )
    assert ok.status_code == 303
    assert "Welcome aboard" in client.get("/admin/email-templates").get_data(as_text=True)


def test_edited_template_is_used_on_a_move(client, login, make_user, make_job, make_application, outbox):
    login(client, make_user("admin"))
    client.post(
        "/admin/email-templates/offer",
        data={
            "subject": "Offer for {{candidate_name}}",
            "body": "{{company_name}} offers {{job_title}} ({{stage_name}}).",
        },
    )
    job = make_job()
    a = make_application(job, name="Ana Lima", fmt="txt")
    offer = next(s for s in job.stages if s.name == "Offer")
    client.post(f"/applications/{a.id}/move", data={"stage_id": offer.id, "version": 1, "send_email": "1"})
    row = db.session.scalar(select(OutboxMessage).where(OutboxMessage.template == "offer"))
    assert row.subject == "Offer for Ana Lima"
    assert row.body_text.startswith(f"Northwind Support Co. offers {job.title} (Offer).")
    assert row.candidate_id == a.candidate_id and row.status == "sent"


def test_delayed_rejection_email_waits_for_its_time(client, login, make_user, make_job, make_application, outbox):
    login(client, make_user("recruiter"))
    job = make_job()
    a = make_application(job, name="Ben Okafor", fmt="txt")
    before = len(outbox)
    resp = client.post(
        f"/applications/{a.id}/reject",
        data={"reason": "Did not pass the interview", "version": 1, "send_email": "1", "delay": "24"},
    )
    assert resp.status_code == 303
    row = db.session.scalar(select(OutboxMessage).where(OutboxMessage.template == "rejection"))
    assert row.status == "pending" and row.send_after > utcnow() + timedelta(hours=23)
    assert deliver() == 0 and len(outbox) == before
    with freeze_time(utcnow() + timedelta(hours=25)):
        assert deliver() == 1
    db.session.expire_all()
    assert db.session.get(OutboxMessage, row.id).status == "sent"
    assert outbox[-1]["To"] == a.candidate.email and "Ben Okafor" in outbox[-1].get_content()


def test_unreject_cancels_a_pending_rejection_email(client, login, make_user, make_job, make_application):
    login(client, make_user("recruiter"))
    job = make_job()
    a = make_application(job, fmt="txt")
    client.post(
        f"/applications/{a.id}/reject",
        data={"reason": "Did not pass the interview", "version": 1, "send_email": "1", "delay": "4"},
    )
    client.post(f"/applications/{a.id}/unreject", data={"version": 2})
    row = db.session.scalar(select(OutboxMessage).where(OutboxMessage.template == "rejection"))
    db.session.refresh(row)
    assert row.status == "cancelled"


def test_outbox_page_lists_newest_first(client, login, make_user, make_job, make_application):
    login(client, make_user("recruiter"))
    job = make_job()
    make_application(job, name="First Person", fmt="txt")
    make_application(job, name="Second Person", fmt="txt")
    html = client.get("/outbox").get_data(as_text=True)
    assert html.index("Second Person") < html.index("First Person")
