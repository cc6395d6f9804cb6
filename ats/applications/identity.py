"""Candidate identity: an email address counts once someone followed a link we sent to it.

Anyone can type anyone's email into the apply form. So each application starts its own candidate record;
when the email is already known the application is tagged "possible duplicate" for recruiters, and the
confirmation email carries a verification link. Following it marks that record's email verified and joins
the records whose same email is verified (the oldest one stays). Nobody's status link changes.
"""

from __future__ import annotations

from flask import current_app
from sqlalchemy import func, or_, select, update

from ats.applications.models import Application
from ats.audit.services import record
from ats.candidates.models import Candidate, Note
from ats.db import utcnow
from ats.extensions import db
from ats.notifications.models import OutboxMessage
from ats.privacy.models import Consent, DataRequest
from ats.security import read_link, sign_link

DUPLICATE_TAG = "possible duplicate"
VERIFY_PURPOSE = "verify-email"
VERIFY_PATH = "/verify-email/{token}"
VERIFY_MAX_AGE = 30 * 86400


def verification_url(candidate: Candidate) -> str:
    token = sign_link(VERIFY_PURPOSE, {"c": candidate.id, "e": candidate.email_normalized})
    return current_app.config["BASE_URL"].rstrip("/") + VERIFY_PATH.format(token=token)


def flag_duplicates(candidate: Candidate, application: Application) -> None:
    """Another record with this email (unverified claims), phone or name: tag it for recruiters, merge nothing."""
    conditions = [
        Candidate.email_normalized == candidate.email_normalized,
        func.lower(Candidate.name) == candidate.name.lower(),
    ]
    if candidate.phone_normalized:
        conditions.append(Candidate.phone_normalized == candidate.phone_normalized)
    others = db.session.scalars(
        select(Candidate.id).where(Candidate.id != candidate.id, or_(*conditions)).limit(5)
    ).all()
    if others:
        application.tags = [*(application.tags or []), DUPLICATE_TAG]
        record(None, "candidate.possible_duplicate", "candidate", candidate.id, others=list(others))


def verify_email(token: str) -> Candidate | None:
    """Follow a verification link: mark the email verified and join verified records of it; None if invalid."""
    payload = read_link(VERIFY_PURPOSE, token, VERIFY_MAX_AGE)
    if not isinstance(payload, dict):
        return None
    candidate = db.session.get(Candidate, int(payload.get("c", 0)))
    if candidate is None or candidate.email_normalized != payload.get("e"):
        return None
    if candidate.email_verified_at is None:
        candidate.email_verified_at = utcnow()
        record(None, "candidate.email_verified", "candidate", candidate.id)
    verified = db.session.scalars(
        select(Candidate)
        .where(Candidate.email_normalized == candidate.email_normalized, Candidate.email_verified_at.is_not(None))
        .order_by(Candidate.id)
    ).all()
    target = verified[0]
    for other in verified[1:]:
        _merge(other, target)
    db.session.commit()
    return target


def _merge(source: Candidate, target: Candidate) -> None:
    """Move everything of `source` to `target` (both verified for one email), then remove `source`."""
    jobs = set(db.session.scalars(select(Application.job_id).where(Application.candidate_id == target.id)))
    if any(a.job_id in jobs for a in source.applications):
        record(None, "candidate.merge_skipped", "candidate", source.id, into=target.id, reason="same job")
        return
    for application in list(source.applications):
        application.candidate = target
        application.tags = [t for t in (application.tags or []) if t != DUPLICATE_TAG]
    for model in (Note, Consent, DataRequest, OutboxMessage):
        db.session.execute(update(model).where(model.candidate_id == source.id).values(candidate_id=target.id))
    db.session.flush()
    record(None, "candidate.merged", "candidate", target.id, merged=source.id)
    db.session.delete(source)
