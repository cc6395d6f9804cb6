"""Who is calling: a bearer token acts as its user; GET needs read scope, everything else write; a limit per token."""

from __future__ import annotations

from typing import Any

from flask import current_app, g, request
from flask_limiter.util import get_remote_address
from limits import parse_many

from ats import ratelimits
from ats.api import tokens
from ats.api.models import ApiToken
from ats.api.problems import fail

READ_METHODS = ("GET", "HEAD", "OPTIONS")
BEARER = {"bearerAuth": {"type": "http", "scheme": "bearer", "description": "An API token made by an admin"}}
SECURED: list[dict[str, list[str]]] = [{"bearerAuth": []}]


def spend(limit_text: str, *keys: str) -> int | None:
    """Count one request against a limit; seconds to wait when it is spent, None while allowed."""
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return None
    for item in parse_many(limit_text):
        if not ratelimits.hit(item, *keys):
            return ratelimits.wait_seconds(item, *keys)
    return None


def require_token() -> None:
    """before_request of the token blueprints: sets g.api_token and g.api_user, or answers 401/403/429."""
    scheme, _, secret = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        fail(401, "Send an API token: Authorization: Bearer <token>.", {"WWW-Authenticate": 'Bearer realm="ats"'})
    token = tokens.authenticate(secret.strip())
    if token is None:
        fail(
            401,
            "This API token is not valid: it is unknown, expired or revoked, or its account is deactivated.",
            {"WWW-Authenticate": 'Bearer realm="ats", error="invalid_token"'},
        )
    if request.method not in READ_METHODS and token.scope != "write":
        fail(
            403,
            "This token may only read. Ask an admin for a token with write scope.",
            {"WWW-Authenticate": 'Bearer realm="ats", error="insufficient_scope", scope="write"'},
            code="insufficient_scope",
        )
    wait = spend(current_app.config["API_RATE_LIMIT"], "api-token", str(token.id))
    if wait:
        fail(
            429,
            f"Too many requests with this token. Wait {wait} seconds.",
            {"Retry-After": str(wait)},
            retry_after=wait,
        )
    g.api_token = token


def limit_public() -> None:
    """before_request of the public feeds: a limit per client address."""
    wait = spend(current_app.config["FEED_RATE_LIMIT"], "api-public", get_remote_address() or "unknown")
    if wait:
        fail(429, f"Too many requests. Wait {wait} seconds.", {"Retry-After": str(wait)}, retry_after=wait)


def token() -> ApiToken:
    return g.api_token


def actor() -> Any:
    """The user the token acts as: every access check and service call takes this user."""
    return g.api_token.user
