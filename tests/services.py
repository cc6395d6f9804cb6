"""Which real services (PostgreSQL, Redis, Chromium) the tests may use; skip locally, fail in CI."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM = "/usr/bin/chromium"


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def require(name: str, available: bool) -> None:
    """Skip when a service is missing, except in CI where a missing service is a failure."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{name} is required in CI but is not available")
    pytest.skip(f"{name} is not available on this machine")


def require_postgres() -> None:
    require("PostgreSQL on 127.0.0.1:5432", port_open("127.0.0.1", 5432))


def require_redis() -> None:
    require("Redis on 127.0.0.1:6379", port_open("127.0.0.1", 6379))


def require_chromium() -> None:
    require(f"Chromium at {CHROMIUM}", shutil.which(CHROMIUM) is not None)


REDIS_TEST_URL = "redis://127.0.0.1:6379/13"


@contextmanager
def rq_namespace() -> Iterator[str]:
    """A queue prefix of this test's own on the test Redis database, and its keys removed afterwards:
    two test runs sharing one Redis never take (or flush) each other's jobs."""
    from redis import Redis

    prefix = f"ats-test-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        yield prefix
    finally:
        connection = Redis.from_url(REDIS_TEST_URL)
        for key in connection.scan_iter(f"rq:*{prefix}*"):
            connection.delete(key)
