"""Staff accounts: the admins' user pages and security setting, and the public invitation and reset pages.

The one-time tokens of the emailed links are swapped for a session entry on the first visit and the browser is
sent on to a token-free URL, so the token does not stay in the address bar, the history or later logs.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user

from ats.auth import throttle, two_factor
from ats.auth.access import roles_required
from ats.auth.forms import NewPasswordForm
from ats.auth.models import ROLE_LABELS, ROLES, User
from ats.auth.services import AccountError
from ats.extensions import db, limiter
from ats.jobs.models import ASSIGNMENT_ROLES
from ats.staff import accounts

bp = Blueprint("staff_accounts", __name__, template_folder="templates")
LINK_KEYS = {"invite": "invite_link", "reset": "reset_link"}


@bp.after_request
def _no_referrer(response):
    """The emailed links never send their address on (the pages with forms keep same-origin: under no-referrer
    browsers send "Origin: null", which the CSRF origin check refuses)."""
    if request.endpoint in ("staff_accounts.invite_link", "staff_accounts.reset_link"):
        response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _user_or_404(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        abort(404)
    return user


def _typed() -> accounts.AccountInput:
    jobs = {}
    for key, value in request.form.items():
        if key.startswith("job-") and key[4:].isdigit() and value:
            jobs[int(key[4:])] = value
    form = request.form
    return accounts.AccountInput(form.get("name", ""), form.get("role", ""), form.get("email", ""), jobs)


def _user_form(user: User | None, data: accounts.AccountInput, errors: dict[str, str], status: int = 200):
    return render_template(
        "staff/user_form.html",
        user=user,
        data=data,
        errors=errors,
        roles=[(r, ROLE_LABELS[r]) for r in ROLES],
        team_roles=ASSIGNMENT_ROLES,
        jobs=accounts.all_jobs(),
    ), status


@bp.route("/admin/users")
@roles_required("admin")
def users():
    return render_template(
        "staff/users.html",
        users=accounts.staff_list(),
        required=two_factor.required_for_all(),
    )


@bp.route("/admin/users/invite", methods=["GET", "POST"])
@roles_required("admin")
def invite():
    if request.method == "GET":
        return _user_form(None, accounts.AccountInput("", "interviewer"), {})
    data = _typed()
    try:
        user = accounts.invite(data, actor=current_user)
    except accounts.AccountErrors as exc:
        db.session.rollback()
        return _user_form(None, data, exc.errors, 400)
    flash(f"Invitation sent to {user.email}. The link works for 72 hours.", "success")
    return redirect(url_for("staff_accounts.users"), 303)


@bp.route("/admin/users/<int:user_id>", methods=["GET", "POST"])
@roles_required("admin")
def edit(user_id: int):
    user = _user_or_404(user_id)
    if request.method == "GET":
        return _user_form(
            user, accounts.AccountInput(user.name, user.role, user.email, accounts.assignments_of(user)), {}
        )
    data = _typed()
    try:
        accounts.update(user, data, actor=current_user)
    except accounts.AccountErrors as exc:
        db.session.rollback()
        return _user_form(user, data, exc.errors, 400)
    flash(f"{user.name} is saved.", "success")
    return redirect(url_for("staff_accounts.users"), 303)


def _account_action(user_id: int, done: str, run, *args):
    """One admin action on an account: `run(user, *args, actor=...)`, refusals shown as a message."""
    user = _user_or_404(user_id)
    try:
        run(user, *args, actor=current_user)
    except AccountError as exc:
        db.session.rollback()
        flash(str(exc), "error")
    else:
        flash(done.format(name=user.name), "success")
    return redirect(url_for("staff_accounts.users"), 303)


@bp.post("/admin/users/<int:user_id>/deactivate")
@roles_required("admin")
def deactivate(user_id: int):
    return _account_action(user_id, "{name} is deactivated and signed out everywhere.", accounts.set_active, False)


@bp.post("/admin/users/<int:user_id>/reactivate")
@roles_required("admin")
def reactivate(user_id: int):
    return _account_action(user_id, "{name} can sign in again.", accounts.set_active, True)


@bp.post("/admin/users/<int:user_id>/resend-invite")
@roles_required("admin")
def resend_invite(user_id: int):
    return _account_action(user_id, "A new invitation was sent to {name}.", accounts.resend_invite)


@bp.post("/admin/users/<int:user_id>/reset-two-factor")
@roles_required("admin")
def reset_two_factor(user_id: int):
    return _account_action(user_id, "Two-factor sign-in of {name} was reset; they set it up again.", two_factor.disable)


@bp.post("/admin/security")
@roles_required("admin")
def security():
    """Require two-factor sign-in for all staff (or stop requiring it)."""
    two_factor.set_required_for_all(request.form.get("require_two_factor") == "yes", actor=current_user)
    flash("Two-factor sign-in setting saved.", "success")
    return redirect(url_for("staff_accounts.users"), 303)


# --- public: forgotten password, invitation, reset -------------------------------------------------


@bp.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit("20 per hour", methods=["POST"])  # the same for every email, so it tells nothing about accounts
def forgot_password():
    """The same answer whether the email has an account or not."""
    if request.method == "POST":
        accounts.request_reset(request.form.get("email", "")[:254])
        return render_template("staff/forgot_password.html", sent=True)
    return render_template("staff/forgot_password.html", sent=False)


def _swap(token: str, purpose: str, endpoint: str):
    """Keep the emailed token in the session and continue on an address without it."""
    session[LINK_KEYS[purpose]] = token[:200]
    return redirect(url_for(endpoint))


@bp.route("/invite/<token>")
def invite_link(token: str):
    return _swap(token, "invite", "staff_accounts.accept_invite")


@bp.route("/reset-password/<token>")
def reset_link(token: str):
    return _swap(token, "reset", "staff_accounts.reset_password")


def _password_page(purpose: str):
    token = str(session.get(LINK_KEYS[purpose]) or "")
    if not accounts.link_is_live(token, purpose):
        return render_template("staff/choose_password.html", form=None, purpose=purpose), 404
    form = NewPasswordForm()
    if form.validate_on_submit():
        try:
            user = accounts.set_password_by_link(purpose, token, form.password.data, form.confirm.data)
        except AccountError as exc:
            db.session.rollback()
            form.password.errors = [str(exc)]
        else:
            session.pop(LINK_KEYS[purpose], None)
            flash("Your password is set. Sign in with it now.", "success")
            response = redirect(url_for("auth.login"), 303)
            throttle.remember_browser(request, response, user.email)  # the inbox was proven: not a stranger
            return response
    return render_template("staff/choose_password.html", form=form, purpose=purpose), (400 if form.errors else 200)


@bp.route("/invite", methods=["GET", "POST"])
def accept_invite():
    return _password_page("invite")


@bp.route("/reset-password", methods=["GET", "POST"])
def reset_password():
    return _password_page("reset")
