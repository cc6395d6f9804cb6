"""Live-attack defects at the HTTP layer: huge ids (5), the redirect helper (6), Server header and Origin scheme (8)."""

from __future__ import annotations

import http.client
import re
import threading

import pytest
from werkzeug.serving import make_server

from ats.security import QuietRequestHandler, db_int, safe_next

HUGE = (2**63, 2**64, 10**30)


def _int_rules(app):
    for rule in app.url_map.iter_rules():
        names = [n for n in rule.arguments if type(rule._converters[n]).__name__.endswith("IntegerConverter")]
        if names:
            yield rule, names


def _fill(rule, huge: int) -> str:
    path = rule.rule
    for name in rule.arguments:
        converter = type(rule._converters[name]).__name__
        value = str(huge) if converter.endswith("IntegerConverter") else "x" * 43
        path = re.sub(rf"<(?:[^:<>]+:)?{name}>", value, path)
    return path


@pytest.mark.parametrize("huge", HUGE)
def test_every_route_with_an_integer_id_of_2_63_or_more_is_a_404(app, client, make_user, login, huge):
    login(client, make_user("admin"))
    checked = 0
    for rule, _ in _int_rules(app):
        for method in sorted((rule.methods or set()) & {"GET", "POST"}):
            response = client.open(_fill(rule, huge), method=method, data={"x": "1"})
            assert response.status_code == 404, (method, rule.rule, response.status_code)
            checked += 1
    assert checked > 30


def test_huge_numbers_in_forms_and_query_strings_are_not_a_500(app, client, make_user, login, make_job):
    login(client, make_user("admin"))
    job = make_job()
    assert client.get(f"/outbox?page={2**64}").status_code == 200
    board = client.post(f"/jobs/{job.id}/board/move", json={"application_id": 2**64, "stage_id": 2**64, "version": 1})
    assert board.status_code == 404
    reason = client.post("/admin/rejection-reasons", data={"op": "edit", "reason_id": str(2**64), "label": "x"})
    assert reason.status_code == 404


@pytest.mark.parametrize(
    "value,expected", [("12", 12), (" 7 ", 7), (str(2**63), None), ("-" + str(2**63), None), ("x", None), (None, None)]
)
def test_db_int(value, expected):
    assert db_int(value) == expected


@pytest.mark.parametrize(
    "target",
    [
        "/\t/evil.example",
        "/\n/evil.example",
        "/\r\n/evil.example",
        "/ /evil.example",
        "/\x0b/evil.example",
        "/\\evil.example",
        "/\\/evil.example",
        "//evil.example",
        "///evil.example",
        "https://evil.example",
        "javascript:alert(1)",
        "evil.example",
        "/\x00/evil.example",
        "/\u3000/evil.example",
    ],
)
def test_safe_next_refuses_everything_a_browser_could_read_as_another_site(target):
    assert safe_next(target, "/home") == "/home"


def test_safe_next_keeps_local_paths_with_queries():
    assert safe_next("/jobs/3/applicants?stage=2&q=a%20b#x", "/home") == "/jobs/3/applicants?stage=2&q=a%20b#x"


def test_pipeline_next_field_with_a_tab_does_not_redirect_off_site(
    client, make_user, login, make_job, make_application
):
    login(client, make_user("recruiter"))
    job = make_job()
    application = make_application(job)
    stage = job.stages[1]
    response = client.post(
        f"/applications/{application.id}/move",
        data={"stage_id": stage.id, "version": application.version, "next": "/\t/evil.example"},
    )
    assert response.status_code == 303
    assert response.headers["Location"] == f"/jobs/{job.id}/board"


def test_login_next_with_a_tab_stays_home(client, make_user):
    user = make_user()
    response = client.post(
        "/login", data={"email": user.email, "password": "correct horse battery staple", "next": "/\t/evil.example"}
    )
    assert response.headers["Location"] == "/home"


def test_the_development_server_does_not_announce_werkzeug_or_python(app):
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
        conn.request("GET", "/login")
        response = conn.getresponse()
        response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
        conn.close()
    finally:
        server.shutdown()
        thread.join(timeout=10)
    assert response.status == 200
    assert "server" not in headers, headers.get("server")


def test_flask_serve_uses_the_quiet_handler(app, monkeypatch):
    import ats.cli

    seen = {}
    monkeypatch.setattr(ats.cli, "start_background", lambda app: None)
    monkeypatch.setattr(ats.cli, "run_simple", lambda *a, **kw: seen.update(kw))
    result = app.test_cli_runner().invoke(args=["serve", "--port", "5999"])
    assert result.exit_code == 0, result.output
    assert seen["request_handler"] is QuietRequestHandler


@pytest.mark.parametrize(
    "base_url,origin,secure,expected",
    [
        ("https://localhost", "http://localhost", False, 403),  # same host over plain http: another origin
        ("https://localhost", "https://localhost", False, 200),
        ("http://localhost", "https://localhost", False, 403),
        ("http://localhost", "http://localhost", True, 403),  # behind TLS (per configuration) only https counts
        ("http://localhost", "https://localhost", True, 200),
        ("http://localhost", "http://localhost.evil.example", False, 403),
    ],
)
def test_origin_check_compares_the_scheme_too(app_config, base_url, origin, secure, expected):
    from ats import create_app

    app = create_app(dict(app_config, SECURE_COOKIES=secure))
    response = app.test_client().post(
        "/login", data={"email": "a@b.c", "password": "x"}, headers={"Origin": origin}, base_url=base_url
    )
    assert response.status_code == expected
