"""Behind proxies: X-Forwarded-For separates clients only when trusted; Redis counters are shared by processes."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from redis import Redis

from ats import create_app
from tests.services import require_redis

REDIS_LIMITS = "redis://127.0.0.1:6379/14"  # a database of its own: RQ tests use 13, bench/apply_load.py 12


@pytest.fixture(params=[None])
def one_apply_per_minute(app_config, request):
    """Apply limited to one per minute per address; the test's parameters pick proxies and storage."""
    app_config.update(RATELIMIT_ENABLED=True, APPLY_RATE_LIMIT="1 per minute", RATELIMIT_STORAGE_URI="memory://")
    app_config.update(request.param or {})
    return app_config


def _post(client, job, apply_data, email: str, forwarded_for: str | None = None):
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    return client.post(
        f"/careers/{job.slug}/apply",
        data=apply_data(job, client, email=email),
        content_type="multipart/form-data",
        headers=headers,
    )


@pytest.mark.parametrize(
    "one_apply_per_minute,second_status",
    [({"TRUSTED_PROXIES": 1}, 303), ({"TRUSTED_PROXIES": 0}, 429)],
    indirect=["one_apply_per_minute"],
)
def test_forwarded_for_gives_each_client_its_own_limit_only_behind_a_trusted_proxy(
    one_apply_per_minute, second_status, app, client, make_job, apply_data
):
    job = make_job()
    assert _post(client, job, apply_data, "a@example.org", "203.0.113.1").status_code == 303
    assert _post(client, job, apply_data, "b@example.org", "203.0.113.2").status_code == second_status


@pytest.mark.parametrize(
    "one_apply_per_minute,second_status",
    [({"RATELIMIT_STORAGE_URI": REDIS_LIMITS}, 429), ({"RATELIMIT_STORAGE_URI": "memory://"}, 303)],
    indirect=["one_apply_per_minute"],
)
def test_rate_limits_are_shared_by_two_app_instances_through_redis(
    one_apply_per_minute, second_status, app, client, make_job, apply_data
):
    shared = one_apply_per_minute["RATELIMIT_STORAGE_URI"].startswith("redis")
    if shared:
        require_redis()
        Redis.from_url(REDIS_LIMITS).flushdb()
    job = SimpleNamespace(slug=make_job().slug)
    assert _post(client, job, apply_data, "a@example.org").status_code == 303
    other = create_app(dict(one_apply_per_minute))  # another web process behind the same address
    try:
        assert _post(other.test_client(), job, apply_data, "b@example.org").status_code == second_status
    finally:
        if shared:
            Redis.from_url(REDIS_LIMITS).flushdb()


def test_start_up_warns_when_several_processes_would_count_limits_in_memory(app_config, caplog):
    with caplog.at_level(logging.WARNING, logger="ats.ops"):
        create_app({**app_config, "WEB_PROCESSES": 3, "RATELIMIT_STORAGE_URI": "memory://"})
    assert "3 web processes keep rate-limit counters in memory" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="ats.ops"):
        create_app({**app_config, "WEB_PROCESSES": 3, "RATELIMIT_STORAGE_URI": REDIS_LIMITS})
        create_app({**app_config, "WEB_PROCESSES": 1, "RATELIMIT_STORAGE_URI": "memory://"})
    assert "rate-limit counters in memory" not in caplog.text
