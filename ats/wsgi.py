"""Process entry points: gunicorn serves `ats.wsgi:app`; RQ jobs run `ats.worker.rq_entry`."""

from ats import create_app, worker
from ats.background import start_background

app = create_app()
start_background(app)


def rq_entry(task_id: int) -> None:
    """Jobs queued by an older release name this entry point (run by a plain `rq worker` importing this module)."""
    worker.set_rq_app(app)
    worker.rq_entry(task_id)
