"""Probes answer with reasons; JSON logs carry the request id and no personal data."""

from __future__ import annotations

import json
import logging
import socket

import pytest
from sqlalchemy import text

from ats import create_app
from ats.extensions import db
from tests.conftest import base_config


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_healthz_and_readyz_are_ok_on_a_migrated_database(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.get_json() == {"status": "ready", "checks": {"database": "ok", "migrations": "ok"}}


def test_readyz_fails_with_reasons_when_the_database_is_down(tmp_path):
    app = create_app(base_config(tmp_path, f"postgresql://postgres@127.0.0.1:{_closed_port()}/nothing"))
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    response = client.get("/readyz")
    body = response.get_json()
    assert response.status_code == 503 and body["status"] == "not ready"
    assert body["checks"]["database"].startswith("unreachable") and "127.0.0.1" not in json.dumps(body)


def test_readyz_fails_when_migrations_are_behind_or_redis_is_unreachable(app, client):
    heads = list(db.session.scalars(text("SELECT version_num FROM alembic_version")))
    db.session.execute(text("DELETE FROM alembic_version"))
    db.session.execute(text("INSERT INTO alembic_version (version_num) VALUES ('21a')"))
    db.session.commit()
    app.config["REDIS_URL"] = f"redis://127.0.0.1:{_closed_port()}/0"
    try:
        body = client.get("/readyz").get_json()
        assert body["checks"]["migrations"].startswith("not at the newest migration")
        assert body["checks"]["redis"].startswith("unreachable")
    finally:
        db.session.execute(text("DELETE FROM alembic_version"))
        for head in heads:
            db.session.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": head})
        db.session.commit()


@pytest.fixture
def json_logs(app_config):
    app_config["LOG_FORMAT"] = "json"
    yield app_config
    for name in ("ats", "rq.worker", "flask_limiter", "gunicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = [h for h in logger.handlers if h.get_name() != "ats-json"]
        logger.propagate = True


def test_json_logs_carry_the_request_id_and_mask_emails(capsys, json_logs, app, client):
    response = client.get("/healthz", headers={"X-Request-Id": "edge-42"})
    assert response.headers["X-Request-Id"] == "edge-42"
    logging.getLogger("ats.mail").warning("email to dana.example@example.org not sent")
    bad = client.get("/healthz", headers={"X-Request-Id": "<script>"})
    assert bad.headers["X-Request-Id"] != "<script>" and len(bad.headers["X-Request-Id"]) == 16
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.err.splitlines() if line.startswith("{")]
    access = [line for line in lines if line["logger"] == "ats.access"]
    assert access[0]["request_id"] == "edge-42" and access[0]["endpoint"] == "ops.healthz"
    assert access[0]["status"] == 200 and "path" not in access[0]
    [mail] = [line for line in lines if line["logger"] == "ats.mail"]
    assert mail["msg"] == "email to d***@example.org not sent"
