"""Admins see failed tasks with their error and can send one back to the queue (audited)."""

from __future__ import annotations

from sqlalchemy import select

from ats import worker
from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.tasks.models import Task


def test_admin_lists_failed_tasks_and_retry_runs_them_again(app, client, make_user, login):
    ran: list[int] = []
    worker.register_handler("test_retry", lambda task: ran.append(task.id) or {"ok": True})
    try:
        task = Task(kind="test_retry", payload={}, status="failed", attempts=5, error="ValueError: bad <input>")
        db.session.add(task)
        db.session.commit()
        task_id = task.id
        admin = make_user("admin")
        admin_id = admin.id
        login(client, admin)
        page = client.get("/admin/tasks")
        html = page.get_data(as_text=True)
        assert page.status_code == 200 and "test_retry" in html and "ValueError: bad &lt;input&gt;" in html
        assert "Failed tasks" in client.get("/jobs").get_data(as_text=True)  # in the admin menu
        response = client.post("/admin/tasks/retry", data={"task_id": task_id})
        assert response.status_code == 303
        db.session.remove()
        task = db.session.get_one(Task, task_id)
        assert task.status == "done" and task.attempts == 1 and ran == [task_id]
        audit = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "task.retried"))
        assert audit is not None and audit.actor_id == admin_id and audit.object_id == task_id
        again = client.post("/admin/tasks/retry", data={"task_id": task_id}, follow_redirects=True)
        assert "not failed" in again.get_data(as_text=True)
    finally:
        worker._HANDLERS.pop("test_retry", None)


def test_the_failed_tasks_page_is_for_admins_only(client, make_user, login):
    login(client, make_user("recruiter"))
    assert client.get("/admin/tasks").status_code == 404
    assert client.post("/admin/tasks/retry", data={"task_id": 1}).status_code == 404
