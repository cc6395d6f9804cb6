"""Who may do what with interviews, and the read model behind the candidate panel."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ats.auth.access import RECRUITING_ROLES
from ats.auth.models import User
from ats.extensions import db
from ats.interviews.models import RATINGS, Interview, InterviewInterviewer, Scorecard
from ats.interviews.plan import competencies_from_requirements, rounds_of
from ats.jobs.access import can_manage, can_view_job
from ats.jobs.models import JobAssignment
from ats.screening import ResumeAnalysis


def on_panel(user, interview: Interview) -> bool:
    return any(p.user_id == user.id for p in interview.panel)


def can_score(user, interview: Interview) -> bool:
    """Panel members score; so may whoever manages the job (they sat in or took over)."""
    return can_view_job(user, interview.application.job_id) and (
        on_panel(user, interview) or can_manage(user, interview.application.job_id)
    )


def team_members(job) -> list:
    """Users who may see the job: its assignees plus active recruiters and admins."""
    assigned = select(JobAssignment.user_id).where(JobAssignment.job_id == job.id)
    query = (
        select(User)
        .where(User.is_active_flag.is_(True), (User.role.in_(RECRUITING_ROLES)) | (User.id.in_(assigned)))
        .order_by(User.name)
    )
    return list(db.session.scalars(query))


def panel_candidates(job) -> list:
    """Who can be put on an interview panel: the job's assignees first, then recruiters."""
    return sorted(team_members(job), key=lambda u: (u.role in RECRUITING_ROLES, u.name))


def scorecards_of(application) -> list[Scorecard]:
    return list(
        db.session.scalars(select(Scorecard).where(Scorecard.application_id == application.id).order_by(Scorecard.id))
    )


def visible_scorecards(user, application) -> tuple[list[Scorecard], int]:
    """(scorecards the user may read, how many submitted ones stay hidden until they submit theirs)."""
    cards = scorecards_of(application)
    mine = [c for c in cards if c.author_id == user.id]
    others = [c for c in cards if c.author_id != user.id and c.submitted_at is not None]
    if can_manage(user, application.job_id) or any(c.submitted_at for c in mine):
        return mine + others, 0
    return mine, len(others)


def may_read_scorecard(user, card: Scorecard) -> bool:
    visible, _ = visible_scorecards(user, card.application)
    return card in visible


def interviews_of(application) -> list[Interview]:
    return list(
        db.session.scalars(
            select(Interview).where(Interview.application_id == application.id).order_by(Interview.starts_at)
        )
    )


def interviews_for_user(user) -> Any:
    """Interviews the user sits on (a select to be narrowed by date)."""
    return select(Interview).join(InterviewInterviewer).where(InterviewInterviewer.user_id == user.id)


@dataclass
class CompetencyRow:
    """One line of the side-by-side grid: screening evidence and each scorecard's rating."""

    name: str
    screening: list[str] = field(default_factory=list)
    screening_missing: bool = False
    cells: list[dict[str, Any] | None] = field(default_factory=list)


@dataclass
class PanelData:
    interviews: list[Interview]
    scorecards: list[Scorecard]
    hidden_count: int
    rows: list[CompetencyRow]
    can_manage: bool
    scorable: set[int]
    my_interview_ids: set[int]
    ratings: dict[int, str] = field(default_factory=lambda: dict(RATINGS))


def screening_evidence(application, competency: str) -> tuple[list[str], bool]:
    """Quoted snippets the screening found for a competency, and whether screening marked it missing."""
    result = getattr(application, "screening", None)
    key = competency.lower().split(":")[0].strip()
    if result is None:
        return [], False
    snippets: list[str] = []
    missing = False
    for component in (result.score_data or {}).get("components", []):
        for match in component.get("matched", []):
            label = (match.get("label") or "").lower()
            if label == key or key in label or (label and label in key):
                snippets.append(match.get("snippet") or match.get("label"))
        if any((m or "").lower() == key for m in component.get("missing", [])):
            missing = True
        if key in ("experience", "education") and component.get("name") == key and component.get("detail"):
            snippets.append(component["detail"])
    if not snippets:
        for mention in ResumeAnalysis.from_dict(result.analysis or {}).skills:
            if mention.skill.lower() == key:
                snippets.append(mention.evidence.sentence or mention.evidence.text)
    unique = list(dict.fromkeys(s for s in snippets if s))
    return unique[:3], missing and not unique


def panel_data(user, application) -> PanelData:
    """Everything the candidate-page partials need, computed for the viewer."""
    interviews = interviews_of(application)
    cards, hidden = visible_scorecards(user, application)
    names: list[str] = []
    for interview in interviews:
        if interview.round:
            names += interview.round.competency_names
    if not names:
        rounds = rounds_of(application.job)
        names = [n for r in rounds for n in r.competency_names] or competencies_from_requirements(application.job)
    for card in cards:
        names += [r["competency"] for r in card.ratings]
    unique = list(dict.fromkeys(names))
    rows = []
    for name in unique:
        snippets, missing = screening_evidence(application, name)
        rows.append(
            CompetencyRow(
                name=name,
                screening=snippets,
                screening_missing=missing,
                cells=[card.rating_for(name) for card in cards],
            )
        )
    return PanelData(
        interviews=interviews,
        scorecards=cards,
        hidden_count=hidden,
        rows=rows,
        can_manage=can_manage(user, application.job_id),
        scorable={i.id for i in interviews if i.status != "cancelled" and can_score(user, i)},
        my_interview_ids={i.id for i in interviews if on_panel(user, i)},
    )
