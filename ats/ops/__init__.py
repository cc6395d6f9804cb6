"""Operations: proxies, health and readiness checks, logs, backups, the failed-task admin page."""

from __future__ import annotations

from flask import Flask

from ats import nav, ratelimits
from ats.ops import commands, health, logs, proxy, views


def init_app(app: Flask) -> None:
    """Logs and request ids, trusted proxies, the shared-limits warning, the probes, the failed-task page."""
    logs.init_app(app)
    ratelimits.reset()
    proxy.trust_proxies(app)
    proxy.warn_unshared_limits(app)
    health.init_app(app)
    app.register_blueprint(views.bp)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
    nav.register("ops_admin.failed_tasks", "Failed tasks", ("admin",), order=92)
