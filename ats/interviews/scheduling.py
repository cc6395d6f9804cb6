"""Schedule, reschedule and cancel interviews; the candidate gets an .ics invitation each time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from email.utils import parseaddr
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app

from ats.audit.services import record
from ats.extensions import db
from ats.interviews import ics
from ats.interviews.models import Interview, InterviewInterviewer
from ats.interviews.plan import ensure_rounds
from ats.notifications.services import attachment, queue_email


class ScheduleError(ValueError):
    """Errors per field name, shown next to the fields."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass
class ScheduleInput:
    """What a person typed: a local date and time in a named zone."""

    round_position: int
    day: date
    at: time
    tz: str
    duration_minutes: int
    location: str = ""
    video_url: str = ""
    interviewer_ids: tuple[int, ...] = ()


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError({"timezone": f"{name!r} is not a time zone name such as Europe/Paris."}) from exc


def to_utc(day: date, at: time, tz: str) -> datetime:
    """Local wall time in the named zone -> aware UTC datetime."""
    return datetime.combine(day, at, tzinfo=zone(tz)).astimezone(UTC)


def local_time(interview: Interview) -> datetime:
    """The start as the people who planned it see it."""
    return interview.starts_at.astimezone(zone(interview.timezone))


def _check(data: ScheduleInput, allowed_ids: set[int]) -> None:
    errors = {}
    zone(data.tz)
    if not 5 <= data.duration_minutes <= 480:
        errors["duration_minutes"] = "Duration must be between 5 and 480 minutes."
    if data.video_url and not data.video_url.startswith(("https://", "http://")):
        errors["video_url"] = "The video link must start with https://."
    if not (data.location or data.video_url):
        errors["location"] = "Give a place or a video link."
    if not data.interviewer_ids:
        errors["interviewer_ids"] = "Choose at least one interviewer."
    elif set(data.interviewer_ids) - allowed_ids:
        errors["interviewer_ids"] = "Interviewers must be members of this job's hiring team."
    if errors:
        raise ScheduleError(errors)


def schedule(application, data: ScheduleInput, *, actor, allowed_ids: set[int]) -> Interview:
    """Create the interview (and the job's default plan if it has none); one commit."""
    _check(data, allowed_ids)
    rounds = ensure_rounds(application.job)
    if not 0 <= data.round_position < len(rounds):
        raise ScheduleError({"round": "Choose a round of this job's interview plan."})
    interview = Interview(
        application_id=application.id,
        round_id=rounds[data.round_position].id,
        starts_at=to_utc(data.day, data.at, data.tz),
        timezone=data.tz,
        duration_minutes=data.duration_minutes,
        location=data.location.strip() or None,
        video_url=data.video_url.strip() or None,
        status="scheduled",
        sequence=0,
        created_by_id=getattr(actor, "id", None),
    )
    interview.application = application
    interview.panel = [InterviewInterviewer(user_id=uid) for uid in dict.fromkeys(data.interviewer_ids)]
    db.session.add(interview)
    db.session.flush()
    record(
        actor,
        "interview.scheduled",
        "interview",
        interview.id,
        application_id=application.id,
        starts_at=interview.starts_at.isoformat(),
        timezone=interview.timezone,
    )
    _invite(interview, actor, "Interview invitation")
    db.session.commit()
    return interview


def reschedule(interview: Interview, data: ScheduleInput, *, actor, allowed_ids: set[int]) -> Interview:
    """Move the interview; SEQUENCE goes up so calendars replace the old event."""
    if interview.status != "scheduled":
        raise ScheduleError({"round": f"This interview is {interview.status}; schedule a new one."})
    _check(data, allowed_ids)
    rounds = ensure_rounds(interview.application.job)
    if 0 <= data.round_position < len(rounds):
        interview.round_id = rounds[data.round_position].id
    previous = interview.starts_at.isoformat()
    interview.starts_at = to_utc(data.day, data.at, data.tz)
    interview.timezone, interview.duration_minutes = data.tz, data.duration_minutes
    interview.location = data.location.strip() or None
    interview.video_url = data.video_url.strip() or None
    wanted = list(dict.fromkeys(data.interviewer_ids))
    interview.panel = [p for p in interview.panel if p.user_id in wanted] + [
        InterviewInterviewer(user_id=uid) for uid in wanted if uid not in {p.user_id for p in interview.panel}
    ]
    interview.sequence += 1
    record(
        actor,
        "interview.rescheduled",
        "interview",
        interview.id,
        previous=previous,
        starts_at=interview.starts_at.isoformat(),
        sequence=interview.sequence,
    )
    _invite(interview, actor, "Interview rescheduled")
    db.session.commit()
    return interview


def cancel(interview: Interview, *, actor) -> Interview:
    """Cancel and send METHOD:CANCEL so the event leaves the candidate's calendar."""
    if interview.status != "scheduled":
        raise ScheduleError({"status": f"This interview is already {interview.status}."})
    interview.status = "cancelled"
    interview.sequence += 1
    record(actor, "interview.cancelled", "interview", interview.id, sequence=interview.sequence)
    _invite(interview, actor, "Interview cancelled")
    db.session.commit()
    return interview


def calendar_file(interview: Interview, organizer=None) -> bytes:
    """The current .ics of an interview (REQUEST, or CANCEL once cancelled)."""
    application = interview.application
    candidate = application.candidate
    cfg = current_app.config
    company = cfg.get("COMPANY_NAME", "ATS")
    host = (cfg.get("BASE_URL") or "http://localhost").split("//")[-1].split("/")[0].split(":")[0] or "ats.local"
    summary = f"{interview.round_name}: {application.job.title} at {company}"
    where = interview.location or ""
    description = f"{interview.round_name} for {application.job.title} with {candidate.name}."
    if interview.video_url:
        description += f"\nJoin: {interview.video_url}"
    attendees = [(candidate.name, candidate.email)] + [(u.name, u.email) for u in interview.interviewers]
    return ics.invitation(
        uid=f"interview-{interview.id}@{host}",
        starts_at=interview.starts_at,
        duration_minutes=interview.duration_minutes,
        summary=summary,
        description=description,
        location=where or interview.video_url,
        url=interview.video_url,
        organizer=(organizer.name, organizer.email) if organizer else _mail_from(company, cfg),
        attendees=attendees,
        sequence=interview.sequence,
        cancelled=interview.status == "cancelled",
    )


def _mail_from(company: str, cfg) -> tuple[str, str]:
    name, email = parseaddr(cfg.get("MAIL_FROM") or "")
    return (name or company, email or "careers@localhost")


def _invite(interview: Interview, actor, subject: str) -> None:
    """Email the candidate from the outbox with the .ics attached (sent after the commit)."""
    application = interview.application
    candidate = application.candidate
    start = local_time(interview)
    when = f"{start:%A %d %B %Y at %H:%M} ({interview.timezone}), {interview.duration_minutes} minutes"
    if interview.status == "cancelled":
        body = (
            f"Dear {candidate.name},\n\nYour {interview.round_name.lower()} for {application.job.title} "
            f"planned for {when} has been cancelled. We will be in touch.\n"
        )
    else:
        where = interview.location or ""
        if interview.video_url:
            where = f"{where} - video: {interview.video_url}" if where else f"video: {interview.video_url}"
        body = (
            f"Dear {candidate.name},\n\nYour {interview.round_name.lower()} for {application.job.title}: "
            f"{when}.\nWhere: {where}\n\nThe attached calendar file adds it to your calendar.\n"
        )
    queue_email(
        candidate.email,
        f"{subject}: {application.job.title}",
        body,
        template="interview_invitation",
        candidate_id=candidate.id,
        application_id=application.id,
        attachments=[
            attachment(
                "interview.ics",
                "text/calendar; method=" + ("CANCEL" if interview.status == "cancelled" else "REQUEST"),
                calendar_file(interview, actor),
            )
        ],
    )
