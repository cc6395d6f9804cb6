"""Retention: unsuccessful candidates (and the talent pool, kept longer) are erased once their time is up,
expired exports and abandoned temporary uploads are removed; a dry run by default, daily in the worker."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import func, select

from ats.applications.files import file_store
from ats.applications.models import Application, StageEvent
from ats.audit.services import record
from ats.auth.models import SiteSetting
from ats.candidates.models import Candidate
from ats.db import utcnow
from ats.extensions import db
from ats.jobs.models import JobStage
from ats.privacy.models import DataRequest
from ats.retention.erasure import erase_candidate

TMP_MAX_AGE_SECONDS = 24 * 3600  # held uploads of an apply form nobody came back to
LAST_RUN_KEY = "retention.last_purge_at"
DAILY = timedelta(days=1)


@dataclass
class PurgePlan:
    """What a purge removes (or, in a dry run, would remove); held candidates are listed, never touched."""

    candidates: list[int] = field(default_factory=list)
    held: list[int] = field(default_factory=list)
    exports: list[int] = field(default_factory=list)
    tmp_files: int = 0
    applied: bool = False

    def summary(self) -> str:
        verb = "Erased" if self.applied else "Would erase"
        return (
            f"{verb} {len(self.candidates)} candidate(s) past retention; {len(self.held)} kept under legal hold; "
            f"{'removed' if self.applied else 'would remove'} {len(self.exports)} expired export(s) and "
            f"{self.tmp_files} temporary upload(s) older than a day."
        )


def expired_candidates(now: datetime) -> tuple[list[Candidate], list[Candidate]]:
    """(to erase, held): candidates whose every application is closed and whose last stage change is older
    than their retention period (talent pool: the longer one). Hired people are never purged here."""
    cfg = current_app.config
    unsuccessful = now - timedelta(days=int(cfg["RETENTION_DAYS_UNSUCCESSFUL"]))
    pool = now - timedelta(days=int(cfg["RETENTION_DAYS_TALENT_POOL"]))
    still_open = (
        select(Application.candidate_id)
        .join(JobStage, JobStage.id == Application.stage_id)
        .where(JobStage.kind.in_(("active", "hired")))
    )
    last = (
        select(Application.candidate_id, func.max(StageEvent.created_at).label("last_at"))
        .join(StageEvent, StageEvent.application_id == Application.id)
        .group_by(Application.candidate_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Candidate, last.c.last_at)
        .join(last, last.c.candidate_id == Candidate.id)
        .where(Candidate.erased_at.is_(None), Candidate.id.not_in(still_open), last.c.last_at < unsuccessful)
        .order_by(Candidate.id)
    ).all()
    due = [c for c, last_at in rows if c.talent_pool_at is None or last_at < pool]
    return [c for c in due if not c.on_legal_hold], [c for c in due if c.on_legal_hold]


def purge_expired(*, apply: bool, actor: Any = None, now: datetime | None = None) -> PurgePlan:
    """Find (dry run) or erase what is past its retention; each erasure commits on its own and is audited."""
    now = now or utcnow()
    to_erase, held = expired_candidates(now)
    exports = list(
        db.session.scalars(
            select(DataRequest).where(DataRequest.export_key.is_not(None), DataRequest.export_expires_at < now)
        )
    )
    store = file_store()
    stale = store.stale_tmp(TMP_MAX_AGE_SECONDS)
    plan = PurgePlan([c.id for c in to_erase], [c.id for c in held], [r.id for r in exports], len(stale), apply)
    if not apply:
        return plan
    for candidate in to_erase:
        erase_candidate(candidate, actor=actor, reason="retention period over")
    for row in exports:
        key, row.export_key, row.export_expires_at = row.export_key, None, None
        db.session.commit()
        if key:
            store.delete(key)
    for path in stale:
        path.unlink(missing_ok=True)
    record(actor, "privacy.purge", "retention", None, erased=len(to_erase), held=len(held), exports=len(exports))
    db.session.commit()
    return plan


def daily_purge() -> PurgePlan | None:
    """The embedded worker's periodic hook: run the purge at most once a day (the date is a site setting)."""
    now = utcnow()
    setting = db.session.get(SiteSetting, LAST_RUN_KEY)
    if setting is not None and setting.value and datetime.fromisoformat(setting.value) > now - DAILY:
        return None
    if setting is None:
        setting = SiteSetting(key=LAST_RUN_KEY)
        db.session.add(setting)
    setting.value = now.isoformat()
    db.session.commit()
    return purge_expired(apply=True, now=now)
