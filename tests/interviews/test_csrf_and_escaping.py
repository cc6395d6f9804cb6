"""Interview forms refuse posts without a CSRF token, and user text is always escaped."""

import re

import pytest

from ats.candidates.models import Note
from ats.extensions import db

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def app_config(app_config):
    app_config["WTF_CSRF_ENABLED"] = True
    return app_config


def _sign_in(client, user) -> None:
    """Log in through the real form with its token."""
    from flask import g

    login_page = client.get("/login").get_data(as_text=True)
    client.post(
        "/login",
        data={"email": user.email, "password": "correct horse battery staple", "csrf_token": _token(login_page)},
    )
    # The test shares one app context across requests, so Flask-WTF's per-request cache in `g`
    # would outlive the session that login just cleared; a real server starts each request afresh.
    g.pop("csrf_token", None)


def _token(page: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', page).group(1)


def test_note_needs_the_csrf_token_and_is_rendered_escaped(team, client):
    _sign_in(client, team.hm)
    url = f"/interviews/applications/{team.app_a.id}"
    assert client.post(f"{url}/notes", data={"body": "no token"}).status_code == 400
    assert db.session.query(Note).count() == 0
    token = _token(client.get(url).get_data(as_text=True))
    response = client.post(f"{url}/notes", data={"body": XSS, "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)[-1500:]
    page = client.get(url).get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and XSS not in page


def test_scorecard_evidence_is_escaped_in_the_grid(team, schedule_interview, client):
    from ats.interviews.scorecards import ScorecardInput, competencies_for, save

    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    ratings = [{"competency": c, "rating": 4, "evidence": XSS} for c in competencies_for(interview)]
    save(interview, team.interviewer, ScorecardInput(ratings=ratings, takeaways=XSS, recommendation="yes", submit=True))
    _sign_in(client, team.recruiter)
    page = client.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and XSS not in page
