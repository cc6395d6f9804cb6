"""Live-attack defect 1: the per-account sign-in limit counted successful sign-ins, so 10 wrong passwords every
5 minutes kept any account locked out. Failures only are counted now; after the limit the unknown browser waits
(429, Retry-After, a clear message) while a browser that signed in to the account before gets in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from freezegun import freeze_time

from ats import create_app
from ats.extensions import db
from tests.conftest import TEST_PASSWORD


@pytest.fixture
def limited_app(app, app_config):
    """A second app on the same (emptied) database with the rate limits on."""
    app_config["RATELIMIT_ENABLED"] = True
    app_config["RATELIMIT_STORAGE_URI"] = "memory://"
    application = create_app(app_config)
    with application.app_context():
        yield application
        db.session.remove()
        db.engine.dispose()


def _user(app):
    from ats.auth.services import create_user

    return create_user("owner@example.com", "Olive Owner", "recruiter", TEST_PASSWORD)[0]


def _post(client, email, password, ip):
    return client.post("/login", data={"email": email, "password": password}, environ_base={"REMOTE_ADDR": ip})


def test_successful_sign_ins_are_not_counted(limited_app):
    user = _user(limited_app)
    client = limited_app.test_client()
    for i in range(15):
        response = _post(client, user.email, TEST_PASSWORD, "10.1.0.1")
        assert response.status_code == 302, i
        client.post("/logout")


def test_an_attacker_cannot_lock_the_owner_out(limited_app):
    user = _user(limited_app)
    with freeze_time(datetime(2030, 1, 1, 9, 0, tzinfo=UTC)) as clock:
        owner = limited_app.test_client()
        assert _post(owner, user.email, TEST_PASSWORD, "10.2.0.1").status_code == 302
        owner.post("/logout")
        attacker = limited_app.test_client()
        codes = [_post(attacker, user.email, f"wrong-guess-{i}", f"10.9.0.{i}").status_code for i in range(12)]
        assert codes[:10] == [200] * 10 and codes[10:] == [429, 429]
        # the owner's browser has signed in to this account before: not blocked
        assert _post(owner, user.email, TEST_PASSWORD, "10.2.0.1").headers["Location"] == "/home"
        # a browser never seen before waits, and is told why and for how long
        stranger = limited_app.test_client()
        refused = _post(stranger, user.email, TEST_PASSWORD, "10.3.0.1")
        html = refused.get_data(as_text=True)
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
        assert "Too many failed sign-in attempts for this account" in html and "wait" in html
        # after the window the stranger gets in with the right password
        clock.tick(timedelta(minutes=6))
        assert _post(stranger, user.email, TEST_PASSWORD, "10.3.0.1").status_code == 302


def test_a_forged_known_browser_cookie_does_not_help(limited_app):
    user = _user(limited_app)
    attacker = limited_app.test_client()
    attacker.set_cookie("ats_known_browser", "eyJmb3JnZWQiOiJ5ZXMifQ.forged.signature")
    codes = [_post(attacker, user.email, f"wrong-{i}", "10.9.1.1").status_code for i in range(11)]
    assert codes[-1] == 429


def test_wrong_second_factor_codes_are_limited_too(limited_app):
    import pyotp

    from ats.auth import two_factor

    user = _user(limited_app)
    secret = two_factor.new_secret()
    two_factor.enable(user, secret, pyotp.TOTP(secret).now())
    client = limited_app.test_client()
    assert _post(client, user.email, TEST_PASSWORD, "10.4.0.1").headers["Location"] == "/login/second-factor"
    codes = [client.post("/login/second-factor", data={"code": "000000"}).status_code for _ in range(11)]
    assert codes[:10] == [200] * 10 and codes[10] == 429
