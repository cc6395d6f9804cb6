"""CLI commands through Flask's runner: init-db, create-user, seed-demo, check-storage, parse-job, screen."""

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ats.applications.models import Application, Document, StageEvent
from ats.auth.models import User
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.jobs.models import Job
from tests.conftest import PG_URL, base_config, fresh_database_url
from tests.shared_data import own_posting

SPECIALIST = own_posting("customer-care-specialist.txt")


def test_init_db_is_idempotent(app):
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(args=["init-db"])
        assert result.exit_code == 0, result.output
        assert "Database is up to date." in result.output


def test_create_user_with_prompted_password(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["create-user", "Pat@Example.com", "--role", "recruiter", "--name", "Pat"],
        input="a long enough passphrase\na long enough passphrase\n",
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.email == "pat@example.com"))
    assert user.role == "recruiter" and user.name == "Pat"


def test_create_user_with_generated_password_can_log_in(app, client):
    result = app.test_cli_runner().invoke(
        args=["create-user", "gen@example.com", "--role", "admin", "--generate-password"]
    )
    assert result.exit_code == 0, result.output
    password = result.output.split("Password: ")[1].strip()
    assert len(password) >= 16
    assert client.post("/login", data={"email": "gen@example.com", "password": password}).status_code == 302


def test_create_user_refuses_duplicates_and_weak_passwords(app, make_user):
    user = make_user("recruiter")
    runner = app.test_cli_runner()
    dup = runner.invoke(args=["create-user", user.email, "--role", "admin", "--generate-password"])
    assert dup.exit_code != 0 and "already exists" in dup.output
    weak = runner.invoke(args=["create-user", "w@example.com", "--role", "admin"], input="short\nshort\n")
    assert weak.exit_code != 0 and "at least 12 characters" in weak.output


def _counts():
    return tuple(
        db.session.scalar(select(func.count()).select_from(model))
        for model in (User, Job, Candidate, Application, Document, StageEvent)
    )


def test_seed_demo_twice_gives_the_same_data(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["seed-demo", "--applicants", "4"])
    assert first.exit_code == 0, first.output
    counts = _counts()
    assert counts[:4] == (4, 2, 8, 8)
    logins = Path(app.instance_path, "demo-logins.txt")
    assert logins.stat().st_mode & 0o077 == 0
    second = runner.invoke(args=["seed-demo", "--applicants", "4"])
    assert second.exit_code == 0 and _counts() == counts
    assert first.output == second.output  # the same logins are printed again
    for role in ("admin", "recruiter", "hiring_manager"):
        assert role in first.output
    titles = set(db.session.scalars(select(Job.title)))
    assert titles == {"Customer Care Specialist", "Customer Care Representative"}
    stages = set(db.session.scalars(select(StageEvent.to_name)))
    assert {"Applied", "Screening"} <= stages
    kinds = set(db.session.scalars(select(Document.file_kind)))
    assert {"pdf", "docx"} <= kinds
    screened = db.session.scalar(
        select(func.count()).select_from(Application).where(Application.screening_status == "done")
    )
    assert screened == 8


@pytest.mark.skipif(bool(PG_URL), reason="needs two independent databases; the property does not depend on the engine")
def test_demo_passwords_are_random_per_instance(tmp_path, migrated_template):
    from ats import create_app

    outputs = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        instance_app = create_app(base_config(folder, fresh_database_url(folder, migrated_template, "db.sqlite")))
        with instance_app.app_context():
            outputs.append(instance_app.test_cli_runner().invoke(args=["seed-demo", "--applicants", "0"]).output)
            db.session.remove()
            db.engine.dispose()
    assert "admin@demo.example" in outputs[0] and outputs[0] != outputs[1]


def test_check_storage_reports_missing_and_stray_files(app, make_job, make_application):
    from ats.applications.files import file_store

    application = make_application(make_job())
    store = file_store()
    resume = application.document("resume")
    store.path(resume.storage_key).unlink()
    stray = store.stage(b"stray bytes")
    store.persist([stray], lambda: None)
    result = app.test_cli_runner().invoke(args=["check-storage"])
    assert result.exit_code == 1
    assert f"missing file for row: {resume.storage_key}" in result.output
    assert f"file without row: {stray.key}" in result.output
    assert store.exists(stray.key)  # reported, not deleted


def test_parse_job_json_for_the_specialist_posting(app):
    result = app.test_cli_runner().invoke(args=["parse-job", str(SPECIALIST), "--json"])
    assert result.exit_code == 0, result.output
    draft = json.loads(result.output)
    assert draft["title"] == "Customer Care Specialist"
    assert [(t["min_years"], t["max_years"]) for t in draft["experience_tiers"]][:2] == [(0, 1), (1, 3)]
    assert draft["salary"] == {"min": 35000, "max": 60000, "currency": "USD", "period": "year"}
    assert "Active Listening" in draft["required_skills"]


def test_parse_job_text_names_the_occupation_and_the_lines_of_work(app, tmp_path):
    posting = tmp_path / "pr.txt"
    posting.write_text(
        "Public Relations Specialist\n\nRequirements\n"
        "- 3+ years of experience in public relations, media relations or corporate communications\n",
        encoding="utf-8",
    )
    result = app.test_cli_runner().invoke(args=["parse-job", str(posting)])
    assert result.exit_code == 0, result.output
    assert "Occupation: Public Relations Specialists (27-3031.00)" in result.output
    assert "Roles or lines of work counted in full: public relations; media relations; corporate communications" in (
        result.output
    )


def test_screen_json_one_line_per_resume(app, tmp_path, resume_bytes):
    (tmp_path / "a.pdf").write_bytes(resume_bytes("pdf"))
    (tmp_path / "b.docx").write_bytes(resume_bytes("docx"))
    (tmp_path / "evil.pdf").write_bytes(b"<html><script>x</script></html>")
    result = app.test_cli_runner().invoke(
        args=["screen", "--job", str(SPECIALIST), "--as-of", "2026-11", "--json", "--workers", "1", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    rows = {Path(r["file"]).name: r for r in map(json.loads, result.stdout.strip().splitlines())}
    assert set(rows) == {"a.pdf", "b.docx", "evil.pdf"}
    assert rows["evil.pdf"]["error"] and rows["evil.pdf"]["score"] is None
    good = rows["a.pdf"]
    assert good["error"] is None and 0 < good["score"] <= 100
    assert good["years_experience"] is not None and good["years_experience"] > 5
    assert {"name", "text"} <= set(good["skills"][0])
    assert {c["name"] for c in good["components"]} and all(
        {"weight", "points", "matched", "missing"} <= set(c) for c in good["components"]
    )
