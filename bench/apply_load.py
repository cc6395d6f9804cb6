"""Load and crash test of the scale-out mode: N applications with real PDFs from concurrent clients, while a
background worker and a web process are killed by PID and come back; then every submission is checked.

Usage:
  python bench/apply_load.py                  # PostgreSQL + Redis + gunicorn (2 workers) + 2 `flask worker`s, 200
  python bench/apply_load.py -n 1000          # the issue's full run
  python bench/apply_load.py --sqlite         # SQLite + gunicorn (1 worker) running tasks in its embedded worker
  python bench/apply_load.py --rq-workers 1   # throughput with one worker, to compare
  python bench/apply_load.py --no-kill        # no crashes

Needs PostgreSQL (postgres@127.0.0.1:5432, trust) and Redis (127.0.0.1:6379) for the default mode. Emails go
to an SMTP sink in this process, which counts every message it receives: "exactly one confirmation email"
is measured at the wire, not read from the outbox table. Prints the figures; exits 1 if anything was lost
or duplicated, or a server error happened outside the killed window.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ats.demo.documents import ResumeDoc, Section, render  # noqa: E402

BIN = Path(sys.executable).parent
REDIS_DB = 12
FIRST = ("Dana", "Lee", "Sam", "Alex", "Priya", "Jordan", "Mina", "Omar", "Ines", "Kofi")
LAST = ("Garcia", "Nguyen", "Smith", "Okafor", "Kowalski", "Haddad", "Silva", "Tanaka", "Berg", "Moreau")
SKILLS = ("customer service", "active listening", "Zendesk", "Salesforce", "conflict resolution", "data entry")


class SmtpSink(socketserver.ThreadingTCPServer):
    """A minimal SMTP server that accepts every message and counts them by recipient."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.received: Counter[str] = Counter()
        self.lock = threading.Lock()


class _SmtpHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        sink: SmtpSink = self.server  # type: ignore[assignment]
        self.wfile.write(b"220 sink ESMTP\r\n")
        recipients: list[str] = []
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.wfile.write(b"250 sink\r\n")
            elif verb == b"RCPT":
                recipients.append(line.decode().split(":", 1)[1].strip(" <>\r\n").lower())
                self.wfile.write(b"250 ok\r\n")
            elif verb == b"DATA":
                self.wfile.write(b"354 go on\r\n")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                with sink.lock:
                    sink.received.update(recipients)
                recipients = []
                self.wfile.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:  # MAIL, RSET, NOOP
                self.wfile.write(b"250 ok\r\n")


@dataclass
class Run:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    server_errors: list[tuple[float, int]] = field(default_factory=list)
    connection_errors: int = 0
    retried: int = 0
    kill_window: tuple[float, float] = (0.0, 0.0)
    last_submit: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def resume_pdf(i: int) -> tuple[str, str, bytes]:
    """A real PDF resume with a distinct name and email."""
    rng = random.Random(i)
    name = f"{FIRST[i % 10]} {LAST[(i // 10) % 10]} {i}"
    years = rng.randint(1, 9)
    doc = ResumeDoc(
        name=name,
        contact=f"applicant{i}@example.org | +1 512 555 {i % 10000:04d} | Austin, TX",
        sections=(
            Section("Summary", (f"Customer care specialist with {years} years of experience.",)),
            Section("Experience", ()),
            Section("Skills", (", ".join(rng.sample(SKILLS, 4)),)),
            Section("Education", ("High School Diploma, Austin High School, 2014",)),
        ),
        experience_rows=(
            (f"Jan {2024 - years} - Present", "Customer Care Specialist, Acme Corp", "Answered calls and chats."),
        ),
    )
    return name, f"applicant{i}@example.org", render(doc, "pdf")


def wait_http(url: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer")


def apply_once(base: str, slug: str, item: tuple[str, str, bytes], sid: str, run: Run) -> None:
    """One candidate: GET the form (CSRF token), POST it; retry the same submission id after a dropped connection."""
    name, email, pdf = item
    for attempt in range(8):
        session = requests.Session()
        try:
            page = session.get(f"{base}/careers/{slug}/apply", timeout=30)
            token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text)
            data = {
                "csrf_token": token.group(1) if token else "",
                "submission_id": sid,
                "name": name,
                "email": email,
                "phone": "+1 512 555 0100",
                "consent": "y",
                "q_weekends": "yes",
                "source": "linkedin",
            }
            started = time.perf_counter()
            response = session.post(
                f"{base}/careers/{slug}/apply",
                data=data,
                files={"resume": ("resume.pdf", pdf, "application/pdf")},
                allow_redirects=False,
                timeout=60,
            )
            elapsed = time.perf_counter() - started
        except requests.RequestException:
            with run.lock:
                run.connection_errors += 1
                run.retried += attempt == 0
            time.sleep(0.5 * (attempt + 1))
            continue
        with run.lock:
            run.last_submit = time.monotonic()
            if response.status_code >= 500:
                run.server_errors.append((time.monotonic(), response.status_code))
            else:
                run.latencies.append(elapsed)
        if response.status_code == 303:
            return
        time.sleep(0.5 * (attempt + 1))
    raise RuntimeError(f"submission {sid} never succeeded")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def gunicorn_worker_pids(master: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def main(argv: list[str] | None = None) -> int:  # noqa: C901 (one scenario, read top to bottom)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="applications (the issue's full run: 1000)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--web-workers", type=int, default=None, help="gunicorn workers (2; 1 with --sqlite)")
    parser.add_argument("--rq-workers", type=int, default=2)
    parser.add_argument("--sqlite", action="store_true", help="SQLite and the embedded worker instead")
    parser.add_argument("--no-kill", action="store_true")
    parser.add_argument(
        "--drain", action="store_true", help="start the workers only after every application is in (worker throughput)"
    )
    parser.add_argument("--screen-timeout", type=float, default=900)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, files)")
    args = parser.parse_args(argv)
    web_workers = args.web_workers or (1 if args.sqlite else 2)
    # configured before `ats` is imported: create_app reads the environment
    work = Path(tempfile.mkdtemp(prefix="ats-apply-load-"))
    sink = SmtpSink()
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    port = free_port()
    env = dict(
        os.environ,
        FLASK_APP="ats",
        ATS_INSTANCE_PATH=str(work / "instance"),
        ATS_STORAGE_DIR=str(work / "files"),
        ATS_SECRET_KEY="bench-secret-key",
        ATS_MAIL_BACKEND="smtp",
        ATS_SMTP_HOST="127.0.0.1",
        ATS_SMTP_PORT=str(sink.server_address[1]),
        ATS_RATELIMIT_ENABLED="false",  # one client address sends everything
        ATS_TASK_LEASE_SECONDS="10",
        ATS_TASK_RETRY_SECONDS="1",
        ATS_TASK_REDISPATCH_SECONDS="10",
        ATS_BACKGROUND_INTERVAL_SECONDS="2",
        ATS_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=str(web_workers),
        ATS_WEB_THREADS="8",
    )
    pg_name = None
    if args.sqlite:
        env["ATS_DATABASE_URL"] = f"sqlite:///{work / 'ats.sqlite'}"
        env.pop("ATS_REDIS_URL", None)
    else:
        import psycopg  # the postgres extra; only this mode needs it
        from redis import Redis  # a core dependency, imported where it is used

        pg_name = f"ats_bench_{os.getpid()}"
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{pg_name}"')
        env["ATS_DATABASE_URL"] = f"postgresql://postgres@127.0.0.1:5432/{pg_name}"
        env["ATS_REDIS_URL"] = f"redis://127.0.0.1:6379/{REDIS_DB}"
        Redis.from_url(env["ATS_REDIS_URL"]).flushdb()
    os.environ.update({k: v for k, v in env.items() if k.startswith("ATS_")})
    processes: list[subprocess.Popen] = []
    log = open(work / "processes.log", "w")  # noqa: SIM115 (closed at the end)

    def start(cmd: list[str]) -> subprocess.Popen:
        process = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        processes.append(process)
        return process

    try:
        subprocess.run([str(BIN / "flask"), "init-db"], env=env, cwd=ROOT, check=True, capture_output=True)
        from ats import create_app
        from ats.extensions import db
        from ats.jobs.services import create_job

        app = create_app()
        with app.app_context():
            job = create_job(
                {
                    "title": "Customer Care Specialist",
                    "status": "open",
                    "summary": "Help our customers by phone, email and chat.",
                    "requirements_data": {
                        "title": "Customer Care Specialist",
                        "skills": [
                            {"name": "Customer service", "required": True, "weight": 1.0},
                            {"name": "Active listening", "required": True, "weight": 1.0},
                            {"name": "CRM software", "required": False, "weight": 1.0},
                        ],
                        "knockouts": [
                            {"id": "weekends", "question": "Weekends?", "failing_answer": "no"},
                        ],
                    },
                },
                actor=None,
            )
            slug = job.slug
            db.session.remove()
        print(f"generating {args.n} PDF resumes ...", flush=True)
        items = [resume_pdf(i) for i in range(args.n)]
        gunicorn = start([str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py")])
        rq = not args.sqlite and not args.drain
        workers = [start([str(BIN / "flask"), "worker"]) for _ in range(args.rq_workers)] if rq else []
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/readyz")
        time.sleep(3 if args.sqlite else 8)  # the workers build the screening indexes once
        run = Run()
        kill_at = args.n * 2 // 5
        done_count = [0]

        def client(i: int) -> None:
            apply_once(base, slug, items[i], f"bench-{i:05d}", run)
            with run.lock:
                done_count[0] += 1

        started = time.monotonic()
        with ThreadPoolExecutor(args.clients) as pool:
            futures = [pool.submit(client, i) for i in range(args.n)]
            if not args.no_kill:
                while done_count[0] < kill_at:
                    time.sleep(0.05)
                window_start = time.monotonic()
                if workers:
                    os.kill(workers[0].pid, signal.SIGKILL)
                victims = gunicorn_worker_pids(gunicorn.pid)
                if victims:
                    os.kill(victims[0], signal.SIGKILL)  # the gunicorn master starts a replacement
                print(f"killed worker {workers[0].pid if workers else '-'} and web process {victims[:1]}", flush=True)
                time.sleep(1)
                if workers:
                    workers[0] = start([str(BIN / "flask"), "worker"])
                run.kill_window = (window_start, time.monotonic() + 5)
            for future in futures:
                future.result()
        submitted_at = time.monotonic()
        if args.drain and not args.sqlite:
            workers = [start([str(BIN / "flask"), "worker"]) for _ in range(args.rq_workers)]
        print(f"submitted {args.n} in {submitted_at - started:.1f} s; waiting for screening ...", flush=True)
        from sqlalchemy import func, select

        from ats.applications.files import file_store
        from ats.applications.models import Application
        from ats.notifications.models import OutboxMessage
        from ats.tasks.models import Task

        with app.app_context():
            deadline = submitted_at + args.screen_timeout
            while time.monotonic() < deadline:
                pending = db.session.scalar(
                    select(func.count())
                    .select_from(Application)
                    .where(Application.screening_status.in_(("pending", "running")))
                )
                total = db.session.scalar(select(func.count()).select_from(Application))
                db.session.rollback()
                if total >= args.n and pending == 0:
                    break
                time.sleep(1)
            screened_after = time.monotonic() - submitted_at
            time.sleep(4)  # the last confirmation emails leave
            apps = db.session.scalars(select(Application)).all()
            by_sid = Counter(a.submission_id for a in apps)
            store = file_store()
            missing_files = sum(
                1 for a in apps if not all(store.exists(d.storage_key) for d in a.documents if d.storage_key)
            )
            unscreened = sum(1 for a in apps if a.screening_status != "done")
            screen_tasks = Counter(
                t.payload.get("application_id")
                for t in db.session.scalars(select(Task).where(Task.kind == "screen_application"))
            )
            spans = db.session.execute(
                select(func.min(Task.started_at), func.max(Task.finished_at), func.count()).where(
                    Task.kind == "screen_application", Task.status == "done"
                )
            ).one()
            screen_rate = spans[2] / max(0.001, (spans[1] - spans[0]).total_seconds()) if spans[0] else 0.0
            retried_tasks = db.session.scalar(select(func.count()).select_from(Task).where(Task.attempts > 1))
            failed_tasks = db.session.scalar(select(func.count()).select_from(Task).where(Task.status == "failed"))
            confirmations = Counter(
                row.application_id
                for row in db.session.scalars(
                    select(OutboxMessage).where(OutboxMessage.template == "application_received")
                )
            )
            unsent = db.session.scalar(
                select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status != "sent")
            )
            db.session.remove()
            db.engine.dispose()
        lost = sum(1 for i in range(args.n) if by_sid[f"bench-{i:05d}"] == 0)
        duplicated = sum(1 for count in by_sid.values() if count > 1)
        wire = sink.received
        emails_wrong = sum(1 for _, email, _ in items if wire[email] != 1)
        outside = [code for at, code in run.server_errors if not (run.kill_window[0] <= at <= run.kill_window[1])]
        mode = "SQLite + embedded worker" if args.sqlite else f"PostgreSQL + Redis + {args.rq_workers} flask worker(s)"
        print(f"\n== apply load: {args.n} applications, {args.clients} clients, {mode}, {web_workers} web process(es)")
        print(
            f"apply POST latency ms: p50 {percentile(run.latencies, 50) * 1000:.0f}  "
            f"p95 {percentile(run.latencies, 95) * 1000:.0f}  p99 {percentile(run.latencies, 99) * 1000:.0f}"
        )
        print(f"submission wall time: {submitted_at - started:.1f} s ({args.n / (submitted_at - started):.1f}/s)")
        print(
            f"all screened {screened_after:.1f} s after the last submission "
            f"({args.n / (time.monotonic() - started):.2f} documents/s end to end)"
        )
        print(f"screening throughput: {screen_rate:.2f} documents/s (first screening started to last finished)")
        print(
            f"server errors: {len(run.server_errors)} ({len(outside)} outside the killed window); "
            f"dropped connections retried: {run.connection_errors}"
        )
        print(
            f"lost {lost}, duplicated {duplicated}, files missing {missing_files}, not screened {unscreened}, "
            f"screen tasks per application != 1: {sum(1 for a in apps if screen_tasks[a.id] != 1)}, "
            f"tasks retried after a crash: {retried_tasks}, failed tasks: {failed_tasks}"
        )
        print(
            f"confirmation emails: rows per application != 1: {sum(1 for a in apps if confirmations[a.id] != 1)}, "
            f"outbox rows not sent: {unsent}, candidates without exactly one email received: {emails_wrong} "
            f"(messages received {sum(wire.values())})"
        )
        ok = not (lost or duplicated or missing_files or unscreened or outside or emails_wrong)
        print("RESULT:", "ok" if ok else "PROBLEMS (see above)")
        return 0 if ok else 1
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
        sink.shutdown()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        if pg_name:
            import psycopg  # the postgres extra, as above

            with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
