"""The recruiter's triage workspace in a real browser: keyboard-only triage of 20 applicants without a page load,
bulk reject with the toolbar, the board's panel, global search by name and consider-for-another-job."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

TRIAGE_JOB = "Triage Desk Agent"
RESUME = (
    "{name}\n{email} | +1 512 555 01{n:02d} | Austin, TX\n\nSummary\nCustomer service agent with {years} years of "
    "experience.\n\nExperience\nCustomer Service Representative, Acme Corp, Jan {start} - Present\n"
    "Answered 50 calls a day by phone and live chat and resolved billing complaints.\n\n"
    "Skills\nCustomer service, active listening, Zendesk\n\nEducation\nHigh School Diploma, Austin High School, 2012\n"
)


@pytest.fixture(scope="module")
def triage_job(live_app):
    """A job with 22 applicants (plain-text resumes, screened inline) for the keyboard journey."""
    from ats.applications.models import Application
    from ats.applications.services import ApplicationInput, Upload, submit_application
    from ats.extensions import db
    from ats.jobs.models import Job
    from ats.jobs.services import create_job

    with live_app.app_context():
        job = db.session.scalar(select(Job).where(Job.title == TRIAGE_JOB))
        if job is None:
            source = db.session.scalar(select(Job).where(Job.title == "Customer Care Specialist"))
            job = create_job(
                {
                    "title": TRIAGE_JOB,
                    "status": "open",
                    "location": "Austin, TX",
                    "requirements_data": source.requirements_data,
                },
                actor=None,
            )
            for n in range(22):
                name = f"Triage Person {n:02d}"
                email = f"triage{n}@example.org"
                text = RESUME.format(name=name, email=email, n=n, years=1 + n % 9, start=2024 - n % 9)
                data = ApplicationInput(
                    name=name,
                    email=email,
                    resume=Upload("resume.txt", text.encode()),
                    answers={"weekends_holidays": "yes"},
                )
                submit_application(job, data, notify=False)
        ids = list(db.session.scalars(select(Application.id).where(Application.job_id == job.id)))
        return job.id, ids


def _app(live_app, application_id):
    from ats.applications.models import Application
    from ats.extensions import db

    with live_app.app_context():
        a = db.session.get(Application, application_id)
        return {"stage": a.stage.name, "kind": a.stage.kind, "tags": list(a.tags or []), "reason": a.rejection_reason}


def _watch_loads(page) -> list[str]:
    """Every full page load from now on (htmx swaps and history.replaceState are not loads)."""
    loads: list[str] = []
    page.on("load", lambda p: loads.append(p.url))
    page.evaluate("window.__sameDocument = true")
    return loads


def test_triage_of_20_applicants_with_the_keyboard_only(page, sign_in, live_app, triage_job, artifacts):
    job_id, _ = triage_job
    sign_in("recruiter")
    page.goto(f"/jobs/{job_id}/applicants")
    rows = page.locator("#ranked tbody tr")
    expect(rows).to_have_count(22)
    names = rows.locator("a.candidate-link").all_inner_texts()
    ids = [int(i) for i in rows.evaluate_all("rs => rs.map(r => r.dataset.id)")]
    loads = _watch_loads(page)
    title = page.locator("#panel-title")
    live = page.locator("#triage-live")

    advanced, rejected, noted, tagged, selected = ids[1], ids[3], ids[5], ids[7], [ids[10], ids[12]]
    for i in range(20):
        page.keyboard.press("j")
        expect(title).to_have_text(names[i])
        expect(page).to_have_url(re.compile(rf"open={ids[i]}\b"))
        expect(live).to_contain_text(f"{names[i]}, {i + 1} of 22")
        assert page.evaluate("document.activeElement.textContent") == names[i]  # focus stays on the row
        if ids[i] == advanced:
            page.keyboard.press("a")
            expect(page.locator("#panel-status")).to_contain_text(f"{names[i]} advanced to Screening.")
            expect(page.locator(f"#row-{ids[i]} .stage")).to_have_text("Screening")
        elif ids[i] == rejected:
            page.keyboard.press("r")
            expect(page.locator("#p-reject-reason")).to_be_focused()
            page.keyboard.type("Missing")  # a select picks the option typed
            page.keyboard.press("Tab")
            page.keyboard.type("Keyboard reject")
            page.get_by_role("button", name=f"Reject {names[i]}").press("Enter")
            expect(page.locator("#panel-status")).to_contain_text("rejected (Missing required skills)")
            expect(page.locator(f"#row-{ids[i]}")).to_have_class(re.compile("kind-rejected"))
            expect(page.locator("#tab-counts")).to_contain_text("Rejected 1")
        elif ids[i] == noted:
            page.keyboard.press("n")
            expect(page.locator("#p-note-body")).to_be_focused()
            page.keyboard.type("Typed without a mouse")
            page.get_by_role("button", name="Add note").press("Enter")
            expect(page.locator("#p-notes")).to_contain_text("Typed without a mouse")
        elif ids[i] == tagged:
            page.keyboard.press("t")
            expect(page.locator("#p-tag-name")).to_be_focused()
            page.keyboard.type("bilingual")
            page.keyboard.press("Enter")
            expect(page.locator(".tag-list")).to_contain_text("bilingual")
        elif ids[i] in selected:
            page.keyboard.press("x")
    expect(page.locator("[data-bulk-toolbar]")).to_be_visible()
    expect(page.locator("[data-bulk-toolbar] .bulk-count")).to_contain_text("2 selected")
    page.keyboard.press("k")
    expect(title).to_have_text(names[18])
    page.keyboard.press("?")
    expect(page.get_by_role("heading", name="Keyboard shortcuts")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("heading", name="Keyboard shortcuts")).to_be_hidden()
    page.keyboard.press("/")
    expect(page.locator("#f-q")).to_be_focused()
    page.screenshot(path=str(artifacts / "triage-keyboard.png"))

    assert loads == [] and page.evaluate("window.__sameDocument") is True, loads  # not one full page load
    assert _app(live_app, advanced)["stage"] == "Screening"
    assert _app(live_app, rejected)["reason"] == "Missing required skills"
    assert _app(live_app, tagged)["tags"] == ["bilingual"]
    # the URL can be shared and reloaded: the same application opens beside the list
    page.reload()
    expect(page.locator("#panel-title")).to_have_text(names[18])


def test_bulk_reject_with_the_toolbar(page, sign_in, live_app, triage_job):
    job_id, _ = triage_job
    sign_in("recruiter")
    page.goto(f"/jobs/{job_id}/applicants")
    toolbar = page.locator("[data-bulk-toolbar]")
    expect(toolbar).to_be_hidden()
    rows = page.locator("#ranked tbody tr")
    picked = [int(rows.nth(i).get_attribute("data-id")) for i in (-1, -2)]
    picked_names = [rows.nth(i).locator("a.candidate-link").inner_text() for i in (-1, -2)]
    for application_id in picked:
        page.locator(f"#row-{application_id} input[type=checkbox]").check()
    expect(toolbar).to_be_visible()
    expect(toolbar.locator(".bulk-count")).to_contain_text("2 selected")
    toolbar.get_by_role("button", name="Reject…").click()
    dialog = page.get_by_role("dialog", name=re.compile("Reject 2 applicant"))
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(picked_names[0])
    dialog.get_by_role("button", name="Reject them").click()  # no reason yet: the dialog stays and asks
    expect(dialog).to_be_visible()
    dialog.get_by_label("Reason").select_option("Another candidate was a better fit")
    dialog.get_by_label("Email").select_option("rejection")
    dialog.get_by_role("button", name="Reject them").click()
    summary = page.locator(".flash-success")
    expect(summary).to_contain_text("Rejected 2:")
    expect(summary).to_contain_text("2 email(s) queued")
    for application_id in picked:
        expect(page.locator(f"#row-{application_id}")).to_have_count(0)  # gone from the Active tab
        assert _app(live_app, application_id)["reason"] == "Another candidate was a better fit"


def test_the_board_opens_the_panel_and_fits_every_stage_at_1366(page, sign_in, live_app, triage_job, artifacts):
    job_id, _ = triage_job
    page.set_viewport_size({"width": 1366, "height": 768})
    sign_in("recruiter")
    page.goto(f"/jobs/{job_id}/board")
    headers = page.locator(".kanban-title")
    expect(headers).to_have_count(8)
    rights = headers.evaluate_all("hs => hs.map(h => h.getBoundingClientRect().right)")
    assert max(rights) <= 1366, rights  # every stage reachable without scrolling (exits collapsed)
    page.get_by_role("button", name=re.compile("^Rejected")).click()
    expect(page.get_by_role("button", name=re.compile("^Rejected"))).to_have_attribute("aria-expanded", "true")
    card = page.locator(".kanban-list .kanban-card").first
    application_id = int(card.get_attribute("data-id"))
    name = card.get_attribute("data-name")
    applied_count = int(page.locator(".kanban-count").first.inner_text())
    card.locator("a.candidate-link").click()
    expect(page.locator("#panel-title")).to_have_text(name)
    expect(page.locator("#panel-title")).to_be_focused()
    expect(page).to_have_url(re.compile(rf"open={application_id}\b"))
    page.keyboard.press("a")
    expect(page.locator("#panel-status")).to_contain_text("advanced to Screening")
    expect(page.locator(".kanban-count").first).to_have_text(str(applied_count - 1))
    expect(page.locator(f".kanban-list[aria-label='Screening'] #card-{application_id}")).to_have_count(1)
    assert _app(live_app, application_id)["stage"] == "Screening"
    # the keyboard "Move to" control is still on every card
    expect(page.locator(f"#move-{application_id}")).to_have_value(
        str(page.locator(f"#move-{application_id}").input_value())
    )
    page.keyboard.press("Escape")
    expect(page.locator("#panel")).to_be_hidden()


def test_global_search_by_name_opens_the_application(page, sign_in, triage_job):
    sign_in("recruiter")
    page.get_by_label("Find a person by name, email, phone or resume words").fill("Triage Person 04")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=Triage"))
    hit = page.locator("a.search-hit").first
    expect(page.get_by_text("Matched on name")).to_be_visible()
    hit.click()
    expect(page.locator("#panel-title")).to_have_text("Triage Person 04")


def test_consider_for_another_job(page, sign_in, live_app, triage_job):
    from ats.applications.models import Application
    from ats.extensions import db
    from ats.jobs.models import Job

    job_id, ids = triage_job
    sign_in("recruiter")
    page.goto(f"/jobs/{job_id}/applicants?tab=all&open={ids[-3]}")
    expect(page.locator("#panel-title")).to_be_visible()
    name = page.locator("#panel-title").inner_text()
    page.get_by_text("Consider for another job").click()
    job_select = page.get_by_label("Job", exact=True)
    option = job_select.locator("option", has_text="Customer Care Representative").get_attribute("value")
    job_select.select_option(option)
    page.get_by_role("button", name="Add to the job").click()
    expect(page.locator("#panel-status")).to_contain_text(f"{name} was added to Customer Care Representative")
    page.locator("#panel-status").get_by_role("link", name="Open it").click()
    expect(page.locator("#panel-title")).to_have_text(name)
    expect(page.locator(".panel-facts")).to_contain_text("Sourced by a recruiter")
    with live_app.app_context():
        other = db.session.scalar(select(Job).where(Job.title == "Customer Care Representative"))
        created = db.session.scalar(
            select(Application).where(Application.job_id == other.id, Application.source == "sourced")
        )
        assert created is not None and created.candidate.name == name and created.score is not None
