"""Rescoring a job's applications from their stored analyses, in bulk: after an upgrade or a change to
the job's requirements, thousands of rows are read, scored and written in chunks, without loading ORM
objects (the ranked list and the stage columns are separate, so a stage move never conflicts)."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from typing import Any

from flask import current_app
from sqlalchemy import func, or_, select

from ats import screening_adapter, worker
from ats.applications import rescore_parallel
from ats.applications.models import Application, ScreeningAnalysis, ScreeningResult
from ats.applications.rescore_io import ChunkReader, ScoreWriter, score_chunk
from ats.applications.screening import apply_score, as_of_date, knockout_answers
from ats.extensions import db
from ats.jobs.models import Job
from ats.screening import ANALYSER_VERSION, SCORER_VERSION, Requirements, rescore_reads
from ats.tasks.models import Task

log = logging.getLogger("ats.rescore")

RESCORE_CHUNK = 500
PARALLEL_FROM = 2000  # fewer rows are rescored in this process: starting processes would cost more than it saves


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Decoding thousands of stored analyses makes millions of short-lived dicts that hold no cycles; the
    cyclic collector would walk them over and over (it doubled the time of a 10,000-row rescore)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def rescore_job(job: Job) -> int:
    """Rescore every screened application of a job from the stored analyses (no file is re-read); an
    analysis from an older analyser is made again from the stored text first. Commits per chunk."""
    screening_adapter.warm_up_once()
    with _collector_paused():
        return _rescore_all(job)


def _rescore_all(job: Job) -> int:
    """The chunks, oldest application first; the ids are read first, in one query, because ordering the
    rows that carry the analyses would read every one of them."""
    requirements = job.requirements()
    ids = list(
        db.session.scalars(
            select(Application.id)
            .join(ScreeningResult, ScreeningResult.application_id == Application.id)
            .join(ScreeningAnalysis, ScreeningAnalysis.result_id == ScreeningResult.id)
            .where(Application.job_id == job.id)
            .order_by(Application.id)
        )
    )
    chunks = [ids[i : i + RESCORE_CHUNK] for i in range(0, len(ids), RESCORE_CHUNK)]
    url = db.engine.url.render_as_string(hide_password=False)
    processes = min(int(current_app.config["RESCORE_PROCESSES"]), len(chunks))
    if processes > 1 and len(ids) >= PARALLEL_FROM and rescore_parallel.usable(url):
        done = _rescore_in_processes(url, requirements, chunks, processes)
    else:
        done = _rescore_here(requirements, chunks)
    count = 0
    for rows, stale in done:
        for application_id in stale:
            _reanalyse(application_id, requirements)
        db.session.commit()
        count += rows  # an application withdrawn meanwhile is not counted
    return count


def _rescore_in_processes(
    url: str, requirements: Requirements, chunks: list[list[int]], processes: int
) -> Iterator[tuple[int, list[int]]]:
    """Chunks scored in other processes. If the pool breaks (a process killed, or one that could not start),
    the chunks it has not reported are rescored here: scoring a chunk twice writes the same scores."""
    reported = 0
    try:
        for outcome in rescore_parallel.rescore_in_processes(url, requirements, chunks, processes):
            reported += 1
            yield outcome
    except BrokenProcessPool:
        log.warning(
            "rescoring processes broke after %d of %d chunks; the rest are rescored here", reported, len(chunks)
        )
        yield from _rescore_here(requirements, chunks[reported:])


def start_rescore_processes(wait: bool = False) -> None:
    """Start the fork server of rescoring processes ahead of the first large rescore (`flask worker` does,
    as it starts), where rescores may use other processes."""
    if int(current_app.config["RESCORE_PROCESSES"]) > 1 and rescore_parallel.usable(str(db.engine.url)):
        rescore_parallel.start_fork_server(wait)


def _rescore_here(requirements: Requirements, chunks: list[list[int]]) -> Iterator[tuple[int, list[int]]]:
    """In this process: (rows read, stale application ids) of each chunk once its scores are written."""
    reader = ChunkReader(db.engine, chunks, partial(rescore_reads, requirements))
    writer = ScoreWriter(db.engine)
    try:
        for rows in reader:
            results, ranks, stale = score_chunk(rows, requirements)
            writer.put(results, ranks)
            yield len(rows), stale
    except BaseException:
        reader.close()
        writer.close(quiet=True)
        raise
    writer.close()


def _reanalyse(application_id: int, requirements: Requirements) -> None:
    """An analysis made by an older analyser is made again from the stored text (no file is read)."""
    application = db.session.get(Application, application_id)
    if application is None or application.screening is None:
        return
    resume = application.document("resume")
    if resume is None or resume.extraction_status != "done" or not (resume.extracted_text or "").strip():
        return
    cover = application.document("cover_letter")
    cover_text = cover.extracted_text if cover is not None and cover.extraction_status == "done" else None
    analysis, outcome = screening_adapter.analyse_and_score(
        resume.extracted_text or "",
        cover_text,
        requirements,
        knockout_answers(application),
        as_of=as_of_date(application),
    )
    application.screening.store_analysis(analysis.to_dict())
    apply_score(application, application.screening, outcome)
    db.session.flush()


def out_of_date(job: Job) -> int:
    """How many of the job's stored scores came from another analyser or scorer version, or other requirements."""
    return (
        db.session.scalar(
            select(func.count())
            .select_from(ScreeningResult)
            .join(Application, ScreeningResult.application_id == Application.id)
            .join(ScreeningAnalysis, ScreeningAnalysis.result_id == ScreeningResult.id)
            .where(
                Application.job_id == job.id,
                or_(
                    ScreeningAnalysis.analyser_version != ANALYSER_VERSION,
                    ScreeningResult.scorer_version.is_(None),
                    ScreeningResult.scorer_version != SCORER_VERSION,
                    ScreeningResult.requirements_hash.is_(None),
                    ScreeningResult.requirements_hash != job.requirements().fingerprint(),
                ),
            )
        )
        or 0
    )


def queue_unscreened(job: Job) -> int:
    """Applications that arrived while screening was off are screened once it is on again (one commit)."""
    if not job.screening_enabled:
        return 0
    ids = list(
        db.session.scalars(
            select(Application.id).where(Application.job_id == job.id, Application.screening_status == "off")
        )
    )
    for application_id in ids:
        worker.enqueue("screen_application", {"application_id": application_id})
    db.session.commit()
    return len(ids)


def rescore_task(task: Task) -> dict[str, Any]:
    """After a change to a job: rescore what was screened, and screen what never was."""
    job = db.session.get(Job, task.payload["job_id"])
    if job is None:
        return {"rescored": 0}
    count = rescore_job(job)
    db.session.commit()
    return {"rescored": count, "screening_queued": queue_unscreened(job)}
