"""Process entry points: gunicorn serves `ats.wsgi:app`; RQ workers run `ats.wsgi.rq_entry` for each task."""

from ats import create_app, worker
from ats.background import start_background

app = create_app()
start_background(app)


def rq_entry(task_id: int) -> None:
    """One task in an RQ worker process (the app above is built once per process that imports this module)."""
    worker.run_task(app, task_id)
