"""The export zip (worker-built, downloadable once, expiring, no EEO answers), the shell commands, and the
retention purge (dry run changes nothing; legal hold is skipped; stale temporary uploads go)."""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from datetime import timedelta

from sqlalchemy import func, select, update

from ats.applications.models import Application, StageEvent
from ats.audit.models import AuditEvent
from ats.candidates.models import Candidate
from ats.db import utcnow
from ats.extensions import db
from ats.privacy.models import DataRequest, EeoResponse
from ats.retention.purge import daily_purge
from tests.retention.conftest import EMAIL, NAME


def _zip(data: bytes) -> tuple[dict, list[str]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return json.loads(archive.read("data.json")), archive.namelist()


def test_the_candidate_downloads_the_export_once_and_it_holds_their_data(app, client, rich_candidate, make_user, login):
    status = rich_candidate["status"]
    page = client.get(status).get_data(as_text=True)
    assert "Download my data" in page
    row = db.session.scalar(select(DataRequest).where(DataRequest.kind == "export"))
    response = client.post(f"{status}/my-data/{row.id}")
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/zip"
    assert response.headers["Cache-Control"] == "no-store"
    data, names = _zip(response.data)
    record = data["records"][0]
    assert record["name"] == NAME and record["email"] == EMAIL
    assert record["applications"][0]["history"][-1]["to"] == "Screening"
    assert any(n.startswith("files/") and n.endswith(".txt") for n in names)
    assert "equal-opportunity" in record["voluntary_self_identification"]
    assert "female" not in json.dumps(data)  # the EEO answer itself is not copied
    assert client.post(f"{status}/my-data/{row.id}").status_code == 404  # once
    assert "Download my data" not in client.get(status).get_data(as_text=True)
    admin = app.test_client()
    login(admin, make_user("admin"))
    assert admin.get(f"/admin/privacy-requests/{row.id}/export").status_code == 200  # admins until it expires
    recruiter = app.test_client()
    login(recruiter, make_user("recruiter"))
    assert recruiter.get(f"/admin/privacy-requests/{row.id}/export").status_code == 404
    downloads = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "privacy.export_downloaded")).all()
    assert sorted(e.data["by"] for e in downloads) == ["admin", "candidate"]
    db.session.execute(update(DataRequest).values(export_expires_at=utcnow() - timedelta(minutes=1)))
    db.session.commit()
    assert admin.get(f"/admin/privacy-requests/{row.id}/export").status_code == 404


def test_cli_export_and_erase_are_audited_and_refused_under_legal_hold(app, rich_candidate, tmp_path):
    runner = app.test_cli_runner()
    out = tmp_path / "zelda.zip"
    result = runner.invoke(args=["export-candidate", EMAIL, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _zip(out.read_bytes())[0]["records"][0]["name"] == NAME
    assert runner.invoke(args=["export-candidate", "nobody@example.net", "--out", str(out)]).exit_code != 0
    assert runner.invoke(args=["legal-hold", EMAIL]).exit_code != 0  # a reason is required
    assert runner.invoke(args=["legal-hold", EMAIL, "--reason", "Audit 7"]).exit_code == 0
    refused = runner.invoke(args=["erase-candidate", EMAIL, "--yes"])
    assert refused.exit_code != 0 and "legal hold" in refused.output
    assert runner.invoke(args=["export-candidate", EMAIL, "--out", str(out)]).exit_code != 0
    assert runner.invoke(args=["legal-hold", EMAIL, "--release"]).exit_code == 0
    assert runner.invoke(args=["erase-candidate", EMAIL]).exit_code != 0  # --yes is required
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).erased_at is None
    result = runner.invoke(args=["erase-candidate", EMAIL, "--yes"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).name == "Erased candidate"
    actions = list(db.session.scalars(select(AuditEvent.action)))
    assert "privacy.exported" in actions and "privacy.erased" in actions


def _close_and_age(app, application_id: int, days: int) -> None:
    """Reject the application (as a recruiter) and date its history `days` ago."""
    from ats.auth.services import create_user
    from ats.pipeline import services as pipeline
    from ats.pipeline.reasons import DEFAULT_REASONS, ensure_defaults

    ensure_defaults()
    recruiter, _ = create_user("ager@example.com", "Ager", "recruiter", "a long enough password 1")
    application = db.session.get(Application, application_id)
    pipeline.reject(recruiter, application, expected_version=application.version, reason=DEFAULT_REASONS[0][0])
    db.session.execute(
        update(StageEvent)
        .where(StageEvent.application_id == application_id)
        .values(created_at=utcnow() - timedelta(days=days))
    )
    db.session.commit()


def test_purge_dry_run_changes_nothing_apply_erases_and_skips_legal_hold(app, rich_candidate):
    _close_and_age(app, rich_candidate["application_id"], app.config["RETENTION_DAYS_UNSUCCESSFUL"] + 1)
    runner = app.test_cli_runner()
    stale = os.path.join(app.config["STORAGE_DIR"], "tmp", "0" * 32 + ".part")
    fresh = os.path.join(app.config["STORAGE_DIR"], "tmp", "1" * 32 + ".part")
    for path in (stale, fresh):
        with open(path, "wb") as fh:
            fh.write(b"held upload")
    old = time.time() - 2 * 86400
    os.utime(stale, (old, old))
    counts = db.session.scalar(select(func.count()).select_from(AuditEvent))

    dry = runner.invoke(args=["purge-expired"])
    assert dry.exit_code == 0 and "Would erase 1 candidate" in dry.output and "1 temporary upload" in dry.output
    db.session.expire_all()
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).erased_at is None
    assert os.path.exists(stale) and db.session.scalar(select(func.count()).select_from(AuditEvent)) == counts

    runner.invoke(args=["legal-hold", EMAIL, "--reason", "Tribunal"])
    held = runner.invoke(args=["purge-expired", "--apply"])
    assert "Erased 0 candidate" in held.output and "1 kept under legal hold" in held.output
    db.session.expire_all()
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).erased_at is None
    assert not os.path.exists(stale) and os.path.exists(fresh)

    runner.invoke(args=["legal-hold", EMAIL, "--release"])
    assert "Erased 1 candidate" in runner.invoke(args=["purge-expired", "--apply"]).output
    db.session.expire_all()
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).erased_at is not None
    assert db.session.scalar(select(func.count()).select_from(EeoResponse)) == 1  # Robin's, still open, kept


def test_purge_keeps_the_talent_pool_longer_and_runs_daily(app, rich_candidate):
    _close_and_age(app, rich_candidate["application_id"], app.config["RETENTION_DAYS_UNSUCCESSFUL"] + 1)
    candidate = db.session.get(Candidate, rich_candidate["candidate_id"])
    candidate.talent_pool_at = utcnow()
    db.session.commit()
    assert daily_purge().candidates == []  # in the pool: 730 days
    candidate.talent_pool_at = None
    db.session.commit()
    assert daily_purge() is None  # at most once a day


def test_talent_pool_command_marks_and_unmarks(app, rich_candidate):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["talent-pool", EMAIL]).exit_code == 0
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).talent_pool_at is not None
    assert runner.invoke(args=["talent-pool", EMAIL, "--remove"]).exit_code == 0
    db.session.expire_all()
    assert db.session.get(Candidate, rich_candidate["candidate_id"]).talent_pool_at is None
