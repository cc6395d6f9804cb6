"""The review panel's actions: each calls one service (pipeline, notes, tags, sourcing) and says what it did."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import url_for

from ats.applications import blind
from ats.applications.models import Application
from ats.interviews import notes
from ats.pipeline import services as pipeline
from ats.pipeline.rules import Outcome, StageConflict, StageError, StageForbidden
from ats.talent import consider, tags

# Refusals an action turns into a message next to its form (400); conflicts are 409, forbidden is 404.
ActionError = (StageError, notes.NoteError, consider.ConsiderError)
__all__ = ["ACTIONS", "ActionError", "StageConflict", "StageForbidden"]


def _name(a: Application) -> str:
    """The applicant as the reviewer may see them (an alias under blind review)."""
    return blind.alias(a) if blind.is_masked(a) else a.candidate.name


def _said(outcome: Outcome, text: str) -> str:
    if outcome.emailed:
        text += (
            f" The email is scheduled for {outcome.send_after:%d %b %H:%M} UTC."
            if outcome.send_after
            else " The email was queued."
        )
    elif outcome.no_template:
        text += " No email is set up for that stage, so none was sent."
    return text


def _advance(user: Any, a: Application, form: Mapping[str, str]) -> str:
    to = a.job.stage_after(a.stage)
    if to is None:
        raise StageError(f"{_name(a)} is already at the last stage.")
    outcome = pipeline.move(
        user, a, to.id, expected_version=form.get("version"), send_email=bool(form.get("send_email"))
    )
    return _said(outcome, f"{_name(a)} advanced to {a.stage.name}.")


def _move(user: Any, a: Application, form: Mapping[str, str]) -> str:
    outcome = pipeline.move(
        user,
        a,
        form.get("stage_id"),
        expected_version=form.get("version"),
        note=form.get("note", ""),
        send_email=bool(form.get("send_email")),
    )
    return _said(outcome, f"{_name(a)} moved to {a.stage.name}.")


def _reject(user: Any, a: Application, form: Mapping[str, str]) -> str:
    template = form.get("template") or None
    outcome = pipeline.reject(
        user,
        a,
        expected_version=form.get("version"),
        reason=form.get("reason", ""),
        note=form.get("note", ""),
        send_email=template is not None,
        delay_hours=form.get("delay") or 0,
        template=template,
    )
    return _said(outcome, f"{_name(a)}: {a.stage.name.lower()} ({a.rejection_reason}).")


def _unreject(user: Any, a: Application, form: Mapping[str, str]) -> str:
    pipeline.unreject(user, a, expected_version=form.get("version"), note=form.get("note", ""))
    return f"{_name(a)} is back in {a.stage.name}."


def _reopen(user: Any, a: Application, form: Mapping[str, str]) -> str:
    pipeline.reopen(user, a, expected_version=form.get("version"), confirmed=form.get("confirm") == "yes")
    return f"{_name(a)} is back in {a.stage.name}."


def _note(user: Any, a: Application, form: Mapping[str, str]) -> str:
    notes.add_note(a, user, form.get("body", ""), visibility=form.get("visibility") or "team")
    return "Note saved."


def _tag(user: Any, a: Application, form: Mapping[str, str]) -> str:
    return f"Tagged “{tags.add_tag(user, a, form.get('tag', ''))}”."


def _untag(user: Any, a: Application, form: Mapping[str, str]) -> str:
    tags.remove_tag(user, a, form.get("tag", ""))
    return f"Removed the tag “{form.get('tag', '')}”."


def _consider(user: Any, a: Application, form: Mapping[str, str]) -> tuple[str, tuple[str, str]]:
    created = consider.consider_for_job(user, a, form.get("job_id"))
    link = url_for("review.applicants", job_id=created.job_id, open=created.id)
    return f"{_name(a)} was added to {created.job.title} (sourced); screening runs now.", (link, "Open it")


ACTIONS: dict[str, Callable[[Any, Application, Mapping[str, str]], Any]] = {
    "advance": _advance,
    "move": _move,
    "reject": _reject,
    "unreject": _unreject,
    "reopen": _reopen,
    "note": _note,
    "tag": _tag,
    "untag": _untag,
    "consider": _consider,
}
