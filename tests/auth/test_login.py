"""Staff login: hashing, safe redirects, server-side logout, deactivation, password change, expiry."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from ats.auth import services
from ats.auth.models import User, UserSession
from ats.extensions import db
from tests.conftest import TEST_PASSWORD


def test_password_is_stored_hashed(make_user):
    user = make_user("recruiter")
    assert TEST_PASSWORD not in user.password_hash
    assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))


def test_login_with_right_password_lands_on_home(client, make_user, login):
    user = make_user("recruiter", name="Riley Recruiter")
    response = login(client, user)
    assert response.status_code == 302 and response.headers["Location"] == "/home"
    page = client.get("/home")
    assert page.status_code == 200 and b"Riley Recruiter" in page.data
    assert db.session.scalar(select(UserSession).where(UserSession.user_id == user.id)) is not None


def test_wrong_password_and_unknown_email_get_the_same_message(client, make_user, login):
    user = make_user()
    wrong = client.post("/login", data={"email": user.email, "password": "nope-nope-nope"})
    unknown = client.post("/login", data={"email": "nobody@example.com", "password": "nope-nope-nope"})
    message = b"That email and password do not match an active account."
    assert message in wrong.data and message in unknown.data
    assert client.get("/home").status_code == 302


@pytest.mark.parametrize(
    "target,expected",
    [
        ("/home?x=1", "/home?x=1"),
        ("https://evil.example/", "/home"),
        ("//evil.example/", "/home"),
        ("/\\evil.example", "/home"),
        ("javascript:alert(1)", "/home"),
    ],
)
def test_next_redirect_only_follows_local_paths(client, make_user, target, expected):
    user = make_user()
    response = client.post("/login", data={"email": user.email, "password": TEST_PASSWORD, "next": target})
    assert response.headers["Location"] == expected


def test_login_issues_a_new_session_cookie(client, make_user, login):
    client.get("/login")
    before = client.get_cookie("session")
    login(client, make_user())
    after = client.get_cookie("session")
    assert after is not None and (before is None or before.value != after.value)
    assert after.http_only and after.same_site == "Lax"


def _replay(app, cookie_value):
    other = app.test_client()
    other.set_cookie("session", cookie_value)
    return other.get("/home")


def test_cookie_replayed_after_logout_is_refused(app, client, make_user, login):
    login(client, make_user())
    stolen = client.get_cookie("session").value
    assert _replay(app, stolen).status_code == 200
    client.post("/logout")
    assert _replay(app, stolen).status_code == 302


def test_cookie_replayed_after_deactivation_is_refused(app, client, make_user, login):
    user = make_user()
    admin = make_user("admin")
    login(client, user)
    stolen = client.get_cookie("session").value
    services.set_active(user, False, actor=admin)
    assert _replay(app, stolen).status_code == 302
    assert db.session.scalars(select(UserSession).where(UserSession.user_id == user.id)).all() == []
    assert login(app.test_client(), user).headers.get("Location") is None  # inactive cannot log in


def test_cookie_replayed_after_password_change_is_refused(app, client, make_user, login):
    user = make_user()
    login(client, user)
    stolen = client.get_cookie("session").value
    services.change_password(user, "a new and long passphrase", actor=user)
    assert _replay(app, stolen).status_code == 302


def test_idle_and_absolute_expiry(app, client, make_user, login):
    login(client, make_user())
    row = db.session.scalar(select(UserSession))
    row.last_seen_at = datetime.now(UTC) - timedelta(minutes=app.config["SESSION_IDLE_MINUTES"] + 1)
    db.session.commit()
    assert client.get("/home").status_code == 302
    login(client, make_user())
    row = db.session.scalar(select(UserSession).order_by(UserSession.id.desc()))
    row.created_at = datetime.now(UTC) - timedelta(hours=app.config["SESSION_LIFETIME_HOURS"] + 1)
    db.session.commit()
    assert client.get("/home").status_code == 302


@pytest.mark.parametrize(
    "password,problem",
    [
        ("short", True),
        ("password1234", True),
        ("aaaaaaaaaaaaaaaa", True),
        ("x" * 40 + "Q7!", True),  # a repeat is quick to guess, however long
        ("password12345", True),
        ("Summer2024!!!", True),
        ("someone-rules-the-world-2026", True),  # the email's name
        ("Tr0ub4dor&3-horse-battery-staple-extra-long-passphrase-64chars!!", False),
        ("granite otter lanterns whistle under a violet harbour at dawn, " * 3, False),  # 192 characters
        ("y" * 257, True),
    ],
)
def test_password_policy(password, problem):
    from ats.auth.passwords import password_problem

    assert (password_problem(password, "someone@example.com") is not None) is problem


def test_anonymous_is_redirected_to_login(client):
    response = client.get("/home")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login?next=")


def test_login_rate_limit_per_account(app_config, make_user):
    from ats import create_app

    app_config["RATELIMIT_ENABLED"] = True
    app = create_app(app_config)
    with app.app_context():
        user = db.session.scalar(select(User)) or make_user()
        client = app.test_client()
        codes = [
            client.post(
                "/login",
                data={"email": user.email, "password": "wrong-password-x"},
                environ_base={"REMOTE_ADDR": f"10.0.0.{i}"},
            ).status_code
            for i in range(12)
        ]
        assert codes[:10] == [200] * 10
        assert codes[10] == 429
        limited = client.post(
            "/login", data={"email": user.email, "password": "wrong"}, environ_base={"REMOTE_ADDR": "10.9.9.9"}
        )
        assert "Retry-After" in limited.headers
