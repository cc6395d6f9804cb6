"""The ATS application factory: config chain -> extensions -> blueprints -> errors -> cli."""
from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from typing import Any

from flask import Flask



def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build a configured app; touching the database or the network is left to commands and requests."""
    import os

    instance_path = (test_config or {}).get("INSTANCE_PATH") or os.environ.get("ATS_INSTANCE_PATH")
    app = Flask(__name__, instance_relative_config=True, instance_path=instance_path)
    from ats.config import load_config

    load_config(app, test_config)
    _init_extensions(app)
    _register_blueprints(app)
    from ats import cli, errors, nav, security

    nav.init_app(app)
    errors.register(app)
    security.register(app)
    cli.register(app)
    return app


def import_models() -> None:
    """Import every domain's models module so the metadata is complete (migrations, create_all)."""
    import ats

    for module in pkgutil.iter_modules(ats.__path__):
        if module.ispkg:
            try:
                importlib.import_module(f"ats.{module.name}.models")
            except ModuleNotFoundError as exc:
                if not (exc.name and f"ats.{module.name}.models".startswith(exc.name)):
                    raise


def _init_extensions(app: Flask) -> None:
    from ats import dbsetup
    from ats.extensions import csrf, db, limiter, login_manager, migrate

    import_models()
    db.init_app(app)
    dbsetup.install_pragmas(app)
    migrate.init_app(app, db, directory=str(dbsetup.MIGRATIONS_DIR))
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to continue."
    login_manager.session_protection = None  # server-side sessions do the protecting
    csrf.init_app(app)
    limiter.init_app(app)


def _register_blueprints(app: Flask) -> None:
    """Each domain package with a views module registers its blueprint `bp` (and any `extra_bps`)."""
    import ats

    for module in sorted(pkgutil.iter_modules(ats.__path__), key=lambda m: m.name):
        if not module.ispkg or importlib.util.find_spec(f"ats.{module.name}.views") is None:
            continue
        views = importlib.import_module(f"ats.{module.name}.views")
        for blueprint in (views.bp, *getattr(views, "extra_bps", ())):
            app.register_blueprint(blueprint)
