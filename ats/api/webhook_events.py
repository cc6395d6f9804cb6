"""What each webhook event says: ids, the job, the stage and the score; no names, emails or documents
(a receiver with a token reads those through the API, under its own permissions)."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app

from ats.api.webhooks import emit
from ats.applications.models import Application
from ats.extensions import db


def _stage(stage: Any) -> dict[str, Any] | None:
    return None if stage is None else {"id": stage.id, "name": stage.name, "kind": stage.kind}


def application_ref(application: Application) -> dict[str, Any]:
    base = current_app.config["BASE_URL"].rstrip("/")
    return {
        "id": application.id,
        "url": f"{base}/api/v1/applications/{application.id}",
        "job": {"id": application.job_id, "title": application.job.title, "slug": application.job.slug},
        "candidate_id": application.candidate_id,
        "stage": _stage(application.stage),
        "version": application.version,
        "source": application.source,
    }


def on_created(sender: Flask, *, application: Application, **_: Any) -> None:
    """applications.signals.application_created: inside the submit's transaction."""
    emit("application.created", {"application": application_ref(application)})


def on_screened(sender: Flask, *, application_id: int, **_: Any) -> None:
    """applications.signals.application_screened: after the result's commit, so the deliveries commit here."""
    application = db.session.get(Application, application_id)
    if application is None:
        return
    score = {
        "status": application.screening_status,
        "score": application.score,
        "tier": application.tier,
        "knockout_failed": application.knockout_failed,
    }
    if emit("application.screened", {"application": application_ref(application), "screening": score}):
        db.session.commit()


def on_stage_changed(sender: Flask, *, application: Application, event: Any, from_stage: Any, to_stage: Any) -> None:
    """pipeline.signals.stage_changed: inside the move's transaction; hired and rejected are announced too."""
    data = {
        "application": application_ref(application),
        "from_stage": _stage(from_stage),
        "to_stage": _stage(to_stage),
        "reason": event.reason,
        "actor_id": event.actor_id,
    }
    emit("application.stage_changed", data)
    if to_stage.kind == "hired":
        emit("application.hired", data)
    elif to_stage.kind == "rejected":
        emit("application.rejected", data)
