"""Login and logout; thin views over ats.auth.services."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ats.auth import services
from ats.auth.forms import LoginForm
from ats.extensions import limiter, login_manager
from ats.security import safe_next

bp = Blueprint("auth", __name__, template_folder="templates")


@bp.before_app_request
def _fresh_user() -> None:
    """Load the user from the session on every request, even when an outer app context is reused."""
    g.pop("_login_user", None)
    g.pop(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"), None)


@login_manager.user_loader
def load_user(token: str):
    cfg = current_app.config
    return services.load_session(
        token,
        idle=timedelta(minutes=int(cfg["SESSION_IDLE_MINUTES"])),
        lifetime=timedelta(hours=int(cfg["SESSION_LIFETIME_HOURS"])),
    )


def _login_email_key() -> str:
    return "login:" + services.normalise_email(request.form.get("email", ""))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], key_func=_login_email_key, methods=["POST"])
@limiter.limit("50 per 10 minutes", methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("staff.home"))
    form = LoginForm(next=request.args.get("next", ""))
    if form.validate_on_submit():
        user = services.authenticate(form.email.data, form.password.data)
        if user is None:
            flash("That email and password do not match an active account.", "error")
        else:
            session.clear()  # a fresh session: no fixation
            services.start_session(user, request.headers.get("User-Agent"))
            login_user(user)
            return redirect(safe_next(form.next.data) or url_for("staff.home"))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    services.end_session(current_user.get_id())
    logout_user()
    session.clear()
    flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))
