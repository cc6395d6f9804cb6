"""Bulk rescoring: every screened application of a job is rescored once, chunk by chunk, from its stored
analysis; an analysis from an older analyser is made again from the stored text."""

from __future__ import annotations

import gc
import threading

import pytest
from sqlalchemy import select, text

from ats.applications import rescore_io, rescoring
from ats.applications.models import Application, ScreeningResult
from ats.extensions import db


def test_chunks_cover_every_application_once_and_write_the_new_scores(app, make_job, make_application, monkeypatch):
    job = make_job()
    apps = [make_application(job, name=f"Rescored {i}") for i in range(5)]
    before = {a.id: a.score for a in apps}
    assert all(s is not None for s in before.values())
    stamped = {a.screening.id: a.screening.updated_at for a in apps}
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
    # written straight through the driver: the JSON reads back, and updated_at moved as an ORM update does
    assert {r.application_id: r.score_data["total"] for r in results} == after
    assert all(r.updated_at > stamped[r.id] for r in results)
    if db.engine.dialect.name == "sqlite":  # the text form SQLAlchemy writes, as for created_at
        same = "SELECT DISTINCT length(updated_at) = length(created_at) FROM screening_results"
        assert db.session.execute(text(same)).scalars().all() == [1]
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


def _fresh_score(result: ScreeningResult, job) -> dict:
    """The score a fresh scorer gives the full stored analysis (sentence index included)."""
    from ats.screening import ResumeAnalysis, score

    return score(ResumeAnalysis.from_dict(result.full_analysis() or {}), job.requirements(), {}).as_dict()


def test_a_rescore_reads_back_the_analysis_and_the_sentence_index_only_when_a_score_needs_them(
    app, make_job, make_application
):
    """A skills change reads the analyses and no sentence index; a duties change reads the sentence indexes
    and no analysis (the stored score repeats the facts it needs); both give what a fresh score gives."""
    from ats.screening import rescore_reads

    job = make_job()
    apps = [make_application(job, name=f"Indexed {i}") for i in range(3)]
    result = apps[0].screening
    assert "text_index" not in result.analysis and result.text_index and '"s"' in result.text_index
    req = dict(job.requirements_data)
    req["skills"] = req["skills"][1:]  # the skills change: duties, vocabulary and the letter carry over
    job.requirements_data = req
    db.session.commit()
    assert rescore_reads(job.requirements(), result.score_data) == (True, False)
    analyses: list[int] = []
    texts: list[int] = []
    real = rescore_io.read_chunk

    def reading(connection, ids, reads):
        rows = real(connection, ids, reads)
        analyses.extend(r[2] for r in rows if r[5] is not None)
        texts.extend(r[2] for r in rows if r[6] is not None)
        return rows

    rescore_io.read_chunk = reading  # type: ignore[assignment]
    try:
        assert rescoring.rescore_job(job) == 3
        assert (sorted(analyses), texts) == (sorted(a.screening.id for a in apps), [])
        analyses.clear()
        req["duties"] = ["Answer customer questions by phone and email", "Resolve billing problems"]
        job.requirements_data = req
        db.session.commit()
        assert rescore_reads(job.requirements(), result.score_data) == (False, True)
        assert rescoring.rescore_job(job) == 3
        assert (analyses, sorted(texts)) == ([], sorted(a.screening.id for a in apps))  # each index read once
    finally:
        rescore_io.read_chunk = real  # type: ignore[assignment]
    db.session.expire_all()
    for a in apps:
        stored = db.session.get(ScreeningResult, a.screening.id)
        fresh = _fresh_score(stored, job)
        assert stored.score_data["total"] == fresh["total"]
        assert [c["points"] for c in stored.score_data["components"]] == [c["points"] for c in fresh["components"]]
        assert stored.score_data == fresh


def test_an_analysis_stored_with_its_index_inside_still_rescores(app, make_job, make_application):
    job = make_job()
    application = make_application(job)
    result = application.screening
    result.analysis = {**result.analysis, "text_index": result.text_index}  # as stored before the column
    result.text_index = None
    db.session.commit()
    req = dict(job.requirements_data)
    req["duties"] = ["Answer customer questions by phone and email"]
    job.requirements_data = req
    db.session.commit()
    assert rescoring.rescore_job(job) == 1
    db.session.expire_all()
    stored = db.session.get(ScreeningResult, result.id)
    duties = next(c for c in stored.score_data["components"] if c["name"] == "duties")
    assert stored.score_data["total"] == _fresh_score(stored, job)["total"] and duties["matched"]


def _three_stale_in_chunks_of_one(job, make_application, monkeypatch) -> None:
    """Three applications whose scores the job's change (no skills required any more) makes stale."""
    for i in range(3):
        make_application(job, name=f"Stale {i}")
    monkeypatch.setattr(rescoring, "RESCORE_CHUNK", 1)
    req = dict(job.requirements_data)
    req["skills"] = []
    job.requirements_data = req
    db.session.commit()


def _rescore_fails_with(job, message: str) -> None:
    """The rescore raises the worker thread's own error, and no reader or writer thread is left behind."""
    with pytest.raises(RuntimeError, match=message):
        rescoring.rescore_job(job)
    assert not [t for t in threading.enumerate() if t.name in ("rescore-reader", "rescore-writer")]


def test_a_failed_write_stops_the_rescore_with_its_error_and_leaves_no_writer_behind(
    app, make_job, make_application, monkeypatch
):
    job = make_job()
    _three_stale_in_chunks_of_one(job, make_application, monkeypatch)

    def broken(connection, table, rows):
        raise RuntimeError("disk full")

    monkeypatch.setattr(rescore_io, "update_by_id", broken)
    _rescore_fails_with(job, "disk full")
    assert rescoring.out_of_date(job) == 3  # nothing half-written: the scores stay as they were


def test_a_failed_read_stops_the_rescore_with_its_error_after_writing_the_chunks_before(
    app, make_job, make_application, monkeypatch
):
    job = make_job()
    _three_stale_in_chunks_of_one(job, make_application, monkeypatch)
    real, calls = rescore_io.read_chunk, []

    def failing_second(connection, ids, reads):
        calls.append(ids)
        if len(calls) == 2:
            raise RuntimeError("connection lost")
        return real(connection, ids, reads)

    monkeypatch.setattr(rescore_io, "read_chunk", failing_second)
    _rescore_fails_with(job, "connection lost")
    assert rescoring.out_of_date(job) == 2  # the first chunk was written; the rest wait for `flask rescore`


def test_a_skill_no_taxonomy_knows_added_after_screening_is_found_by_the_rescore(
    app, make_job, make_application, resume_bytes
):
    """The recruiter adds 'nCino' (no taxonomy entry) after the applications came in: the stored analyses hold
    no mention of it, so the rescore reads the stored sentences and credits the one who names it."""
    from ats.applications.services import ApplicationInput, Upload, submit_application

    job = make_job()
    resume = resume_bytes("pdf", name="Names Ncino", extra="Opened loans in nCino every day.")
    named = submit_application(
        job, ApplicationInput(name="Names Ncino", email="ncino@example.org", resume=Upload("cv.pdf", resume, None))
    ).application
    other = make_application(job, name="Never Names It")
    req = dict(job.requirements_data)
    req["skills"] = [*req["skills"], {"name": "nCino", "required": True, "weight": 1.0}]
    job.requirements_data = req
    db.session.commit()
    assert rescoring.rescore_job(job) == 2
    db.session.expire_all()
    found = {}
    for application in (named, other):
        stored = db.session.get(ScreeningResult, application.screening.id)
        required = next(c for c in stored.score_data["components"] if c["name"] == "required_skills")
        found[application.id] = [m["snippet"] for m in required["matched"] if m["label"] == "nCino"]
        assert stored.score_data["total"] == _fresh_score(stored, job)["total"]
    assert found[named.id] and "nCino" in found[named.id][0]
    assert found[other.id] == []
