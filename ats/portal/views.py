"""Public candidate pages: careers list, job posting, apply, confirmation, private status page, privacy notice."""

from __future__ import annotations

import secrets

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, session, url_for

from ats.applications.files import content_disposition, document_response, file_store
from ats.applications.services import FileRejected, hash_token
from ats.extensions import db
from ats.pipeline import services as pipeline
from ats.pipeline.rules import can_withdraw
from ats.portal import intake, services, status_session
from ats.portal.applying import build_input, collect_files, hold_files
from ats.portal.forms import CONSENT_TEXT, EEO_LABELS, apply_form, question_fields
from ats.portal.posting import job_posting_ld, lines
from ats.privacy.services import PrivacyError, downloadable_exports, request_data, take_export
from ats.storage import StorageFull

bp = Blueprint("portal", __name__, template_folder="templates")
TOKENS_KEY, HONEYPOT_KEY = "portal_tokens", "portal_honeypot"


# Pages that show or are addressed by a status link send no Referer at all. Pages with forms keep the
# default same-origin policy: under no-referrer browsers send "Origin: null", which the CSRF origin check refuses.
STORAGE_FULL_MESSAGE = (
    "We could not save your application: our file storage is full right now. Nothing was submitted and your "
    "answers are kept below; please choose your file again and retry in a few minutes."
)
NO_REFERRER_ENDPOINTS = ("portal.status", "portal.status_page", "portal.applied", "portal.document")


@bp.after_request
def _no_referrer(response):
    """Status links are secrets: never leak them in a Referer header."""
    if request.endpoint in NO_REFERRER_ENDPOINTS:
        response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.route("/careers")
def careers():
    q, location, kind = (request.args.get(k, "") for k in ("q", "location", "type"))
    return render_template(
        "portal/careers.html",
        jobs=services.open_jobs(q, location, kind),
        q=q,
        location=location,
        kind=kind,
        options=services.filter_options(),
        salary_text=services.salary_text,
    )


@bp.route("/careers/<slug>")
def job(slug: str):
    job = services.public_job_or_404(slug)
    ld = job_posting_ld(job, url_for("portal.job", slug=slug, _external=True))
    return render_template(
        "portal/job.html",
        job=job,
        ld=ld,
        salary=services.salary_text(job),
        lines=lines,
        quals=services.qualifications(job),
    )


def _render_apply(job, form, held=None, code: int = 200, retry_after: int | None = None):
    consent_text = CONSENT_TEXT.format(
        company=current_app.config["COMPANY_NAME"], days=current_app.config["RETENTION_DAYS_UNSUCCESSFUL"]
    )
    html = render_template(
        "portal/apply.html",
        job=job,
        form=form,
        questions=question_fields(form, job),
        consent_text=consent_text,
        eeo_labels=EEO_LABELS,
        held=held or {},
        retry_after=retry_after,
        max_file_mb=intake.max_file_bytes() // (1024 * 1024),
    )
    headers = {"Retry-After": str(retry_after)} if retry_after else {}
    return html, code, headers


@bp.route("/careers/<slug>/apply", methods=["GET", "POST"])
def apply(slug: str):
    job = services.public_job_or_404(slug)
    form = apply_form(job)
    if request.method == "GET":
        form.submission_id.data = secrets.token_urlsafe(24)
        return _render_apply(job, form)
    if not form.submission_id.data or len(form.submission_id.data) > 64:
        form.submission_id.data = secrets.token_urlsafe(24)
    wait = intake.retry_after(job, form.email.data or "")
    if wait:
        held = {name: intake.held_name(name, form[f"{name}_token"].data) for name in ("resume", "cover_letter_file")}
        return _render_apply(job, form, held, 429, wait)
    if form.website.data:  # honeypot: look successful, save nothing
        session.setdefault(HONEYPOT_KEY, [])
        session[HONEYPOT_KEY] = [*session[HONEYPOT_KEY][-4:], form.submission_id.data]
        return redirect(url_for("portal.applied", slug=slug, submission_id=form.submission_id.data), 303)
    valid = form.validate()
    files = collect_files(form)
    if not valid or files.errors:
        return _render_apply(job, form, hold_files(form, files), 422)
    try:
        result = intake.submit(job, build_input(form, job, files))
    except FileRejected as exc:
        form[exc.field].errors = [*form[exc.field].errors, exc.message]
        return _render_apply(job, form, hold_files(form, files), 422)
    except StorageFull:
        form.resume.errors = [*form.resume.errors, STORAGE_FULL_MESSAGE]
        return _render_apply(job, form, {}, 507)
    intake.release_held(("resume", form.resume_token.data), ("cover_letter_file", form.cover_letter_file_token.data))
    if result.already_applied:
        return render_template("portal/already_applied.html", job=job)
    if result.created:
        tokens = dict(list(session.get(TOKENS_KEY, {}).items())[-2:])
        tokens[form.submission_id.data] = result.status_token
        session[TOKENS_KEY] = tokens
    return redirect(url_for("portal.applied", slug=slug, submission_id=form.submission_id.data), 303)


@bp.route("/careers/<slug>/applied/<submission_id>")
def applied(slug: str, submission_id: str):
    job = services.public_job_or_404(slug)
    application = services.confirmation_application(job, submission_id)
    if application is None and submission_id not in session.get(HONEYPOT_KEY, []):
        abort(404)
    token = session.get(TOKENS_KEY, {}).get(submission_id)
    if token and (application is None or application.status_token_hash != hash_token(token)):
        token = None
    status_link = url_for("portal.status", token=token, _external=True) if token else None
    return render_template("portal/applied.html", job=job, status_link=status_link)


@bp.route("/status/<token>")
def status(token: str):
    """The emailed link: swap the token for a short-lived /status cookie and continue without it in the URL."""
    application = services.application_by_token(token)
    response = redirect(url_for("portal.status_page", application_id=application.id), 303)
    return status_session.grant(response, application, token)


@bp.route("/status/a/<int:application_id>")
def status_page(application_id: int):
    application, _ = status_session.granted_application(application_id)
    label, sentence = services.stage_words(application)
    return render_template(
        "portal/status.html",
        application=application,
        label=label,
        sentence=sentence,
        can_withdraw=can_withdraw(application),
        exports=downloadable_exports(application),
    )


@bp.route("/status/a/<int:application_id>/my-data/<int:request_id>", methods=["POST"])
def my_data(application_id: int, request_id: int):
    """The candidate's export zip, once (a POST, so no prefetch or crawler spends the single download)."""
    application, _ = status_session.granted_application(application_id)
    row = take_export(application, request_id)
    if row is None or not row.export_key or not file_store().exists(row.export_key):
        abort(404)
    with file_store().open(row.export_key) as handle:
        data = handle.read()
    db.session.commit()
    response = Response(data, content_type="application/zip")
    response.headers["Content-Disposition"] = content_disposition(f"my-data-{row.id}.zip")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/status/a/<int:application_id>/withdraw", methods=["GET", "POST"])
def withdraw(application_id: int):
    """Ask to confirm, then withdraw through the pipeline (the status token is the candidate's access)."""
    application, token = status_session.granted_application(application_id)
    if request.method == "GET":
        return render_template("portal/withdraw.html", application=application, can_withdraw=can_withdraw(application))
    try:
        pipeline.withdraw(application, token=token, expected_version=request.form.get("version"))
    except pipeline.StageForbidden:
        abort(404)
    except pipeline.StageConflict:
        flash("Your application changed while you were deciding. Please look at it again before withdrawing.", "error")
    except pipeline.StageError as exc:
        flash(str(exc), "error")
    else:
        flash("Your application has been withdrawn.", "success")
    return redirect(url_for("portal.status_page", application_id=application.id), 303)


@bp.route("/status/a/<int:application_id>/documents/<int:document_id>")
def document(application_id: int, document_id: int):
    application, _ = status_session.granted_application(application_id)
    return document_response(services.own_document_or_404(application, document_id))


@bp.route("/status/a/<int:application_id>/data-request", methods=["GET", "POST"])
def data_request(application_id: int):
    application, _ = status_session.granted_application(application_id)
    if request.method == "GET":
        kind = request.args.get("kind", "")
        if kind not in ("export", "erasure"):
            abort(404)
        return render_template("portal/data_request.html", application=application, kind=kind)
    try:
        request_data(application, request.form.get("kind", ""))
    except PrivacyError as exc:
        flash(str(exc), "error")
    else:
        flash(
            f"Please confirm your request: we have sent a link to {application.candidate.email}. "
            "It reaches our team once you follow that link.",
            "success",
        )
    return redirect(url_for("portal.status_page", application_id=application.id), 303)


@bp.route("/privacy")
def privacy():
    return render_template("portal/privacy.html")
