"""Error pages that never leak internals; every 500 is logged with a request id."""

from __future__ import annotations

import logging
import secrets

from flask import Flask, g, jsonify, render_template, request
from flask_wtf.csrf import CSRFError

log = logging.getLogger("ats")

MESSAGES = {
    400: ("Bad request", "The request could not be understood."),
    403: ("Not allowed", "You do not have access to this page."),
    404: ("Page not found", "The page you asked for does not exist or is not available to you."),
    405: ("Not allowed", "That action is not available here."),
    409: ("Changed by someone else", "Someone else changed this in the meantime. Reload and try again."),
    413: ("Too large", "What you sent is too large. Files may be at most {limit} MB."),
    429: ("Too many requests", "Too many attempts. Please wait a moment and try again."),
    500: ("Something went wrong", "An unexpected error happened. It has been logged; please try again."),
}


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def render_error(code: int, message: str | None = None):
    title, default = MESSAGES.get(code, ("Error", "Something went wrong."))
    text = (message or default).format(limit=int(request.environ.get("ats.max_mb", 10)))
    if _wants_json():
        return jsonify(error=title, message=text, request_id=g.get("request_id")), code
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
