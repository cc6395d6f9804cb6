"""Staff accounts managed by admins (invite, roles, jobs, deactivate, reactivate, resend) and by their owners
(accept the invitation, reset a forgotten password). Every change is audited in the same commit."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import delete, select

from ats.audit.services import record
from ats.auth import onetime
from ats.auth import services as auth_services
from ats.auth.models import ROLES, User, UserSession
from ats.auth.services import AccountError, normalise_email, set_password, user_by_email
from ats.extensions import db
from ats.jobs.models import ASSIGNMENT_ROLES, Job, JobAssignment
from ats.notifications.services import one_line, queue_email

INVITE_PATH = "/invite/{token}"
RESET_PATH = "/reset-password/{token}"


@dataclass
class AccountInput:
    """What the admin typed: name, email (new accounts only), role and job id -> hiring-team role."""

    name: str
    role: str
    email: str = ""
    jobs: dict[int, str] = field(default_factory=dict)


class AccountErrors(ValueError):
    """Errors keyed by field name, shown next to the fields with what was typed."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def _link(path: str, token: str) -> str:
    return current_app.config["BASE_URL"].rstrip("/") + path.format(token=token)


def _check(data: AccountInput, *, new: bool) -> dict[str, str]:
    errors = {}
    if not one_line(data.name):
        errors["name"] = "Enter the person's name."
    if data.role not in ROLES:
        errors["role"] = "Choose a role."
    if new:
        email = normalise_email(data.email)
        if "@" not in email or len(email) > 254 or any(ch.isspace() for ch in email):
            errors["email"] = "Enter an email address like name@example.com."
        elif user_by_email(email) is not None:
            errors["email"] = "Someone already has an account with this email."
    if any(role not in ASSIGNMENT_ROLES for role in data.jobs.values()):
        errors["jobs"] = "Choose hiring manager or interviewer for each job."
    return errors


def _set_jobs(user: User, wanted: dict[int, str], *, actor) -> None:
    """Make the user's hiring-team places exactly `wanted` (only hiring managers and interviewers have any)."""
    if user.role not in ASSIGNMENT_ROLES:
        wanted = {}
    valid = set(db.session.scalars(select(Job.id).where(Job.id.in_(list(wanted)))))
    wanted = {job_id: role for job_id, role in wanted.items() if job_id in valid}
    current = {a.job_id: a for a in db.session.scalars(select(JobAssignment).where(JobAssignment.user_id == user.id))}
    for job_id, assignment in current.items():
        if job_id not in wanted:
            db.session.delete(assignment)
            record(actor, "job.unassigned", "job", job_id, user_id=user.id)
        elif assignment.role != wanted[job_id]:
            assignment.role = wanted[job_id]
            record(actor, "job.assigned", "job", job_id, user_id=user.id, role=wanted[job_id])
    for job_id, role in wanted.items():
        if job_id not in current:
            db.session.add(JobAssignment(job_id=job_id, user_id=user.id, role=role))
            record(actor, "job.assigned", "job", job_id, user_id=user.id, role=role)


def _send_invite(user: User, actor) -> None:
    token = onetime.issue(user, "invite")
    company = current_app.config["COMPANY_NAME"]
    queue_email(
        user.email,
        f"You are invited to {company}'s applicant tracking system",
        f"Hello {one_line(user.name)},\n\n{one_line(getattr(actor, 'name', 'An administrator'))} invited you to "
        f"{company}'s applicant tracking system as {user.role_label}.\n\nChoose your password here (the link works "
        f"once, for 72 hours):\n\n{_link(INVITE_PATH, token)}\n\nIf you did not expect this, ignore this email.\n",
        template="staff_invite",
        user_id=user.id,
    )


def invite(data: AccountInput, *, actor) -> User:
    """Create an invited account (no usable password yet) and email its one-time link."""
    errors = _check(data, new=True)
    if errors:
        raise AccountErrors(errors)
    user = User(
        email=normalise_email(data.email),
        name=one_line(data.name)[:200],
        role=data.role,
        password_hash="!",  # matches no password: the invitation link sets one
        invite_pending=True,
    )
    db.session.add(user)
    db.session.flush()
    _set_jobs(user, data.jobs, actor=actor)
    record(actor, "user.invited", "user", user.id, role=user.role)
    _send_invite(user, actor)
    db.session.commit()
    return user


def update(user: User, data: AccountInput, *, actor) -> None:
    """Change name, role and jobs; a role change also ends the person's sessions (their menus change)."""
    errors = _check(data, new=False)
    if user.id == getattr(actor, "id", None) and data.role != user.role:
        errors["role"] = "You cannot change your own role; ask another admin."
    if errors:
        raise AccountErrors(errors)
    old_role = user.role
    user.name, user.role = one_line(data.name)[:200], data.role
    _set_jobs(user, data.jobs, actor=actor)
    if old_role != user.role:
        db.session.execute(delete(UserSession).where(UserSession.user_id == user.id))
        record(actor, "user.role_changed", "user", user.id, old=old_role, new=user.role)
    record(actor, "user.updated", "user", user.id)
    db.session.commit()


def set_active(user: User, active: bool, *, actor) -> None:
    """Deactivate (every session ends at once, links stop working) or reactivate; never oneself."""
    if user.id == getattr(actor, "id", None):
        raise AccountError("You cannot deactivate your own account.")
    auth_services.set_active(user, active, actor=actor)


def resend_invite(user: User, *, actor) -> None:
    """A fresh 72-hour link (the earlier one stops working)."""
    if not user.invite_pending or not user.is_active_flag:
        raise AccountError("Only a pending invitation of an active account can be sent again.")
    record(actor, "user.invite_resent", "user", user.id)
    _send_invite(user, actor)
    db.session.commit()


LINK_GONE = {
    "invite": "This invitation link has expired or was already used. Ask an admin to send a new one.",
    "reset": "This reset link has expired or was already used. Ask for a new one.",
}
LINK_ACTIONS = {"invite": "user.invite_accepted", "reset": "user.password_reset"}


def set_password_by_link(purpose: str, token: str, password: str, confirm: str) -> User:
    """Choose a password through an invitation or reset link; the link is spent and every session ends."""
    row = onetime.find(token, purpose)
    if row is None:
        raise AccountError(LINK_GONE[purpose])
    if password != confirm:
        raise AccountError("The two passwords are not the same.")
    set_password(row.user, password, actor=row.user, action=LINK_ACTIONS[purpose])
    onetime.spend(row)
    db.session.commit()
    return row.user


def request_reset(email: str) -> None:
    """Email a one-hour reset link when an active account with a password has this email; silent otherwise."""
    user = user_by_email(email)
    if user is None or not user.is_active_flag or user.invite_pending:
        secrets.token_urlsafe(32)  # similar work either way
        return
    token = onetime.issue(user, "reset")
    record(None, "user.password_reset_requested", "user", user.id)
    queue_email(
        user.email,
        "Reset your password",
        f"Hello {one_line(user.name)},\n\nSomeone (hopefully you) asked to reset your password. Choose a new one "
        f"here (the link works once, for one hour):\n\n{_link(RESET_PATH, token)}\n\nIf it was not you, ignore this "
        "email: your password stays as it is.\n",
        template="password_reset",
        user_id=user.id,
    )
    db.session.commit()


def link_is_live(token: str | None, purpose: str) -> bool:
    return onetime.find(token, purpose) is not None


def staff_list() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.is_active_flag.desc(), User.name)))


def assignments_of(user: User) -> dict[int, str]:
    rows = db.session.scalars(select(JobAssignment).where(JobAssignment.user_id == user.id))
    return {a.job_id: a.role for a in rows}


def all_jobs() -> list[Job]:
    return list(db.session.scalars(select(Job).order_by(Job.status.desc(), Job.title)))
