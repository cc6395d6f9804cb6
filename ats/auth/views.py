"""Sign in (password, then the second factor when set up), sign out; thin views over ats.auth services."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, logout_user

from ats.auth import oidc, services, signin, throttle, two_factor
from ats.auth.forms import CodeForm, LoginForm
from ats.extensions import login_manager

bp = Blueprint("auth", __name__, template_folder="templates")
# Where someone who must set up two-factor sign-in may still go.
SETUP_OPEN = {"static", "auth.logout", "auth.two_factor_setup", "auth.account"}


@bp.before_app_request
def _fresh_user() -> None:
    """Load the user from the session on every request, even when an outer app context is reused."""
    g.pop("_login_user", None)
    g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)


@bp.before_app_request
def _two_factor_gate():
    """When admins require two-factor sign-in, a user without it can only set it up (or sign out)."""
    if request.endpoint in SETUP_OPEN or request.endpoint is None:
        return None
    if current_user.is_authenticated and two_factor.must_set_up(current_user):
        flash("Your organisation requires two-factor sign-in. Set it up to continue.", "info")
        return redirect(url_for("auth.two_factor_setup"))
    return None


@login_manager.user_loader
def load_user(token: str):
    cfg = current_app.config
    return services.load_session(
        token,
        idle=timedelta(minutes=int(cfg["SESSION_IDLE_MINUTES"])),
        lifetime=timedelta(hours=int(cfg["SESSION_LIFETIME_HOURS"])),
    )


def _login_page(form, status: int = 200, wait: int | None = None):
    html = render_template(
        "auth/login.html", form=form, oidc_label=oidc.button_label(), wait_message=wait and throttle.wait_message(wait)
    )
    return html, status, ({"Retry-After": str(wait)} if wait else {})


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("staff.home"))
    form = LoginForm(next=request.args.get("next", ""))
    if form.validate_on_submit():
        email = form.email.data
        browser = throttle.known_browser(request, email)
        wait = throttle.wait_seconds("password", email, browser)
        if wait:
            return _login_page(form, 429, wait)
        user = services.authenticate(email, form.password.data)
        if user is not None:
            return signin.finish(user, form.next.data, "password")
        throttle.record_failure("password", email, browser)
        flash("That email and password do not match an active account.", "error")
    return _login_page(form)


@bp.route("/login/second-factor", methods=["GET", "POST"])
def second_factor():
    """The code from the authenticator app (or a recovery code) after the password."""
    user, pending = signin.pending_user()
    if user is None:
        flash("Please sign in again.", "info")
        return redirect(url_for("auth.login"))
    form = CodeForm()
    if form.validate_on_submit():
        browser = throttle.known_browser(request, user.email)
        wait = throttle.wait_seconds("code", user.email, browser)
        if wait:
            return render_template("auth/second_factor.html", form=form, wait_message=throttle.wait_message(wait)), 429
        if two_factor.verify(user, form.code.data):
            return signin.open_session(user, pending.get("next"), pending.get("m", "password") + "+totp")
        throttle.record_failure("code", user.email, browser)
        form.code.errors = ["That code is not right, or it was used already. Enter the current code."]
    return render_template("auth/second_factor.html", form=form, wait_message=None)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    services.end_session(current_user.get_id())
    logout_user()
    session.clear()
    flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))


from ats.auth import views_account  # noqa: E402,F401  (routes on the same blueprint)
