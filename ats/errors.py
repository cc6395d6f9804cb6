"""Error pages that never leak internals; every 500 is logged with a request id.

Under /api/ every error is an RFC 9457 problem document (application/problem+json) instead of a page.
"""

from __future__ import annotations

import logging
import secrets
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, g, json, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

log = logging.getLogger("ats")

MESSAGES = {
    400: ("Bad request", "The request could not be understood."),
    401: ("Not signed in", "Send a valid API token: Authorization: Bearer <token>."),
    403: ("Not allowed", "You do not have access to this page."),
    404: ("Page not found", "The page you asked for does not exist or is not available to you."),
    405: ("Not allowed", "That action is not available here."),
    409: ("Changed by someone else", "Someone else changed this in the meantime. Reload and try again."),
    413: ("Too large", "What you sent is too large. Files may be at most {limit} MB."),
    415: ("Unsupported media type", "Send the request body in a format this endpoint accepts."),
    422: ("Not valid", "Some of what you sent is not valid."),
    428: ("Version needed", "Send the version you last saw (If-Match or version)."),
    429: ("Too many requests", "Too many attempts. Please wait a moment and try again."),
    500: ("Something went wrong", "An unexpected error happened. It has been logged; please try again."),
}


PROBLEM_TYPE = "application/problem+json"


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def problem(status: int, detail: str | None = None, headers: dict[str, str] | None = None, **extra: Any) -> Response:
    """An RFC 9457 problem document: type, title (the HTTP phrase), status, detail, plus extension members."""
    _, default = MESSAGES.get(status, ("Error", "Something went wrong."))
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail or default.format(limit=int(request.environ.get("ats.max_mb", 10))),
        "instance": request.path,
        "request_id": g.get("request_id"),
        **extra,
    }
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_TYPE)
    response.headers.update(headers or {})
    return response


def render_error(code: int, message: str | None = None):
    title, default = MESSAGES.get(code, ("Error", "Something went wrong."))
    if request.path.startswith("/api/"):
        return problem(code, message)
    text = (message or default).format(limit=int(request.environ.get("ats.max_mb", 10)))
    if _wants_json():
        return Response(
            json.dumps({"error": title, "message": text, "request_id": g.get("request_id")}),
            code,
            mimetype="application/json",
        )
    return render_template("errors/error.html", code=code, title=title, message=text), code


def init_app(app: Flask) -> None:
    """Install handlers for HTTP errors, CSRF failures and unexpected exceptions."""
    log.setLevel(str(app.config.get("LOG_LEVEL", "INFO")).upper())

    @app.before_request
    def _request_id() -> None:
        g.request_id = secrets.token_hex(8)
        request.environ["ats.max_mb"] = app.config["MAX_UPLOAD_MB"]

    for code in (400, 403, 404, 405, 409, 413):
        app.register_error_handler(code, lambda exc, code=code: render_error(code))

    @app.errorhandler(429)
    def _too_many(exc):
        return render_error(429)  # Flask-Limiter adds Retry-After to the response

    @app.errorhandler(HTTPException)
    def _other_http(exc):  # codes without a handler of their own (401, 415, 422...)
        return render_error(exc.code or 500, None)

    @app.errorhandler(CSRFError)
    def _csrf(exc):
        return render_error(400, "Your form expired or was sent from another site. Reload the page and try again.")

    @app.errorhandler(OverflowError)
    def _overflow(exc):
        """A number too large for the database is an object that does not exist, never a crash."""
        return render_error(404)

    @app.errorhandler(500)
    def _server_error(exc):
        original = getattr(exc, "original_exception", exc)
        log.error("unhandled error request_id=%s path=%s", g.get("request_id"), request.path, exc_info=original)
        return render_error(500)
