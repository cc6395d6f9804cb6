"""Role checks of staff routes; the object-level checks (which jobs a user sees) are in ats.jobs.access."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort
from flask_login import current_user, login_required

STAFF_ROLES = ("admin", "recruiter", "hiring_manager", "interviewer")
RECRUITING_ROLES = ("admin", "recruiter")


def roles_required(*roles: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Require a login (anonymous -> login page) and one of the roles (others -> 404)."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        @login_required
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if current_user.role not in roles:
                abort(404)
            return view(*args, **kwargs)

        return wrapped

    return decorator
