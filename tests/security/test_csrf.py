"""S6: with CSRF on, every state-changing route refuses a request without a token and changes nothing."""

import re

import pytest
from sqlalchemy import func, select

from ats.audit.models import AuditEvent
from ats.extensions import db


@pytest.fixture
def app_config(app_config):
    app_config["WTF_CSRF_ENABLED"] = True
    return app_config


def _fill(rule) -> str:
    path = rule.rule
    for name in rule.arguments:
        converter = rule._converters[name].__class__.__name__
        value = "1" if "Integer" in converter else "x" * 43
        path = re.sub(rf"<(?:[^:<>]+:)?{name}>", value, path)
    return path


def test_every_unsafe_route_needs_a_csrf_token(app, client, make_user, login):
    admin = make_user("admin")
    # Log in through the form with a real token so the refusals below are about CSRF only.
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
        r'value="([^"]+)"[^>]*name="csrf_token"', page
    )
    assert token, "login form has no CSRF token"
    assert (
        client.post(
            "/login",
            data={"email": admin.email, "password": "correct horse battery staple", "csrf_token": token.group(1)},
        ).status_code
        == 302
    )
    before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    checked = 0
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) & {"POST", "PUT", "PATCH", "DELETE"}):
            response = client.open(_fill(rule), method=method, data={"x": "1"})
            if rule.rule.startswith("/api/"):
                # The JSON API takes no cookies: bearer tokens (a session alone is 401), or no credentials at all
                # on the public apply endpoint; nothing a forged cross-site request could ride on.
                assert response.status_code in (401, 404), (method, rule.rule, response.status_code)
                continue
            assert response.status_code == 400, (method, rule.rule, response.status_code)
            checked += 1
    assert checked >= 1
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before


def test_get_requests_never_change_state(app, client, make_user, login):
    login(client, make_user("admin"))
    before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments and not rule.rule.startswith("/static"):
            client.get(rule.rule)
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before
