"""The ATS application factory: config chain -> extensions -> every domain, in one visible list."""

from __future__ import annotations

import os
from typing import Any

from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build a configured app; touching the database or the network is left to commands and requests."""
    # The web app is imported here, not when `ats` is: the extraction sandbox and batch workers import only
    # ats.screening, and must not load Flask, SQLAlchemy and every domain to do so.
    from ats import (
        api,
        applications,
        auth,
        cli,
        demo,
        errors,
        imports,
        interviews,
        jobs,
        labels,
        models,  # noqa: F401  (every model is mapped before the extensions meet the database)
        nav,
        notifications,
        ops,
        pipeline,
        portal,
        privacy,
        reports,
        retention,
        review,
        security,
        staff,
        talent,
    )
    from ats.config import load_config
    from ats.dbsetup import MIGRATIONS_DIR, install_pragmas
    from ats.extensions import csrf, db, limiter, login_manager, migrate

    instance_path = (test_config or {}).get("INSTANCE_PATH") or os.environ.get("ATS_INSTANCE_PATH")
    app = Flask(__name__, instance_relative_config=True, instance_path=instance_path)
    load_config(app, test_config)

    db.init_app(app)
    install_pragmas(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR))
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to continue."
    login_manager.session_protection = None  # server-side sessions do the protecting
    csrf.init_app(app)
    limiter.init_app(app)

    # Each registers its own blueprints, CLI commands and task handlers; audit, candidates, search and tasks
    # hold only models and services.
    for part in (
        nav,
        labels,
        errors,
        security,
        cli,
        auth,
        jobs,
        applications,
        pipeline,
        review,
        interviews,
        notifications,
        privacy,
        retention,
        reports,
        imports,
        staff,
        talent,
        portal,
        api,
        ops,
        demo,
    ):
        part.init_app(app)
    return app
