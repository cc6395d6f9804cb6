"""A job's interview plan: rounds and competencies pre-filled from the job's own requirements."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ats.audit.services import record
from ats.extensions import db
from ats.interviews.models import InterviewRound

EDUCATION_LABELS = {
    "none": "No formal education",
    "high_school": "High school diploma",
    "associate": "Associate degree",
    "bachelor": "Bachelor's degree",
    "master": "Master's degree",
    "doctorate": "Doctorate",
}
# A small built-in bank keyed by lower-case skill; anything else gets the generic question.
QUESTION_BANK: dict[str, list[str]] = {
    "customer service": [
        "Tell me about a customer you turned from unhappy to satisfied. What did you do?",
        "How do you decide when to bend a policy for a customer?",
    ],
    "active listening": [
        "Describe a call where the real problem was different from what the customer first said.",
        "How do you make sure you understood a customer before answering?",
    ],
    "communication": [
        "Explain one of our products to me as you would to a confused customer.",
        "Tell me about a time you had to deliver bad news in writing.",
    ],
    "problem solving": [
        "Walk me through a problem you solved that nobody had a script for.",
        "How do you troubleshoot when the first fix does not work?",
    ],
    "crm software": [
        "Which CRM or ticketing tools have you used, and for what?",
        "How do you keep customer records accurate during a busy shift?",
    ],
    "conflict resolution": [
        "Tell me about a time you calmed an angry customer.",
        "How do you handle a disagreement with a colleague about a customer?",
    ],
    "empathy": ["Describe a time you put yourself in a customer's position to find a solution."],
    "time management": ["How do you keep up with a queue that grows faster than you can answer it?"],
    "teamwork": ["Tell me about a time you helped a teammate hit their goals."],
    "multitasking": ["How do you handle a chat, a call and an email that all need you at once?"],
    "attention to detail": ["Tell me about a mistake you caught before it reached a customer."],
    "data entry": ["How do you keep speed and accuracy together when entering data?"],
}
DEFAULT_ROUNDS = ("Phone screen", "Interview", "Panel")


def questions_for(competency: str) -> list[str]:
    """Suggested questions for a competency, from the bank or the generic fallback."""
    key = competency.lower().split(":")[0].strip()
    if key in QUESTION_BANK:
        return list(QUESTION_BANK[key])
    for name, questions in QUESTION_BANK.items():
        if name in key or key in name:
            return list(questions)
    if key == "experience":
        return ["Walk me through your most relevant role: what were you responsible for?"]
    if key == "education":
        return ["What from your education or training do you use most in your work?"]
    return [f"Tell me about a time you used {competency.lower()} at work. What was the result?"]


def competencies_from_requirements(job) -> list[str]:
    """The job's skills (required first), then its experience and education lines."""
    try:
        req = job.requirements()
    except ValueError:  # malformed requirements must not block interviewing
        return ["Communication", "Problem solving"]
    names = [s.name for s in req.required_skills] + [s.name for s in req.preferred_skills]
    tier = next((t for t in req.experience_tiers if t.name == req.target_tier), None)
    if tier is not None:
        upper = f"-{tier.max_years:g}" if tier.max_years is not None else "+"
        names.append(f"Experience: {tier.name} ({tier.min_years:g}{upper} years)")
    if req.education_minimum:
        names.append(f"Education: {EDUCATION_LABELS.get(req.education_minimum, req.education_minimum)}")
    unique: dict[str, str] = {}
    for name in names:
        unique.setdefault(name.lower(), name)  # the first spelling of each competency wins
    return list(unique.values())


def suggested_rounds(job) -> list[dict[str, Any]]:
    """Default rounds: a short phone screen on the must-haves, then the full set twice."""
    all_names = competencies_from_requirements(job)
    required = [s.name for s in _safe_required(job)] or all_names[:3]
    experience = [n for n in all_names if n.startswith("Experience")]
    picks = (required + experience, all_names, [n for n in all_names if not n.startswith("Education")])
    return [
        {"name": name, "competencies": [{"name": c, "questions": questions_for(c)} for c in chosen]}
        for name, chosen in zip(DEFAULT_ROUNDS, picks, strict=True)
    ]


def _safe_required(job):
    try:
        return job.requirements().required_skills
    except ValueError:
        return ()


def rounds_of(job) -> list[InterviewRound]:
    return list(
        db.session.scalars(
            select(InterviewRound).where(InterviewRound.job_id == job.id).order_by(InterviewRound.position)
        )
    )


def ensure_rounds(job) -> list[InterviewRound]:
    """The saved rounds, creating the suggested ones (uncommitted) when the job has none."""
    rounds = rounds_of(job)
    if rounds:
        return rounds
    for position, spec in enumerate(suggested_rounds(job)):
        rounds.append(
            InterviewRound(job_id=job.id, position=position, name=spec["name"], competencies=spec["competencies"])
        )
    db.session.add_all(rounds)
    db.session.flush()
    return rounds


def format_competencies(competencies: list[dict[str, Any]]) -> str:
    """Editable text: one competency per line, its questions below it starting with '- '."""
    lines = []
    for c in competencies:
        lines.append(c["name"])
        lines.extend(f"- {q}" for q in c.get("questions", []))
    return "\n".join(lines)


def parse_competencies(text: str) -> list[dict[str, Any]]:
    """Inverse of format_competencies; a question before any competency is an error."""
    result: list[dict[str, Any]] = []
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("-"):
            if not result:
                raise PlanError("Write a competency on its own line before its questions.")
            question = line.lstrip("- ").strip()
            if question:
                result[-1]["questions"].append(question[:500])
        else:
            result.append({"name": line[:120], "questions": []})
    if not result:
        raise PlanError("A round needs at least one competency.")
    return result


class PlanError(ValueError):
    """A user-facing reason why a plan could not be saved."""


def save_plan(job, rounds: list[dict[str, str]], *, actor) -> list[InterviewRound]:
    """Replace the job's rounds by name/competency text in one commit; errors keyed by round index."""
    errors: dict[int, str] = {}
    parsed = []
    for index, spec in enumerate(rounds):
        name = (spec.get("name") or "").strip()
        if not name:
            if not (spec.get("competencies") or "").strip():
                continue  # an empty extra row is ignored
            errors[index] = "Give the round a name."
            continue
        try:
            parsed.append((index, name[:80], parse_competencies(spec.get("competencies", ""))))
        except PlanError as exc:
            errors[index] = str(exc)
    if not parsed and not errors:
        errors[0] = "The plan needs at least one round."
    if errors:
        raise PlanErrors(errors)
    existing = rounds_of(job)
    for position, (_, name, competencies) in enumerate(parsed):
        if position < len(existing):
            current = existing[position]
            current.name, current.competencies, current.position = name, competencies, position
        else:
            db.session.add(InterviewRound(job_id=job.id, name=name, position=position, competencies=competencies))
    for extra in existing[len(parsed) :]:
        db.session.delete(extra)  # interviews keep their data; round_id becomes NULL
    record(actor, "interview_plan.saved", "job", job.id, rounds=[name for _, name, _ in parsed])
    db.session.commit()
    return rounds_of(job)


class PlanErrors(ValueError):
    """Errors per round index, shown next to the field."""

    def __init__(self, errors: dict[int, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors
