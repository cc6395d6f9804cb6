"""U1: oversized requests are refused with 413 before anything is written."""

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ats.applications.models import Application, Document
from ats.extensions import db


def _state(app):
    root = Path(app.config["STORAGE_DIR"])
    files = [p for p in root.rglob("*") if p.is_file()] if root.exists() else []
    return (
        db.session.scalar(select(func.count()).select_from(Application)),
        db.session.scalar(select(func.count()).select_from(Document)),
        len(files),
    )


@pytest.mark.parametrize("kind", ["11 MB file", "2,000 parts", "huge field"])
def test_oversized_apply_requests_get_413_and_save_nothing(app, client, make_job, kind):
    job = make_job()
    before = _state(app)
    url = f"/careers/{job.slug}/apply"
    if kind == "11 MB file":
        data = {
            "name": "Big",
            "email": "big@example.org",
            "resume": (io.BytesIO(b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024)), "cv.pdf"),
        }
    elif kind == "2,000 parts":
        data = {f"field{i}": "x" for i in range(2000)}
    else:
        data = {"name": "x" * 2_000_000, "email": "huge@example.org"}
    response = client.post(url, data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    assert _state(app) == before
