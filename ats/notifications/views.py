"""Email templates (admins) and the outbox (admins and recruiters): what was sent or is waiting."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from ats.auth.access import RECRUITING_ROLES, roles_required
from ats.extensions import db
from ats.notifications.models import OutboxMessage
from ats.notifications.templates_service import (
    DEFAULTS,
    MERGE_FIELDS,
    TemplateError,
    all_templates,
    get_template,
    save_template,
)
from ats.security import db_int

bp = Blueprint("notifications", __name__, template_folder="templates")
OUTBOX_PAGE = 100


@bp.get("/outbox")
@roles_required(*RECRUITING_ROLES)
def outbox():
    """Newest first; candidate emails only link to what the viewer may open anyway (staff see all jobs)."""
    page = min(max(1, db_int(request.args.get("page", 1)) or 1), 100_000)
    rows = list(
        db.session.scalars(
            select(OutboxMessage)
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
            .limit(OUTBOX_PAGE + 1)
            .offset((page - 1) * OUTBOX_PAGE)
        )
    )
    return render_template(
        "notifications/outbox.html", messages=rows[:OUTBOX_PAGE], page=page, has_more=len(rows) > OUTBOX_PAGE
    )


@bp.get("/admin/email-templates")
@roles_required("admin")
def templates():
    return render_template("notifications/templates.html", templates=all_templates(), fields=MERGE_FIELDS)


@bp.route("/admin/email-templates/<key>", methods=["GET", "POST"])
@roles_required("admin")
def edit_template(key: str):
    if key not in DEFAULTS:
        abort(404)
    template, error = get_template(key), None
    values = {"subject": template.subject, "body": template.body}
    if request.method == "POST":
        values = {"subject": request.form.get("subject", ""), "body": request.form.get("body", "")}
        try:
            save_template(key, values["subject"], values["body"], actor=current_user)
        except TemplateError as exc:
            db.session.rollback()
            error = exc
        else:
            flash("Email template saved.", "success")
            return redirect(url_for("notifications.templates"), code=303)
    return render_template(
        "notifications/template_edit.html",
        key=key,
        label=DEFAULTS[key].label,
        values=values,
        error=error,
        fields=MERGE_FIELDS,
    ), (400 if error else 200)
