"""Security headers on every response, no caching of staff or personal pages, the one safe-redirect helper,
ids that fit the database, and a development server that does not announce its versions."""

from __future__ import annotations

from typing import Any, overload
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.routing import IntegerConverter
from werkzeug.serving import WSGIRequestHandler

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# Public pages that may be cached; everything else can hold personal data.
CACHEABLE_PREFIXES = ("/static/",)


UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
DB_INT_MAX = 2**63 - 1  # the largest id a BIGINT (and SQLite's INTEGER) holds


def own_origin(secure_cookies: bool = False) -> str:
    """scheme://host of this site; https whenever the site is served over TLS (directly or per configuration)."""
    scheme = "https" if request.is_secure or secure_cookies else request.scheme
    return f"{scheme}://{request.host}".lower()


def _foreign_origin(secure_cookies: bool = False) -> bool:
    """A browser's Origin naming another site, or this host over another scheme, on a state-changing request."""
    if request.method not in UNSAFE_METHODS:
        return False
    origin = request.headers.get("Origin")
    if not origin:
        return False
    return origin.strip().lower().rstrip("/") != own_origin(secure_cookies)


def db_int(value: Any) -> int | None:
    """An id typed or posted by a user, or None when it is not one the database can hold (no OverflowError)."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if -DB_INT_MAX <= number <= DB_INT_MAX else None


class DatabaseIntegerConverter(IntegerConverter):
    """`<int:...>` in every route: numbers beyond a 64-bit id do not match, so they are a 404 (never a 500)."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", DB_INT_MAX)
        super().__init__(map, *args, **kwargs)


class QuietRequestHandler(WSGIRequestHandler):
    """Werkzeug's handler without the `Server: Werkzeug/x Python/y` header (no version advertising)."""

    def send_response(self, code: int, message: str | None = None) -> None:
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())


@overload
def safe_next(target: str | None, default: str) -> str: ...
@overload
def safe_next(target: str | None, default: None = None) -> str | None: ...


def safe_next(target: str | None, default: str | None = None) -> str | None:
    """A same-site path to go to after a POST or a login; anything else gives `default` (no open redirect).

    Browsers drop tabs and newlines from URLs and read a backslash as a slash, so `/\t/evil.example` and
    `/\\evil.example` mean `//evil.example`: any whitespace, control character or backslash is refused.
    """
    if not isinstance(target, str) or not target.startswith("/") or len(target) > 2000:
        return default
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F or ch == "\\" for ch in target):
        return default
    parts = urlsplit(target)
    if target.startswith("//") or parts.scheme or parts.netloc:
        return default
    return target


def init_app(app: Flask) -> None:
    """Bounded ids in URLs; refuse foreign origins on state-changing requests; security headers everywhere."""
    app.url_map.converters["int"] = DatabaseIntegerConverter  # before any blueprint adds its rules

    @app.before_request
    def _check_origin():
        if _foreign_origin(bool(app.config.get("SECURE_COOKIES"))):
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


def sign_link(purpose: str, payload: Any) -> str:
    """A signed, timestamped token for a link in an email (each purpose its own salt)."""
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"link:{purpose}").dumps(payload)


def read_link(purpose: str, token: str, max_age_seconds: int) -> Any:
    """The payload of a link token, or None when it is forged, of another purpose or too old."""
    if not token or len(token) > 500:
        return None
    try:
        return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"link:{purpose}").loads(
            token, max_age=max_age_seconds
        )
    except BadSignature:
        return None
