"""The staff home page, and staff accounts: admins' user pages, invitations and password resets."""

from __future__ import annotations

from flask import Flask

from ats import nav
from ats.auth.access import STAFF_ROLES
from ats.staff import accounts_views, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    app.register_blueprint(accounts_views.bp)
    nav.register("staff_accounts.users", "Users", ("admin",), order=84)
    nav.register("auth.account", "My account", STAFF_ROLES, order=95)
