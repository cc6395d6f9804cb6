"""Benchmark the triage workspace on a job with 10,000 applicants: the ranked list's server time and HTML size,
and, in Debian's Chromium, the time from a `j` keypress to the next application painted in the review panel.

Usage: python bench/review_ui.py [--database-url URL] [--applicants 10000] [--repeat 30] [--keys 60]
Targets: list median < 30 ms, 50 rows < 120 KB, keypress-to-panel p95 < 150 ms. The keypress time is read
from the page's own User Timing marks (triage.js marks the key and measures after the panel's first frame).
A PostgreSQL URL must name a scratch database: its public schema is dropped and rebuilt.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from ats.extensions import db  # noqa: E402
from bench.recruiter import PASSWORD, fresh_app, generate  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def server_side(app, job_id: int, repeat: int) -> tuple[list[float], int, int]:
    """Ranked list through the test client: times (ms), HTML bytes, rows."""
    client = app.test_client()
    assert client.post("/login", data={"email": "speed@example.com", "password": PASSWORD}).status_code == 302
    url = f"/jobs/{job_id}/applicants"
    body = client.get(url).get_data()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        body = client.get(url).get_data()
        times.append((time.perf_counter() - t0) * 1000)
    return times, len(body), body.count(b'class="candidate-link"')


def keypress_to_panel(app, job_id: int, keys: int, pause_ms: int) -> list[float]:
    """j pressed `keys` times in the browser, `pause_ms` apart (a recruiter reading; the panel prefetches the
    next application meanwhile; 0 measures back-to-back presses); each measure is keydown -> panel painted."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            # wait_for_function evaluates a string, which the app's CSP forbids; the page itself is unchanged
            page = browser.new_context(viewport={"width": 1366, "height": 768}, bypass_csp=True).new_page()
            page.goto(f"{base}/login")
            page.fill("#email", "speed@example.com")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.goto(f"{base}/jobs/{job_id}/applicants")
            page.keyboard.press("j")  # warm-up: the first panel
            page.wait_for_function("performance.getEntriesByName('ats-panel').length === 1")
            for n in range(2, keys + 2):
                page.wait_for_timeout(pause_ms)
                page.keyboard.press("j")
                page.wait_for_function(f"performance.getEntriesByName('ats-panel').length === {n}")
            durations = page.evaluate("performance.getEntriesByName('ats-panel').map(m => m.duration)")[1:]
            browser.close()
    finally:
        server.shutdown()
        thread.join(timeout=10)
    return durations


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--database-url", default="")
    ap.add_argument("--applicants", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--keys", type=int, default=45, help="j presses measured (at most 49: one page of 50 rows)")
    ap.add_argument("--pause-ms", type=int, default=400, help="time between presses (0: back to back)")
    args = ap.parse_args()
    app = fresh_app(args.database_url, "ats-bench-ui-")
    with app.app_context():
        t0 = time.perf_counter()
        job_id = generate(args.applicants, args.applicants)
        print(
            f"database: {db.engine.dialect.name}; {args.applicants:,} applicants on job {job_id} "
            f"({time.perf_counter() - t0:.1f} s)"
        )
        times, size, rows = server_side(app, job_id, args.repeat)
        db.session.remove()
    keys = keypress_to_panel(app, job_id, min(args.keys, 49), args.pause_ms)
    list_ok, size_ok, keys_ok = statistics.median(times) < 30, size < 120_000, p95(keys) < 150
    print(
        f"ranked list, server time: median {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms "
        f"({len(times)} runs; target median < 30 ms) {'OK' if list_ok else 'SLOW'}"
    )
    print(f"ranked list, HTML for {rows} rows: {size / 1000:.1f} KB (target < 120 KB) {'OK' if size_ok else 'TOO BIG'}")
    print(
        f"j keypress -> next application painted in the panel: median {statistics.median(keys):.1f} ms, "
        f"p95 {p95(keys):.1f} ms ({len(keys)} runs, {args.pause_ms} ms apart; target p95 < 150 ms) "
        f"{'OK' if keys_ok else 'SLOW'}"
    )
    with app.app_context():
        db.engine.dispose()
    return 0 if list_ok and size_ok and keys_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
