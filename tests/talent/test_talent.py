"""Candidates across jobs: global search, the candidates page, saved views, tags, sourcing to another job."""

from __future__ import annotations

from sqlalchemy import select

from ats.applications.models import Application
from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.talent.models import SavedView


def test_global_search_finds_a_name_email_phone_or_resume_word_across_jobs_the_user_may_see(
    client, login, make_user, make_job, make_application
):
    from ats.jobs.services import assign

    job, other = make_job(), make_job(title="Warehouse lead")
    mine = make_application(job, name="Quinn Quartz", email="quinn@example.org", phone="+1 512 555 0177")
    theirs = make_application(other, name="Quinn Other")
    login(client, make_user("recruiter"))
    html = client.get("/search?q=quinn").get_data(as_text=True)
    assert "Quinn Quartz" in html and "Quinn Other" in html and "Matched on name, email" in html
    assert f"open={mine.id}" in html and f"open={theirs.id}" in html
    assert "Quinn Quartz" in client.get("/search?q=555-0177").get_data(as_text=True)
    assert "Quinn Quartz" in client.get("/search?q=Acme").get_data(as_text=True)  # a word of the resume
    assert "No" not in client.get("/search?q=%27%29%20OR%201%3D1--").get_data(as_text=True)[:0]  # never an error
    manager = make_user("hiring_manager")
    assign(job, manager, "hiring_manager", actor=None)
    client.post("/logout")
    login(client, manager)
    html = client.get("/search?q=quinn").get_data(as_text=True)
    assert "Quinn Quartz" in html and "Quinn Other" not in html


def test_candidates_page_filters_by_tag_tier_location_skill_and_date(
    client, login, make_user, make_job, make_application
):
    job = make_job()
    tagged = make_application(job, name="Tia Tagged", location="Denver, CO")
    make_application(job, name="Uma Untagged", location="Austin, TX")
    tagged.tags = ["night shift"]
    tagged.tier = "Rare tier"
    db.session.commit()
    login(client, make_user("recruiter"))
    page = client.get("/candidates").get_data(as_text=True)
    assert "Tia Tagged" in page and "Uma Untagged" in page and "night shift (1)" in page
    for query in ("tag=night+shift", "tier=Rare+tier", "location=denver"):
        html = client.get(f"/candidates?{query}").get_data(as_text=True)
        assert "Tia Tagged" in html and "Uma Untagged" not in html, query
    assert "Tia Tagged" in client.get("/candidates?skill=customer+service&applied_within=30").get_data(as_text=True)
    assert "No candidates match" in client.get("/candidates?skill=underwater+welding").get_data(as_text=True)


def test_saved_views_belong_to_their_user(client, login, make_user):
    owner, other = make_user("recruiter"), make_user("recruiter")
    login(client, owner)
    resp = client.post(
        "/saved-views", data={"page": "candidates", "name": "Night shift", "query": "tag=night+shift&open=3&page=2"}
    )
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/candidates?tag=night+shift")
    view = db.session.scalar(select(SavedView))
    assert (view.user_id, view.name, view.query) == (owner.id, "Night shift", "tag=night+shift")
    assert "Night shift" in client.get("/candidates").get_data(as_text=True)
    assert client.post("/saved-views", data={"page": "candidates", "name": ""}).status_code == 303
    assert db.session.query(SavedView).count() == 1
    client.post("/logout")
    login(client, other)
    assert "Night shift" not in client.get("/candidates").get_data(as_text=True)
    assert client.post(f"/saved-views/{view.id}/delete").status_code == 404
    client.post("/logout")
    login(client, owner)
    assert client.post(f"/saved-views/{view.id}/delete").status_code == 303
    assert db.session.query(SavedView).count() == 0


def test_tag_admin_renames_and_deletes_everywhere(client, login, make_user, make_job, make_application):
    job = make_job()
    a, b = make_application(job, name="A One"), make_application(job, name="B Two")
    a.tags, b.tags = ["nights"], ["nights", "bilingual"]
    db.session.commit()
    login(client, make_user("recruiter"))
    assert "nights" in client.get("/tags").get_data(as_text=True)
    assert client.post("/tags", data={"op": "rename", "tag": "nights", "new_name": "bilingual"}).status_code == 303
    db.session.expire_all()
    assert a.tags == ["bilingual"] and b.tags == ["bilingual"]
    resp = client.post("/tags", data={"op": "delete", "tag": "bilingual"})
    assert resp.status_code == 400 and "Tick the box" in resp.get_data(as_text=True)
    assert client.post("/tags", data={"op": "delete", "tag": "bilingual", "confirm": "yes"}).status_code == 303
    db.session.expire_all()
    assert a.tags == [] and b.tags == []
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "tag.deleted")) is not None


def test_consider_for_another_job_creates_a_sourced_application_screened_against_it(
    client, login, make_user, make_job, make_application
):
    job = make_job()
    other = make_job(title="Bilingual Support Agent")
    closed = make_job(title="Closed role", status="closed")
    application = make_application(job, name="Cora Consider")
    login(client, make_user("recruiter"))
    panel = client.get(f"/applications/{application.id}/panel").get_data(as_text=True)
    assert "Bilingual Support Agent" in panel and "Closed role" not in panel
    resp = client.post(
        f"/applications/{application.id}/panel/consider", data={"job_id": other.id}, headers={"HX-Request": "true"}
    )
    assert resp.status_code == 200 and "was added to Bilingual Support Agent" in resp.get_data(as_text=True)
    created = db.session.scalar(select(Application).where(Application.job_id == other.id))
    assert created.candidate_id == application.candidate_id and created.source == "sourced"
    assert created.screening_status == "done" and created.score is not None  # screened against that job
    assert (
        created.stage.name == "Applied"
        and created.document("resume").storage_key != application.document("resume").storage_key
    )
    resp = client.post(
        f"/applications/{application.id}/panel/consider", data={"job_id": other.id}, headers={"HX-Request": "true"}
    )
    assert resp.status_code == 400 and "has not applied to" in resp.get_data(as_text=True)
    assert db.session.query(Application).filter_by(job_id=closed.id).count() == 0


def test_bulk_email_and_the_result_summary(client, login, make_user, make_job, make_application, outbox):
    from ats.pipeline.services import reject

    job = make_job()
    a, b = make_application(job, name="Ann Bulk"), make_application(job, name="Ben Bulk")
    recruiter = make_user("recruiter")
    reject(recruiter, b, expected_version=b.version, reason="Did not respond")  # a "they withdrew" reason
    login(client, recruiter)
    data = {"action": "email", "email_template": "moved_to_interview", "application_ids": [a.id, b.id]}
    resp = client.post(f"/jobs/{job.id}/bulk", data={**data, "next": f"/jobs/{job.id}/applicants"})
    assert resp.status_code == 303
    page = client.get(f"/jobs/{job.id}/applicants").get_data(as_text=True)
    assert "Emailed 1: Ann Bulk." in page and "1 email(s) queued" in page and "Left alone: Ben Bulk (withdrew)" in page
    versions = {f"version_{a.id}": a.version}
    resp = client.post(
        f"/jobs/{job.id}/bulk",
        data={
            "action": "reject",
            "reason": "Missing required skills",
            "template": "rejection",
            "delay": "4",
            "application_ids": [a.id],
            **versions,
            "next": f"/jobs/{job.id}/applicants",
        },
    )
    page = client.get(f"/jobs/{job.id}/applicants?tab=rejected").get_data(as_text=True)
    assert "Rejected 1: Ann Bulk." in page and "1 email(s) queued (sent after" in page


def test_the_skill_filter_finds_a_skill_only_the_resume_lists(client, login, make_user, make_job, make_application):
    """'Teradata' has no taxonomy entry: the candidate who lists it is found by it, the other is not."""
    from ats.applications.services import ApplicationInput, Upload, submit_application

    job = make_job()
    resume = (
        b"Lena Lister\nlena@example.org\nSkills\nTeradata, IDCAMS, Customer service\n"
        b"Experience\nAnalyst, Acme Bank, Jan 2018 - Present\nAnswered customer calls about loans.\n"
    )
    submit_application(
        job, ApplicationInput(name="Lena Lister", email="lena@example.org", resume=Upload("cv.txt", resume, None))
    )
    make_application(job, name="Omar Other")
    login(client, make_user("recruiter"))
    html = client.get("/candidates?skill=teradata").get_data(as_text=True)
    assert "Lena Lister" in html and "Omar Other" not in html
