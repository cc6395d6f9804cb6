"""A large rescore split over processes (rescore_parallel): the same scores as in one process, written by
other processes; stale analyses made again here; an error raised; a killed process's chunks finished here."""

from __future__ import annotations

import logging
import os

import pytest
from sqlalchemy import select

from ats.applications import rescore_parallel, rescoring
from ats.applications.models import Application, ScreeningResult
from ats.extensions import db
from tests.applications import rescore_helpers

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def five_to_rescore(app, make_job, make_application, monkeypatch):
    """A job with five screened applications in chunks of 2, 2 and 1, split over two processes, after a
    change to its requirements (no skill required any more)."""
    job = make_job()
    for i in range(5):
        make_application(job, name=f"Parallel {i}")
    monkeypatch.setattr(rescoring, "RESCORE_CHUNK", 2)
    monkeypatch.setattr(rescoring, "PARALLEL_FROM", 1)
    monkeypatch.setitem(app.config, "RESCORE_PROCESSES", 2)
    req = dict(job.requirements_data)
    req["skills"] = []
    job.requirements_data = req
    db.session.commit()
    assert rescoring.out_of_date(job) == 5
    return job


def _scores(job) -> dict[int, dict]:
    db.session.expire_all()
    rows = db.session.execute(
        select(ScreeningResult.application_id, ScreeningResult.score_data)
        .join(Application)
        .where(Application.job_id == job.id)
    )
    return dict(rows.all())


def test_other_processes_write_the_scores_one_process_would(app, five_to_rescore, monkeypatch):
    job = five_to_rescore
    seen: list[int] = []
    real = rescoring._reanalyse
    monkeypatch.setattr(rescoring, "_reanalyse", lambda a, r: (seen.append(a), real(a, r)))  # type: ignore[func-returns-value]
    monkeypatch.setattr(rescore_parallel, "_rescore", rescore_helpers.pid_of_rescorer)
    assert rescoring.rescore_job(job) == 5
    workers = {-a for a in seen if a < 0}
    assert workers and os.getpid() not in workers  # written by other processes
    assert rescoring.out_of_date(job) == 0
    split = _scores(job)
    monkeypatch.setitem(app.config, "RESCORE_PROCESSES", 1)
    monkeypatch.setattr(rescoring, "_reanalyse", real)
    assert rescoring.rescore_job(job) == 5
    assert _scores(job) == split  # byte for byte the scores of a rescore in this process


def test_an_analysis_from_an_older_analyser_is_made_again_in_the_calling_process(app, five_to_rescore):
    job = five_to_rescore
    result = db.session.scalars(select(ScreeningResult).join(Application).where(Application.job_id == job.id)).first()
    stale = dict(result.analysis)
    stale["analyser_version"] = "1999.01.1"
    result.analysis = stale
    db.session.commit()
    assert rescoring.rescore_job(job) == 5
    db.session.expire_all()
    assert db.session.get(ScreeningResult, result.id).analysis["analyser_version"] != "1999.01.1"
    assert rescoring.out_of_date(job) == 0


def test_an_error_in_a_rescoring_process_stops_the_rescore_with_that_error(five_to_rescore, monkeypatch):
    job = five_to_rescore
    monkeypatch.setattr(rescore_parallel, "_rescore", rescore_helpers.fail_on_the_single)
    with pytest.raises(RuntimeError, match="connection lost in a rescoring process"):
        rescoring.rescore_job(job)
    assert rescoring.out_of_date(job) == 1  # the chunks of two were written; `flask rescore` finishes the job


def test_a_killed_rescoring_process_leaves_its_chunks_to_the_calling_process(five_to_rescore, monkeypatch, caplog):
    job = five_to_rescore
    monkeypatch.setattr(rescore_parallel, "_rescore", rescore_helpers.die_on_the_single)
    with caplog.at_level(logging.WARNING, logger="ats.rescore"):
        assert rescoring.rescore_job(job) == 5
    assert rescoring.out_of_date(job) == 0  # nothing lost
    assert "rescoring processes broke after" in caplog.text


def test_an_in_memory_sqlite_database_is_rescored_in_one_process() -> None:
    assert not rescore_parallel.usable("sqlite://")
    assert not rescore_parallel.usable("sqlite:///:memory:")
    assert rescore_parallel.usable("sqlite:////srv/ats/ats.sqlite")
    assert rescore_parallel.usable("postgresql+psycopg://ats@db/ats")
