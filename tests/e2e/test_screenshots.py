"""The README's screenshots, made from the live demo: the list, the panel and the board at 1366x768 and on a phone."""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import expect
from sqlalchemy import select

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MAX_BYTES = 300_000


def _job_and_top(live_app) -> tuple[int, int]:
    from ats.applications.models import Application
    from ats.extensions import db
    from ats.jobs.models import Job

    with live_app.app_context():
        job = db.session.scalar(select(Job).where(Job.title == "Customer Care Specialist"))
        top = db.session.scalar(
            select(Application.id).where(Application.job_id == job.id).order_by(Application.score.desc().nulls_last())
        )
        return job.id, top


def _shot(page, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size < MAX_BYTES, f"{path.name} is {path.stat().st_size} bytes"


def test_readme_screenshots(page, sign_in, live_app, tmp_path):
    """Every screen renders and stays small; ATS_UPDATE_SCREENSHOTS=1 writes them over the README's copies."""
    shots = DOCS if os.environ.get("ATS_UPDATE_SCREENSHOTS") == "1" else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    job_id, top = _job_and_top(live_app)
    page.set_viewport_size({"width": 1366, "height": 768})
    sign_in("recruiter")
    page.goto(f"/jobs/{job_id}/applicants")
    expect(page.locator("#ranked")).to_be_visible()
    _shot(page, shots, "list-1366")
    page.keyboard.press("j")
    expect(page.locator("#panel-title")).to_be_visible()
    _shot(page, shots, "panel-1366")
    page.goto(f"/jobs/{job_id}/board?open={top}")
    expect(page.locator("#panel-title")).to_be_visible()
    _shot(page, shots, "board-1366")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/jobs/{job_id}/applicants")
    _shot(page, shots, "list-phone")
    page.goto(f"/jobs/{job_id}/applicants?open={top}")
    expect(page.locator("#panel-title")).to_be_visible()
    _shot(page, shots, "panel-phone")
