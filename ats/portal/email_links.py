"""Links we email to candidates: confirm the email address, confirm a data request, get a fresh status link.

Each opens a page with one button: mail scanners that fetch links change nothing, the person's click does.
"""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for

from ats.applications.identity import verify_email
from ats.applications.services import renew_status_token
from ats.portal import status_session
from ats.privacy.services import confirm_request

bp = Blueprint("portal_links", __name__, template_folder="templates")

PAGES = {
    "verify": ("Confirm your email address", "Confirm that this email address is yours.", "Confirm my email"),
    "confirm": ("Confirm your request", "Confirm your request about your personal data.", "Confirm my request"),
    "renew": (
        "Get a new status link",
        "This gives you a new private link to your application; the old link stops working.",
        "Give me a new link",
    ),
}


def _page(kind: str, done: str | None = None, status: int = 200):
    title, text, button = PAGES[kind]
    return render_template(
        "portal/email_link.html", title=title, text=text, button=button, done=done, action=request.path
    ), status


GONE = "This link is not valid any more. If you still need it, use the newest email we sent you."
DONE = {
    "verify": "Thank you: your email address is confirmed.",
    "confirm": "Thank you: your request is confirmed. Our team will reply by email.",
}


def _button_page(kind: str, run, token: str):
    """GET shows the button; POST runs the action and says how it went."""
    if request.method == "GET":
        return _page(kind)
    if run(token) is None:
        return _page(kind, GONE, 404)
    return _page(kind, DONE[kind])


@bp.route("/verify-email/<token>", methods=["GET", "POST"])
def verify(token: str):
    return _button_page("verify", verify_email, token)


@bp.route("/data-request/confirm/<token>", methods=["GET", "POST"])
def confirm(token: str):
    return _button_page("confirm", confirm_request, token)


@bp.route("/status-link/<token>", methods=["GET", "POST"])
def renew(token: str):
    if request.method == "GET":
        return _page("renew")
    renewed = renew_status_token(token)
    if renewed is None:
        abort(404)
    application, status_token = renewed
    response = redirect(url_for("portal.status_page", application_id=application.id), 303)
    return status_session.grant(response, application, status_token)
