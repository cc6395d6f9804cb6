"""Operations: proxies, health and readiness checks, logs, backups, the failed-task admin page."""

from __future__ import annotations

from flask import Flask

from ats import nav, ratelimits
from ats.ops import proxy, views


def init_app(app: Flask) -> None:
    """Trusted proxies, the shared-limits warning and the admin page of failed tasks."""
    ratelimits.reset()
    proxy.trust_proxies(app)
    proxy.warn_unshared_limits(app)
    app.register_blueprint(views.bp)
    nav.register("ops_admin.failed_tasks", "Failed tasks", ("admin",), order=92)
