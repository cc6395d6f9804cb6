"""Admins manage staff accounts: invite (72-hour one-time link), roles, jobs, deactivate, reactivate, resend;
every change audited. Reset of a forgotten password (one hour, once, all sessions end), with a frozen clock."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from ats.audit.models import AuditEvent
from ats.auth.models import User, UserSession
from ats.extensions import db
from ats.jobs.models import JobAssignment
from tests.conftest import TEST_PASSWORD

NEW_PASSWORD = "violet harbour lanterns at dawn"


def _link(outbox, path: str) -> str:
    body = outbox[-1].get_content()
    return re.search(rf"http://localhost({path}/[A-Za-z0-9_-]+)", body).group(1)


def _actions(user_id: int) -> list[str]:
    rows = db.session.scalars(
        select(AuditEvent).where(AuditEvent.object_type == "user", AuditEvent.object_id == user_id)
    )
    return [r.action for r in rows]


@pytest.fixture
def admin_client(app, client, make_user, login):
    admin = make_user("admin", name="Ada Admin")
    login(client, admin)
    client.admin = admin
    return client


def test_invite_accept_and_sign_in(app, admin_client, make_job, outbox, login):
    job_a, _job_b = make_job("Care A"), make_job("Care B")
    response = admin_client.post(
        "/admin/users/invite",
        data={
            "name": "Ivy Interviewer",
            "email": "Ivy@Example.com",
            "role": "interviewer",
            f"job-{job_a.id}": "interviewer",
        },
    )
    assert response.status_code == 303
    user = db.session.scalar(select(User).where(User.email == "ivy@example.com"))
    assert user.invite_pending and user.status_label == "Invited"
    assert [
        (a.job_id, a.role) for a in db.session.scalars(select(JobAssignment).where(JobAssignment.user_id == user.id))
    ] == [(job_a.id, "interviewer")]
    assert outbox[-1]["To"] == "ivy@example.com" and "72 hours" in outbox[-1].get_content()
    assert "user.invited" in _actions(user.id)
    # an invited account cannot sign in with any password before accepting
    assert app.test_client().post("/login", data={"email": user.email, "password": "!"}).status_code == 200
    link = _link(outbox, "/invite")
    guest = app.test_client()
    swap = guest.get(link)
    assert swap.status_code == 302 and swap.headers["Location"] == "/invite"  # the token leaves the address bar
    assert swap.headers["Referrer-Policy"] == "no-referrer"
    weak = guest.post("/invite", data={"password": "Summer2024!!!", "confirm": "Summer2024!!!"})
    assert weak.status_code == 400 and "too easy to guess" in weak.get_data(as_text=True)
    done = guest.post("/invite", data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert done.status_code == 303 and done.headers["Location"] == "/login"
    db.session.refresh(user)
    assert not user.invite_pending and "user.invite_accepted" in _actions(user.id)
    assert guest.get(link).status_code == 302 and guest.get("/invite").status_code == 404  # spent
    assert login(guest, user, NEW_PASSWORD).headers["Location"] == "/home"
    home = guest.get("/home").get_data(as_text=True)
    assert "Care A" in home and "Care B" not in home


def test_an_invitation_expires_after_72_hours_and_resend_gives_a_new_link(app, make_user, login, outbox):
    admin = make_user("admin")
    start = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)
    with freeze_time(start) as clock:
        staff = app.test_client()
        login(staff, admin)
        data = {"name": "Late Larry", "email": "larry@example.com", "role": "recruiter"}
        assert staff.post("/admin/users/invite", data=data).status_code == 303
        first = _link(outbox, "/invite")
        guest = app.test_client()
        clock.tick(timedelta(hours=71, minutes=59))
        guest.get(first)
        assert guest.get("/invite").status_code == 200
        clock.tick(timedelta(minutes=2))
        assert guest.get("/invite").status_code == 404
        staff = app.test_client()
        login(staff, admin)
        user = db.session.scalar(select(User).where(User.email == "larry@example.com"))
        assert staff.post(f"/admin/users/{user.id}/resend-invite").status_code == 303
        second = _link(outbox, "/invite")
        assert second != first and "user.invite_resent" in _actions(user.id)
        fresh = app.test_client()
        fresh.get(second)
        assert fresh.post("/invite", data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}).status_code == 303


def test_deactivate_ends_sessions_and_reactivate_lets_them_back(app, admin_client, make_user, login):
    user = make_user("recruiter")
    other = app.test_client()
    login(other, user)
    assert other.get("/home").status_code == 200
    assert admin_client.post(f"/admin/users/{user.id}/deactivate").status_code == 303
    assert other.get("/home").status_code == 302
    assert db.session.scalars(select(UserSession).where(UserSession.user_id == user.id)).all() == []
    assert login(app.test_client(), user).status_code == 200  # refused
    assert admin_client.post(f"/admin/users/{user.id}/reactivate").status_code == 303
    assert login(app.test_client(), user).headers["Location"] == "/home"
    assert {"user.deactivated", "user.activated"} <= set(_actions(user.id))
    page = admin_client.post(f"/admin/users/{admin_client.admin.id}/deactivate", follow_redirects=True)
    assert "You cannot deactivate your own account." in page.get_data(as_text=True)


def test_role_and_jobs_change_is_audited_and_ends_sessions(app, admin_client, make_user, make_job, login):
    job = make_job()
    user = make_user("interviewer")
    other = app.test_client()
    login(other, user)
    response = admin_client.post(
        f"/admin/users/{user.id}",
        data={"name": "Hana Manager", "role": "hiring_manager", f"job-{job.id}": "hiring_manager"},
    )
    assert response.status_code == 303
    db.session.refresh(user)
    assert user.role == "hiring_manager" and user.name == "Hana Manager"
    assert db.session.scalar(select(JobAssignment.role).where(JobAssignment.user_id == user.id)) == "hiring_manager"
    assert other.get("/home").status_code == 302
    assert "user.role_changed" in _actions(user.id)
    bad = admin_client.post(f"/admin/users/{user.id}", data={"name": "", "role": "wizard"})
    html = bad.get_data(as_text=True)
    assert bad.status_code == 400 and "Enter the person&#39;s name." in html and "Choose a role." in html


def test_invite_errors_keep_what_was_typed(admin_client, make_user):
    taken = make_user("recruiter")
    response = admin_client.post(
        "/admin/users/invite", data={"name": "Dup Dana", "email": taken.email, "role": "recruiter"}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "already has an account" in html and 'value="Dup Dana"' in html


def test_only_admins_reach_the_user_pages(app, client, make_user, login):
    login(client, make_user("recruiter"))
    assert client.get("/admin/users").status_code == 404
    assert (
        client.post("/admin/users/invite", data={"name": "x", "email": "x@example.com", "role": "admin"}).status_code
        == 404
    )
    assert db.session.scalar(select(User).where(User.email == "x@example.com")) is None


# --- forgotten password -----------------------------------------------------------------------------


def test_forgot_password_says_the_same_whether_or_not_the_email_exists(app, client, make_user, outbox):
    user = make_user("recruiter")
    known = client.post("/forgot-password", data={"email": user.email})
    unknown = client.post("/forgot-password", data={"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 200
    assert re.sub(r'content="[^"]*"', "", known.get_data(as_text=True)) == re.sub(
        r'content="[^"]*"', "", unknown.get_data(as_text=True)
    )
    assert [m["To"] for m in outbox] == [user.email]


def test_reset_link_works_once_within_the_hour_and_ends_every_session(app, client, make_user, login, outbox):
    user = make_user("recruiter")
    with freeze_time(datetime(2030, 5, 2, 8, 0, tzinfo=UTC)) as clock:
        signed_in = app.test_client()
        login(signed_in, user)
        assert signed_in.get("/home").status_code == 200
        client.post("/forgot-password", data={"email": user.email})
        link = _link(outbox, "/reset-password")
        clock.tick(timedelta(minutes=10))
        client.post("/forgot-password", data={"email": user.email})  # a second request: the first link stops
        second = _link(outbox, "/reset-password")
        stale = app.test_client()
        stale.get(link)
        assert stale.get("/reset-password").status_code == 404
        clock.tick(timedelta(minutes=49))  # 59 minutes after the second request... minus ten: still inside the hour
        assert client.get(second).headers["Location"] == "/reset-password"
        done = client.post("/reset-password", data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
        assert done.status_code == 303
        assert signed_in.get("/home").status_code == 302  # every session ended
        assert login(app.test_client(), user).status_code == 200  # the old password is gone
        assert login(app.test_client(), user, NEW_PASSWORD).headers["Location"] == "/home"
        again = app.test_client()
        again.get(second)
        assert again.get("/reset-password").status_code == 404  # used
        assert "user.password_reset" in _actions(user.id)
        client.post("/forgot-password", data={"email": user.email})
        late = _link(outbox, "/reset-password")
        clock.tick(timedelta(minutes=61))
        guest = app.test_client()
        guest.get(late)
        page = guest.get("/reset-password")
        assert page.status_code == 404 and "expired or was already used" in page.get_data(as_text=True)


def test_change_my_password_ends_other_sessions_and_keeps_mine(app, client, make_user, login):
    user = make_user("interviewer")
    login(client, user)
    elsewhere = app.test_client()
    login(elsewhere, user)
    wrong = client.post(
        "/account/password", data={"current": "nope", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    )
    assert wrong.status_code == 400 and "current password is not right" in wrong.get_data(as_text=True)
    ok = client.post(
        "/account/password", data={"current": TEST_PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    )
    assert ok.status_code == 302
    assert client.get("/account").status_code == 200
    assert elsewhere.get("/home").status_code == 302
    long_one = "a sixty-four character passphrase is welcome here, with spaces!" * 2
    assert len(long_one) > 64
    response = client.post(
        "/account/password", data={"current": NEW_PASSWORD, "password": long_one, "confirm": long_one}
    )
    assert response.status_code == 302
