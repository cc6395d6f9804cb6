"""Benchmark the recruiter's ranked list: 10,000 applications on one job, 100,000 in the database.

Usage: python bench/recruiter.py [--database-url URL] [--total 100000] [--per-job 10000] [--repeat 30]
Without --database-url a temporary SQLite file is used. A PostgreSQL URL must name a scratch database:
its public schema is dropped and rebuilt. Rows are bulk-inserted directly (not through the apply service),
then pages are rendered through the Flask test client and the median time per page is printed.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text  # noqa: E402

from ats import create_app  # noqa: E402
from ats.extensions import db  # noqa: E402

PASSWORD = "ranked lists are fast 7"
WORDS = (
    "customer service active listening zendesk salesforce billing complaints live chat email phone "
    "escalation refunds retention coaching quality assurance tickets spanish bilingual crm excel "
    "de-escalation empathy shipping returns orders accounts payments onboarding training team lead "
    "supervisor call center inbound outbound satisfaction survey knowledge base macros sla"
).split()
FILLER = [
    f"{a}{b}{c}"
    for a in ("ka", "lo", "mi", "ne", "pu", "ra", "so", "te", "vi", "zu")
    for b in ("b", "d", "g", "l", "m", "n", "r", "s", "t", "v")
    for c in ("a", "e", "i", "o", "u", "ar", "en", "is", "on", "um")
]
SKILLS = ("Customer service", "Active listening", "CRM software", "Conflict resolution", "Zendesk")
TIERS = (("Entry level", 0, 1), ("Experienced", 1, 3), ("Supervisory", 3, None))
SOURCES = ("careers_page", "referral", "linkedin", "indeed")


def make_app(url: str, folder: Path):
    return create_app(
        {
            "TESTING": True,
            "INSTANCE_PATH": str(folder / "instance"),
            "DATABASE_URL": url,
            "SECRET_KEY": "bench",
            "STORAGE_DIR": str(folder / "files"),
            "WORKER_MODE": "sync",
            "MAIL_BACKEND": "locmem",
            "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": False,
            "BASE_URL": "http://localhost",
            "REDIS_URL": None,
        }
    )


def fresh_app(database_url: str, prefix: str):
    """An app on a new schema: a temporary SQLite file, or the scratch PostgreSQL database rebuilt."""
    from ats.dbsetup import upgrade  # the schema is built only when a benchmark runs, not on import

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    url = database_url or f"sqlite:///{folder / 'bench.sqlite'}"
    app = make_app(url, folder)
    with app.app_context():
        if url.startswith("postgresql"):
            db.session.execute(text("DROP SCHEMA public CASCADE"))
            db.session.execute(text("CREATE SCHEMA public"))
            db.session.commit()
        upgrade()
    return app


def score_data(rng: random.Random, total: float) -> dict:
    matched = [s for s in SKILLS[:3] if rng.random() < 0.7]
    comps = []
    for name, weight in (
        ("required_skills", 40),
        ("preferred_skills", 10),
        ("experience", 25),
        ("education", 10),
        ("knockouts", 10),
        ("cover_letter", 5),
    ):
        pts = round(weight * total / 100, 1)
        comps.append(
            {
                "name": name,
                "weight": weight,
                "points": pts,
                "detail": "",
                "matched": [
                    {"label": s, "snippet": f"Used {s} daily.", "source": "resume", "start": 0, "end": 5}
                    for s in (matched if name == "required_skills" else ())
                ],
                "missing": [s for s in SKILLS[:3] if s not in matched] if name == "required_skills" else [],
            }
        )
    return {"total": total, "components": comps}


def generate(total: int, per_job: int, seed: int = 7) -> int:
    """Bulk-insert jobs, stages, candidates, applications, documents and scores; returns the big job's id."""
    from ats.applications.models import Application, Document, ScreeningResult
    from ats.auth.services import create_user
    from ats.candidates.models import Candidate
    from ats.jobs.models import DEFAULT_STAGES, Job, JobStage

    rng = random.Random(seed)
    create_user("speed@example.com", "Bench Recruiter", "recruiter", PASSWORD)
    now = datetime.now(UTC)
    jobs = -(-total // per_job)
    requirements = {
        "skills": [{"name": s, "required": i < 3, "weight": 1.0} for i, s in enumerate(SKILLS)],
        "experience_tiers": [{"name": n, "min_years": lo, "max_years": hi} for n, lo, hi in TIERS],
        "target_tier": "Experienced",
    }
    stage_ids: dict[int, list[int]] = {}
    for j in range(1, jobs + 1):
        db.session.execute(
            insert(Job),
            [
                {
                    "id": j,
                    "title": f"Bench job {j}",
                    "slug": f"bench-job-{j}",
                    "status": "open",
                    "requirements_data": requirements,
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
        rows = [{"job_id": j, "name": n, "kind": k, "position": p} for p, (n, k) in enumerate(DEFAULT_STAGES)]
        db.session.execute(insert(JobStage), rows)
    for stage in db.session.execute(text("SELECT id, job_id FROM job_stages ORDER BY position")):
        stage_ids.setdefault(stage.job_id, []).append(stage.id)
    db.session.commit()
    chunk = 5000
    for start in range(1, total + 1, chunk):
        ids = range(start, min(total, start + chunk - 1) + 1)
        cands, apps, docs, results = [], [], [], []
        for i in ids:
            job_id = 1 + (i - 1) // per_job
            score = None if rng.random() < 0.02 else round(rng.uniform(5, 98), 1)
            years = round(rng.uniform(0, 8), 1)
            tier = next(n for n, lo, hi in TIERS if years >= lo and (hi is None or years < hi))
            applied = now - timedelta(minutes=rng.randint(0, 60 * 24 * 90))
            cands.append(
                {
                    "id": i,
                    "email": f"c{i}@example.org",
                    "email_normalized": f"c{i}@example.org",
                    "name": f"Candidate {i}",
                    "phone": f"+1 555 {i:07d}",
                    "phone_normalized": f"555{i:07d}",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            apps.append(
                {
                    "id": i,
                    "job_id": job_id,
                    "candidate_id": i,
                    "stage_id": rng.choice(stage_ids[job_id][:6]),
                    "source": rng.choice(SOURCES),
                    "answers": {},
                    "applied_at": applied,
                    "tags": [],
                    "screening_status": "done" if score is not None else "pending",
                    "score": score,
                    "tier": tier,
                    "years_experience": years,
                    "required_coverage": rng.random(),
                    "knockout_failed": rng.random() < 0.1,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            # filler from a large vocabulary, plus each domain word with a realistic chance
            words = [FILLER[int(rng.paretovariate(1.1)) % len(FILLER)] for _ in range(rng.randint(80, 140))]
            words += [w for w in WORDS if rng.random() < 0.12]
            rng.shuffle(words)
            body = " ".join(words)
            docs.append(
                {
                    "id": i,
                    "application_id": i,
                    "kind": "resume",
                    "extracted_text": body,
                    "extraction_status": "done",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if score is not None:
                results.append(
                    {"application_id": i, "score_data": score_data(rng, score), "created_at": now, "updated_at": now}
                )
        db.session.execute(insert(Candidate), cands)
        db.session.execute(insert(Application), apps)
        db.session.execute(insert(Document), docs)
        db.session.execute(insert(ScreeningResult), results)
        db.session.commit()
    from ats.search import backfill

    backfill()
    db.session.commit()
    if db.session.get_bind().dialect.name == "sqlite":
        db.session.execute(text("ANALYZE"))
    else:
        for table in ("jobs", "job_stages", "candidates", "applications", "documents", "screening_results"):
            db.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # nosec B608: constant table names
                    f"(SELECT max(id) FROM {table}))"
                )
            )
        db.session.commit()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    db.session.commit()
    return 1


def timed(client, url: str, repeat: int) -> tuple[float, str]:
    resp = client.get(url)  # warm-up
    assert resp.status_code == 200, (url, resp.status_code)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        resp = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), resp.get_data(as_text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--database-url", default="")
    ap.add_argument("--total", type=int, default=100_000)
    ap.add_argument("--per-job", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    app = fresh_app(args.database_url, "ats-bench-")
    with app.app_context():
        t0 = time.perf_counter()
        job_id = generate(args.total, args.per_job)
        print(
            f"database: {db.engine.dialect.name}; generated {args.total:,} applications "
            f"({args.per_job:,} on job {job_id}) in {time.perf_counter() - t0:.1f} s"
        )
        client = app.test_client()
        assert client.post("/login", data={"email": "speed@example.com", "password": PASSWORD}).status_code == 302
        stage = db.session.execute(
            text("SELECT id FROM job_stages WHERE job_id = :j ORDER BY position LIMIT 1 OFFSET 1"), {"j": job_id}
        ).scalar()
        base = f"/jobs/{job_id}/applicants"
        pages = {
            "ranked list, first page (50 rows)": (base, 30),
            "filtered (stage + tier + min score + skill)": (
                f"{base}?stage={stage}&tier=Experienced&min_score=40&skill=CRM+software",
                60,
            ),
            "filtered (knockout failed + source)": (f"{base}?knockout=1&source=referral", 60),
            "full-text search 'zendesk'": (f"{base}?q=zendesk", 60),
            "full-text search 'spanish refunds'": (f"{base}?q=spanish+refunds", 60),
        }
        # a deep page: follow 'Next page' 150 times (rows 7,500+)
        html, deep = client.get(base).get_data(as_text=True), base
        for _ in range(150):
            m = re.search(r'href="([^"]+)" rel="next"', html)
            if not m:
                break
            deep = m.group(1).replace("&amp;", "&")
            html = client.get(deep).get_data(as_text=True)
        pages["deep page (after 150 'Next page')"] = (deep, 30)
        failed = False
        for label, (page_url, budget) in pages.items():
            ms, body = timed(client, page_url, args.repeat)
            rows = body.count('class="candidate-link"')
            ok = ms < budget and rows > 0
            failed |= not ok
            print(f"{label:48s} median {ms:7.1f} ms  ({rows} rows; budget {budget} ms) {'OK' if ok else 'SLOW'}")
        db.session.remove()
        db.engine.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
