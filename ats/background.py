"""Start the embedded background work of a single-machine deployment."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from flask import Flask

from ats import worker
from ats.notifications.services import deliver

log = logging.getLogger("ats.background")
OUTBOX_INTERVAL_SECONDS = 30
# Due work that the loop also runs (retries of webhook deliveries); domains add theirs in init_app.
_PERIODIC: list[Callable[[], object]] = []


def register_periodic(func: Callable[[], object]) -> None:
    """A function the embedded loop calls every OUTBOX_INTERVAL_SECONDS in an app context (idempotent)."""
    if func not in _PERIODIC:
        _PERIODIC.append(func)


def start_background(app: Flask) -> None:
    """Requeue unfinished tasks, deliver delayed emails and run registered due work (not needed with RQ + cron)."""
    if app.config.get("WORKER_MODE") != "thread" or app.extensions.get("ats_background_started"):
        return
    app.extensions["ats_background_started"] = True
    requeued = worker.requeue_unfinished(app)
    if requeued:
        log.info("requeued %d unfinished task(s)", requeued)
    stop = threading.Event()
    app.extensions["ats_background_stop"] = stop

    def loop() -> None:
        while not stop.wait(OUTBOX_INTERVAL_SECONDS):
            for func in (deliver, *_PERIODIC):
                try:
                    with app.app_context():
                        func()
                except Exception:  # never let the loop die
                    log.exception("background %s failed", getattr(func, "__name__", func))

    threading.Thread(target=loop, name="ats-outbox", daemon=True).start()
