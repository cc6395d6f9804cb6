"""Admin journey in a real browser: invite a hiring manager to a job, they accept and sign in, the admin
deactivates them and their open session ends at once."""

import re

from playwright.sync_api import expect

from tests.e2e.browser_cfg import DESKTOP_VIEWPORT


def _invite_path(live_app, email: str) -> str:
    from ats.notifications.services import sent_messages

    message = [m for m in sent_messages(live_app) if m["To"] == email][-1]
    return re.search(r"http://[^/\s]+(/invite/\S+)", message.get_content()).group(1)


def test_invite_accept_and_deactivate(page, sign_in, browser, live_server, live_app, artifacts):
    sign_in("admin")
    page.get_by_role("link", name="Users").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Users")
    page.get_by_role("button", name="Invite a user").click()
    page.get_by_label("Name", exact=True).fill("Harper Hiring")
    page.get_by_label(re.compile(r"^Email( \(required\))?$")).fill("harper@example.com")
    page.get_by_label("Role").select_option("hiring_manager")
    page.get_by_label(re.compile("^Customer Care Specialist")).select_option("hiring_manager")
    page.screenshot(path=str(artifacts / "admin-users-invite.png"), full_page=True)
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("Invitation sent to harper@example.com")).to_be_visible()
    row = page.locator("tr[data-user='harper@example.com']")
    expect(row.locator(".status")).to_have_text("Invited")

    invited = browser.new_context(base_url=live_server, viewport=DESKTOP_VIEWPORT).new_page()
    invited.goto(_invite_path(live_app, "harper@example.com"))
    expect(invited).to_have_url(re.compile(r"/invite$"))  # the token left the address bar
    invited.get_by_label(re.compile(r"^New password( \(required\))?$")).fill("Summer2024!!!")
    invited.get_by_label(re.compile("^New password again")).fill("Summer2024!!!")
    invited.get_by_role("button", name="Set my password").click()
    expect(invited.get_by_text("too easy to guess")).to_be_visible()
    passphrase = "quiet otters borrow lanterns at the harbour"
    invited.get_by_label(re.compile(r"^New password( \(required\))?$")).fill(passphrase)
    invited.get_by_label(re.compile("^New password again")).fill(passphrase)
    invited.get_by_role("button", name="Set my password").click()
    expect(invited.get_by_text("Your password is set")).to_be_visible()
    invited.get_by_label(re.compile(r"^Email( \(required\))?$")).fill("harper@example.com")
    invited.get_by_label(re.compile(r"^Password( \(required\))?$")).fill(passphrase)
    invited.get_by_role("button", name="Sign in").click()
    expect(invited.get_by_role("heading", level=1)).to_have_text("My jobs")
    expect(invited.get_by_role("heading", name="Customer Care Specialist")).to_be_visible()
    expect(invited.get_by_role("heading", name="Customer Care Representative")).to_have_count(0)

    page.reload()
    expect(row.locator(".status")).to_have_text("Active")
    row.get_by_role("button", name="Deactivate Harper Hiring").click()
    expect(page.get_by_text("Harper Hiring is deactivated and signed out everywhere.")).to_be_visible()
    expect(row.locator(".status")).to_have_text("Deactivated")
    page.screenshot(path=str(artifacts / "admin-users-deactivated.png"), full_page=True)

    invited.reload()
    expect(invited.get_by_role("heading", name="Staff sign in")).to_be_visible()
    invited.context.close()
