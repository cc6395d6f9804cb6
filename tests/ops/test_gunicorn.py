"""The repository's gunicorn.conf.py starts the app: two workers answer /healthz and /readyz, then stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import fresh_database_url

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (a local test server)
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.mark.slow
def test_gunicorn_with_the_repository_config_serves_health_checks(tmp_path, migrated_template):
    port = _free_port()
    env = dict(
        os.environ,
        ATS_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        ATS_INSTANCE_PATH=str(tmp_path / "instance"),
        ATS_DATABASE_URL=fresh_database_url(tmp_path, migrated_template),
        ATS_SECRET_KEY="test-secret-key-not-for-production",
        ATS_LOG_FORMAT="json",
    )
    env.pop("ATS_REDIS_URL", None)
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    process = subprocess.Popen(
        [gunicorn, "-c", str(ROOT / "gunicorn.conf.py")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline, status = time.monotonic() + 90, 0
        while time.monotonic() < deadline and process.poll() is None:
            try:
                status, body = _get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                time.sleep(0.3)
        assert status == 200 and b'"ok"' in body
        assert _get(f"http://127.0.0.1:{port}/readyz")[0] == 200
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
    assert process.returncode == 0, output
    assert "Booting worker" in output and "2 web processes keep rate-limit counters in memory" in output
