"""A recruiter signed in, a job and a few applications (screening runs inline)."""

import pytest


@pytest.fixture
def recruiter(make_user):
    return make_user("recruiter")


@pytest.fixture
def rclient(client, login, recruiter):
    login(client, recruiter)
    return client


@pytest.fixture
def job(make_job):
    return make_job()


@pytest.fixture
def apps(job, make_application):
    return [make_application(job, name=n, fmt="txt") for n in ("Ana Lima", "Ben Okafor", "Cleo Park")]


def stage(job, name):
    return next(s for s in job.stages if s.name == name)
