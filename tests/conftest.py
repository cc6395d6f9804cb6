"""App, database and factory fixtures shared by every test that needs the Flask app.

The database is SQLite (a migrated template copied per test) unless ATS_TEST_DATABASE_URL points at
PostgreSQL, in which case the schema is migrated once and every table is emptied after each test.
"""

from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from ats import create_app
from ats.extensions import db

PG_URL = os.environ.get("ATS_TEST_DATABASE_URL", "")
TEST_PASSWORD = "correct horse battery staple"
_counter = itertools.count(1)


def base_config(tmp_path: Path, database_url: str) -> dict:
    return {
        "TESTING": True,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret-key-not-for-production",
        "STORAGE_DIR": str(tmp_path / "files"),
        "WORKER_MODE": "sync",
        "MAIL_BACKEND": "locmem",
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "BASE_URL": "http://localhost",
        "REDIS_URL": None,
    }


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> str:
    """Run the migrations once per session: into a template SQLite file, or into the PostgreSQL test database."""
    if PG_URL:
        app = create_app(base_config(tmp_path_factory.mktemp("pg"), PG_URL))
        with app.app_context():
            _reset_postgres()
            from ats.dbsetup import upgrade

            upgrade()
            db.engine.dispose()
        return PG_URL
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite"
    app = create_app(base_config(folder, f"sqlite:///{path}"))
    with app.app_context():
        from ats.dbsetup import upgrade

        upgrade()
        db.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        db.engine.dispose()
    return str(path)


def _reset_postgres() -> None:
    db.session.execute(text("DROP SCHEMA public CASCADE"))
    db.session.execute(text("CREATE SCHEMA public"))
    db.session.commit()


def _empty_postgres() -> None:
    tables = [t.name for t in db.metadata.sorted_tables]
    db.session.remove()
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))


def fresh_database_url(folder: Path, migrated_template: str, name: str = "ats.sqlite") -> str:
    """The PostgreSQL test database, or a copy of the migrated SQLite template in `folder`."""
    if PG_URL:
        return PG_URL
    shutil.copyfile(migrated_template, folder / name)
    return f"sqlite:///{folder / name}"


@pytest.fixture
def app_config(tmp_path, migrated_template) -> dict:
    """Per-test configuration; tests may change it before asking for `app`."""
    return base_config(tmp_path, fresh_database_url(tmp_path, migrated_template))


@pytest.fixture
def app(app_config):
    application = create_app(app_config)
    ctx = application.app_context()
    ctx.push()
    if PG_URL:  # start empty, even after the session-scoped live server of the browser tests
        _empty_postgres()
    yield application
    from ats import worker

    worker.wait_idle(application)
    db.session.remove()
    db.engine.dispose()
    ctx.pop()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def make_user(app):
    """Factory: a staff user of a role (password TEST_PASSWORD)."""
    from ats.auth.services import create_user

    def make(role: str = "recruiter", email: str | None = None, name: str | None = None):
        n = next(_counter)
        user, _ = create_user(email or f"{role}{n}@example.com", name or f"{role.title()} {n}", role, TEST_PASSWORD)
        return user

    return make


@pytest.fixture
def login(app):
    """Log a test client in through the real login form; returns the response."""

    def do_login(client, user, password: str = TEST_PASSWORD):
        return client.post("/login", data={"email": user.email, "password": password})

    return do_login


@pytest.fixture
def make_job(app):
    """Factory: an open job with default stages and simple customer-care requirements."""
    from ats.jobs.services import create_job

    def make(title: str = "Customer Care Specialist", status: str = "open", **fields):
        data = {
            "title": title,
            "status": status,
            "location": "Austin, TX",
            "employment_type": "full_time",
            "salary_min": 35000,
            "salary_max": 60000,
            "summary": "Help our customers by phone, email and chat.",
            "requirements_data": {
                "title": title,
                "occupation_titles": ["Customer Service Representative", "Customer Care Specialist"],
                "skills": [
                    {"name": "Customer service", "required": True, "weight": 1.0},
                    {"name": "Active listening", "required": True, "weight": 1.0},
                    {"name": "CRM software", "required": False, "weight": 1.0},
                ],
                "experience_tiers": [
                    {"name": "Entry level", "min_years": 0, "max_years": 1},
                    {"name": "Experienced", "min_years": 1, "max_years": 3},
                    {"name": "Supervisory", "min_years": 3, "max_years": None},
                ],
                "target_tier": "Experienced",
                "education_minimum": "high_school",
                "knockouts": [
                    {"id": "weekends", "question": "Can you work weekends and holidays?", "failing_answer": "no"}
                ],
            },
        }
        data.update(fields)
        return create_job(data, actor=None)

    return make


@pytest.fixture
def resume_bytes():
    """Factory: a real PDF, DOCX or TXT resume made with the demo renderer."""
    from ats.demo.documents import ResumeDoc, Section, render

    def make(fmt: str = "pdf", name: str = "Dana Example", extra: str = "", layout: str = "single") -> bytes:
        doc = ResumeDoc(
            name=name,
            contact="dana@example.com | +1 512 555 0134 | Austin, TX",
            sections=(
                Section("Summary", (f"Customer care specialist with 4 years of experience. {extra}".strip(),)),
                Section("Experience", ()),
                Section("Skills", ("Customer service, active listening, Zendesk, conflict resolution",), sidebar=True),
                Section("Education", ("High School Diploma, Austin High School, 2014",)),
            ),
            layout=layout,
            experience_rows=(
                (
                    "Jan 2021 - Present",
                    "Customer Care Specialist, Acme Corp",
                    "Answered 60 calls a day by phone and live chat.",
                ),
                (
                    "06/2019 - 12/2020",
                    "Customer Service Representative, Globex",
                    "Resolved billing complaints by email.",
                ),
            ),
        )
        return render(doc, fmt)

    return make


@pytest.fixture
def make_application(app, resume_bytes):
    """Factory: an application submitted through the real service (files stored, screening run)."""
    from ats.applications.services import ApplicationInput, Upload, submit_application

    def make(job, name: str = "Dana Example", email: str | None = None, fmt: str = "pdf", **fields):
        n = next(_counter)
        data = ApplicationInput(
            name=name,
            email=email or f"candidate{n}@example.org",
            resume=Upload(f"resume.{fmt}", resume_bytes(fmt, name=name), None),
            phone=fields.pop("phone", "+1 512 555 0134"),
            **fields,
        )
        return submit_application(job, data).application

    return make


@pytest.fixture
def outbox(app):
    """Emails delivered by the locmem backend."""
    from ats.notifications.services import sent_messages

    return sent_messages(app)
