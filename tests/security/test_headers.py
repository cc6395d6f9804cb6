"""H1/H2: security headers on every page, no caching of staff pages, generic error pages."""

import pytest

PUBLIC_PATHS = ["/login", "/no-such-page"]
# Open jobs for job boards and crawlers: the same for everyone, no personal data, so they may be cached.
PUBLIC_FEEDS = {
    "/api/v1/public/jobs",
    "/api/v1/public/jobs.rss",
    "/api/v1/public/jobs.xml",
    "/sitemap.xml",
    "/robots.txt",
}


def _static_get_rules(app):
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments and not rule.rule.startswith("/static"):
            yield rule.rule


def _assert_headers(response):
    csp = response.headers.get("Content-Security-Policy", "")
    for directive in ("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in csp, (response.request.path, csp)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers.get("Referrer-Policy")
    assert response.headers.get("Cross-Origin-Opener-Policy") == "same-origin"
    assert "Server" not in response.headers


def test_every_parameterless_get_route_sends_security_headers(app, client, make_user, login):
    paths = list(_static_get_rules(app)) + PUBLIC_PATHS
    for path in paths:
        _assert_headers(client.get(path))
    login(client, make_user("admin"))
    for path in paths:
        response = client.get(path)
        _assert_headers(response)
        if path in PUBLIC_FEEDS:
            assert response.headers.get("Cache-Control", "").startswith("public, max-age="), path
        else:
            assert response.headers.get("Cache-Control") == "no-store", path


def test_static_assets_may_be_cached(client):
    response = client.get("/static/vendor/htmx.min.js")
    assert response.status_code == 200
    assert response.headers.get("Cache-Control") != "no-store"


def test_hsts_only_when_secure(app_config):
    from ats import create_app

    app = create_app(dict(app_config, SECURE_COOKIES=True))
    response = app.test_client().get("/login", base_url="https://localhost")
    assert "max-age=" in response.headers["Strict-Transport-Security"]


def test_unhandled_exception_gives_generic_500_with_reference(app_config, caplog):
    from ats import create_app

    app = create_app(dict(app_config, TESTING=False, PROPAGATE_EXCEPTIONS=False))

    @app.route("/boom")
    def boom():
        raise RuntimeError("secret internal detail")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "Something went wrong" in body and "secret internal detail" not in body and "Traceback" not in body
    assert "reference" in body
    assert any("request_id=" in r.getMessage() for r in caplog.records)


def test_404_page_does_not_reveal_anything(client):
    response = client.get("/jobs/999999/does-not-exist")
    assert response.status_code == 404 and b"Page not found" in response.data


@pytest.mark.parametrize("origin", ["https://evil.example", "null"])
def test_foreign_origin_on_post_is_refused(client, origin):
    response = client.post("/login", data={"email": "a@b.c", "password": "x"}, headers={"Origin": origin})
    assert response.status_code == 403


def test_same_origin_post_is_allowed(client):
    response = client.post("/login", data={"email": "a@b.c", "password": "x"}, headers={"Origin": "http://localhost"})
    assert response.status_code == 200
