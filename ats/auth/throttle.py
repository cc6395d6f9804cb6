"""Sign-in throttling that counts failures only, and the "known browser" cookie that keeps its owner in.

An attacker who sends wrong passwords for an account spends the account's allowance for unknown
browsers only: a browser that has signed in to that account before carries a signed cookie and has an
allowance of its own, so the owner is never locked out by someone else's guesses. Successful sign-ins
are never counted. Counters live in the rate limiter's storage (Redis when configured).
"""

from __future__ import annotations

import hashlib
import math
import secrets

from flask import Request, current_app
from flask_limiter.util import get_remote_address
from itsdangerous import BadSignature, URLSafeTimedSerializer
from limits import RateLimitItem, parse_many
from werkzeug.wrappers import Response

from ats import ratelimits

DEVICE_COOKIE = "ats_known_browser"
DEVICE_DAYS = 180
DEVICE_SALT = "known-browser"
PER_IP_FAILURES = "50 per 10 minutes"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=DEVICE_SALT)


def _account(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def known_browser(request: Request, email: str) -> str | None:
    """The nonce of this browser's cookie when it has signed in to this account before, else None."""
    raw = request.cookies.get(DEVICE_COOKIE)
    if not raw:
        return None
    try:
        entries = _serializer().loads(raw, max_age=DEVICE_DAYS * 86400)
    except BadSignature:
        return None
    if not isinstance(entries, dict):
        return None
    nonce = entries.get(_account(email))
    return nonce if isinstance(nonce, str) else None


def remember_browser(request: Request, response: Response, email: str) -> None:
    """After a successful sign-in (or a reset from the email link): this browser is known for the account."""
    entries: dict[str, str] = {}
    raw = request.cookies.get(DEVICE_COOKIE)
    if raw:
        try:
            loaded = _serializer().loads(raw, max_age=DEVICE_DAYS * 86400)
            entries = loaded if isinstance(loaded, dict) else {}
        except BadSignature:
            entries = {}
    account = _account(email)
    entries = {k: v for k, v in entries.items() if k != account}
    entries = dict(list(entries.items())[-4:])  # a shared browser remembers a few accounts, not many
    entries[account] = secrets.token_urlsafe(12)
    response.set_cookie(
        DEVICE_COOKIE,
        _serializer().dumps(entries),
        max_age=DEVICE_DAYS * 86400,
        httponly=True,
        samesite="Lax",
        secure=bool(current_app.config.get("SECURE_COOKIES")),
    )


def _checks(kind: str, email: str, nonce: str | None) -> list[tuple[RateLimitItem, tuple[str, ...]]]:
    account = _account(email)
    per_account: tuple[str, ...] = ("fail-" + kind, account, nonce or "unknown-browsers")
    items: list[tuple[RateLimitItem, tuple[str, ...]]] = [
        (item, per_account) for item in parse_many(current_app.config["LOGIN_RATE_LIMIT"])
    ]
    if kind == "password":
        items += [(item, ("fail-ip", get_remote_address() or "unknown")) for item in parse_many(PER_IP_FAILURES)]
    return items


def _enabled() -> bool:
    return bool(current_app.config.get("RATELIMIT_ENABLED", True))


def wait_seconds(kind: str, email: str, nonce: str | None) -> int | None:
    """Seconds until another attempt is allowed, when the failures of this account (or IP) are spent."""
    if not _enabled():
        return None
    for item, keys in _checks(kind, email, nonce):
        if not ratelimits.test(item, *keys):
            return ratelimits.wait_seconds(item, *keys)
    return None


def record_failure(kind: str, email: str, nonce: str | None) -> None:
    """Count one failed attempt (a wrong password, or a wrong second-factor code)."""
    if not _enabled():
        return
    for item, keys in _checks(kind, email, nonce):
        ratelimits.hit(item, *keys)


def wait_message(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return (
        f"Too many failed sign-in attempts for this account from this browser. Please wait {minutes} {unit} and "
        "try again, or reset your password from the link below. A browser you have signed in with before is "
        "not affected."
    )
