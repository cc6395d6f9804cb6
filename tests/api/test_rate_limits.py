"""Rate limits: per API token, per client address on the public feeds."""

from __future__ import annotations

import pytest

from tests.api.conftest import ApiClient


@pytest.fixture
def app_config(app_config):
    app_config.update({"RATELIMIT_ENABLED": True, "API_RATE_LIMIT": "3 per minute", "FEED_RATE_LIMIT": "2 per minute"})
    return app_config


def test_each_token_has_its_own_limit(app, make_user, make_token):
    user = make_user("recruiter")
    _, first = make_token(user, "read")
    _, second = make_token(user, "read")
    a, b = ApiClient(app.test_client(), first), ApiClient(app.test_client(), second)
    assert [a.get("/api/v1/me").status_code for _ in range(3)] == [200, 200, 200]
    limited = a.get("/api/v1/me")
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.mimetype == "application/problem+json" and limited.json["retry_after"] >= 1
    assert b.get("/api/v1/me").status_code == 200


def test_public_feeds_are_limited_per_address(client, make_job):
    make_job()
    codes = [client.get(url).status_code for url in ("/api/v1/public/jobs", "/sitemap.xml", "/api/v1/public/jobs.rss")]
    assert codes == [200, 200, 429]
    other = client.get("/api/v1/public/jobs", environ_base={"REMOTE_ADDR": "192.0.2.9"})
    assert other.status_code == 200
