"""Report speed on 100,000 applications: milliseconds per report (median of 5 runs), SQLite and PostgreSQL.

Usage: python bench/reports.py [N] [--pg=postgresql://postgres@127.0.0.1:5432/ats_bench] [--keep=FILE.sqlite]
(--keep seeds a SQLite file once and reuses it on later runs.)

Seeds N applications (default 100,000) over 20 jobs with one to eight stage events each, sources, scores
and voluntary EEO answers with bulk inserts, folds the events into the reports' read model once (timed on its
own), then times every report across all jobs and for one job; each timing includes the read model's
catch-up check that every report makes.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select, text  # noqa: E402

from ats import create_app  # noqa: E402
from ats.extensions import db  # noqa: E402

JOBS, RUNS = 20, 5
SOURCES = ["careers_page", "linkedin", "indeed", "referral", "job_board", "other"]
REASONS = ["Not enough experience", "Salary expectations did not match", "Accepted another offer", None]
GENDERS = ["female", "male", "non_binary", None]


def seed(n: int) -> None:
    """Jobs through the real service; candidates, applications, events and EEO rows in bulk."""
    from ats.applications.models import Application, StageEvent
    from ats.candidates.models import Candidate
    from ats.jobs.services import create_job
    from ats.privacy.models import EeoResponse

    rng = random.Random(17)
    jobs = [create_job({"title": f"Bench job {j}", "status": "open"}, actor=None) for j in range(JOBS)]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    chunk = 5000
    for base in range(0, n, chunk):
        size = min(chunk, n - base)
        db.session.execute(
            insert(Candidate),
            [
                {
                    "id": base + i + 1,
                    "name": f"Bench {base + i}",
                    "email": f"b{base + i}@example.org",
                    "email_normalized": f"b{base + i}@example.org",
                    "created_at": start,
                    "updated_at": start,
                }
                for i in range(size)
            ],
        )
        apps, events, eeo = [], [], []
        for i in range(size):
            app_id = base + i + 1
            job = jobs[app_id % JOBS]
            progress = [s for s in job.stages if s.kind == "active"]
            hired = next(s for s in job.stages if s.kind == "hired")
            exits = [s for s in job.stages if s.is_exit]
            applied = start + timedelta(hours=rng.randrange(0, 24 * 365))
            depth = min(int(rng.expovariate(0.9)) + 1, len(progress))
            path = progress[:depth]
            end = (
                hired
                if depth == len(progress) and rng.random() < 0.5
                else (rng.choice(exits) if rng.random() < 0.7 else None)
            )
            at, previous = applied, None
            for stage in path + ([end] if end else []):
                events.append(
                    {
                        "application_id": app_id,
                        "from_stage_id": previous.id if previous else None,
                        "from_name": previous.name if previous else None,
                        "to_stage_id": stage.id,
                        "to_name": stage.name,
                        "reason": rng.choice(REASONS) if stage.is_exit else None,
                        "created_at": at,
                    }
                )
                previous, at = stage, at + timedelta(hours=rng.randrange(4, 24 * 20))
            apps.append(
                {
                    "id": app_id,
                    "job_id": job.id,
                    "candidate_id": app_id,
                    "stage_id": previous.id,
                    "source": rng.choice(SOURCES),
                    "answers": {},
                    "tags": [],
                    "applied_at": applied,
                    "screening_status": "failed" if rng.random() < 0.02 else "done",
                    "score": round(rng.uniform(0, 100), 1),
                    "knockout_failed": rng.random() < 0.05,
                    "version": 1,
                    "created_at": applied,
                    "updated_at": applied,
                }
            )
            if rng.random() < 0.6:
                eeo.append(
                    {"application_id": app_id, "job_id": job.id, "gender": rng.choice(GENDERS), "created_at": applied}
                )
        db.session.execute(insert(Application), apps)
        db.session.execute(insert(StageEvent), events)
        if eeo:
            db.session.execute(insert(EeoResponse), eeo)
        db.session.commit()


def timings(one_job: int) -> dict[str, list[float]]:
    from ats.reports.base import ReportFilter
    from ats.reports.catalog import REPORTS
    from ats.reports.fairness import ScreenChoice, adverse_impact

    cases = {f"{key} (all jobs)": (lambda f=func: f(ReportFilter())) for key, (_, func) in REPORTS.items()}
    cases.update(
        {f"{key} (one job)": (lambda f=func: f(ReportFilter(job_id=one_job))) for key, (_, func) in REPORTS.items()}
    )
    cases["adverse-impact (all jobs, top 50 + threshold 70)"] = lambda: adverse_impact(
        "gender", ReportFilter(), ScreenChoice(top_n=50, threshold=70)
    )
    out: dict[str, list[float]] = {}
    for name, run in cases.items():
        run()  # warm the caches once
        out[name] = []
        for _ in range(RUNS):
            began = time.perf_counter()
            run()
            out[name].append((time.perf_counter() - began) * 1000)
            db.session.rollback()
    return out


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 100_000
    pg = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--pg=")), None)
    keep = next((Path(a.split("=", 1)[1]).resolve() for a in sys.argv[1:] if a.startswith("--keep=")), None)
    reuse = keep is not None and keep.exists()
    with tempfile.TemporaryDirectory(prefix="ats-bench-reports-") as tmp:
        url = pg or f"sqlite:///{keep or Path(tmp) / 'bench.sqlite'}"
        app = create_app(
            {
                "INSTANCE_PATH": tmp,
                "DATABASE_URL": url,
                "SECRET_KEY": "bench",
                "WORKER_MODE": "sync",
                "MAIL_BACKEND": "locmem",
                "STORAGE_DIR": f"{tmp}/files",
            }
        )
        with app.app_context():
            from ats.dbsetup import upgrade

            if pg:
                db.session.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
                db.session.commit()
            upgrade()
            if not reuse:
                began = time.perf_counter()
                seed(n)
                db.session.execute(text("ANALYZE"))
                db.session.commit()
                print(f"{db.engine.dialect.name}: seeded {n} applications in {time.perf_counter() - began:.1f} s")
            from ats.jobs.models import Job
            from ats.reports import facts

            began = time.perf_counter()
            read = facts.refresh()
            print(f"  read model catch-up: {read} stage events in {time.perf_counter() - began:.1f} s (once)")

            one_job = db.session.scalar(select(Job.id).order_by(Job.id))
            worst = 0.0
            for name, values in timings(one_job).items():
                median = statistics.median(values)
                worst = max(worst, median)
                print(f"  {name:55s} {median:8.1f} ms (median of {RUNS})")
            print(f"  slowest report: {worst:.1f} ms")
            db.session.remove()
            db.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
