"""Hiring managers and interviewers get 404 on every recruiter action; anonymous users go to login."""

import pytest

from ats.jobs.services import assign


def urls(job, application):
    return [
        ("post", f"/applications/{application.id}/move"),
        ("post", f"/applications/{application.id}/reject"),
        ("post", f"/applications/{application.id}/unreject"),
        ("get", f"/jobs/{job.id}/board"),
        ("post", f"/jobs/{job.id}/board/move"),
        ("post", f"/jobs/{job.id}/bulk"),
        ("get", f"/jobs/{job.id}/stages"),
        ("post", f"/jobs/{job.id}/stages"),
        ("get", f"/jobs/{job.id}/import-resumes"),
        ("post", f"/jobs/{job.id}/import-resumes"),
        ("get", "/outbox"),
        ("get", "/admin/rejection-reasons"),
        ("get", "/admin/email-templates"),
        ("get", "/admin/email-templates/rejection"),
    ]


@pytest.mark.parametrize("role", ["hiring_manager", "interviewer"])
def test_assigned_hiring_team_gets_404(client, login, make_user, job, apps, role):
    user = make_user(role)
    assign(job, user, role, actor=None)
    login(client, user)
    for method, url in urls(job, apps[0]):
        assert getattr(client, method)(url).status_code == 404, url


def test_recruiter_gets_404_on_admin_pages_only(rclient, job, apps):
    assert rclient.get("/admin/rejection-reasons").status_code == 404
    assert rclient.get("/admin/email-templates").status_code == 404
    assert rclient.get("/outbox").status_code == 200
    assert rclient.get(f"/jobs/{job.id}/stages").status_code == 200


def test_anonymous_is_redirected_to_login(client, job, apps):
    for method, url in urls(job, apps[0]):
        resp = getattr(client, method)(url)
        assert resp.status_code == 302 and "/login" in resp.headers["Location"], url


def test_unknown_objects_are_404(rclient):
    assert rclient.post("/applications/999999/move", data={}).status_code == 404
    assert rclient.get("/jobs/999999/board").status_code == 404
