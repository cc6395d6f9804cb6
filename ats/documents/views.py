"""Staff download of a document; access follows the document's job (404 when not allowed)."""
from flask import Blueprint, abort
from flask_login import current_user

from ats.applications.models import Document
from ats.audit.services import record
from ats.auth.access import STAFF_ROLES, can_view_job, roles_required
from ats.documents.services import document_response
from ats.extensions import db

bp = Blueprint("documents", __name__)


@bp.route("/documents/<int:document_id>/download")
@roles_required(*STAFF_ROLES)
def download(document_id: int):
    document = db.session.get(Document, document_id)
    if document is None or not can_view_job(current_user, document.application.job_id):
        abort(404)
    record(current_user, "document.downloaded", "document", document.id)
    db.session.commit()
    return document_response(document)
