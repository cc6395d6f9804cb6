"""The status link's token is swapped for a short-lived cookie scoped to /status on first use.

`/status/<token>` checks the token, puts it in a signed, HttpOnly cookie whose path is /status (no other page
receives it) and which lasts 30 minutes, then redirects to `/status/a/<application id>`: the token leaves the
address bar, the browser history and the access logs of every page after the first. The cookie holds the
token itself, so a link renewed or ended since is refused at once; without the cookie the pages are a 404
that says to open the emailed link again.
"""

from __future__ import annotations

from flask import abort, current_app, make_response, request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.wrappers import Response

from ats.applications.models import Application
from ats.errors import render_error
from ats.portal.services import application_by_token

COOKIE = "ats_status"
COOKIE_PATH = "/status"
MAX_AGE = 30 * 60
KEEP = 5  # applications one browser may have open at once
EXPIRED = (
    "For your privacy this page stays open for 30 minutes after you open your status link. "
    "Open the link in your email again to continue."
)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="status-session")


def _granted() -> dict[str, str]:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return {}
    try:
        value = _serializer().loads(raw, max_age=MAX_AGE)
    except BadSignature:
        return {}
    return value if isinstance(value, dict) else {}


def grant(response: Response, application: Application, token: str) -> Response:
    """Let this browser see the application for 30 minutes without the token in the URL."""
    granted = {k: v for k, v in _granted().items() if k != str(application.id)}
    granted = dict(list(granted.items())[-(KEEP - 1) :])
    granted[str(application.id)] = token
    response.set_cookie(
        COOKIE,
        _serializer().dumps(granted),
        max_age=MAX_AGE,
        path=COOKIE_PATH,
        httponly=True,
        samesite="Lax",
        secure=bool(current_app.config.get("SECURE_COOKIES")),
    )
    return response


def granted_application(application_id: int) -> tuple[Application, str]:
    """The application this browser holds a live grant for, and its token; a 404 with a clear message otherwise."""
    token = _granted().get(str(application_id))
    if not token:
        abort(make_response(render_error(404, EXPIRED)))
    application = application_by_token(token)  # a renewed or ended link is refused here
    if application.id != application_id:
        abort(404)
    return application, token
