"""Journey: a hiring manager sees only their job, schedules an interview, scores it, and cannot peek at job B."""

import re
from datetime import date, timedelta

from playwright.sync_api import expect
from sqlalchemy import select


def _other_jobs_application_id(live_app) -> int:
    from ats.applications.models import Application
    from ats.extensions import db
    from ats.jobs.models import Job

    with live_app.app_context():
        return db.session.scalar(
            select(Application.id).join(Job).where(Job.title == "Customer Care Representative").order_by(Application.id)
        )


def test_hiring_manager_schedules_scores_and_cannot_open_another_job(page, sign_in, live_app, artifacts):
    sign_in("hiring_manager")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    expect(page).to_have_url(re.compile(r"/dashboard$"))
    expect(page.get_by_role("heading", name="Customer Care Specialist")).to_be_visible()
    expect(page.get_by_role("heading", name="Customer Care Representative")).to_have_count(0)

    # open a candidate of my job
    page.get_by_text("Candidates in progress").first.click()
    first = page.locator(".candidate-list a").last  # an early stage: the demo's interviews are on later ones
    name = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.get_by_role("heading", name="Scorecards by competency")).to_be_visible()

    # schedule an interview with the interviewer and myself on the panel
    page.get_by_role("link", name="Schedule interview").click()
    page.get_by_label("Round").select_option(label="Interview")
    page.get_by_label("Date").fill((date.today() + timedelta(days=1)).isoformat())
    page.get_by_label("Start time").fill("10:30")
    page.get_by_label("Time zone").select_option("America/Chicago")
    page.get_by_label("Duration (minutes)").fill("45")
    page.get_by_label("Place").fill("Room 4, 100 Congress Ave")
    page.get_by_label("Ivy Interviewer (Interviewer)").check()
    page.get_by_label("Morgan Manager (Hiring manager)").check()
    page.get_by_role("button", name="Schedule and email candidate").click()
    expect(page.get_by_text("Interview scheduled")).to_be_visible()
    expect(page.locator(".interview-item")).to_contain_text("10:30 America/Chicago")
    page.screenshot(path=str(artifacts / "hm-scheduled.png"), full_page=True)

    # fill and submit my scorecard
    page.get_by_role("link", name="Fill scorecard").click()
    competencies = page.locator("fieldset.competency")
    count = competencies.count()
    assert count >= 3
    for i in range(count):
        page.locator(f"#rating-{i}-3").check()
        page.locator(f"#evidence-{i}").fill(f"Gave a concrete example ({i}).")
    page.get_by_label("Key takeaways").fill("Clear, calm, listens before answering.")
    page.get_by_label("Strong yes").last.check()
    page.get_by_role("button", name="Submit scorecard").click()
    expect(page.get_by_text("Scorecard submitted.")).to_be_visible()
    expect(page.locator(".recommendation")).to_have_text("Strong yes")
    page.get_by_role("link", name=re.compile(r"^Back to ")).click()
    expect(page.locator(".scorecard-grid")).to_contain_text("Morgan Manager")
    expect(page.locator(".scorecard-grid .rating-3").first).to_have_text("Yes")
    page.screenshot(path=str(artifacts / "hm-scorecard-grid.png"), full_page=True)

    # the interview is on my dashboard, and the scorecard is no longer owed
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    upcoming = page.locator(
        "section", has=page.get_by_role("heading", name=re.compile(r"^Interviews (today|this week)$"))
    )
    expect(upcoming.filter(has_text=name)).to_have_count(1)
    expect(page.locator("section", has=page.get_by_role("heading", name="Scorecards I still owe"))).not_to_contain_text(
        name
    )
    page.screenshot(path=str(artifacts / "hm-dashboard.png"), full_page=True)

    # another job's candidate by URL: 404
    other = _other_jobs_application_id(live_app)
    response = page.goto(f"/interviews/applications/{other}")
    assert response.status == 404
    assert page.goto(f"/applications/{other}").status == 404
