"""Sign-in with OpenID Connect against a provider the test starts on 127.0.0.1: verified email matched to an
existing (invited) account, no self sign-up, deactivated accounts refused, forged tokens refused."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests
from joserfc.jwk import RSAKey
from sqlalchemy import select

from ats.audit.models import AuditEvent
from ats.auth.models import User
from ats.extensions import db
from tests.auth.oidc_provider import CLIENT_ID, CLIENT_SECRET, start_provider


@pytest.fixture(scope="module")
def provider():
    provider, server, thread = start_provider()
    yield provider
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def app_config(app_config, provider):
    app_config.update(OIDC_ISSUER=provider.issuer, OIDC_CLIENT_ID=CLIENT_ID, OIDC_CLIENT_SECRET=CLIENT_SECRET)
    return app_config


def sign_in(client, provider, identity: dict, next_path: str | None = None):
    """The browser's round trip: our /login/oidc -> the provider's /authorize -> our callback."""
    provider.identity = identity
    start = client.get("/login/oidc" + (f"?next={next_path}" if next_path else ""))
    assert start.status_code == 302 and start.headers["Location"].startswith(provider.issuer + "/authorize")
    at_provider = requests.get(start.headers["Location"], allow_redirects=False, timeout=10)
    assert at_provider.status_code == 302, at_provider.text
    back = urlsplit(at_provider.headers["Location"])
    return client.get(f"{back.path}?{back.query}")


def test_login_page_offers_the_provider(client):
    assert "Sign in with single sign-on" in client.get("/login").get_data(as_text=True)


def test_a_verified_email_of_an_existing_account_signs_in(app, client, provider, make_user):
    user = make_user("recruiter", email="rita@example.com")
    response = sign_in(client, provider, {"sub": "p-1", "email": "Rita@Example.com", "email_verified": True}, "/jobs")
    assert response.status_code == 302 and response.headers["Location"] == "/jobs"
    assert client.get("/home").status_code == 200
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "auth.login", AuditEvent.actor_id == user.id)
    )
    assert event.data["method"] == "oidc"
    assert provider.issued[-1]["nonce"]  # a nonce was sent and came back in the ID token


def test_an_invited_account_accepts_its_invitation_through_the_provider(app, client, provider, make_user, login):
    admin = make_user("admin")
    staff = app.test_client()
    login(staff, admin)
    staff.post("/admin/users/invite", data={"name": "Owen Oidc", "email": "owen@example.com", "role": "interviewer"})
    response = sign_in(client, provider, {"sub": "p-2", "email": "owen@example.com", "email_verified": True})
    assert response.headers["Location"] == "/home"
    owen = db.session.scalar(select(User).where(User.email == "owen@example.com"))
    assert not owen.invite_pending


@pytest.mark.parametrize(
    "identity,message",
    [
        ({"sub": "p-3", "email": "stranger@example.com", "email_verified": True}, "No active staff account"),
        ({"sub": "p-4", "email": "rita@example.com", "email_verified": False}, "no verified email"),
        ({"sub": "p-5", "email": "rita@example.com"}, "no verified email"),
    ],
)
def test_no_self_sign_up_and_no_unverified_email(app, client, provider, make_user, identity, message):
    make_user("recruiter", email="rita@example.com")
    before = db.session.scalar(select(db.func.count()).select_from(User))
    response = sign_in(client, provider, identity)
    assert response.status_code == 302 and response.headers["Location"] == "/login"
    assert message in client.get("/login").get_data(as_text=True)
    assert client.get("/home").status_code == 302
    assert db.session.scalar(select(db.func.count()).select_from(User)) == before


def test_a_deactivated_account_is_refused(app, client, provider, make_user):
    from ats.auth.services import set_active

    user = make_user("recruiter", email="gone@example.com")
    set_active(user, False, actor=None)
    sign_in(client, provider, {"sub": "p-6", "email": "gone@example.com", "email_verified": True})
    assert client.get("/home").status_code == 302


def test_a_token_signed_with_another_key_is_refused(app, client, provider, make_user):
    make_user("recruiter", email="rita@example.com")
    provider.signing_key = RSAKey.generate_key(2048, auto_kid=True)
    try:
        response = sign_in(client, provider, {"sub": "p-7", "email": "rita@example.com", "email_verified": True})
    finally:
        provider.signing_key = None
    assert response.headers["Location"] == "/login"
    assert client.get("/home").status_code == 302


def test_a_callback_without_our_state_is_refused(app, client, provider, make_user):
    make_user("recruiter", email="rita@example.com")
    provider.identity = {"sub": "p-8", "email": "rita@example.com", "email_verified": True}
    other = app.test_client()  # the attacker starts the flow in their own browser...
    start = other.get("/login/oidc")
    at_provider = requests.get(start.headers["Location"], allow_redirects=False, timeout=10)
    back = urlsplit(at_provider.headers["Location"])
    response = client.get(f"{back.path}?{back.query}")  # ...and sends the callback link to the victim
    assert response.headers["Location"] == "/login"
    assert client.get("/home").status_code == 302


def test_second_factor_still_asked_after_the_provider(app, client, provider, make_user):
    import pyotp

    from ats.auth import two_factor

    user = make_user("recruiter", email="rita@example.com")
    secret = two_factor.new_secret()
    two_factor.enable(user, secret, pyotp.TOTP(secret).now())
    response = sign_in(client, provider, {"sub": "p-9", "email": "rita@example.com", "email_verified": True})
    assert response.headers["Location"] == "/login/second-factor"
