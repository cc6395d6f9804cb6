"""Queue emails in the outbox (inside the caller's transaction) and deliver them after commit."""

from __future__ import annotations

import base64
import logging
import smtplib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from flask import Flask, current_app
from sqlalchemy import select, update

from ats import worker
from ats.db import utcnow
from ats.extensions import db
from ats.notifications.models import OutboxMessage
from ats.tasks.leases import owner_id
from ats.tasks.models import Task

log = logging.getLogger("ats.mail")


def one_line(value: str) -> str:
    """One line of plain text: CR, LF and every other control or separator character become a single space.

    Header values and the names merged into email bodies go through this (no header or body injection).
    """
    cleaned = "".join(" " if (ch.isspace() or not ch.isprintable()) else ch for ch in str(value))
    return " ".join(cleaned.split())


def queue_email(
    to: str,
    subject: str,
    body: str,
    *,
    template: str | None = None,
    candidate_id: int | None = None,
    application_id: int | None = None,
    user_id: int | None = None,
    send_after: datetime | None = None,
    attachments: list[dict[str, Any]] | None = None,
) -> OutboxMessage:
    """Add an email to the outbox; it is delivered after the caller's commit (or at send_after)."""
    message = OutboxMessage(
        to_addr=one_line(to),
        subject=one_line(subject)[:300],
        body_text=body,
        template=template,
        candidate_id=candidate_id,
        application_id=application_id,
        user_id=user_id,
        send_after=send_after or utcnow(),
        attachments=attachments or [],
    )
    db.session.add(message)
    db.session.flush()
    if send_after is None:
        worker.enqueue("deliver_outbox", {"message_id": message.id})
    return message


def cancel_pending(application_id: int, template: str) -> int:
    """Cancel an application's emails of one template that have not gone out yet (caller commits)."""
    rows = db.session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.application_id == application_id,
            OutboxMessage.template == template,
            OutboxMessage.status == "pending",
        )
    )
    count = 0
    for message in rows:
        message.status = "cancelled"
        count += 1
    return count


def attachment(filename: str, content_type: str, data: bytes) -> dict[str, Any]:
    """An attachment stored with the outbox row (small files such as .ics invitations)."""
    return {"filename": filename, "content_type": content_type, "data_b64": base64.b64encode(data).decode()}


def build_message(app: Flask, row: OutboxMessage) -> EmailMessage:
    """The RFC 5322 message for an outbox row."""
    msg = EmailMessage()
    msg["From"] = app.config["MAIL_FROM"]
    msg["To"] = row.to_addr
    msg["Subject"] = row.subject
    msg["Message-ID"] = make_msgid(domain="ats.local")
    msg.set_content(row.body_text)
    for item in row.attachments:
        maintype, _, subtype = item["content_type"].partition("/")
        msg.add_attachment(
            base64.b64decode(item["data_b64"]),
            maintype=maintype,
            subtype=subtype.split(";")[0],
            filename=item["filename"],
        )
    return msg


def _send(app: Flask, msg: EmailMessage, row: OutboxMessage) -> None:
    backend = app.config["MAIL_BACKEND"]
    if backend == "locmem":
        app.extensions.setdefault("ats_mail_sent", []).append(msg)
    elif backend == "file":
        folder = Path(app.instance_path) / "outbox"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{row.id:06d}.eml").write_bytes(msg.as_bytes())
    elif backend == "smtp":
        with smtplib.SMTP(app.config["SMTP_HOST"], int(app.config["SMTP_PORT"]), timeout=30) as smtp:
            if app.config.get("SMTP_STARTTLS"):
                smtp.starttls()
            if app.config.get("SMTP_USERNAME"):
                smtp.login(app.config["SMTP_USERNAME"], app.config["SMTP_PASSWORD"] or "")
            smtp.send_message(msg)
    else:
        raise ValueError(f"unknown MAIL_BACKEND {backend!r}")


def _claim(message_id: int, owner: str, lease_seconds: float) -> bool:
    """Take one due, pending email for sending; only one process ever wins a row."""
    now = utcnow()
    result = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.status == "pending", OutboxMessage.send_after <= now)
        .values(status="sending", claimed_by=owner, lease_until=now + timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def expire_interrupted() -> int:
    """Emails whose sender died mid-send: failed, not retried (it may have gone out; never send twice)."""
    result = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == "sending", OutboxMessage.lease_until < utcnow())
        .values(status="failed", error="Interrupted while sending; not retried so it cannot go out twice.")
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return int(result.rowcount)  # type: ignore[attr-defined]


def deliver(message_ids: list[int] | None = None) -> int:
    """Send pending messages that are due (all due ones when no ids are given), each claimed first; returns how many."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if message_ids is None:  # the loop's pass (not every single send) looks for interrupted sends
        expire_interrupted()
    query = select(OutboxMessage.id).where(OutboxMessage.status == "pending", OutboxMessage.send_after <= utcnow())
    if message_ids is not None:
        query = query.where(OutboxMessage.id.in_(message_ids))
    owner, lease = owner_id(), float(app.config["EMAIL_LEASE_SECONDS"])
    sent = 0
    for message_id in list(db.session.scalars(query.order_by(OutboxMessage.id))):
        if not _claim(message_id, owner, lease):
            continue  # another process is sending it, or sent it
        row = db.session.get_one(OutboxMessage, message_id, populate_existing=True)
        try:
            _send(app, build_message(app, row), row)
        except Exception as exc:  # nothing went out: back to pending for the next run, record why
            row.status, row.claimed_by, row.lease_until = "pending", None, None
            row.error = f"{type(exc).__name__}: {exc}"[:300]
            db.session.commit()
            log.warning("email %s not sent: %s", row.id, row.error)
            continue
        row.status, row.sent_at, row.error, row.lease_until = "sent", utcnow(), None, None
        db.session.commit()
        sent += 1
    return sent


def deliver_task(task: Task) -> dict[str, Any]:
    """Task entry point: send one queued email right after the commit that queued it."""
    return {"sent": deliver([task.payload["message_id"]])}


def sent_messages(app: Flask) -> list[EmailMessage]:
    """Messages the locmem backend delivered (tests and the demo)."""
    return app.extensions.setdefault("ats_mail_sent", [])


def _message_text(msg: EmailMessage) -> str:
    """Headers and decoded text parts of a sent message, lower-cased, for erasure matching."""
    parts = [str(msg.get("To", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(str(part.get_content()))
            except (LookupError, ValueError):
                continue
    return "\n".join(parts).lower()


def forget_copies(app: Flask, message_ids: list[int], needles: list[str]) -> int:
    """Erasure: delete the local copies of sent emails (file backend .eml files of these rows, and locmem
    messages that mention a needle); mail already handed to an SMTP server is beyond our reach."""
    removed = 0
    folder = Path(app.instance_path) / "outbox"
    for message_id in message_ids:
        path = folder / f"{int(message_id):06d}.eml"
        if path.exists():
            path.unlink()
            removed += 1
    lowered = [n.lower() for n in needles if n]
    sent = sent_messages(app)
    keep = [m for m in sent if not any(n in _message_text(m) for n in lowered)]
    removed += len(sent) - len(keep)
    sent[:] = keep
    return removed
