"""axe-core (shipped inside the axe-playwright-python package) on the public and recruiter pages: no serious
or critical violations on the careers page, a job page, the apply form, the status page, the ranked list with
the review panel open, the board, and the hiring manager's dashboard."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from sqlalchemy import select

BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def targets(live_app):
    """URLs of the pages to check: a job's slug, an application of it, a candidate's status link."""
    from ats.applications.models import Application
    from ats.applications.services import ApplicationInput, Upload, submit_application
    from ats.extensions import db
    from ats.jobs.models import Job

    with live_app.app_context():
        job = db.session.scalar(select(Job).where(Job.title == "Customer Care Specialist"))
        result = submit_application(
            job,
            ApplicationInput(
                name="Axel Access",
                email="axel.access@example.org",
                resume=Upload("resume.txt", b"Axel Access\nCustomer service agent, 3 years.\nSkills: Zendesk"),
            ),
            notify=False,
        )
        first = db.session.scalar(
            select(Application.id).where(Application.job_id == job.id).order_by(Application.score.desc().nulls_last())
        )
        return {
            "careers": (None, "/careers"),
            "job": (None, f"/careers/{job.slug}"),
            "apply": (None, f"/careers/{job.slug}/apply"),
            "status": (None, f"/status/{result.status_token}"),
            "ranked list with the panel open": ("recruiter", f"/jobs/{job.id}/applicants?open={first}"),
            "board": ("recruiter", f"/jobs/{job.id}/board"),
            "hiring manager dashboard": ("hiring_manager", "/dashboard"),
        }


PAGES = ("careers", "job", "apply", "status", "ranked list with the panel open", "board", "hiring manager dashboard")


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_accessibility_violations(page, sign_in, targets, name):
    role, url = targets[name]
    if role:
        sign_in(role)
    page.goto(url)
    if name == "ranked list with the panel open":
        expect(page.locator("#panel-title")).to_be_visible()
    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:5]}" for v in blocking
    )
    assert not blocking, f"{name} ({url}):\n{report}"
    assert results.response["testEngine"]["name"] == "axe-core"
