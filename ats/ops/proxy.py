"""Behind reverse proxies: believe their forwarded headers only for the configured number of hops, and say
at start when several web processes would each keep their own rate-limit counters."""

from __future__ import annotations

import logging
import os

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

log = logging.getLogger("ats.ops")


def trust_proxies(app: Flask) -> None:
    """Wrap the app in ProxyFix for TRUSTED_PROXIES hops (0: forwarded headers are ignored)."""
    hops = int(app.config.get("TRUSTED_PROXIES") or 0)
    if hops > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]


def web_processes(app: Flask) -> int:
    """How many web processes likely serve the site (setting, or gunicorn's WEB_CONCURRENCY)."""
    value = app.config.get("WEB_PROCESSES") or os.environ.get("WEB_CONCURRENCY") or 1
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


def warn_unshared_limits(app: Flask) -> bool:
    """Log a warning when more than one process counts rate limits in its own memory; True if it did."""
    processes = web_processes(app)
    if processes > 1 and str(app.config["RATELIMIT_STORAGE_URI"]).startswith("memory://"):
        log.warning(
            "%d web processes keep rate-limit counters in memory, each its own: limits are %d times looser. "
            "Set ATS_REDIS_URL (or ATS_RATELIMIT_STORAGE_URI) to share them.",
            processes,
            processes,
        )
        return True
    return False
