"""Webhooks: signed deliveries verified by a receiver on 127.0.0.1, retries with backoff after a failing
receiver, logged answers, replay from the admin page, and the SSRF guard at registration and at delivery."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest
from sqlalchemy import select

from ats.api import webhook_http, webhooks
from ats.api.models import Webhook, WebhookDelivery
from ats.applications.services import ApplicationInput, Upload, submit_application
from ats.db import utcnow
from ats.extensions import db
from ats.pipeline import services as pipeline
from tests.api.receiver import Receiver

ALL_EVENTS = [
    "application.created",
    "application.screened",
    "application.stage_changed",
    "application.hired",
    "application.rejected",
]


@pytest.fixture
def app_config(app_config):
    app_config["WEBHOOK_ALLOW_PRIVATE"] = True  # the receiver lives on 127.0.0.1
    return app_config


@pytest.fixture
def receiver():
    with Receiver() as running:
        yield running


@pytest.fixture
def hook(app, receiver, make_user):
    admin = make_user("admin")
    created, secret = webhooks.register(receiver.url, ALL_EVENTS, "HR sync", actor=admin)
    receiver.secret = secret
    return created


def _deliveries(event: str | None = None) -> list[WebhookDelivery]:
    db.session.expire_all()
    query = select(WebhookDelivery).order_by(WebhookDelivery.id)
    if event:
        query = query.where(WebhookDelivery.event == event)
    return list(db.session.scalars(query))


def test_events_arrive_signed_and_the_receiver_verifies_them(hook, receiver, make_job, make_application, make_user):
    job = make_job()
    application = make_application(job)  # created, then screened (the test worker runs inline)
    recruiter = make_user("recruiter")
    pipeline.move(recruiter, application, job.stages[-3].id, expected_version=application.version)  # Hired
    events = [r["json"]["event"] for r in receiver.requests]
    assert events == [
        "application.created",
        "application.screened",
        "application.stage_changed",
        "application.hired",
    ]
    assert all(r["verified"] for r in receiver.requests)
    created = receiver.requests[0]
    assert created["headers"]["X-ATS-Event"] == "application.created"
    assert created["headers"]["Content-Type"] == "application/json"
    data = created["json"]["data"]["application"]
    assert data["id"] == application.id and data["job"]["id"] == job.id and data["stage"]["name"] == "Applied"
    assert "Dana" not in created["body"].decode() and "@" not in created["body"].decode()  # no personal data
    screened = receiver.requests[1]["json"]["data"]["screening"]
    assert screened["status"] == "done" and screened["score"] > 0
    moved = receiver.requests[2]["json"]["data"]
    assert moved["from_stage"]["name"] == "Applied" and moved["to_stage"]["kind"] == "hired"
    assert receiver.requests[3]["json"]["data"] == moved  # hired: the same move, announced to who wants hires
    assert {d.status for d in _deliveries()} == {"delivered"}
    assert all(
        d.attempt_log[0].status_code == 200 and d.attempt_log[0].response_body == "thanks" for d in _deliveries()
    )


def test_a_tampered_body_or_an_old_timestamp_fails_verification(receiver):
    receiver.secret = "whsec_known"
    body = b'{"event":"application.created"}'
    stamp = int(utcnow().timestamp())
    good = {"X-ATS-Timestamp": str(stamp), "X-ATS-Signature": webhook_http.signature("whsec_known", stamp, body)}
    assert receiver.verify(good, body)
    assert not receiver.verify(good, body.replace(b"created", b"hired"))
    old = {
        "X-ATS-Timestamp": str(stamp - 3600),
        "X-ATS-Signature": webhook_http.signature("whsec_known", stamp - 3600, body),
    }
    assert not receiver.verify(old, body)
    assert not receiver.verify({**good, "X-ATS-Signature": webhook_http.signature("whsec_other", stamp, body)}, body)


def test_a_failing_receiver_is_retried_with_backoff_until_it_answers(hook, receiver, make_job, make_user, app):
    hook.events = ["application.rejected"]
    db.session.commit()
    job = make_job()
    application = _make_quiet_application(job)
    receiver.statuses = [500, 503]
    recruiter = make_user("recruiter")
    before = utcnow()
    pipeline.reject(recruiter, application, expected_version=application.version, reason="Missing required skills")
    delivery = _deliveries("application.rejected")[0]
    assert delivery.status == "retrying" and delivery.attempts == 1
    assert delivery.attempt_log[0].status_code == 500 and delivery.attempt_log[0].response_body == "receiver is down"
    first_wait = delivery.next_attempt_at - before
    assert timedelta(seconds=29) <= first_wait <= timedelta(seconds=32)
    assert webhooks.send_due() == 0  # not due yet

    delivery.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert webhooks.send_due() == 1  # the test worker sends it at once: 503 this time
    delivery = _deliveries("application.rejected")[0]
    assert delivery.status == "retrying" and delivery.attempts == 2
    assert timedelta(seconds=59) <= delivery.next_attempt_at - delivery.attempt_log[-1].at <= timedelta(seconds=61)

    delivery.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    webhooks.send_due()
    delivery = _deliveries("application.rejected")[0]
    assert delivery.status == "delivered" and delivery.attempts == 3
    assert [a.status_code for a in delivery.attempt_log] == [500, 503, 200]
    assert len(receiver.requests) == 3 and all(r["verified"] for r in receiver.requests)
    assert len({r["json"]["id"] for r in receiver.requests}) == 1  # the same event each time


def _make_quiet_application(job, email: str = "riley@example.org"):
    """An application with a plain-text resume (fast to screen)."""
    data = ApplicationInput(name="Riley Retry", email=email, resume=Upload("cv.txt", b"Customer service", None))
    return submit_application(job, data).application


def test_after_the_last_attempt_a_delivery_fails_for_good(hook, receiver, app, make_job):
    app.config["WEBHOOK_MAX_ATTEMPTS"] = 2
    receiver.statuses = [500, 500, 500, 500, 500, 500]
    hook.events = ["application.created"]
    db.session.commit()
    _make_quiet_application(make_job())
    delivery = _deliveries()[0]
    delivery.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    webhooks.send_due()
    delivery = _deliveries()[0]
    assert delivery.status == "failed" and delivery.attempts == 2 and delivery.finished_at is not None
    assert webhooks.send_due() == 0


def test_replay_from_the_admin_page_sends_the_same_event_again(hook, receiver, client, login, make_user, make_job):
    hook.events = ["application.created"]
    db.session.commit()
    _make_quiet_application(make_job())
    original = _deliveries()[0]
    admin = make_user("admin")
    login(client, admin)
    page = client.get(f"/admin/webhooks/{hook.id}")
    assert page.status_code == 200 and "application.created" in page.get_data(as_text=True)
    response = client.post(f"/admin/webhooks/deliveries/{original.id}/replay")
    assert response.status_code == 303
    copy = _deliveries()[-1]
    assert copy.replay_of_id == original.id and copy.status == "delivered" and copy.event_id == original.event_id
    assert len(receiver.requests) == 2 and receiver.requests[0]["body"] == receiver.requests[1]["body"]
    assert all(r["verified"] for r in receiver.requests)
    assert receiver.requests[0]["headers"]["X-ATS-Delivery"] != receiver.requests[1]["headers"]["X-ATS-Delivery"]


def test_a_deactivated_hook_gets_nothing(hook, receiver, make_job, make_user):
    webhooks.set_active(hook, False, actor=make_user("admin"))
    _make_quiet_application(make_job())
    assert receiver.requests == [] and _deliveries() == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.7/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
        "ftp://files.example.com/hook",
        "http://user:pass@hooks.example.com/hook",
    ],
)
def test_private_loopback_and_odd_urls_are_refused_at_registration(app, make_user, url):
    app.config["WEBHOOK_ALLOW_PRIVATE"] = False
    with pytest.raises(webhooks.WebhookError):
        webhooks.register(url, ["application.created"], "", actor=make_user("admin"))
    assert db.session.scalar(select(Webhook)) is None


def test_the_address_is_checked_again_at_delivery_and_is_the_one_connected_to(
    hook, receiver, app, make_job, monkeypatch
):
    """DNS rebinding: a name that resolved to a public address at registration resolves to a private one later."""
    real = socket.getaddrinfo
    port = receiver.server.server_port

    def fake(host, *args, **kwargs):
        if host == "hooks.customer.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(webhook_http.socket, "getaddrinfo", fake)
    hook.url = f"http://hooks.customer.test:{port}/hooks/ats"
    hook.events = ["application.created"]
    db.session.commit()
    _make_quiet_application(make_job())
    sent = receiver.requests[0]
    assert sent["headers"]["Host"] == f"hooks.customer.test:{port}"  # the name kept, the checked address used
    assert _deliveries()[0].attempt_log[0].details == {"address": "127.0.0.1"}

    app.config["WEBHOOK_ALLOW_PRIVATE"] = False  # a second application, with the guard on
    _make_quiet_application(make_job("Second Job"), "sam@example.org")
    refused = _deliveries()[-1]
    assert refused.status == "retrying" and refused.attempt_log[0].status_code is None
    assert "private" in refused.attempt_log[0].error
    assert len(receiver.requests) == 1  # nothing reached the loopback receiver


def test_admins_register_hooks_on_the_page_and_see_the_secret_once(app, client, login, make_user):
    login(client, make_user("admin"))
    app.config["WEBHOOK_ALLOW_PRIVATE"] = False
    refused = client.post("/admin/webhooks", data={"url": "http://127.0.0.1:8080/x", "events": ["application.hired"]})
    text = refused.get_data(as_text=True)
    assert refused.status_code == 400 and "public addresses" in text and 'value="http://127.0.0.1:8080/x"' in text
    app.config["WEBHOOK_ALLOW_PRIVATE"] = True
    made = client.post("/admin/webhooks", data={"url": "http://127.0.0.1:8080/x", "events": ["application.hired"]})
    hook = db.session.scalar(select(Webhook))
    assert made.status_code == 200 and hook.secret in made.get_data(as_text=True)
    assert hook.secret not in client.get("/admin/webhooks").get_data(as_text=True)
    assert hook.events == ["application.hired"]
