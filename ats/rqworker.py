"""`flask worker`: a non-forking RQ worker that builds the app and the screening indexes once, and stops promptly.

RQ's default worker forks for every job, so each job rebuilt the app and spaCy (seconds per screening).
This one runs jobs in its own process; the task's lease (not RQ) decides whether a job may run, so a job
that RQ hands out twice, or after its worker was killed, is harmless.
"""

from __future__ import annotations

import logging

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from redis import Redis
from rq.worker import SimpleWorker

from ats import background, screening_adapter, worker
from ats.applications import rescoring

log = logging.getLogger("ats.worker")
PUBSUB_POLL_SECONDS = 1.0  # how long the command listener waits for a message before it checks for a stop


class Worker(SimpleWorker):
    """RQ's SimpleWorker whose command listener polls every second, so that a stop (SIGTERM) never waits
    for it: RQ 3.0 polls every 60 s, and redis-py joins that thread with no timeout when it is told to
    stop, so a stopped worker could take a minute to exit, past a supervisor's grace period."""

    def subscribe(self) -> None:
        self.log.info("Worker %s: subscribing to channel %s", self.name, self.pubsub_channel_name)
        self.pubsub = self.connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        self.pubsub_thread = self.pubsub.run_in_thread(  # type: ignore[assignment]  # RQ types it as None
            sleep_time=PUBSUB_POLL_SECONDS, daemon=True, exception_handler=self._pubsub_exception_handler
        )


def run_worker(
    app: Flask, queue_names: list[str], *, burst: bool, warm: bool = True, max_jobs: int | None = None
) -> None:
    """Serve the named queues until stopped (or, with burst, until they are empty; with max_jobs, until
    that many jobs ran, for a supervisor to start a fresh process)."""
    worker.set_rq_app(app)
    if warm:
        screening_adapter.warm_up_once()
        if not burst:  # a long-lived worker: the fork server warms beside its first jobs
            with app.app_context():
                rescoring.start_rescore_processes()
    background.run_pass(app)  # requeue what dead workers left and send what was never handed off
    stop = None if burst else background.start_loop(app, "ats-worker-loop")
    connection = Redis.from_url(app.config["REDIS_URL"])
    try:
        rq_worker = Worker([worker.queue_name(app, name) for name in queue_names], connection=connection)
        rq_worker.work(
            burst=burst,
            with_scheduler=False,
            max_jobs=max_jobs,
            logging_level=str(app.config["LOG_LEVEL"]).upper(),
        )
    finally:
        if stop is not None:
            stop.set()


@click.command("worker")
@click.option(
    "--queues",
    default="fast,slow",
    show_default=True,
    help="Comma-separated: fast (emails, webhooks) and/or slow (screening, imports, rescoring), in priority order.",
)
@click.option("--burst", is_flag=True, help="Exit once the queues are empty.")
@click.option("--no-warm-up", is_flag=True, help="Skip building the screening indexes at start.")
@click.option(
    "--max-jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Exit after this many jobs, for the supervisor to start a fresh process (spaCy's vocabulary grows "
    "with every new word it reads).",
)
@with_appcontext
def worker_command(queues: str, burst: bool, no_warm_up: bool, max_jobs: int | None) -> None:
    """Run background tasks from Redis (needs ATS_REDIS_URL); start as many as you have cores for."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not app.config.get("REDIS_URL"):
        raise click.ClickException("Set ATS_REDIS_URL to run workers; without it the web process runs tasks itself.")
    names = [name.strip() for name in queues.split(",") if name.strip()]
    unknown = [name for name in names if name not in worker.QUEUES]
    if unknown or not names:
        raise click.BadParameter(f"choose from {', '.join(worker.QUEUES)}", param_hint="--queues")
    run_worker(app, names, burst=burst, warm=not no_warm_up, max_jobs=max_jobs)
