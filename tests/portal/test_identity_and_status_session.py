"""Live-attack defects 4 (candidate identity was an unverified email) and 7 (the status token stayed in URLs)."""

from __future__ import annotations

import re
from datetime import timedelta

from freezegun import freeze_time
from sqlalchemy import func, select

from ats.applications.models import Application
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.privacy.models import DataRequest
from tests.portal.test_status import apply_and_get_link, open_status

VICTIM = "victor@example.org"


def _apply(app, job, apply_data, **fields):
    """Apply in a fresh browser; returns (client, status link path)."""
    client = app.test_client()
    link = apply_and_get_link(
        client, job, lambda j, c, **kw: apply_data(j, c, **{**kw, **fields}), email=fields.get("email")
    )
    return client, link


def test_applying_with_a_known_email_makes_a_separate_flagged_record(app, make_job, apply_data, make_user, login):
    job_a, job_b = make_job("Job A"), make_job("Job B")
    _apply(app, job_a, apply_data, email=VICTIM, name="Victor Victim")
    _, evil_link = _apply(app, job_b, apply_data, email=VICTIM.upper(), name="Mallory Mask", phone="")
    victim = db.session.scalar(select(Candidate).where(Candidate.name == "Victor Victim"))
    assert len(victim.applications) == 1 and victim.applications[0].job_id == job_a.id  # nothing attached to them
    evil = db.session.scalar(select(Application).where(Application.job_id == job_b.id))
    assert evil.candidate_id != victim.id and "possible duplicate" in evil.tags
    recruiter = app.test_client()
    login(recruiter, make_user("recruiter"))
    page = recruiter.get(f"/applications/{evil.id}").get_data(as_text=True)
    assert "Mallory Mask" in page and "Possible duplicate" in page and "not verified yet" in page


def test_a_status_link_of_an_unverified_application_cannot_file_a_request_in_someone_elses_name(
    app, make_job, apply_data, outbox
):
    job_a, job_b = make_job("Job A"), make_job("Job B")
    _apply(app, job_a, apply_data, email=VICTIM, name="Victor Victim")
    attacker, link = _apply(app, job_b, apply_data, email=VICTIM, name="Mallory Mask")
    status = open_status(attacker, link)
    response = attacker.post(f"{status}/data-request", data={"kind": "erasure"}, follow_redirects=True)
    assert "Please confirm your request" in response.get_data(as_text=True)
    victim = db.session.scalar(select(Candidate).where(Candidate.name == "Victor Victim"))
    row = db.session.scalar(select(DataRequest))
    assert row.status == "pending" and row.candidate_id != victim.id
    assert outbox[-1]["To"] == VICTIM and "/data-request/confirm/" in outbox[-1].get_content()
    assert db.session.scalar(select(func.count()).select_from(DataRequest).where(DataRequest.status == "open")) == 0


def test_reapplying_to_the_same_job_does_not_rotate_the_owners_status_link(app, make_job, apply_data, outbox):
    job = make_job()
    owner, link = _apply(app, job, apply_data, email=VICTIM, name="Victor Victim")
    before = db.session.scalar(select(Application.status_token_hash))
    _apply_again = app.test_client()
    again = _apply_again.post(f"/careers/{job.slug}/apply", data=apply_data(job, _apply_again, email=VICTIM, name="X"))
    assert again.status_code == 200 and "already applied" in again.get_data(as_text=True)
    assert db.session.scalar(select(Application.status_token_hash)) == before
    assert app.test_client().get(link).status_code == 303  # the owner's link still works
    # the owner (who reads the inbox) can ask for a fresh link; then the old one stops
    renew = re.search(r"http://localhost(/status-link/\S+)", outbox[-1].get_content()).group(1)
    assert owner.get(renew).status_code == 200 and db.session.scalar(select(Application.status_token_hash)) == before
    moved = owner.post(renew)
    assert moved.status_code == 303 and moved.headers["Location"].startswith("/status/a/")
    assert owner.get(moved.headers["Location"]).status_code == 200
    assert app.test_client().get(link).status_code == 404
    assert owner.post(renew).status_code == 404  # works once


def test_the_status_token_is_swapped_for_a_path_scoped_short_session(app, make_job, apply_data):
    job = make_job()
    with freeze_time("2030-02-01 10:00:00") as clock:
        client, link = _apply(app, job, apply_data, email=VICTIM)
        token = link.rsplit("/", 1)[1]
        swap = client.get(link)
        assert swap.status_code == 303
        target = swap.headers["Location"]
        assert re.fullmatch(r"/status/a/\d+", target) and token not in target
        cookie = swap.headers["Set-Cookie"]
        assert (
            "Path=/status" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Max-Age=1800" in cookie
        )
        page = client.get(target)
        html = page.get_data(as_text=True)
        assert page.status_code == 200 and token not in html  # no link on the page carries the token
        assert re.search(r'href="/status/a/\d+/withdraw"', html)
        # the cookie only goes to /status pages
        assert client.get_cookie("ats_status", path="/status") is not None
        assert client.get_cookie("ats_status", path="/") is None
        # another browser without the cookie gets a 404 saying what to do
        other = app.test_client().get(target)
        assert other.status_code == 404 and "Open the link in your email again" in other.get_data(as_text=True)
        clock.tick(timedelta(minutes=31))
        expired = client.get(target)
        assert expired.status_code == 404
        assert client.get(client.get(link).headers["Location"]).status_code == 200  # the emailed link works again
