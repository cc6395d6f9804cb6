"""The admins' audit log viewer: filters by actor, action and date; never shows document text."""

from __future__ import annotations

from datetime import timedelta

from ats.audit.models import AuditEvent
from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db


def test_admin_filters_the_audit_log_and_never_sees_document_text(app, client, make_user, login):
    admin, recruiter = make_user("admin", name="Ada Admin"), make_user("recruiter", name="Rex Recruiter")
    record(recruiter, "stage.moved", "application", 7, to="Interview")
    record(None, "privacy.erased", "candidate", 3, reason="asked", extracted_text="SECRET RESUME WORDS")
    old = record(recruiter, "document.downloaded", "document", 9, note="SECRET NOTE")
    db.session.flush()
    old.created_at = utcnow() - timedelta(days=40)
    db.session.commit()
    login(client, admin)
    html = client.get("/admin/audit-log").get_data(as_text=True)
    assert "<td>stage.moved</td>" in html and "<td>privacy.erased</td>" in html and "Rex Recruiter" in html
    assert "SECRET" not in html and "reason=asked" in html
    only_privacy = client.get("/admin/audit-log?action=privacy.").get_data(as_text=True)
    assert "<td>privacy.erased</td>" in only_privacy and "<td>stage.moved</td>" not in only_privacy
    by_rex = client.get("/admin/audit-log?actor=rex").get_data(as_text=True)
    assert "<td>stage.moved</td>" in by_rex and "<td>privacy.erased</td>" not in by_rex
    system = client.get("/admin/audit-log?actor=system").get_data(as_text=True)
    assert "<td>privacy.erased</td>" in system and "<td>stage.moved</td>" not in system
    recent = client.get(f"/admin/audit-log?from={(utcnow() - timedelta(days=2)).date()}").get_data(as_text=True)
    assert "<td>document.downloaded</td>" not in recent and "<td>stage.moved</td>" in recent
    assert client.get("/admin/audit-log?from=garbage&page=-1&action=%25").status_code == 200
    assert db.session.query(AuditEvent).count() >= 3
    other = app.test_client()
    login(other, recruiter)
    assert other.get("/admin/audit-log").status_code == 404
