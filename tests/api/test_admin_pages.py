"""Admin pages for API tokens: made for a staff account, shown once, listed by prefix, revoked."""

from __future__ import annotations

from sqlalchemy import select

from ats.api.models import ApiToken
from ats.audit.models import AuditEvent
from ats.extensions import db
from tests.api.conftest import ApiClient


def test_an_admin_makes_a_token_that_is_shown_once_and_works(app, client, login, make_user):
    admin, recruiter = make_user("admin"), make_user("recruiter")
    login(client, admin)
    page = client.post(
        "/admin/api-tokens", data={"name": "HR sync", "user_id": str(recruiter.id), "scope": "read", "days": "30"}
    )
    assert page.status_code == 200
    token = db.session.scalar(select(ApiToken))
    html = page.get_data(as_text=True)
    secret = html.split('id="token-secret" type="text" readonly value="')[1].split('"')[0]
    assert secret.startswith(token.prefix) and token.token_hash != secret and secret not in token.token_hash
    assert token.user_id == recruiter.id and token.scope == "read" and token.created_by_id == admin.id
    listing = client.get("/admin/api-tokens").get_data(as_text=True)
    assert secret not in listing and token.prefix in listing and "never" in listing
    me = ApiClient(app.test_client(), secret).get("/api/v1/me")
    assert me.status_code == 200 and me.json["user"]["email"] == recruiter.email
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "api_token.created")) is not None

    revoked = client.post(f"/admin/api-tokens/{token.id}/revoke")
    assert revoked.status_code == 303
    assert ApiClient(app.test_client(), secret).get("/api/v1/me").status_code == 401
    assert "revoked" in client.get("/admin/api-tokens").get_data(as_text=True)


def test_bad_token_requests_keep_what_was_typed(client, login, make_user):
    login(client, make_user("admin"))
    owner = make_user("hiring_manager")
    response = client.post(
        "/admin/api-tokens", data={"name": "Board sync", "user_id": str(owner.id), "scope": "write", "days": "9999"}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "Choose a lifetime from 1 to 365 days." in html
    assert 'value="Board sync"' in html and 'value="9999"' in html
    assert db.session.scalar(select(ApiToken)) is None
