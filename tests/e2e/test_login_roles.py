"""First journey: each demo role signs in and lands on its home page."""

import re

import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "role,heading,sees_second_job",
    [
        ("admin", "Jobs", True),
        ("recruiter", "Jobs", True),
        ("hiring_manager", "My jobs", False),
        ("interviewer", "My jobs", False),
    ],
)
def test_each_demo_role_lands_on_its_home(page, sign_in, role, heading, sees_second_job, artifacts):
    sign_in(role)
    expect(page).to_have_url(re.compile(r"/home$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.get_by_role("heading", name="Customer Care Specialist")).to_be_visible()
    second = page.get_by_role("heading", name="Customer Care Representative")
    expect(second).to_have_count(1 if sees_second_job else 0)
    page.screenshot(path=str(artifacts / f"home-{role}.png"), full_page=True)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Staff sign in")).to_be_visible()
