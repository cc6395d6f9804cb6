"""Rejection reasons: one admin-edited list in two groups for everyone who rejects, seeded on first use."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ats.audit.services import record
from ats.extensions import db
from ats.pipeline.models import REASON_CATEGORIES, REASON_CATEGORY_LABELS, RejectionReason

KNOCKOUT_REASON = "Failed a knockout question"  # also what the screening worker's auto-reject records
DEFAULT_REASONS = (
    ("Not enough relevant experience", "we_rejected"),
    ("Missing required skills", "we_rejected"),
    (KNOCKOUT_REASON, "we_rejected"),
    ("Another candidate was a better fit", "we_rejected"),
    ("Did not pass the interview", "we_rejected"),
    ("Position filled or closed", "we_rejected"),
    ("Accepted another offer", "they_withdrew"),
    ("Salary expectations did not match", "they_withdrew"),
    ("Not interested any more", "they_withdrew"),
    ("Did not respond", "they_withdrew"),
)


class ReasonError(ValueError):
    """A reason an admin typed that cannot be saved."""


def ensure_defaults() -> None:
    """Create the default list once (an empty table means nobody has set it up yet)."""
    if db.session.scalar(select(func.count()).select_from(RejectionReason)):
        return
    for position, (label, category) in enumerate(DEFAULT_REASONS):
        db.session.add(RejectionReason(label=label, category=category, position=position, active=True))
    try:
        db.session.commit()
    except IntegrityError:  # another request seeded them at the same moment
        db.session.rollback()


def list_reasons(active_only: bool = True) -> list[RejectionReason]:
    ensure_defaults()
    query = select(RejectionReason).order_by(
        RejectionReason.category.desc(), RejectionReason.position, RejectionReason.id
    )
    if active_only:
        query = query.where(RejectionReason.active.is_(True))
    return list(db.session.scalars(query))


def grouped_reasons() -> list[tuple[str, list[RejectionReason]]]:
    """Active reasons split into 'we rejected them' and 'they withdrew or declined' (for <optgroup>)."""
    reasons = list_reasons()
    return [(REASON_CATEGORY_LABELS[c], [r for r in reasons if r.category == c]) for c in REASON_CATEGORIES]


def valid_reason(label: str) -> RejectionReason | None:
    """The active reason with this label, or None."""
    label = (label or "").strip()
    return next((r for r in list_reasons() if r.label == label), None)


def add_reason(label: str, category: str, *, actor) -> RejectionReason:
    label = (label or "").strip()
    if not label or len(label) > 120:
        raise ReasonError("Enter a reason of at most 120 characters.")
    if category not in REASON_CATEGORIES:
        raise ReasonError("Choose who ended the process.")
    ensure_defaults()
    if db.session.scalar(select(RejectionReason).where(RejectionReason.label == label)):
        raise ReasonError("That reason is already in the list.")
    position = (db.session.scalar(select(func.max(RejectionReason.position))) or 0) + 1
    reason = RejectionReason(label=label, category=category, position=position, active=True)
    db.session.add(reason)
    db.session.flush()
    record(actor, "rejection_reason.added", "rejection_reason", reason.id, label=label, category=category)
    db.session.commit()
    return reason


def update_reason(reason: RejectionReason, *, label: str, category: str, active: bool, actor) -> RejectionReason:
    """Rename, regroup or switch a reason off; moves keep the label they were made with."""
    label = (label or "").strip()
    if not label or len(label) > 120:
        raise ReasonError("Enter a reason of at most 120 characters.")
    if category not in REASON_CATEGORIES:
        raise ReasonError("Choose who ended the process.")
    clash = db.session.scalar(
        select(RejectionReason).where(RejectionReason.label == label, RejectionReason.id != reason.id)
    )
    if clash:
        raise ReasonError("That reason is already in the list.")
    reason.label, reason.category, reason.active = label, category, bool(active)
    record(
        actor, "rejection_reason.updated", "rejection_reason", reason.id, label=label, category=category, active=active
    )
    db.session.commit()
    return reason
