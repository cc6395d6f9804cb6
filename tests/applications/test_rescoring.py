"""Bulk rescoring: every screened application of a job is rescored once, chunk by chunk, from its stored
analysis; an analysis from an older analyser is made again from the stored text."""

from __future__ import annotations

import gc

from sqlalchemy import select

from ats.applications import rescoring
from ats.applications.models import Application, ScreeningResult
from ats.extensions import db


def test_chunks_cover_every_application_once_and_write_the_new_scores(app, make_job, make_application, monkeypatch):
    job = make_job()
    apps = [make_application(job, name=f"Rescored {i}") for i in range(5)]
    before = {a.id: a.score for a in apps}
    assert all(s is not None for s in before.values())
    monkeypatch.setattr(rescoring, "RESCORE_CHUNK", 2)
    req = dict(job.requirements_data)
    req["skills"] = []  # nothing required any more: the skill components now share their weight
    job.requirements_data = req
    db.session.commit()
    fingerprint = job.requirements().fingerprint()
    assert rescoring.rescore_job(job) == 5
    assert gc.isenabled()  # the collector is paused only while rescoring
    db.session.expire_all()
    results = db.session.scalars(select(ScreeningResult).join(Application).where(Application.job_id == job.id)).all()
    assert len(results) == 5 and {r.requirements_hash for r in results} == {fingerprint}
    after = {a.id: db.session.get(Application, a.id).score for a in apps}
    assert after != before  # the scores moved with the requirements
    assert rescoring.out_of_date(job) == 0


def test_an_analysis_from_an_older_analyser_is_made_again(app, make_job, make_application):
    job = make_job()
    application = make_application(job)
    result = application.screening
    stale = dict(result.analysis)
    stale["analyser_version"] = "1999.01.1"
    stale["roles"] = []  # what the old analyser found is not what the new one keeps
    result.analysis = stale
    db.session.commit()
    assert rescoring.out_of_date(job) == 1  # `flask rescore` picks the job up after an upgrade
    assert rescoring.rescore_job(job) == 1
    db.session.expire_all()
    fresh = db.session.get(ScreeningResult, result.id).analysis
    assert fresh["analyser_version"] != "1999.01.1" and fresh["roles"]
    assert rescoring.out_of_date(job) == 0
