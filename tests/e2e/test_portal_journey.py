"""Candidate journey on a phone: careers page -> posting -> apply -> confirmation -> status -> withdraw."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.browser_cfg import PHONE_VIEWPORT


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server, viewport=PHONE_VIEWPORT, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def resume_pdf(tmp_path):
    from ats.demo.documents import ResumeDoc, Section, render

    doc = ResumeDoc(
        name="Pat Phone",
        contact="pat.phone@example.org | +1 512 555 0199 | Austin, TX",
        sections=(
            Section("Summary", ("Customer care specialist, 3 years on phones and chat.",)),
            Section("Experience", ()),
            Section("Skills", ("Customer service, active listening, Zendesk",), sidebar=True),
        ),
        experience_rows=(("Jan 2022 - Present", "Customer Care Specialist, Acme", "Answered calls."),),
    )
    path = tmp_path / "Pat_Phone_resume.pdf"
    path.write_bytes(render(doc, "pdf"))
    return path


def test_candidate_applies_and_withdraws_on_a_phone(phone, resume_pdf, artifacts):
    page = phone
    page.goto("/careers")
    expect(page.get_by_role("heading", level=1)).to_have_text("Open jobs")
    page.screenshot(path=str(artifacts / "portal-1-careers.png"), full_page=True)
    page.get_by_role("link", name="Customer Care Specialist").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Customer Care Specialist")
    expect(page.get_by_role("heading", name="Required qualifications")).to_be_visible()
    page.screenshot(path=str(artifacts / "portal-2-job.png"), full_page=True)
    page.get_by_role("link", name="Apply for this job").click()
    expect(page.get_by_text("An automated tool helps our recruiters")).to_be_visible()
    page.get_by_label("Full name").fill("Pat Phone")
    page.get_by_label("Email").fill("pat.phone@example.org")
    page.get_by_label("Phone").fill("+1 512 555 0199")
    page.get_by_label("Resume").set_input_files(str(resume_pdf))
    page.get_by_label("Or type your cover letter").fill("I enjoy solving customer problems by phone and chat.")
    page.get_by_role("group", name=re.compile("background check")).get_by_label("Yes").check()
    page.get_by_label("How many years have you worked").fill("3")
    page.get_by_label("How did you hear about us?").select_option("linkedin")
    page.get_by_label("I agree").check()
    page.screenshot(path=str(artifacts / "portal-3-apply-form.png"), full_page=True)
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("your application has been received")
    page.screenshot(path=str(artifacts / "portal-4-confirmation.png"), full_page=True)
    page.get_by_role("link", name="Open my application status").click()
    expect(page).to_have_url(re.compile(r"/status/a/\d+$"))  # the token was swapped for a /status cookie
    expect(page.locator(".stage-label")).to_have_text("Received")
    page.screenshot(path=str(artifacts / "portal-5-status.png"), full_page=True)
    page.get_by_role("link", name="Withdraw my application").click()
    page.get_by_role("button", name="Yes, withdraw my application").click()
    expect(page.get_by_text("Your application has been withdrawn.")).to_be_visible()
    expect(page.locator(".stage-label")).to_have_text("Withdrawn")
    page.screenshot(path=str(artifacts / "portal-6-withdrawn.png"), full_page=True)
