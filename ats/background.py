"""The background loop every long-running process starts: requeue dead tasks, dispatch, send due emails.

Web processes run it in a daemon thread (start_background); `flask worker` runs the same pass in its own
thread. Everything it does is claimed row by row, so any number of processes may run it at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from flask import Flask

from ats import worker
from ats.notifications.services import deliver

log = logging.getLogger("ats.background")
# Due work that the loop also runs (retries of webhook deliveries); domains add theirs in init_app.
_PERIODIC: list[Callable[[], object]] = []


def register_periodic(func: Callable[[], object]) -> None:
    """A function the loop calls every BACKGROUND_INTERVAL_SECONDS in an app context (idempotent)."""
    if func not in _PERIODIC:
        _PERIODIC.append(func)


def run_pass(app: Flask) -> None:
    """One pass: requeue expired leases, dispatch due tasks, deliver due emails (and, embedded, registered work)."""
    try:
        worker.maintain(app)
    except Exception:  # never let the loop die (database or Redis down: next pass)
        log.exception("background task maintenance failed")
    # Registered domain work (webhook retries, the reports' read model, the daily purge) is not claimed row by
    # row, so only the single-machine embedded loop runs it; with RQ it runs from cron (README, Deployment).
    periodic = _PERIODIC if app.config.get("WORKER_MODE") == "thread" else []
    for func in (deliver, *periodic):
        try:
            with app.app_context():
                func()
        except Exception:
            log.exception("background %s failed", getattr(func, "__name__", func))


def start_loop(app: Flask, name: str = "ats-background") -> threading.Event:
    """Run run_pass every BACKGROUND_INTERVAL_SECONDS in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()
    interval = float(app.config["BACKGROUND_INTERVAL_SECONDS"])

    def loop() -> None:
        while not stop.wait(interval):
            run_pass(app)

    threading.Thread(target=loop, name=name, daemon=True).start()
    return stop


def start_background(app: Flask) -> None:
    """Start the loop once per process (not in sync mode); the embedded pool first picks up waiting tasks."""
    if app.config.get("WORKER_MODE") == "sync" or app.extensions.get("ats_background_started"):
        return
    app.extensions["ats_background_started"] = True
    if app.config.get("WORKER_MODE") == "thread":
        try:
            sent = worker.dispatch_due(app, everything=True)
        except Exception:
            log.exception("could not pick up waiting tasks at start")
            sent = 0
        if sent:
            log.info("picked up %d waiting task(s)", sent)
    app.extensions["ats_background_stop"] = start_loop(app)
