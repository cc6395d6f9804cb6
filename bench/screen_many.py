"""`flask screen` on thousands of resume files in one call: wall time, files per second, peak memory.

Usage: python bench/screen_many.py [N]   (default 2000; a tenth each PDF and DOCX, the rest TXT)

Runs the real command in a subprocess (sandboxed extraction, a process pool on every core, the progress
bar on stderr) and checks that every file got exactly one JSON line.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ats.demo.documents import ResumeDoc, Section, render  # noqa: E402
from bench.screening import texts  # noqa: E402

POSTING = ROOT.parent / "shared" / "job-descriptions" / "customer-care-specialist.txt"


def write_files(folder: Path, n: int) -> None:
    """n resumes: every tenth a PDF, every tenth (offset) a DOCX, the rest TXT."""
    corpus, _ = texts()  # the real resume texts when ../shared is beside the checkout, else our own
    rng = random.Random(7)
    for i in range(n):
        text = corpus[rng.randrange(len(corpus))]
        if i % 10 in (0, 5):
            lines = text.splitlines()
            doc = ResumeDoc(lines[0], lines[1], (Section("Resume", tuple(ln for ln in lines[2:] if ln.strip())),))
            fmt = "pdf" if i % 10 == 0 else "docx"
            (folder / f"r{i:05d}.{fmt}").write_bytes(render(doc, fmt))
        else:
            (folder / f"r{i:05d}.txt").write_text(text, encoding="utf-8")


def main() -> int:
    """Print the figures; exit 1 if any file is missing from the output."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    flask = Path(sys.executable).with_name("flask")
    with tempfile.TemporaryDirectory(prefix="ats-screen-many-") as tmp:
        folder = Path(tmp)
        write_files(folder, n)
        started = time.perf_counter()
        proc = subprocess.run(  # nosec B603: our own CLI with fixed arguments
            [str(flask), "--app", "ats", "screen", "--job", str(POSTING), "--as-of", "2026-11", "--json", str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        seconds = time.perf_counter() - started
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    errors = sum(1 for r in rows if r["error"])
    print(f"files: {n} ({n // 5} PDF/DOCX), cores: {os.cpu_count()}, exit code {proc.returncode}")
    print(f"screened: {len(rows)} rows, {errors} extraction errors, {seconds:.1f} s, {len(rows) / seconds:.0f} files/s")
    print(f"largest process peak RSS: {peak:.0f} MB")
    return 0 if proc.returncode == 0 and len(rows) == n else 1


if __name__ == "__main__":
    raise SystemExit(main())
