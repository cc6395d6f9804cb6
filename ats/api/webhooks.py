"""Webhooks: admins register URLs for events; each event becomes a signed delivery that the worker sends,
retries with backoff and logs; an admin can replay any delivery. Deliveries are rows written in the same
transaction as the event's cause, so an event is never announced for something that was rolled back."""

from __future__ import annotations

import json
import logging
import secrets
import time
import uuid
from datetime import timedelta
from typing import Any

from flask import current_app
from sqlalchemy import and_, func, or_, select, update

from ats import worker
from ats.api.models import WEBHOOK_EVENTS, Webhook, WebhookAttempt, WebhookDelivery
from ats.api.webhook_http import Answer, UnsafeUrl, post, resolve, signature
from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.tasks.models import Task

log = logging.getLogger("ats.webhooks")
TASK_KIND = "deliver_webhook"
MAX_BACKOFF = timedelta(hours=6)
STALE_AFTER = timedelta(minutes=10)  # a claim older than this belonged to a worker that died


class WebhookError(ValueError):
    """A user-facing reason why a webhook was not registered."""


def _allow_private() -> bool:
    return bool(current_app.config.get("WEBHOOK_ALLOW_PRIVATE"))


def register(url: str, events: list[str], description: str, *, actor) -> tuple[Webhook, str]:
    """A new hook (the URL checked against private addresses now, and again at each delivery) and its secret."""
    url = (url or "").strip()
    chosen = [e for e in WEBHOOK_EVENTS if e in set(events or ())]
    if not chosen:
        raise WebhookError("Choose at least one event.")
    if len(url) > 500:
        raise WebhookError("The URL is too long (500 characters at most).")
    try:
        resolve(url, allow_private=_allow_private())
    except UnsafeUrl as exc:
        raise WebhookError(str(exc)) from exc
    secret = "whsec_" + secrets.token_urlsafe(32)
    hook = Webhook(
        url=url,
        events=chosen,
        description=" ".join((description or "").split())[:200],
        secret=secret,
        created_by_id=getattr(actor, "id", None),
    )
    db.session.add(hook)
    db.session.flush()
    record(actor, "webhook.created", "webhook", hook.id, url=url, events=chosen)
    db.session.commit()
    return hook, secret


def set_active(hook: Webhook, active: bool, *, actor) -> None:
    hook.active = active
    record(actor, "webhook.activated" if active else "webhook.deactivated", "webhook", hook.id)
    db.session.commit()


def rotate_secret(hook: Webhook, *, actor) -> str:
    """A new secret, shown once; deliveries from now on are signed with it."""
    hook.secret = "whsec_" + secrets.token_urlsafe(32)
    record(actor, "webhook.secret_rotated", "webhook", hook.id)
    db.session.commit()
    return hook.secret


def emit(event: str, data: dict[str, Any]) -> int:
    """Add a delivery per active hook that wants the event to the caller's transaction; returns how many."""
    hooks = [h for h in db.session.scalars(select(Webhook).where(Webhook.active.is_(True))) if event in h.events]
    if not hooks:
        return 0
    event_id = uuid.uuid4().hex
    body = json.dumps(
        {"id": event_id, "event": event, "created_at": utcnow().isoformat(), "data": data},
        separators=(",", ":"),
        sort_keys=True,
    )
    for hook in hooks:
        delivery = WebhookDelivery(webhook_id=hook.id, event=event, event_id=event_id, body=body)
        db.session.add(delivery)
        db.session.flush()
        worker.enqueue(TASK_KIND, {"delivery_id": delivery.id})
    return len(hooks)


def _backoff(attempts: int) -> timedelta:
    base = float(current_app.config["WEBHOOK_RETRY_SECONDS"])
    return min(timedelta(seconds=base * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def attempt(delivery_id: int) -> str:
    """Send one delivery once (after claiming it, so two workers never both send it); returns its new status."""
    claimed = db.session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id == delivery_id, WebhookDelivery.status.in_(("pending", "queued")))
        .values(status="sending", claimed_at=utcnow())
    ).rowcount  # type: ignore[attr-defined]
    db.session.commit()
    if not claimed:
        return "skipped"
    delivery = db.session.get_one(WebhookDelivery, delivery_id)
    hook = delivery.webhook
    url, secret, active = hook.url, hook.secret, hook.active
    body, event, event_id = delivery.body.encode(), delivery.event, delivery.event_id
    db.session.commit()  # no transaction stays open while the receiver answers
    if not active:
        answer = Answer(error="The webhook was deactivated.")
    else:
        stamp = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "X-ATS-Event": event,
            "X-ATS-Event-Id": event_id,
            "X-ATS-Delivery": str(delivery_id),
            "X-ATS-Timestamp": str(stamp),
            "X-ATS-Signature": signature(secret, stamp, body),
        }
        try:
            target = resolve(url, allow_private=_allow_private())
        except UnsafeUrl as exc:
            answer = Answer(error=str(exc)[:300])
        else:
            answer = post(target, body, headers, timeout=float(current_app.config["WEBHOOK_TIMEOUT_SECONDS"]))
    return _settle(delivery_id, answer, final=not active)


def _settle(delivery_id: int, answer: Answer, *, final: bool) -> str:
    """Log the attempt and decide: delivered, retry later (backoff), or failed for good."""
    delivery = db.session.get_one(WebhookDelivery, delivery_id)
    now = utcnow()
    db.session.add(
        WebhookAttempt(
            delivery_id=delivery.id,
            at=now,
            status_code=answer.status,
            response_body=answer.body or None,
            error=answer.error,
            duration_ms=answer.duration_ms,
            details={"address": answer.address} if answer.address else {},
        )
    )
    delivery.attempts += 1
    delivery.claimed_at = None
    if answer.ok:
        delivery.status, delivery.finished_at, delivery.next_attempt_at = "delivered", now, None
    elif final or delivery.attempts >= int(current_app.config["WEBHOOK_MAX_ATTEMPTS"]):
        delivery.status, delivery.finished_at, delivery.next_attempt_at = "failed", now, None
    else:
        delivery.status, delivery.next_attempt_at = "retrying", now + _backoff(delivery.attempts)
    db.session.commit()
    if delivery.status != "delivered":
        log.info("webhook delivery %s: %s (%s)", delivery_id, delivery.status, answer.status or answer.error)
    return delivery.status


def deliver_task(task: Task) -> dict[str, Any]:
    """Task entry point (registered for TASK_KIND)."""
    return {"status": attempt(int(task.payload["delivery_id"]))}


def send_due() -> int:
    """Queue retries that are due, and deliveries whose worker died; run by the embedded loop or
    `flask send-webhooks` (cron). Each is claimed by a conditional update, so two loops queue it once."""
    now = utcnow()
    stale = now - STALE_AFTER
    due = list(
        db.session.execute(
            select(WebhookDelivery.id, WebhookDelivery.status).where(
                or_(
                    and_(WebhookDelivery.status == "retrying", WebhookDelivery.next_attempt_at <= now),
                    and_(
                        WebhookDelivery.status.in_(("pending", "queued", "sending")),
                        func.coalesce(WebhookDelivery.claimed_at, WebhookDelivery.created_at) < stale,
                    ),
                )
            )
        )
    )
    queued = 0
    for delivery_id, status in due:
        won = db.session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id, WebhookDelivery.status == status)
            .values(status="queued", claimed_at=now)  # claimed_at of a queued delivery: when it was queued
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        if won:
            worker.enqueue(TASK_KIND, {"delivery_id": delivery_id})
            queued += 1
    db.session.commit()
    return queued


def replay(delivery: WebhookDelivery, *, actor) -> WebhookDelivery:
    """Send the same event (same body and event id) again, as a new delivery with its own log."""
    copy = WebhookDelivery(
        webhook_id=delivery.webhook_id,
        event=delivery.event,
        event_id=delivery.event_id,
        body=delivery.body,
        replay_of_id=delivery.id,
    )
    db.session.add(copy)
    db.session.flush()
    worker.enqueue(TASK_KIND, {"delivery_id": copy.id})
    record(actor, "webhook.replayed", "webhook", delivery.webhook_id, delivery_id=delivery.id, replay_id=copy.id)
    db.session.commit()
    return copy
