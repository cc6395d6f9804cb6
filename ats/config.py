"""Configuration chain: defaults, then instance/config.py, then ATS_* environment variables."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import orjson
from flask import Flask

# Every setting an operator may change, with its default; each is also read from ATS_<NAME>.
DEFAULTS: dict[str, Any] = {
    "DATABASE_URL": None,  # default: sqlite:///<instance>/ats.sqlite
    "REDIS_URL": None,  # set it to run background work on RQ instead of the embedded worker
    "RQ_QUEUE_PREFIX": "ats",  # RQ queues are <prefix>-fast and <prefix>-slow: instances can share a Redis
    "SECRET_KEY": None,  # default: generated once into <instance>/secret_key
    "STORAGE_DIR": None,  # default: <instance>/files (outside the web root)
    "WORKER_MODE": "thread",  # thread | sync | rq (rq is implied by REDIS_URL)
    "WORKER_THREADS": 2,
    # A rescore of 2,000 applications or more is split over this many processes; 1 keeps it in-process.
    "RESCORE_PROCESSES": min(2, os.cpu_count() or 1),
    "TASK_LEASE_SECONDS": 60,  # a running task's lease, renewed every third of it; past it the task is requeued
    "TASK_MAX_ATTEMPTS": 5,  # tries before a task is marked failed (listed for admins at /admin/tasks)
    "TASK_RETRY_SECONDS": 30,  # wait before the first retry, doubling each time (capped at an hour)
    "TASK_REDISPATCH_SECONDS": 30,  # a task handed off this long ago, still queued and unknown to RQ, is sent again
    "BACKGROUND_INTERVAL_SECONDS": 10,  # how often each process requeues, dispatches and sends due emails
    "EMAIL_LEASE_SECONDS": 120,  # an email still "sending" after this is marked failed, never sent twice
    "MAIL_BACKEND": "file",  # file | locmem | smtp
    "MAIL_FROM": "Careers <careers@example.com>",
    "SMTP_HOST": "localhost",
    "SMTP_PORT": 25,
    "SMTP_USERNAME": None,
    "SMTP_PASSWORD": None,
    "SMTP_STARTTLS": False,
    "BASE_URL": "http://127.0.0.1:5000",
    "COMPANY_NAME": "Northwind Support Co.",
    "MAX_UPLOAD_MB": 10,
    "SESSION_IDLE_MINUTES": 120,
    "SESSION_LIFETIME_HOURS": 12,
    "SECURE_COOKIES": False,  # True behind HTTPS: Secure + __Host- cookie
    "RATELIMIT_STORAGE_URI": None,  # default: the Redis URL when set, else memory:// (per process!)
    "TRUSTED_PROXIES": 0,  # reverse proxies in front of the app whose X-Forwarded-For/-Proto/-Host to believe
    "WEB_PROCESSES": None,  # how many web processes serve the site (gunicorn.conf.py sets it); warns on memory://
    "LOG_FORMAT": "text",  # text | json (one JSON object per line, with the request id, no personal data)
    "STORAGE_URL": None,  # s3://bucket/prefix keeps files in S3-compatible storage (needs the s3 extra)
    "S3_ENDPOINT_URL": None,  # e.g. http://minio:9000; default: AWS, or the standard AWS_* environment
    "LOGIN_RATE_LIMIT": "10 per 5 minutes",
    "APPLY_RATE_LIMIT": "10 per minute",
    "APPLY_RATE_LIMIT_PER_EMAIL": "3 per hour",
    "RETENTION_DAYS_UNSUCCESSFUL": 180,
    "RETENTION_DAYS_TALENT_POOL": 730,
    "PRIVACY_REQUEST_DUE_DAYS": 30,  # a confirmed export or erasure request must be answered within this
    "EXPORT_TTL_DAYS": 7,  # a built data export can be downloaded for this long
    "EEO_MIN_CELL_SIZE": 5,  # adverse impact: groups with fewer people are not shown
    "EXTRACT_TIMEOUT_SECONDS": 15,
    "EXTRACT_MEMORY_MB": 512,
    "LOG_LEVEL": "INFO",
    "OIDC_ISSUER": None,  # e.g. https://login.example.com/realms/staff; set with OIDC_CLIENT_ID to offer the button
    "OIDC_CLIENT_ID": None,
    "OIDC_CLIENT_SECRET": None,
    "OIDC_SCOPES": "openid email profile",
    "OIDC_BUTTON_LABEL": "Sign in with single sign-on",
    # JSON API, feeds and webhooks (ats/api)
    "API_RATE_LIMIT": "300 per minute",  # per API token
    "API_TOKEN_MAX_DAYS": 365,  # the longest lifetime an admin can give a token
    "FEED_RATE_LIMIT": "120 per minute",  # public feeds and sitemap, per IP
    "FEED_CACHE_SECONDS": 300,
    "DEFAULT_COUNTRY": "US",  # ISO 3166 country of jobs that name none (JobPosting markup, feeds)
    "JOB_VALID_DAYS": 30,  # validThrough of an open job without a closing date: this many days ahead
    "WEBHOOK_ALLOW_PRIVATE": False,  # True lets webhooks reach private and loopback addresses (SSRF guard off)
    "WEBHOOK_MAX_ATTEMPTS": 8,
    "WEBHOOK_RETRY_SECONDS": 30,  # first retry after this long, doubling each time (30 s ... about 1 hour)
    "WEBHOOK_TIMEOUT_SECONDS": 10,
}


def load_config(app: Flask, overrides: dict[str, Any] | None) -> None:
    """Apply defaults, the instance file, the environment, then explicit overrides (tests)."""
    app.config.update(DEFAULTS)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("ATS")
    if overrides:
        app.config.update(overrides)
    _derive(app)


def dump_json(obj: Any) -> str:
    """JSON columns as text (orjson writes bytes); non-string keys become strings, as json.dumps does."""
    return orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS).decode()


def _derive(app: Flask) -> None:
    """Fill settings that depend on others (paths under the instance folder, Flask's own keys)."""
    cfg = app.config
    instance = Path(app.instance_path)
    if not cfg.get("DATABASE_URL"):
        cfg["DATABASE_URL"] = f"sqlite:///{instance / 'ats.sqlite'}"
    cfg["SQLALCHEMY_DATABASE_URI"] = _normalise_db_url(cfg["DATABASE_URL"])
    options = cfg.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"pool_pre_ping": True})
    options.setdefault("json_serializer", dump_json)  # stored analyses are large: orjson is several
    options.setdefault("json_deserializer", orjson.loads)  # times faster than the standard library
    cfg["STORAGE_DIR"] = str(cfg.get("STORAGE_DIR") or instance / "files")
    if not cfg.get("SECRET_KEY"):
        cfg["SECRET_KEY"] = _instance_secret(instance)
    if cfg.get("REDIS_URL") and cfg.get("WORKER_MODE") == "thread":
        cfg["WORKER_MODE"] = "rq"
    cfg["RATELIMIT_STORAGE_URI"] = cfg.get("RATELIMIT_STORAGE_URI") or cfg.get("REDIS_URL") or "memory://"
    cfg.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", True)  # Redis down: count in memory, keep serving
    if str(cfg["RATELIMIT_STORAGE_URI"]).startswith(("redis://", "rediss://")):
        cfg.setdefault("RATELIMIT_STORAGE_OPTIONS", {"socket_connect_timeout": 1, "socket_timeout": 1})
    max_bytes = int(cfg["MAX_UPLOAD_MB"]) * 1024 * 1024
    cfg["MAX_CONTENT_LENGTH"] = max_bytes
    cfg["MAX_FORM_MEMORY_SIZE"] = 500_000
    cfg["MAX_FORM_PARTS"] = 200
    cfg["SESSION_COOKIE_HTTPONLY"] = True
    cfg["SESSION_COOKIE_SAMESITE"] = "Lax"
    if cfg.get("SECURE_COOKIES"):
        cfg["SESSION_COOKIE_SECURE"] = True
        cfg["SESSION_COOKIE_NAME"] = "__Host-session"
        cfg["SESSION_COOKIE_PATH"] = "/"
    cfg["WTF_CSRF_TIME_LIMIT"] = None


def _normalise_db_url(url: str) -> str:
    """postgresql:// means psycopg 3 here (SQLAlchemy would otherwise pick psycopg2)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _instance_secret(instance: Path) -> str:
    """Read the instance's secret key, creating it (mode 0600) on first run."""
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
