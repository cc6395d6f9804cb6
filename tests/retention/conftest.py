"""A candidate with data everywhere (files, text, answers, EEO, notes, emails, an export), through the real paths."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.types import JSON, String, Text

from ats.applications.models import Application
from ats.extensions import db
from ats.privacy.models import DataRequest
from tests.portal.conftest import apply_data  # noqa: F401  (the apply form factory)

NAME, EMAIL, PHONE = "Zelda Quixotic", "zelda.quixotic@example.net", "+1 512 555 0199"
TRACES = (NAME.lower(), EMAIL, "5125550199", "512 555 0199", "zelda")


def open_status(client, job, make_form, **fields) -> str:
    """Apply through the portal and open the emailed status link; returns the token-free status page path."""
    response = client.post(f"/careers/{job.slug}/apply", data=make_form(job, client, **fields))
    assert response.status_code == 303, re.findall(r"(?:error|invalid)[^<]{0,200}", response.get_data(as_text=True))
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    link = re.search(r'href="http://localhost(/status/[^"]+)"', html).group(1)
    return client.get(link).headers["Location"]


def confirm_latest(client, outbox) -> None:
    """Follow the newest 'Please confirm your request' email."""
    message = [m for m in outbox if m["Subject"] == "Please confirm your request"][-1]
    link = re.search(r"http://localhost(/data-request/confirm/\S+)", message.get_content()).group(1)
    assert client.post(link).status_code == 200


@pytest.fixture
def rich_candidate(app, client, make_job, make_user, apply_data, outbox, resume_bytes):  # noqa: F811
    """Zelda applies (resume naming her, cover letter, answers, EEO), gets a note and a stage move with a note,
    asks for an export (built by the worker); another candidate applies too, so a scan is not vacuous."""
    from ats.interviews.notes import add_note
    from ats.pipeline import services as pipeline

    job = make_job()
    resume = (__import__("io").BytesIO(resume_bytes("txt", name=NAME)), "Zelda resume.txt", "text/plain")
    status = open_status(
        client,
        job,
        apply_data,
        name=NAME,
        email=EMAIL,
        phone=PHONE,
        resume=resume,
        cover_letter_text=f"I am {NAME}; write to {EMAIL}.",
        eeo_gender="female",
    )
    other = app.test_client()
    open_status(other, job, apply_data, name="Robin Keeper", email="robin.keeper@example.net")
    application = db.session.scalar(
        select(Application).join(Application.candidate).where(Application.candidate.has(email=EMAIL))
    )
    recruiter = make_user("recruiter")
    add_note(application, recruiter, f"Called {NAME} at {PHONE}", about="candidate")
    screen = next(s for s in job.stages if s.name == "Screening")
    pipeline.move(recruiter, application, screen.id, expected_version=application.version, note=f"{NAME} looks good")
    client.post(f"{status}/data-request", data={"kind": "export"})
    confirm_latest(client, outbox)
    db.session.expire_all()
    assert db.session.scalar(select(DataRequest).where(DataRequest.kind == "export")).export_key
    return {"job": job, "application_id": application.id, "candidate_id": application.candidate_id, "status": status}


def text_traces(traces=TRACES) -> list[str]:
    """Every table and text-like column (from the metadata) plus the search index, holding one of the traces."""
    found = []
    for table in db.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, (String, Text, JSON))]
        if not columns:
            continue
        for row in db.session.execute(select(*columns)):
            blob = " ".join(str(v) for v in row if v is not None).lower()
            found += [f"{table.name}: {t}" for t in traces if t in blob]
    dialect = db.session.get_bind().dialect.name
    fts = "SELECT body FROM search_fts" if dialect == "sqlite" else "SELECT tsv::text FROM search_fts"
    for (body,) in db.session.execute(text(fts)):
        found += [f"search_fts: {t}" for t in ("zelda", "0199") if t in str(body).lower()]  # single tokens
    assert inspect(db.engine).has_table("applications")
    return found
