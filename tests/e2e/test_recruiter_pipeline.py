"""Recruiter journey on the board: drag a card, move one with the keyboard control, bulk-reject two, see the emails."""

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select


@pytest.fixture
def demo_job(live_app):
    from ats.extensions import db
    from ats.jobs.models import Job

    with live_app.app_context():
        job = db.session.scalar(select(Job).where(Job.title == "Customer Care Specialist"))
        return job.id, {s.name: s.id for s in job.stages}


def stage_of(live_app, application_id):
    from ats.applications.models import Application
    from ats.extensions import db

    with live_app.app_context():
        application = db.session.get(Application, application_id)
        return application.stage.name, application.rejection_reason


def drag(page, source, target):
    """A real pointer drag in small steps (SortableJS needs intermediate moves; one-jump drag_to did not start it)."""
    b, t = source.bounding_box(), target.bounding_box()
    page.mouse.move(b["x"] + 5, b["y"] + 5)
    page.mouse.down()
    page.mouse.move(b["x"] + 30, b["y"] + 20, steps=5)
    page.mouse.move(t["x"] + t["width"] / 2, t["y"] + 20, steps=10)
    page.mouse.up()


def test_recruiter_moves_cards_and_bulk_rejects(page, sign_in, live_app, demo_job, artifacts):
    job_id, stages = demo_job
    sign_in("recruiter")
    expect(page).to_have_url(re.compile(r"/home$"))
    page.goto(f"/jobs/{job_id}/board")
    expect(page.get_by_role("heading", level=1)).to_contain_text("board")

    # 1. drag the first Applied card onto the Screening column (SortableJS, saved through the JSON endpoint)
    applied = page.locator(f"#stage-{stages['Applied']}")
    screening = page.locator(f"#stage-{stages['Screening']}")
    card = applied.locator(".kanban-card").first
    dragged_id = int(card.get_attribute("data-application-id"))
    name = card.get_attribute("data-name")
    before = int(page.locator(f"[data-count-for='{stages['Screening']}']").inner_text())
    drag(page, card, screening)
    expect(page.locator("#board-status")).to_have_text(f"{name} moved to Screening.")
    expect(page.locator(f"[data-count-for='{stages['Screening']}']")).to_have_text(str(before + 1))
    expect(screening.locator(f"#card-{dragged_id}")).to_have_count(1)
    assert stage_of(live_app, dragged_id)[0] == "Screening"

    # 2. the keyboard-accessible "Move to" control on another card
    other = page.locator(f"#stage-{stages['Applied']} .kanban-card").first
    other_id = int(other.get_attribute("data-application-id"))
    other_name = other.get_attribute("data-name")
    select_box = page.get_by_label(f"Move {other_name} to")
    select_box.focus()
    select_box.select_option(label="Interview")
    page.get_by_role("button", name=f"Move {other_name}", exact=True).press("Enter")
    expect(page.locator(".flash-success")).to_contain_text(f"{other_name} moved.")
    expect(page.locator(f"#stage-{stages['Interview']} #card-{other_id}")).to_have_count(1)
    assert stage_of(live_app, other_id)[0] == "Interview"

    # 3. bulk-reject two from the board with a reason and the rejection email
    cards = page.locator(f"#stage-{stages['Screening']} .kanban-card")
    ids = [int(cards.nth(i).get_attribute("data-application-id")) for i in range(2)]
    for application_id in ids:
        page.locator(f"#card-{application_id} input[type=checkbox]").check()
    page.get_by_role("button", name="Reject…").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Reason", exact=True).select_option("Missing required skills")
    dialog.get_by_label("Email", exact=True).select_option("rejection")
    page.get_by_role("button", name="Reject them").click()
    expect(page.locator(".flash-success")).to_contain_text("2 application(s) updated. Rejected 2:")
    expect(page.locator(".flash-success")).to_contain_text("2 email(s) queued.")
    page.get_by_role("button", name=re.compile("^Rejected")).click()  # the exit column starts collapsed
    for application_id in ids:
        expect(page.locator(f"#stage-{stages['Rejected']} #card-{application_id}")).to_have_count(1)
        assert stage_of(live_app, application_id) == ("Rejected", "Missing required skills")
    page.screenshot(path=str(artifacts / "pipeline-board.png"), full_page=True)

    # 4. the emails are in the outbox
    page.get_by_role("link", name="Outbox").click()
    expect(page.get_by_role("heading", name="Outbox")).to_be_visible()
    expect(page.locator("tr[data-template='rejection']")).to_have_count(2)
    expect(page.locator("tr[data-template='rejection']").first).to_contain_text("sent")
    page.screenshot(path=str(artifacts / "pipeline-outbox.png"), full_page=True)
