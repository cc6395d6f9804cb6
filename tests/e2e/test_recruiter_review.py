"""Recruiter journey: import a posting from text, save it, open a ranked list and review the top candidate."""

import re

from playwright.sync_api import expect

from tests.shared_data import own_posting

POSTING = own_posting("customer-care-representative.txt")


def test_recruiter_imports_a_posting_and_reviews_the_top_candidate(page, sign_in, artifacts):
    sign_in("recruiter")
    page.get_by_role("link", name="Jobs", exact=True).click()
    page.get_by_role("button", name="Import from a job description").click()
    page.get_by_label("Job description text").fill(POSTING.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Read the description").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review the imported job")
    expect(page.get_by_label("Skill 1 name")).not_to_have_value("")
    page.get_by_label("Title").fill("Imported Care Agent (e2e)")
    page.screenshot(path=str(artifacts / "recruiter-import-review.png"), full_page=True)
    page.get_by_role("button", name="Save job").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Imported Care Agent (e2e)")
    expect(page.locator(".flash-success")).to_contain_text("saved")

    page.get_by_role("link", name="Jobs", exact=True).click()
    page.get_by_role("link", name="Customer Care Specialist", exact=True).click()
    expect(page).to_have_url(re.compile(r"/jobs/\d+/applicants$"))
    rows = page.locator("table.ranked tbody tr")
    expect(rows.first).to_be_visible()
    scores = [float(t) for t in page.locator("td.score strong").all_inner_texts()]
    assert scores == sorted(scores, reverse=True) and scores
    page.screenshot(path=str(artifacts / "recruiter-ranked-list.png"), full_page=True)
    name = rows.first.locator("a.candidate-link").inner_text()
    rows.first.locator("a.candidate-link").click()

    expect(page).to_have_url(re.compile(r"/jobs/\d+/applicants\?open=\d+$"))  # the panel, beside the list
    expect(page.locator("#panel-title")).to_have_text(name)
    expect(page.get_by_role("heading", name=re.compile(r"^Score: \d+ \/ 100$"))).to_be_visible()
    assert page.locator("mark.evidence-skill").count() >= 1
    # a matched skill's link scrolls to its evidence in the resume and focuses it
    link = page.locator("#p-score a.ev-link").first
    target = link.get_attribute("data-evidence")
    link.click()
    expect(page.locator(f"#{target}")).to_be_focused()
    expect(page.locator(f"#{target}")).to_be_in_viewport()
    page.screenshot(path=str(artifacts / "recruiter-candidate-panel.png"))
    # the full page of the application still walks the list with j
    page.get_by_role("link", name="Full page").click()
    expect(page).to_have_url(re.compile(r"/applications/\d+$"))
    page.locator("body").press("j")
    expect(page).to_have_url(re.compile(r"/applications/\d+$"))
