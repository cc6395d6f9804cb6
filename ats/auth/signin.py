"""The end of every sign-in (password, second factor, OpenID Connect): a fresh server-side session."""

from __future__ import annotations

import time

from flask import redirect, request, session, url_for
from flask_login import login_user

from ats.auth import services, throttle
from ats.auth.models import User
from ats.extensions import db
from ats.security import safe_next

PENDING_KEY = "pending_second_factor"
PENDING_SECONDS = 300


def finish(user: User, next_url: str | None, method: str):
    """Ask for the second factor when the user has one; otherwise open the session and go on."""
    if user.totp_enabled:
        session.clear()  # a fresh session: no fixation
        session[PENDING_KEY] = {"u": user.id, "at": time.time(), "next": safe_next(next_url) or "", "m": method}
        return redirect(url_for("auth.second_factor"))
    return open_session(user, next_url, method)


def open_session(user: User, next_url: str | None, method: str):
    session.clear()
    services.start_session(user, request.headers.get("User-Agent"), method=method)
    login_user(user)
    response = redirect(safe_next(next_url) or url_for("staff.home"))
    throttle.remember_browser(request, response, user.email)
    return response


def pending_user() -> tuple[User | None, dict]:
    """Who passed the first step in this browser in the last five minutes (and is still active)."""
    pending = session.get(PENDING_KEY)
    if not isinstance(pending, dict) or time.time() - float(pending.get("at", 0)) > PENDING_SECONDS:
        return None, {}
    user = db.session.get(User, int(pending.get("u", 0)))
    if user is None or not user.is_active_flag or not user.totp_enabled:
        return None, {}
    return user, pending
