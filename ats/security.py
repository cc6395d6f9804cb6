"""Security headers on every response, no caching of staff or personal pages, safe redirect targets."""

from __future__ import annotations

from typing import overload
from urllib.parse import urlsplit

from flask import Flask, abort, request

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# Public pages that may be cached; everything else can hold personal data.
CACHEABLE_PREFIXES = ("/static/",)


UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


def _foreign_origin() -> bool:
    """A browser's Origin header naming another site on a state-changing request (CSRF defence in depth)."""
    origin = request.headers.get("Origin")
    if request.method not in UNSAFE_METHODS or not origin or origin == "null":
        return origin == "null" and request.method in UNSAFE_METHODS
    return urlsplit(origin).netloc != request.host


@overload
def safe_next(target: str | None, default: str) -> str: ...
@overload
def safe_next(target: str | None, default: None = None) -> str | None: ...


def safe_next(target: str | None, default: str | None = None) -> str | None:
    """A same-site relative path to go to after a POST or a login; anything else gives `default` (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


def init_app(app: Flask) -> None:
    """Refuse foreign origins on state-changing requests; add the security headers to every response."""

    @app.before_request
    def _check_origin():
        if _foreign_origin():
            abort(403)

    @app.after_request
    def _headers(response):
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CSP)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if request.is_secure or app.config.get("SECURE_COOKIES"):
            headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if not request.path.startswith(CACHEABLE_PREFIXES):
            headers.setdefault("Cache-Control", "no-store")
        headers.pop("Server", None)
        return response
