"""A live server on 127.0.0.1 with demo data, and Playwright driving Debian's Chromium."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from ats import create_app
from tests.conftest import base_config, fresh_database_url
from tests.e2e.browser_cfg import CHROMIUM, CHROMIUM_ARGS, DESKTOP_VIEWPORT
from tests.services import require_chromium

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def live_app(tmp_path_factory, migrated_template):
    """The app behind the live server: a migrated database with a small demo seeded."""
    folder = tmp_path_factory.mktemp("live")
    config = base_config(folder, fresh_database_url(folder, migrated_template, "live.sqlite"))
    config.update({"WTF_CSRF_ENABLED": True, "MAIL_BACKEND": "locmem"})
    app = create_app(config)
    with app.app_context():
        from ats.demo.seed import seed

        seed(applicants_per_job=8)
    return app


@pytest.fixture(scope="session")
def live_server(live_app):
    require_chromium()
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def demo_logins(live_app) -> dict[str, tuple[str, str]]:
    """role -> (email, password) of the live server's demo accounts."""
    with live_app.app_context():
        from ats.demo.seed import read_logins

        return {role: (email, password) for role, email, password in read_logins()}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, live_server):
    return {**browser_context_args, "base_url": live_server, "viewport": DESKTOP_VIEWPORT}


@pytest.fixture
def artifacts() -> Path:
    """Folder for screenshots kept after the run (test-artifacts/, ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def sign_in(page, demo_logins):
    """Sign in through the real form as a demo role."""

    def do(role: str):
        email, password = demo_logins[role]
        page.goto("/login")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        return page

    return do
