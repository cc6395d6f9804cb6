"""Every outbox row is claimed before it is sent: parallel senders deliver each email exactly once."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import select

from ats.db import utcnow
from ats.extensions import db
from ats.notifications import services
from ats.notifications.models import OutboxMessage


def _queue(app, count: int) -> list[int]:
    with app.app_context():
        rows = [
            OutboxMessage(to_addr=f"c{n}@example.org", subject=f"Hello {n}", body_text="Hi", send_after=utcnow())
            for n in range(count)
        ]
        db.session.add_all(rows)
        db.session.commit()
        return [row.id for row in rows]


def test_two_outbox_loops_in_parallel_send_each_email_once(app, outbox):
    ids = _queue(app, 40)
    barrier = threading.Barrier(2)
    counts: list[int] = []

    def loop() -> None:
        with app.app_context():
            barrier.wait()
            counts.append(services.deliver())
            db.session.remove()

    threads = [threading.Thread(target=loop) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counts) == 40
    assert sorted(str(m["To"]) for m in outbox) == sorted(f"c{n}@example.org" for n in range(40))
    statuses = db.session.scalars(select(OutboxMessage.status).where(OutboxMessage.id.in_(ids))).all()
    assert set(statuses) == {"sent"}


def test_a_send_interrupted_by_a_crash_is_not_sent_again(app, outbox):
    [message_id] = _queue(app, 1)
    row = db.session.get_one(OutboxMessage, message_id)
    row.status, row.lease_until, row.claimed_by = "sending", utcnow() - timedelta(seconds=1), "dead:1:1"
    db.session.commit()
    assert services.deliver() == 0
    row = db.session.get_one(OutboxMessage, message_id, populate_existing=True)
    assert row.status == "failed" and "not retried" in (row.error or "")
    assert outbox == []


def test_a_failed_send_goes_back_to_pending_and_is_sent_later(app, outbox, monkeypatch):
    [message_id] = _queue(app, 1)
    real_send = services._send

    def refuse(*args):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(services, "_send", refuse)
    assert services.deliver() == 0
    row = db.session.get_one(OutboxMessage, message_id, populate_existing=True)
    assert row.status == "pending" and "SMTP down" in (row.error or "")
    monkeypatch.setattr(services, "_send", real_send)
    assert services.deliver() == 1
    assert len(outbox) == 1
