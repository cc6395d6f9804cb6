"""/healthz (the process answers) and /readyz (it can do its work: database, Redis, schema at head).

Load balancers and orchestrators poll these; answers are JSON with short reasons and nothing internal.
"""

from __future__ import annotations

from typing import Any

from alembic.script import ScriptDirectory
from flask import Blueprint, Flask, current_app, jsonify
from redis import Redis
from sqlalchemy import text

from ats.dbsetup import MIGRATIONS_DIR
from ats.extensions import csrf, db, limiter

bp = Blueprint("ops", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    checks = readiness(current_app)
    ready = all(value == "ok" for value in checks.values())
    return jsonify(status="ready" if ready else "not ready", checks=checks), 200 if ready else 503


def _heads(app: Flask) -> set[str]:
    """The newest revisions in the migrations folder (read once per process)."""
    heads = app.extensions.get("ats_migration_heads")
    if heads is None:
        heads = set(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads())
        app.extensions["ats_migration_heads"] = heads
    return heads


def readiness(app: Any) -> dict[str, str]:
    """Each dependency with "ok" or a short reason."""
    checks: dict[str, str] = {}
    try:
        versions = set(db.session.scalars(text("SELECT version_num FROM alembic_version")))
        checks["database"] = "ok"
        checks["migrations"] = "ok" if versions == _heads(app) else "not at the newest migration: run flask init-db"
    except Exception as exc:
        checks["database"] = f"unreachable ({type(exc).__name__})"
        checks["migrations"] = "unknown"
    finally:
        db.session.rollback()
    if app.config.get("REDIS_URL"):
        try:
            Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=1, socket_timeout=1).ping()
            checks["redis"] = "ok"
        except Exception as exc:
            checks["redis"] = f"unreachable ({type(exc).__name__})"
    return checks


def init_app(app: Flask) -> None:
    """Register the probes, free of rate limits and CSRF."""
    limiter.exempt(bp)
    csrf.exempt(bp)
    app.register_blueprint(bp)
