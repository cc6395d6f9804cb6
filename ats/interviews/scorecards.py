"""Fill, submit and amend scorecards; amending a submitted one keeps what it said before."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.interviews.models import RATINGS, RECOMMENDATIONS, Interview, Scorecard, ScorecardRevision
from ats.interviews.plan import competencies_from_requirements


class ScorecardError(ValueError):
    """Errors keyed by field name (rating-<i>, recommendation, reason), shown next to the fields."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass
class ScorecardInput:
    """What the interviewer typed, kept as typed so a refused form can be shown again."""

    ratings: list[dict[str, Any]] = field(default_factory=list)  # [{competency, rating (int|None), evidence}]
    takeaways: str = ""
    recommendation: str = ""
    submit: bool = False
    reason: str = ""


def competencies_for(interview: Interview) -> list[str]:
    """The round's competencies, or the job's own when the round has none."""
    if interview.round and interview.round.competencies:
        return interview.round.competency_names
    return competencies_from_requirements(interview.application.job)


def my_scorecard(interview: Interview, user) -> Scorecard | None:
    return db.session.scalar(
        select(Scorecard).where(Scorecard.interview_id == interview.id, Scorecard.author_id == user.id)
    )


def _snapshot(card: Scorecard) -> dict[str, Any]:
    return {
        "ratings": [dict(r) for r in card.ratings],
        "takeaways": card.takeaways,
        "recommendation": card.recommendation,
        "submitted_at": card.submitted_at.isoformat() if card.submitted_at else None,
    }


def _validate(data: ScorecardInput, competencies: list[str], amending: bool) -> list[dict[str, Any]]:
    errors: dict[str, str] = {}
    ratings = []
    for index, name in enumerate(competencies):
        typed = next((r for r in data.ratings if r["competency"] == name), {})
        rating = typed.get("rating")
        if rating is not None and rating not in RATINGS:
            errors[f"rating-{index}"] = "Choose one of the four ratings."
            rating = None
        if rating is None and data.submit:
            errors[f"rating-{index}"] = f"Rate {name} before submitting."
        ratings.append({"competency": name, "rating": rating, "evidence": (typed.get("evidence") or "").strip()[:4000]})
    if data.recommendation and data.recommendation not in RECOMMENDATIONS:
        errors["recommendation"] = "Choose one of the four recommendations."
    elif data.submit and not data.recommendation:
        errors["recommendation"] = "Choose an overall recommendation before submitting."
    if amending and not data.reason.strip():
        errors["reason"] = "Say why you are amending a submitted scorecard."
    if errors:
        raise ScorecardError(errors)
    return ratings


def _mark_done_when_complete(interview: Interview) -> None:
    """An interview is done once every panel member has submitted a scorecard for it."""
    if interview.status != "scheduled" or not interview.panel:
        return
    submitted = set(
        db.session.scalars(
            select(Scorecard.author_id).where(
                Scorecard.interview_id == interview.id, Scorecard.submitted_at.is_not(None)
            )
        )
    )
    if {p.user_id for p in interview.panel} <= submitted:
        interview.status = "done"


def save(interview: Interview, author, data: ScorecardInput) -> Scorecard:
    """Save a draft, submit, or amend (a revision row keeps the previous version); one commit."""
    card = my_scorecard(interview, author)
    amending = bool(card and card.submitted_at)
    if amending:
        data.submit = True  # a submitted scorecard stays submitted
    ratings = _validate(data, competencies_for(interview), amending)
    if card is None:
        card = Scorecard(application_id=interview.application_id, interview_id=interview.id, author_id=author.id)
        db.session.add(card)
    elif amending:
        db.session.add(
            ScorecardRevision(
                scorecard=card, editor_id=author.id, previous=_snapshot(card), reason=data.reason.strip()[:300]
            )
        )
    card.ratings = ratings
    card.takeaways = data.takeaways.strip()[:8000]
    card.recommendation = data.recommendation or None
    if data.submit and not amending:
        card.submitted_at = utcnow()
    db.session.flush()
    _mark_done_when_complete(interview)
    action = "scorecard.amended" if amending else ("scorecard.submitted" if data.submit else "scorecard.saved")
    record(
        author,
        action,
        "scorecard",
        card.id,
        application_id=interview.application_id,
        interview_id=interview.id,
        recommendation=card.recommendation,
    )
    db.session.commit()
    return card
