"""Benchmark text extraction: documents/second and ms/page per format and engine, plus sandbox overhead.

Usage: python bench/extract.py [--n 200]   (n PDFs and n DOCX resumes of 1-3 pages, varied layouts)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ats.demo.documents import LAYOUTS, ResumeDoc, Section, to_docx, to_pdf  # noqa: E402
from ats.screening.extract import extract_text  # noqa: E402
from ats.screening.sandbox import extract_in_sandbox, shutdown_pool  # noqa: E402

FIRST = ["Maria", "Jamal", "Aiko", "Lukas", "Priya", "Chloé", "Tomás", "Fatima", "Oleg", "Grace"]
LAST = ["Lopez", "Okafor", "Tanaka", "Schmidt", "Patel", "Dubois", "García", "Haddad", "Ivanov", "Kim"]
SKILLS = [
    "Zendesk",
    "Salesforce",
    "de-escalation",
    "Excel",
    "CRM",
    "bilingual Spanish",
    "ticket triage",
    "live chat",
    "SLA tracking",
    "coaching",
    "quality assurance",
    "billing disputes",
    "Freshdesk",
]
VERBS = ["Resolved", "Handled", "Coached", "Improved", "Reduced", "Trained", "Managed", "Answered"]


def make_doc(rng: random.Random, index: int) -> ResumeDoc:
    """A random resume; the number of lines decides 1, 2 or 3 pages."""
    pages = 1 + index % 3
    bullets = tuple(
        f"{rng.choice(VERBS)} {rng.randint(20, 400)} {rng.choice(['calls', 'tickets', 'chats'])} a day using "
        f"{rng.choice(SKILLS)} and {rng.choice(SKILLS)}, keeping CSAT at {rng.randint(85, 99)}%."
        for _ in range(10 + 30 * (pages - 1))
    )
    rows = tuple(
        (
            f"{y}-{y + rng.randint(1, 4)}",
            f"{rng.choice(['Agent', 'Team Lead', 'Specialist'])}, Company {rng.randint(1, 99)}",
            rng.choice(bullets),
        )
        for y in rng.sample(range(2005, 2022), 4)
    )
    return ResumeDoc(
        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        contact=f"candidate{index}@example.com | +1 555 {index:04d}",
        sections=(
            Section("Skills", tuple(rng.sample(SKILLS, 6)), sidebar=True),
            Section("Languages", ("English", rng.choice(["Spanish", "French", "Hindi"])), sidebar=True),
            Section("Summary", (" ".join(rng.sample(bullets, 2)),)),
            Section("Experience", bullets),
            Section("Education", (f"BA, State University {rng.randint(2000, 2020)}",)),
        ),
        layout=LAYOUTS[index % len(LAYOUTS)],
        experience_rows=rows,
    )


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def run(files: list[Path], engine: str) -> dict[str, float]:
    """Extract every file once; per-page times use the page count the extractor reports (1 for DOCX)."""
    per_page: list[float] = []
    start = time.perf_counter()
    for path in files:
        t0 = time.perf_counter()
        result = extract_text(path.read_bytes(), path.name, engine=engine)
        per_page.append((time.perf_counter() - t0) * 1000 / (result.pages or 1))
    total = time.perf_counter() - start
    return {"docs_per_s": len(files) / total, "median": statistics.median(per_page), "p95": percentile(per_page, 95)}


def overhead(data: bytes, repeat: int = 30) -> tuple[float, float]:
    """Median ms of the direct call and of the sandboxed call (warm pool) on the same PDF."""
    extract_in_sandbox(data)
    direct, boxed = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract_text(data)
        direct.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        extract_in_sandbox(data)
        boxed.append(time.perf_counter() - t0)
    return statistics.median(direct) * 1000, statistics.median(boxed) * 1000


def main() -> None:
    """Generate the corpus, time each engine, print a small table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="documents per format (default 200)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="ats-bench-") as tmp:
        root = Path(tmp)
        pdfs, docxs, pages = [], [], []
        t0 = time.perf_counter()
        for i in range(args.n):
            doc = make_doc(rng, i)
            (root / f"{i}.pdf").write_bytes(to_pdf(doc))
            (root / f"{i}.docx").write_bytes(to_docx(doc))
            pdfs.append(root / f"{i}.pdf")
            docxs.append(root / f"{i}.docx")
        print(f"corpus: {args.n} PDF + {args.n} DOCX generated in {time.perf_counter() - t0:.1f} s")
        pages = [extract_text(p.read_bytes(), engine="pdfium").pages or 0 for p in pdfs]
        print(f"PDF pages: {sum(pages)} total, {min(pages)}-{max(pages)} per document")
        print(f"{'format/engine':<16}{'docs/s':>9}{'ms/page med':>13}{'ms/page p95':>13}")
        for label, files, engine in (
            ("pdf/pdfminer", pdfs, "pdfminer"),
            ("pdf/pdfium", pdfs, "pdfium"),
            ("docx", docxs, "pdfminer"),
        ):
            stats = run(files, engine)
            unit = "" if label != "docx" else " (per doc)"
            print(f"{label:<16}{stats['docs_per_s']:>9.1f}{stats['median']:>13.1f}{stats['p95']:>13.1f}{unit}")
        path, count = min(zip(pdfs, pages, strict=True), key=lambda item: abs(item[1] - 2))
        direct, boxed = overhead(path.read_bytes())
        print(
            f"sandbox overhead, {count}-page PDF: direct {direct:.1f} ms, sandbox {boxed:.1f} ms, "
            f"{(boxed / direct - 1) * 100:+.1f}% (target <= +20%)"
        )
    shutdown_pool()


if __name__ == "__main__":
    main()
