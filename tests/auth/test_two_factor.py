"""Two-factor sign-in with TOTP (pyotp) and recovery codes, with a frozen clock; admins can require it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pyotp
from freezegun import freeze_time
from sqlalchemy import select

from ats.audit.models import AuditEvent
from ats.extensions import db
from tests.conftest import TEST_PASSWORD

START = datetime(2030, 6, 1, 12, 0, 5, tzinfo=UTC)


def _enable(client, user, login) -> tuple[str, list[str]]:
    """Sign in, set up TOTP through the pages; returns the secret and the recovery codes shown."""
    login(client, user)
    page = client.get("/account/two-factor").get_data(as_text=True)
    secret = re.search(r'<code class="totp-key">([A-Z2-7]+)</code>', page).group(1)
    assert "data:image/svg+xml" in page  # the QR code
    wrong = client.post("/account/two-factor", data={"code": "000000"})
    assert wrong.status_code == 400 and "not right" in wrong.get_data(as_text=True)
    done = client.post("/account/two-factor", data={"code": pyotp.TOTP(secret).now()})
    codes = re.findall(r"<li><code>([a-z0-9-]{19})</code></li>", done.get_data(as_text=True))
    assert done.status_code == 200 and len(codes) == 10
    return secret, codes


def _password_step(client, user):
    response = client.post("/login", data={"email": user.email, "password": TEST_PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == "/login/second-factor"
    assert client.get("/home").status_code == 302  # not signed in yet
    return response


def test_totp_sign_in_with_a_frozen_clock(app, client, make_user, login):
    user = make_user("recruiter")
    with freeze_time(START) as clock:
        secret, _ = _enable(client, user, login)
        totp = pyotp.TOTP(secret)
        browser = app.test_client()
        _password_step(browser, user)
        clock.tick(timedelta(seconds=30))
        code = totp.now()
        assert browser.post("/login/second-factor", data={"code": "123456"}).status_code == 200
        ok = browser.post("/login/second-factor", data={"code": code})
        assert ok.status_code == 302 and ok.headers["Location"] == "/home"
        assert browser.get("/home").status_code == 200
        # the same code cannot be used twice (replay), even within its 30 seconds
        replay = app.test_client()
        _password_step(replay, user)
        refused = replay.post("/login/second-factor", data={"code": code})
        assert refused.status_code == 200 and "used already" in refused.get_data(as_text=True)
        # one step of clock drift is accepted, three are not
        clock.tick(timedelta(seconds=30))
        late = app.test_client()
        _password_step(late, user)
        assert (
            late.post("/login/second-factor", data={"code": totp.at(START + timedelta(seconds=150))}).status_code == 200
        )
        assert (
            late.post("/login/second-factor", data={"code": totp.at(START + timedelta(seconds=90))}).status_code == 302
        )


def test_the_password_step_expires_after_five_minutes(app, client, make_user, login):
    user = make_user("recruiter")
    with freeze_time(START) as clock:
        secret, _ = _enable(client, user, login)
        browser = app.test_client()
        _password_step(browser, user)
        clock.tick(timedelta(minutes=6))
        response = browser.post("/login/second-factor", data={"code": pyotp.TOTP(secret).now()})
        assert response.status_code == 302 and response.headers["Location"] == "/login"


def test_a_recovery_code_signs_in_once(app, client, make_user, login):
    user = make_user("hiring_manager")
    with freeze_time(START):
        _, codes = _enable(client, user, login)
        first = app.test_client()
        _password_step(first, user)
        assert first.post("/login/second-factor", data={"code": codes[0].upper()}).status_code == 302
        second = app.test_client()
        _password_step(second, user)
        assert second.post("/login/second-factor", data={"code": codes[0]}).status_code == 200
        actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.object_id == user.id)).all()
        assert "user.two_factor_enabled" in actions and "user.recovery_code_used" in actions


def test_admins_can_require_two_factor_for_all_staff(app, client, make_user, login):
    admin, user = make_user("admin"), make_user("recruiter")
    with freeze_time(START):
        login(client, admin)
        assert client.post("/admin/security", data={"require_two_factor": "yes"}).status_code == 303
        staff = app.test_client()
        login(staff, user)
        blocked = staff.get("/jobs")
        assert blocked.status_code == 302 and blocked.headers["Location"] == "/account/two-factor"
        assert staff.get("/account/two-factor").status_code == 200
        secret = re.search(r'class="totp-key">([A-Z2-7]+)<', staff.get("/account/two-factor").get_data(as_text=True))
        staff.post("/account/two-factor", data={"code": pyotp.TOTP(secret.group(1)).now()})
        assert staff.get("/jobs").status_code == 200
        off = staff.post("/account/two-factor/off", data={"current": TEST_PASSWORD}, follow_redirects=True)
        assert "requires two-factor sign-in" in off.get_data(as_text=True)
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "settings.two_factor_required"))


def test_turning_it_off_needs_the_password_and_an_admin_can_reset_it(app, client, make_user, login):
    user, admin = make_user("recruiter"), make_user("admin")
    with freeze_time(START):
        _enable(client, user, login)
        assert client.post("/account/two-factor/off", data={"current": "wrong"}).status_code == 400
        staff = app.test_client()
        login(staff, admin)
        assert staff.post(f"/admin/users/{user.id}/reset-two-factor").status_code == 303
        db.session.refresh(user)
        assert not user.totp_enabled
        assert login(app.test_client(), user).headers["Location"] == "/home"
