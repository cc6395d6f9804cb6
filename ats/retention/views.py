"""Admin pages: a candidate's privacy page (legal hold, erase now) and the admins' download of a built export."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.applications.files import content_disposition, file_store
from ats.audit.services import record
from ats.auth.access import roles_required
from ats.candidates.models import Candidate
from ats.db import utcnow
from ats.extensions import db
from ats.privacy.models import DataRequest
from ats.retention.erasure import LegalHold, erase_candidate
from ats.retention.holds import HoldError, place_hold, release_hold

bp = Blueprint("retention", __name__, template_folder="templates")


def _candidate_or_404(candidate_id: int) -> Candidate:
    return db.session.get(Candidate, candidate_id) or abort(404)


@bp.route("/admin/candidates/<int:candidate_id>/privacy")
@roles_required("admin")
def candidate(candidate_id: int):
    row = _candidate_or_404(candidate_id)
    requests = db.session.query(DataRequest).filter_by(candidate_id=row.id).order_by(DataRequest.id.desc()).all()
    return render_template("retention/candidate.html", candidate=row, requests=requests)


@bp.route("/admin/candidates/<int:candidate_id>/legal-hold", methods=["POST"])
@roles_required("admin")
def hold(candidate_id: int):
    row = _candidate_or_404(candidate_id)
    try:
        if request.form.get("action") == "release":
            release_hold(row, actor=current_user)
            flash("Legal hold released.", "success")
        else:
            place_hold(row, actor=current_user, reason=request.form.get("reason", ""))
            flash("Legal hold placed: erasure and the retention purge will skip this candidate.", "success")
    except HoldError as exc:
        flash(str(exc), "error")
    return redirect(url_for("retention.candidate", candidate_id=row.id), 303)


@bp.route("/admin/candidates/<int:candidate_id>/erase", methods=["POST"])
@roles_required("admin")
def erase(candidate_id: int):
    row = _candidate_or_404(candidate_id)
    if request.form.get("confirm", "").strip().upper() != "ERASE":
        flash("Type ERASE to confirm: the erasure cannot be undone.", "error")
        return redirect(url_for("retention.candidate", candidate_id=row.id), 303)
    try:
        report = erase_candidate(row, actor=current_user, reason=request.form.get("reason", "") or "erasure request")
    except LegalHold:
        flash("Refused: this candidate is under legal hold. Release the hold first.", "error")
    else:
        flash(
            f"Erased: {report.applications} application(s) kept as pseudonymous records, "
            f"{len(report.files)} file(s) deleted.",
            "success",
        )
    return redirect(url_for("retention.candidate", candidate_id=row.id), 303)


@bp.route("/admin/privacy-requests/<int:request_id>/export")
@roles_required("admin")
def export_download(request_id: int):
    """An admin fetches a built export (audited); it stays available to the candidate."""
    row = db.session.get(DataRequest, request_id)
    if row is None or not row.export_key or not row.export_expires_at or row.export_expires_at < utcnow():
        abort(404)
    store = file_store()
    if not store.exists(row.export_key):
        abort(404)
    with store.open(row.export_key) as handle:
        data = handle.read()
    record(current_user, "privacy.export_downloaded", "data_request", row.id, by="admin", candidate_id=row.candidate_id)
    db.session.commit()
    return export_response(data, row.id)


def export_response(data: bytes, request_id: int) -> Response:
    """The zip as an attachment, never cached."""
    response = Response(data, content_type="application/zip")
    response.headers["Content-Disposition"] = content_disposition(f"my-data-{request_id}.zip")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response
