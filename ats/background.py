"""Start the embedded background work of a single-machine deployment."""

from __future__ import annotations

import logging
import threading

from flask import Flask

from ats import worker
from ats.notifications.services import deliver

log = logging.getLogger("ats.background")
OUTBOX_INTERVAL_SECONDS = 30


def start_background(app: Flask) -> None:
    """Requeue unfinished tasks and deliver delayed emails periodically (not needed with RQ + cron)."""
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
            try:
                with app.app_context():
                    deliver()
            except Exception:  # never let the loop die
                log.exception("outbox delivery failed")

    threading.Thread(target=loop, name="ats-outbox", daemon=True).start()
