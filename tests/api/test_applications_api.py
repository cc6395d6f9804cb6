"""Applications through the API: the ranked list as on the page, evidence, moves with versions, notes, funnel."""

from __future__ import annotations

from sqlalchemy import select

from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.pipeline import services as pipeline


def test_the_ranked_list_filters_sorts_and_pages_like_the_page(app, make_user, make_job, make_application, api_as):
    job = make_job()
    apps = [make_application(job, name=f"Person {n}") for n in range(5)]
    recruiter = make_user("recruiter")
    pipeline.move(recruiter, apps[0], job.stages[1].id, expected_version=1)
    api = api_as(recruiter)
    first = api.get(f"/api/v1/jobs/{job.id}/applications?limit=2")
    assert first.status_code == 200 and first.json["total"] == 5 and len(first.json["items"]) == 2
    assert first.headers["Link"].startswith("<http://localhost/api/v1/jobs/") and 'rel="next"' in first.headers["Link"]
    seen = [row["id"] for row in first.json["items"]]
    cursor = first.json["next_cursor"]
    while cursor:
        page = api.get(f"/api/v1/jobs/{job.id}/applications", query_string={"limit": 2, "cursor": cursor}).json
        seen += [row["id"] for row in page["items"]]
        cursor = page["next_cursor"]
    assert sorted(seen) == sorted(a.id for a in apps) and len(seen) == 5
    row = first.json["items"][0]
    assert {c["name"] for c in row["components"]} >= {"required_skills", "experience", "education"}
    assert row["required_matched"] and row["version"] >= 1
    screening = api.get(f"/api/v1/jobs/{job.id}/applications", query_string={"stage": job.stages[1].id}).json
    assert [r["id"] for r in screening["items"]] == [apps[0].id]
    assert api.get(f"/api/v1/jobs/{job.id}/applications?min_score=101").status_code == 422
    assert api.get(f"/api/v1/jobs/{job.id}/applications?cursor=%%%").json["code"] == "bad_cursor"


def test_one_application_explains_its_score_with_quoted_evidence(app, make_user, make_job, make_application, api_as):
    job = make_job()
    application = make_application(job)
    response = api_as(make_user("interviewer"), "read").get(f"/api/v1/applications/{application.id}")
    assert response.status_code == 404  # an interviewer who is not on the job sees nothing
    response = api_as(make_user("recruiter"), "read").get(f"/api/v1/applications/{application.id}")
    assert response.status_code == 200 and response.headers["ETag"] == '"1"'
    screening = response.json["screening"]
    skills = next(c for c in screening["components"] if c["name"] == "required_skills")
    matched = {m["label"]: m for m in skills["matched"]}
    assert "Customer service" in matched and matched["Customer service"]["snippet"]
    assert matched["Customer service"]["source"] == "resume"
    document = response.json["documents"][0]
    download = api_as(make_user("recruiter"), "read").get(document["download_url"].replace("http://localhost", ""))
    assert download.status_code == 200 and download.data.startswith(b"%PDF")
    assert (
        download.headers["Content-Security-Policy"] == "sandbox"
        and "attachment" in download.headers["Content-Disposition"]
    )
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "document.downloaded")) is not None


def test_a_move_needs_the_version_and_a_stale_one_is_a_409_that_changes_nothing(
    app, make_user, make_job, make_application, api_as
):
    job = make_job()
    application = make_application(job)
    api = api_as(make_user("recruiter"))
    url = f"/api/v1/applications/{application.id}/moves"
    screening, phone = job.stages[1].id, job.stages[2].id
    missing = api.post(url, json={"to_stage_id": screening})
    assert missing.status_code == 428
    moved = api.post(url, json={"to_stage_id": screening, "note": "Strong phone skills"}, headers={"If-Match": '"1"'})
    assert moved.status_code == 200 and moved.json["stage"]["name"] == "Screening" and moved.headers["ETag"] == '"2"'
    stale = api.post(url, json={"to_stage_id": phone}, headers={"If-Match": '"1"'})
    assert stale.status_code == 409 and stale.mimetype == "application/problem+json"
    assert stale.json["code"] == "stale_version" and stale.json["current_version"] == 2
    db.session.refresh(application)
    assert application.stage.name == "Screening" and application.version == 2
    conflicts = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "application.move_conflict")).all()
    assert len(conflicts) == 1
    by_body = api.post(url, json={"to_stage_id": phone, "version": 2})
    assert by_body.status_code == 200 and by_body.json["version"] == 3
    refused = api.post(url, json={"action": "reject", "reason": "Made up reason", "version": 3})
    assert refused.status_code == 422 and "reason" in refused.json["detail"]
    rejected = api.post(url, json={"action": "reject", "reason": "Missing required skills", "version": 3})
    assert (
        rejected.json["stage"]["kind"] == "rejected" and rejected.json["rejection_reason"] == "Missing required skills"
    )
    back = api.post(url, json={"action": "unreject", "version": 4})
    assert back.json["stage"]["name"] == "Phone screen"
    history = api.get(url).json["items"]
    assert [h["to_name"] for h in history] == ["Phone screen", "Rejected", "Phone screen", "Screening", "Applied"]
    assert history[-2]["note"] == "Strong phone skills"


def test_notes_interviews_and_scorecards_read_as_in_the_ui(app, make_user, make_job, make_application, api_as):
    job = make_job()
    application = make_application(job)
    recruiter = make_user("recruiter")
    api = api_as(recruiter)
    url = f"/api/v1/applications/{application.id}/notes"
    assert api.post(url, json={"body": "Shared note"}).status_code == 201
    assert api.post(url, json={"body": "Mine only", "visibility": "private"}).status_code == 201
    other = api_as(make_user("recruiter"), "read")
    assert [n["body"] for n in api.get(url).json["items"]] == ["Mine only", "Shared note"]
    assert [n["body"] for n in other.get(url).json["items"]] == ["Shared note"]
    empty = api.post(url, json={"body": ""})
    assert empty.status_code == 422
    assert api.get(f"/api/v1/applications/{application.id}/interviews").json == {"items": []}
    assert api.get(f"/api/v1/applications/{application.id}/scorecards").json == {"items": [], "hidden": 0}


def test_the_funnel_counts_applications_reaching_each_stage(app, make_user, make_job, make_application, api_as):
    job = make_job()
    recruiter = make_user("recruiter")
    apps = [make_application(job, name=f"Person {n}") for n in range(4)]
    stages = {s.name: s for s in job.stages}
    pipeline.move(recruiter, apps[0], stages["Interview"].id, expected_version=1)  # skips Screening: counts for it
    pipeline.move(recruiter, apps[1], stages["Screening"].id, expected_version=1)
    pipeline.reject(recruiter, apps[1], expected_version=2, reason="Missing required skills")
    pipeline.move(recruiter, apps[2], stages["Hired"].id, expected_version=1)
    funnel = api_as(recruiter, "read").get(f"/api/v1/reports/funnel?job_id={job.id}").json
    rows = {row["name"]: row for row in funnel["stages"]}
    assert funnel["applications"] == 4
    assert [rows[n]["reached"] for n in ("Applied", "Screening", "Phone screen", "Interview", "Offer", "Hired")] == [
        4, 3, 2, 2, 1, 1,
    ]  # fmt: skip
    assert rows["Applied"]["pass_through"] == 0.75 and rows["Hired"]["pass_through"] is None
    assert rows["Rejected"]["reached"] == 1 and rows["Rejected"]["current"] == 1
    assert rows["Applied"]["current"] == 1
    later = api_as(recruiter, "read").get(f"/api/v1/reports/funnel?job_id={job.id}&applied_from=2999-01-01").json
    assert later["applications"] == 0
