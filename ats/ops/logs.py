"""Logs an operator can ship: with ATS_LOG_FORMAT=json one JSON object per line, each with the request id.

The request id comes from the proxy's X-Request-Id when it is a plain token, or is made here, and is sent
back in the response. Nothing personal is logged: no paths (they can hold status tokens), no query strings,
and email addresses in messages are masked.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from datetime import UTC, datetime

from flask import Flask, g, has_request_context, request
from flask.wrappers import Response

EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_HANDLER_NAME = "ats-json"


def mask(text: str) -> str:
    """Email addresses reduced to their first letter and domain."""
    return EMAIL.sub(r"\1***@\2", text)


def incoming_request_id() -> str | None:
    """The proxy's X-Request-Id, if it is a plain token (anything else is ignored, not logged)."""
    value = request.headers.get("X-Request-Id", "")
    return value if REQUEST_ID.fullmatch(value) else None


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, request id, exception type."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": mask(record.getMessage()),
        }
        request_id = getattr(record, "request_id", None)
        if request_id is None and has_request_context():
            request_id = g.get("request_id")
        if request_id:
            entry["request_id"] = request_id
        for key in ("method", "endpoint", "status", "duration_ms"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info and record.exc_info[0] is not None:
            entry["exc_type"] = record.exc_info[0].__name__
            entry["exc"] = mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a record is emitted (servers and test runners swap it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def _install_json(app: Flask) -> None:
    """JSON lines on stderr for the app's loggers (and RQ's), replacing their plain handlers."""
    handler = _StderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter())
    level = str(app.config.get("LOG_LEVEL", "INFO")).upper()
    for name in ("ats", "rq.worker", "flask_limiter", "gunicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = [h for h in logger.handlers if h.get_name() != _HANDLER_NAME] + [handler]
        logger.setLevel(level)
        logger.propagate = False


def init_app(app: Flask) -> None:
    """Request ids in and out; with LOG_FORMAT=json, JSON log lines and one access line per request."""
    json_logs = str(app.config.get("LOG_FORMAT", "text")).lower() == "json"
    if json_logs:
        _install_json(app)
    access = logging.getLogger("ats.access")

    @app.before_request
    def _start_timer() -> None:
        g.request_started = time.perf_counter()
        g.request_id = incoming_request_id() or g.get("request_id")

    @app.after_request
    def _request_id_out(response: Response) -> Response:
        elapsed_ms = round((time.perf_counter() - g.get("request_started", time.perf_counter())) * 1000, 1)
        if g.get("request_id"):
            response.headers["X-Request-Id"] = g.request_id
        if json_logs:
            access.info(
                "request",
                extra={
                    "method": request.method,
                    "endpoint": request.endpoint or "-",
                    "status": response.status_code,
                    "duration_ms": elapsed_ms,
                },
            )
        return response
