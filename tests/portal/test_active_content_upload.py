"""Live-attack defect 3 on the apply form: a file with active content is refused at its field, nothing stored."""

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ats.applications.models import Application
from ats.extensions import db
from tests.security.test_active_content import HOSTILE


def _stored_files(app) -> list[Path]:
    return [p for p in (Path(app.config["STORAGE_DIR"]) / "store").rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", ["pdf-javascript-names", "docx-includepicture-remote", "rtf-ole-object"])
def test_the_apply_form_refuses_them_at_the_file_field(app, client, make_job, apply_data, name):
    kind, data = HOSTILE[name]
    job = make_job()
    body = apply_data(job, client, resume=(io.BytesIO(data), f"resume.{kind}", "application/octet-stream"))
    response = client.post(f"/careers/{job.slug}/apply", data=body)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="resume-error"' in html and "save it as a plain PDF" in html
    assert db.session.scalar(select(func.count()).select_from(Application)) == 0
    assert _stored_files(app) == []


def test_a_cover_letter_with_active_content_is_refused_too(app, client, make_job, apply_data):
    job = make_job()
    kind, data = HOSTILE["docx-embedded-object"]
    body = apply_data(job, client, cover_letter_text="", cover_letter_file=(io.BytesIO(data), "letter.docx", None))
    html = client.post(f"/careers/{job.slug}/apply", data=body).get_data(as_text=True)
    assert 'id="cover_letter_file-error"' in html and "save it as a plain PDF" in html
    assert db.session.scalar(select(func.count()).select_from(Application)) == 0
