"""The private status page (A4), withdraw, downloads, data requests, and the admins' privacy queue."""

import json
import re

from sqlalchemy import select

from ats.applications.models import Application
from ats.applications.services import hash_token
from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.privacy.models import DataRequest


def apply_and_get_link(client, job, apply_data, email="dana@example.org"):
    response = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, client, email=email))
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    return re.search(r'href="http://localhost(/status/[^"]+)"', html).group(1)


def open_status(client, link: str) -> str:
    """Follow the emailed link: the token is swapped for a /status cookie; returns the token-free page path."""
    response = client.get(link)
    assert response.status_code == 303 and response.headers["Referrer-Policy"] == "no-referrer"
    return response.headers["Location"]


def without_request_id(html: str) -> str:
    html = re.sub(r'name="csrf-token" content="[^"]*"', "", html)  # signed with a timestamp
    return re.sub(r"reference [0-9a-f]+", "", html)


def test_status_page_right_wrong_and_other_tokens(client, make_job, apply_data):
    job = make_job()
    link = apply_and_get_link(client, job, apply_data)
    token = link.rsplit("/", 1)[1]
    assert len(token) >= 43  # 32 random bytes, base64url: at least 128 bits
    application = db.session.scalar(select(Application))
    assert application.status_token_hash == hash_token(token) and token not in application.status_token_hash
    status = open_status(client, link)
    assert token not in status
    page = client.get(status)
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and page.headers["Referrer-Policy"] == "no-referrer"
    assert "no-store" in page.headers["Cache-Control"]
    assert job.title in html and "Received" in html and "Applied on" in html
    assert "score" not in html.lower() and token not in html
    # pages with forms keep a same-origin referrer: under no-referrer browsers send Origin: null and CSRF refuses
    assert client.get(f"{status}/withdraw").headers["Referrer-Policy"] == "same-origin"
    wrong = client.get("/status/" + "A" * 43)
    short = client.get("/status/x")
    flipped = client.get("/status/" + token[:-1] + ("A" if token[-1] != "A" else "B"))
    other_link = apply_and_get_link(client, make_job("Other job"), apply_data, email="other@example.org")
    other_doc = db.session.scalar(select(Application).where(Application.job_id != job.id)).documents[0]
    foreign_doc = client.get(f"{status}/documents/{other_doc.id}")
    assert {wrong.status_code, short.status_code, flipped.status_code, foreign_doc.status_code} == {404}
    assert without_request_id(wrong.get_data(as_text=True)) == without_request_id(foreign_doc.get_data(as_text=True))
    assert client.get(client.get(other_link).headers["Location"]).status_code == 200


def test_candidate_downloads_what_they_sent(client, make_job, apply_data):
    job = make_job()
    link = open_status(client, apply_and_get_link(client, job, apply_data))
    application = db.session.scalar(select(Application))
    resume = application.document("resume")
    response = client.get(f"{link}/documents/{resume.id}")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert "attachment" in response.headers["Content-Disposition"]
    letter = client.get(f"{link}/documents/{application.document('cover_letter').id}")
    assert letter.data == b"I love helping customers."


def test_withdraw_moves_to_withdrawn_and_is_audited(client, make_job, apply_data):
    job = make_job()
    link = open_status(client, apply_and_get_link(client, job, apply_data))
    confirm = client.get(f"{link}/withdraw").get_data(as_text=True)
    assert "Yes, withdraw" in confirm and 'name="version" value="1"' in confirm
    response = client.post(f"{link}/withdraw", data={"version": "1"})
    assert response.status_code == 303
    page = client.get(link).get_data(as_text=True)
    assert "Withdrawn" in page and "Withdraw my application" not in page
    application = db.session.scalar(select(Application))
    db.session.refresh(application)
    assert application.stage.kind == "withdrawn" and application.rejection_reason == "Withdrawn by the candidate"
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "application.moved"))
    assert event.actor_id is None and event.data["reason"] == "Withdrawn by the candidate"
    again = client.post(f"{link}/withdraw", data={"version": "2"}, follow_redirects=True)
    assert "can no longer be withdrawn" in again.get_data(as_text=True)


def test_data_requests_reach_the_admin_queue_once_confirmed_by_email(
    client, make_job, make_user, login, apply_data, outbox
):
    job = make_job()
    link = open_status(client, apply_and_get_link(client, job, apply_data))
    assert "Send my request" in client.get(f"{link}/data-request?kind=erasure").get_data(as_text=True)
    assert client.get(f"{link}/data-request?kind=bogus").status_code == 404
    client.post(f"{link}/data-request", data={"kind": "export"})
    client.post(f"{link}/data-request", data={"kind": "export"})  # not duplicated
    client.post(f"{link}/data-request", data={"kind": "bogus"})
    client.post(f"{link}/data-request", data={"kind": "erasure"})
    assert db.session.scalar(select(DataRequest.id).where(DataRequest.kind == "bogus")) is None
    rows = db.session.scalars(select(DataRequest)).all()
    assert sorted(r.kind for r in rows) == ["erasure", "export"] and {r.status for r in rows} == {"pending"}
    for message in [m for m in outbox if m["Subject"] == "Please confirm your request"][-2:]:
        confirm_link = re.search(r"http://localhost(/data-request/confirm/\S+)", message.get_content()).group(1)
        assert client.post(confirm_link).status_code == 200
    db.session.expire_all()
    rows = db.session.scalars(select(DataRequest)).all()
    export = next(r for r in rows if r.kind == "export")
    erasure = next(r for r in rows if r.kind == "erasure")
    assert erasure.status == "open" and erasure.due_at is not None
    assert export.status == "done" and export.export_key  # confirmed exports are built by the worker at once
    staff = client.application.test_client()
    login(staff, make_user("recruiter"))
    assert staff.get("/admin/privacy-requests").status_code == 404
    admin = client.application.test_client()
    login(admin, make_user("admin"))
    queue = admin.get("/admin/privacy-requests").get_data(as_text=True)
    assert "Dana Example" in queue and "Erasure" in queue and "Privacy requests" in queue
    admin.post(f"/admin/privacy-requests/{erasure.id}/close", data={"status": "rejected", "note": "Kept: open claim"})
    db.session.refresh(erasure)
    assert erasure.status == "rejected" and erasure.handled_by_id is not None and erasure.note == "Kept: open claim"
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "privacy.request_rejected")) is not None


def test_careers_list_filters_and_job_page_with_json_ld(client, make_job):
    make_job("Care Specialist", location="Austin, TX", remote=False, employment_type="full_time")
    make_job("Night Agent", location="Denver, CO", remote=True, employment_type="part_time", salary_published=False)
    html = client.get("/careers").get_data(as_text=True)
    assert "Care Specialist" in html and "Night Agent" in html and "$35,000 – $60,000 a year" in html
    assert "Night Agent" not in client.get("/careers?type=full_time").get_data(as_text=True)
    assert "Care Specialist" not in client.get("/careers?location=remote").get_data(as_text=True)
    assert "Night Agent" in client.get("/careers?location=Denver%2C+CO").get_data(as_text=True)
    assert "Night Agent" not in client.get("/careers?q=specialist").get_data(as_text=True)
    assert client.get("/careers?q=%27%20OR%201%3D1--&location=%25").status_code == 200
    page = client.get("/careers/care-specialist").get_data(as_text=True)
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert ld["@type"] == "JobPosting" and ld["title"] == "Care Specialist" and ld["employmentType"] == "FULL_TIME"
    assert ld["baseSalary"]["value"]["minValue"] == 35000.0
    assert "Apply for this job" in page and 'href="/staff' not in page and "Sign out" not in page


def test_job_text_is_escaped_everywhere(client, make_job):
    make_job("XSS <img src=x onerror=alert(1)>", summary="</script><script>alert(1)</script>")
    listing = client.get("/careers").get_data(as_text=True)
    assert "<img src=x" not in listing and "&lt;img src=x" in listing
    page = client.get("/careers/xss-img-src-x-onerror-alert-1").get_data(as_text=True)
    assert "</script><script>alert(1)" not in page


def test_candidate_payloads_are_escaped_on_the_status_page(client, make_job, apply_data, resume_bytes):
    import io

    job = make_job()
    payload = "<img src=x onerror=alert(1)>"
    data = apply_data(
        job,
        client,
        name=f"Eve {payload}",
        cover_letter_text=f"Hi {payload}",
        resume=(io.BytesIO(resume_bytes("pdf")), f"cv{payload}.pdf", "application/pdf"),
    )
    response = client.post(f"/careers/{job.slug}/apply", data=data)
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    link = re.search(r'href="http://localhost(/status/[^"]+)"', html).group(1)
    page = client.get(open_status(client, link)).get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.pdf" in page
