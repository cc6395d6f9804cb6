"""Benchmark: spaCy start-up, analysis+scoring per CPU-second on real resume texts, and the product's own
rescore of 10,000 stored analyses end to end (read, score, write) on SQLite and PostgreSQL.

Run: .venv/bin/python bench/screening.py [--n 500] [--rescore 10000] [--postgres URL] [--runs 3]

Real texts come from ../shared/resumes-dev (extracted once into bench/out/, git-ignored); without that
folder the resumes of our own labelled sets are used instead (shorter, so faster: say which in a report).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.real import data  # noqa: E402
from bench.real.tasks import TASKS  # noqa: E402

AS_OF = date(2021, 8, 1)
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
NEW_SKILLS = ("Zendesk", "Salesforce")  # one per timed rescore, so each meets requirements it has not scored
NEW_DUTIES = (  # one per timed rescore: a change that rereads every sentence
    "Answer billing questions and process refunds over the phone",
    "Explain new tariffs to customers and set up payment plans",
)
UNKNOWN_SKILLS = ("Kinaxis", "Anaplan")  # skills the taxonomy does not know: looked for in every resume's sentences
CHANGES = {"skills": "required skills", "duties": "duties", "unknown": "skills (one the taxonomy does not know)"}


def texts() -> tuple[list[str], str]:
    """Real resume texts when the shared folder is there, else our own labelled resumes."""
    if data.available():
        return [r.text for r in data.livecareer()[0]], "real resumes (resumes-dev/livecareer)"
    from ats.demo.documents import render
    from bench.eval.resumes import SETS

    own = [render(r.doc(), "txt").decode() for r in SETS["all"]]
    return own, "our own labelled resumes (no ../shared here)"


def startup() -> dict[str, float]:
    """Seconds to build spaCy and the skill matchers, once per process."""
    from ats.screening.nlp import get_nlp
    from ats.screening.skills import default_matcher

    t = time.perf_counter()
    get_nlp()
    spacy_s = time.perf_counter() - t
    t = time.perf_counter()
    default_matcher()
    return {"spacy_s": spacy_s, "matcher_s": time.perf_counter() - t}


def throughput(corpus: list[str], n: int) -> float:
    """Resumes analysed and scored per CPU-second on one core, after a warm-up."""
    from ats.screening import analyse, parse_job_description, score

    req = parse_job_description(TASKS[0].text()).requirements
    extra = req.skill_defs()
    for text in corpus[:100]:
        score(analyse(text, as_of=AS_OF, custom_skills=extra), req)
    batch = [corpus[(100 + i) % len(corpus)] for i in range(n)]
    t = time.process_time()
    for text in batch:
        score(analyse(text, as_of=AS_OF, custom_skills=extra), req)
    return n / (time.process_time() - t)


def rescore_seconds(
    corpus: list[str], count: int, database_url: str, folder: Path
) -> tuple[dict[str, tuple[float, float]], float]:
    """Wall and CPU seconds (this process's only) of the product's rescore_job over `count` stored analyses
    after a change to the job's required skills, to its duties, or to a skill the taxonomy does not know, each
    in this process and split over RESCORE_PROCESSES ("skills/1", "skills/2", "duties/1" ...); and the seconds
    of the process's one-time warm-up before them, which a worker pays as it starts (the indexes and the fork
    server of the rescoring processes)."""
    from sqlalchemy import insert, select

    from ats import create_app, screening_adapter
    from ats.applications.models import Application, ScreeningAnalysis, ScreeningResult
    from ats.applications.rescoring import rescore_job, start_rescore_processes
    from ats.candidates.models import Candidate
    from ats.dbsetup import upgrade
    from ats.extensions import db
    from ats.jobs.models import Job, JobStage
    from ats.screening import analyse, parse_job_description, score

    app = create_app(
        {
            "TESTING": True,
            "INSTANCE_PATH": str(folder / "instance"),
            "DATABASE_URL": database_url,
            "SECRET_KEY": "bench",
            "STORAGE_DIR": str(folder / "files"),
            "WORKER_MODE": "sync",
            "MAIL_BACKEND": "locmem",
        }
    )
    with app.app_context():
        upgrade()
        draft = parse_job_description(TASKS[0].text())
        job = Job(title=draft.title, slug="bench-job", requirements_data=draft.requirements.to_dict(), status="open")
        db.session.add(job)
        db.session.flush()
        stage = JobStage(job_id=job.id, name="Applied", kind="active", position=0)
        db.session.add(stage)
        db.session.flush()
        analyses = [analyse(t, as_of=AS_OF) for t in corpus[:500]]
        stored = [a.to_dict() for a in analyses]  # as screening leaves them: the analysis, its index apart
        indexes = [d.pop("text_index") for d in stored]
        scored = [score(a, draft.requirements).as_dict() for a in analyses]
        now = datetime.now(UTC)
        for start in range(0, count, 1000):
            ids = range(start, min(count, start + 1000))
            db.session.execute(
                insert(Candidate),
                [{"email": f"c{i}@x.org", "email_normalized": f"c{i}@x.org", "name": f"C {i}"} for i in ids],
            )
            cand = dict(db.session.execute(select(Candidate.email, Candidate.id)).all())
            db.session.execute(
                insert(Application),
                [
                    {
                        "job_id": job.id,
                        "candidate_id": cand[f"c{i}@x.org"],
                        "stage_id": stage.id,
                        "answers": {},
                        "applied_at": now,
                        "screening_status": "done",
                    }
                    for i in ids
                ],
            )
            apps = db.session.execute(select(Application.id).where(Application.job_id == job.id)).scalars().all()
            have = set(db.session.execute(select(ScreeningResult.application_id)).scalars())
            db.session.execute(
                insert(ScreeningResult),
                [{"application_id": a, "score_data": scored[a % len(stored)]} for a in apps if a not in have],
            )
            results = db.session.execute(
                select(ScreeningResult.application_id, ScreeningResult.id)
                .outerjoin(ScreeningAnalysis, ScreeningAnalysis.result_id == ScreeningResult.id)
                .where(ScreeningAnalysis.result_id.is_(None))
            ).all()
            db.session.execute(
                insert(ScreeningAnalysis),
                [
                    {
                        "result_id": r,
                        "analyser_version": stored[a % len(stored)]["analyser_version"],
                        "data": stored[a % len(stored)],
                        "text_index": indexes[a % len(stored)],
                    }
                    for a, r in results
                ],
            )
        db.session.commit()
        warm = time.perf_counter()
        screening_adapter.warm_up_once()  # once per process: a `flask worker` does both as it starts
        start_rescore_processes(wait=True)
        warm = time.perf_counter() - warm
        timed: dict[str, tuple[float, float]] = {}
        splits = sorted({1, app.config["RESCORE_PROCESSES"]})  # one process, and the configured split
        turns = [(f"{change}/{p}", p) for change in ("skills", "duties", "unknown") for p in splits]
        for turn, (label, processes) in enumerate(turns):
            if label.startswith("skills"):  # a new required skill: the skill scores change
                changed = dict(draft.requirements.to_dict())
                new = {"name": NEW_SKILLS[turn % 2], "required": True, "weight": 1.0}
                changed["skills"] = [*changed["skills"][1:], new]
            elif label.startswith("duties"):  # a duty rewritten, the skills as they were: sentences matched again
                changed = dict(job.requirements_data)
                changed["duties"] = [*changed["duties"][1:], NEW_DUTIES[turn % 2]]
            else:  # a required skill no analysis can have found: each resume's stored sentences are searched
                changed = dict(job.requirements_data)
                changed["skills"] = [
                    *changed["skills"],
                    {"name": UNKNOWN_SKILLS[turn % 2], "required": True, "weight": 1.0},
                ]
            job = db.session.get(Job, job.id)
            job.requirements_data = changed
            db.session.commit()
            db.session.expire_all()
            app.config["RESCORE_PROCESSES"] = processes
            t, cpu = time.perf_counter(), time.process_time()
            done = rescore_job(db.session.get(Job, job.id))
            timed[label] = (time.perf_counter() - t, time.process_time() - cpu)
            assert done == count, (done, count)
        db.engine.dispose()
    return timed, warm


def _postgres_database(url_admin: str) -> str | None:
    """A fresh database for one run, or None when PostgreSQL is not reachable."""
    try:
        import psycopg
    except ImportError:
        return None
    name = f"ats_bench_{os.getpid()}_{int(time.time())}"
    try:
        with psycopg.connect(url_admin, autocommit=True, connect_timeout=2) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error:
        return None
    return name


def _drop_postgres(url_admin: str, name: str) -> None:
    import psycopg

    with psycopg.connect(url_admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str] | None = None) -> int:
    """Print every figure with the number of runs it comes from."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500, help="resumes for the throughput figure")
    ap.add_argument("--rescore", type=int, default=10_000, help="stored analyses for the rescore figure")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--postgres", default=PG_ADMIN, help="admin URL of a PostgreSQL server ('' to skip)")
    args = ap.parse_args(argv)
    corpus, kind = texts()
    print(f"Texts: {len(corpus)} {kind}, {statistics.mean(len(t) for t in corpus):,.0f} characters on average")
    st = startup()
    print(f"spaCy start-up {st['spacy_s']:.2f} s, skill matchers {st['matcher_s']:.2f} s (1 run, once per process)")
    rates = [throughput(corpus, args.n) for _ in range(args.runs)]
    print(
        f"analysis+score: {min(rates):.0f}-{max(rates):.0f} resumes per CPU-second on one core "
        f"({args.runs} runs of {args.n}; target 100)"
    )
    targets: list[tuple[str, Any]] = [("SQLite", None)]
    pg = _postgres_database(args.postgres) if args.postgres else None
    if pg:
        targets.append(("PostgreSQL", pg))
    try:
        for label, pg_name in targets:
            times = []
            for _ in range(args.runs):
                with tempfile.TemporaryDirectory(prefix="ats-bench-") as tmp:
                    if pg_name:
                        _drop_postgres(args.postgres, pg_name)
                        pg_name = _postgres_database(args.postgres)
                        url = args.postgres.rsplit("/", 1)[0] + f"/{pg_name}"
                    else:
                        url = f"sqlite:///{tmp}/bench.sqlite"
                    times.append(rescore_seconds(corpus, args.rescore, url, Path(tmp)))
            warms = [w for _, w in times]
            for turn in times[0][0]:
                walls = [t[turn][0] for t, _ in times]
                cpus = [t[turn][1] for t, _ in times]
                change, processes = turn.split("/")
                where = "in one process" if processes == "1" else f"split over {processes} processes"
                print(
                    f"rescore of {args.rescore:,} stored analyses end to end on {label} after a change to the "
                    f"{CHANGES[change]}, {where}: "
                    f"{min(walls):.2f}-{max(walls):.2f} s wall, {min(cpus):.2f}-{max(cpus):.2f} s CPU in the "
                    f"calling process ({args.runs} runs; target under 3 s)"
                )
            print(f"  after the process's one-time warm-up: {min(warms):.2f}-{max(warms):.2f} s ({args.runs} runs)")
    finally:
        if pg:
            _drop_postgres(args.postgres, pg_name or pg)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
