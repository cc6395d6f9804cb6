"""R1 and S6 for the apply form: rate limits (per IP, per email and job) and CSRF, with the checks switched on."""

import pytest
from sqlalchemy import func, select

from ats.applications.models import Application
from ats.extensions import db


@pytest.fixture
def app_config(app_config):
    app_config.update(
        {"RATELIMIT_ENABLED": True, "APPLY_RATE_LIMIT": "5 per minute", "APPLY_RATE_LIMIT_PER_EMAIL": "2 per hour"}
    )
    return app_config


def test_per_ip_limit_429_with_retry_after_and_input_kept(client, make_job, apply_data):
    job = make_job()
    if True:  # no frozen clock: freezegun hides the frozen time from the limiter's expiry thread
        codes = []
        for n in range(6):
            response = client.post(
                f"/careers/{job.slug}/apply", data=apply_data(job, submission_id=f"ip-{n}", email=f"p{n}@example.org")
            )
            codes.append(response.status_code)
        assert codes == [303] * 5 + [429]
        html = response.get_data(as_text=True)
        assert int(response.headers["Retry-After"]) > 0
        assert "Too many attempts" in html and 'value="p5@example.org"' in html and "I love helping customers." in html
    assert db.session.scalar(select(func.count()).select_from(Application)) == 5


def test_per_email_and_job_limit(client, make_job, apply_data):
    job = make_job()
    if True:
        codes = [
            client.post(
                f"/careers/{job.slug}/apply", data=apply_data(job, submission_id=f"em-{n}", email="same@example.org")
            ).status_code
            for n in range(3)
        ]
    assert codes == [303, 200, 429]  # applied, told 'already applied', then limited


def test_apply_without_csrf_token_is_refused(app_config, make_job, apply_data, tmp_path):
    from ats import create_app

    app_config["WTF_CSRF_ENABLED"] = True
    app = create_app(app_config)
    with app.app_context():
        job = make_job.__wrapped__ if hasattr(make_job, "__wrapped__") else make_job
        job = job()
        response = app.test_client().post(f"/careers/{job.slug}/apply", data=apply_data(job, submission_id="x"))
        assert response.status_code in (400, 422)
        assert db.session.scalar(select(func.count()).select_from(Application)) == 0


def test_thirty_applications_in_a_minute_from_one_ip_hit_the_default_limit(app, client, make_job, apply_data):
    """R1 with the shipped default (10 per minute per IP)."""
    from ats.config import DEFAULTS

    app.config["APPLY_RATE_LIMIT"] = DEFAULTS["APPLY_RATE_LIMIT"]
    job = make_job()
    codes = [
        client.post(
            f"/careers/{job.slug}/apply",
            data=apply_data(job, submission_id=f"burst-{n}", email=f"burst{n}@example.org", q_weekends=""),
        ).status_code
        for n in range(30)
    ]
    assert set(codes[:10]) == {422} and set(codes[10:]) == {429}
    assert db.session.scalar(select(func.count()).select_from(Application)) == 0  # the 10 allowed had an error
