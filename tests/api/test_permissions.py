"""The API's permissions: per token scope, and per job exactly as in the UI (a token acts as its user)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from freezegun import freeze_time

from ats.api.models import ApiToken
from ats.auth.services import set_active
from ats.db import utcnow
from ats.extensions import db
from ats.jobs.services import assign
from tests.api.conftest import ApiClient


@pytest.fixture
def world(app, make_user, make_job, make_application, api_as):
    """Jobs A and B with an application each; the hiring manager and interviewer are on job A only."""
    users = {role: make_user(role) for role in ("admin", "recruiter", "hiring_manager", "interviewer")}
    job_a, job_b = make_job("Customer Care Specialist"), make_job("Warehouse Lead")
    assign(job_a, users["hiring_manager"], "hiring_manager", actor=None)
    assign(job_a, users["interviewer"], "interviewer", actor=None)
    app_a = make_application(job_a, name="Alice Aardvark")
    app_b = make_application(job_b, name="Zebulon Quartz")
    clients = {role: api_as(user, "write") for role, user in users.items()}
    return {"users": users, "jobs": {"A": job_a, "B": job_b}, "apps": {"A": app_a, "B": app_b}, "api": clients}


def _url(world, template: str, obj: str) -> str:
    app = world["apps"][obj]
    return template.format(job=world["jobs"][obj].id, app=app.id, doc=app.documents[0].id, cand=app.candidate_id)


# (method, URL, body, who may: role -> the status each object A/B gives)
OK_ALL = {"admin": 200, "recruiter": 200, "hiring_manager": 200, "interviewer": 200}
READS = [
    "/api/v1/jobs/{job}",
    "/api/v1/jobs/{job}/requirements",
    "/api/v1/jobs/{job}/applications",
    "/api/v1/applications/{app}",
    "/api/v1/applications/{app}/moves",
    "/api/v1/applications/{app}/notes",
    "/api/v1/applications/{app}/interviews",
    "/api/v1/applications/{app}/scorecards",
    "/api/v1/candidates/{cand}",
    "/api/v1/documents/{doc}/download",
    "/api/v1/reports/funnel?job_id={job}",
]


@pytest.mark.parametrize("template", READS)
def test_reads_follow_the_ui_recruiters_see_every_job_the_hiring_team_only_theirs(world, template):
    for role, client in world["api"].items():
        for obj in ("A", "B"):
            response = client.get(_url(world, template, obj))
            expected = 404 if obj == "B" and role in ("hiring_manager", "interviewer") else 200
            assert response.status_code == expected, (role, obj, response.get_json(silent=True))
            if expected == 404:
                assert response.mimetype == "application/problem+json"
                assert "Zebulon" not in response.get_data(as_text=True)


def test_lists_hold_only_what_the_user_may_open(world):
    for role in ("hiring_manager", "interviewer"):
        client = world["api"][role]
        jobs = client.get("/api/v1/jobs").json["items"]
        assert [j["title"] for j in jobs] == ["Customer Care Specialist"]
        people = client.get("/api/v1/candidates").json["items"]
        assert [p["name"] for p in people] == ["Alice Aardvark"]
    titles = {j["title"] for j in world["api"]["recruiter"].get("/api/v1/jobs").json["items"]}
    assert titles == {"Customer Care Specialist", "Warehouse Lead"}


def test_job_changes_are_for_recruiters_and_admins(world):
    job_a = world["jobs"]["A"]
    for role, expected in (("hiring_manager", 403), ("interviewer", 403), ("recruiter", 200), ("admin", 200)):
        client = world["api"][role]
        response = client.patch(f"/api/v1/jobs/{job_a.id}", json={"department": f"Support {role}"})
        assert response.status_code == expected, role
        assert client.post(f"/api/v1/jobs/{job_a.id}/close").status_code == expected
        assert client.post(f"/api/v1/jobs/{job_a.id}/publish").status_code == expected
        created = client.post("/api/v1/jobs", json={"title": f"Agent {role}"})
        assert created.status_code == (201 if expected == 200 else 403)
        skills = {"skills": [{"name": "Customer service"}, {"name": f"Skill of {role}"}]}
        assert client.put(f"/api/v1/jobs/{job_a.id}/requirements", json=skills).status_code == expected
        drafted = client.post("/api/v1/jobs/draft", json={"text": "Customer Service Representative"})
        assert drafted.status_code == expected
    hm = world["api"]["hiring_manager"]
    assert hm.patch(f"/api/v1/jobs/{world['jobs']['B'].id}", json={"department": "x"}).status_code == 404
    db.session.refresh(job_a)
    assert job_a.department == "Support admin"


def test_moves_go_through_the_pipeline_rules_of_each_role(world):
    app_a, job_a = world["apps"]["A"], world["jobs"]["A"]
    second = job_a.stages[1].id
    body = {"action": "move", "to_stage_id": second}
    hm, interviewer = world["api"]["hiring_manager"], world["api"]["interviewer"]
    refused = hm.post(f"/api/v1/applications/{app_a.id}/moves", json={**body, "version": 1})
    assert refused.status_code == 403 and refused.json["code"] == "role_not_allowed"
    advanced = hm.post(f"/api/v1/applications/{app_a.id}/moves", json={"action": "advance", "version": 1})
    assert advanced.status_code == 200 and advanced.json["stage"]["name"] == "Screening"
    assert (
        interviewer.post(f"/api/v1/applications/{app_a.id}/moves", json={"action": "advance", "version": 2}).status_code
        == 403
    )
    assert (
        hm.post(
            f"/api/v1/applications/{world['apps']['B'].id}/moves", json={"action": "advance", "version": 1}
        ).status_code
        == 404
    )


def test_notes_can_be_added_by_anyone_who_sees_the_job(world):
    interviewer = world["api"]["interviewer"]
    app_a, app_b = world["apps"]["A"], world["apps"]["B"]
    note = interviewer.post(f"/api/v1/applications/{app_a.id}/notes", json={"body": "Good phone manner"})
    assert note.status_code == 201 and note.json["author"]["id"] == world["users"]["interviewer"].id
    assert interviewer.post(f"/api/v1/applications/{app_b.id}/notes", json={"body": "x"}).status_code == 404


def test_a_read_token_reads_but_never_writes(world, api_as):
    reader = api_as(world["users"]["recruiter"], "read")
    job_a = world["jobs"]["A"]
    assert reader.get(f"/api/v1/jobs/{job_a.id}").status_code == 200
    for response in (
        reader.patch(f"/api/v1/jobs/{job_a.id}", json={"department": "x"}),
        reader.post(f"/api/v1/jobs/{job_a.id}/close"),
        reader.post("/api/v1/jobs", json={"title": "x"}),
        reader.post(f"/api/v1/applications/{world['apps']['A'].id}/notes", json={"body": "x"}),
    ):
        assert response.status_code == 403 and response.json["code"] == "insufficient_scope"
        assert 'error="insufficient_scope"' in response.headers["WWW-Authenticate"]
    db.session.refresh(job_a)
    assert job_a.status == "open" and job_a.department is None


def test_no_token_a_wrong_one_and_a_session_cookie_are_all_401(world, client, login):
    assert ApiClient(client, None).get("/api/v1/jobs").status_code == 401
    assert ApiClient(client, "ats_not-a-token").get("/api/v1/jobs").status_code == 401
    login(client, world["users"]["admin"])  # a signed-in browser is not an API client
    response = client.get("/api/v1/jobs")
    assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
    assert response.json["status"] == 401 and response.json["type"] == "about:blank"


def test_expired_revoked_and_deactivated_tokens_stop_working(world, make_token, app):
    from ats.api.tokens import revoke

    user = world["users"]["recruiter"]
    token, secret = make_token(user, "read", days=1)
    client = ApiClient(app.test_client(), secret)
    assert client.get("/api/v1/me").status_code == 200
    with freeze_time(utcnow() + timedelta(days=1, seconds=1)):
        assert client.get("/api/v1/me").status_code == 401
    revoke(token, actor=world["users"]["admin"])
    assert client.get("/api/v1/me").status_code == 401
    _, other = make_token(user, "read")
    second = ApiClient(app.test_client(), other)
    assert second.get("/api/v1/me").status_code == 200
    set_active(user, False, actor=world["users"]["admin"])
    assert second.get("/api/v1/me").status_code == 401


def test_tokens_are_stored_hashed_and_record_their_last_use(world, make_token, app):
    token, secret = make_token(world["users"]["recruiter"], "read")
    assert token.last_used_at is None
    assert secret not in {t.token_hash for t in db.session.query(ApiToken)} and len(token.token_hash) == 64
    assert secret.startswith(token.prefix) and len(secret) > 40
    me = ApiClient(app.test_client(), secret).get("/api/v1/me")
    assert me.json["user"]["role"] == "recruiter" and me.json["token"]["scope"] == "read"
    db.session.refresh(token)
    assert token.last_used_at is not None
