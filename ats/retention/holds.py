"""Legal hold per candidate: a reason blocks erasure and the retention purge until an admin releases it."""

from __future__ import annotations

from typing import Any

from ats.audit.services import record
from ats.candidates.models import Candidate
from ats.db import utcnow
from ats.extensions import db


class HoldError(ValueError):
    """Why a hold could not be placed or released, in plain words."""


def place_hold(candidate: Candidate, *, actor: Any, reason: str) -> Candidate:
    """Put the candidate under legal hold (a reason is required), audited in the same commit."""
    reason = " ".join((reason or "").split())[:500]
    if not reason:
        raise HoldError("Give the reason for the legal hold (for example the case or claim it is kept for).")
    if candidate.erased_at is not None:
        raise HoldError("This candidate's data has already been erased.")
    candidate.legal_hold_reason, candidate.legal_hold_at = reason, utcnow()
    candidate.legal_hold_by_id = getattr(actor, "id", None)
    record(actor, "privacy.legal_hold_placed", "candidate", candidate.id, reason=reason)
    db.session.commit()
    return candidate


def release_hold(candidate: Candidate, *, actor: Any) -> Candidate:
    """End the hold; the usual retention applies again from now on."""
    if not candidate.on_legal_hold:
        raise HoldError("This candidate is not under legal hold.")
    record(actor, "privacy.legal_hold_released", "candidate", candidate.id, reason=candidate.legal_hold_reason)
    candidate.legal_hold_reason = candidate.legal_hold_at = candidate.legal_hold_by_id = None
    db.session.commit()
    return candidate
