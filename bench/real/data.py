"""Where the real resumes are, their extracted text (cached outside git) and the as-of rule."""

from __future__ import annotations

import hashlib
import json
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "resumes-dev"  # the team folder beside the checkout
LIVECAREER = SHARED / "livecareer"
DATATURKS = SHARED / "dataturks" / "testdata.json"
CACHE = ROOT / "bench" / "out" / "real-text.jsonl"  # bench/out is git-ignored: no resume text in git
GOLD = Path(__file__).with_name("gold.jsonl")
LATEST_AS_OF = date(2021, 8, 1)  # the livecareer files were collected in August 2021
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)")


@dataclass(frozen=True)
class RealResume:
    """One real resume: id ('livecareer:CHEF/123.pdf'), category folder, extracted text, as-of date."""

    rid: str
    category: str | None
    text: str
    as_of: date


def available() -> bool:
    """Whether the shared folder of real resumes is beside the checkout."""
    return LIVECAREER.is_dir() and DATATURKS.is_file()


def as_of_for(text: str) -> date:
    """December of the latest year the resume writes (never after the collection date): the date it
    speaks as of, so that 'Present' ends when the resume was written."""
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= LATEST_AS_OF.year]
    if not years:
        return LATEST_AS_OF
    return min(date(max(years), 12, 1), LATEST_AS_OF)


def _extract(path: str) -> tuple[str, str | None, str | None]:
    """(path, text, error) through the product's own extractor."""
    from ats.screening.extract import ExtractionError, extract_text

    try:
        return path, extract_text(Path(path).read_bytes(), Path(path).name).text, None
    except ExtractionError as exc:
        return path, None, exc.message


def _fingerprint(files: list[Path]) -> str:
    """Changes when a file or the extractor changes, so the cache is never stale."""
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f.relative_to(LIVECAREER)}:{f.stat().st_size}".encode())
    for module in ("extract.py", "extract_pdf.py", "textclean.py"):
        h.update((ROOT / "ats" / "screening" / module).read_bytes())
    return h.hexdigest()[:16]


def livecareer(workers: int = os.cpu_count() or 1) -> tuple[list[RealResume], list[str]]:
    """Every livecareer resume with text, and the files that gave none (with the reason)."""
    files = sorted(LIVECAREER.glob("*/*.pdf"))
    key = _fingerprint(files)
    rows: list[dict[str, str | None]] = []
    if CACHE.is_file():
        lines = CACHE.read_text(encoding="utf-8").splitlines()
        if lines and json.loads(lines[0]).get("key") == key:
            rows = [json.loads(line) for line in lines[1:]]
    if not rows:
        with ProcessPoolExecutor(workers) as pool:
            done = pool.map(_extract, [str(f) for f in files], chunksize=8)
            rows = [{"file": str(Path(p).relative_to(LIVECAREER)), "text": t, "error": e} for p, t, e in done]
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text("\n".join(json.dumps(r) for r in [{"key": key}, *rows]) + "\n", encoding="utf-8")
    resumes, failed = [], []
    for r in rows:
        name = str(r["file"])
        if r["text"] is None:
            failed.append(f"{name}: {r['error']}")
            continue
        text = str(r["text"])
        resumes.append(RealResume("livecareer:" + name, name.split("/")[0], text, as_of_for(text)))
    return resumes, failed


def dataturks() -> list[tuple[RealResume, list[dict]]]:
    """The 20 annotated resumes, each with its (noisy) span annotations."""
    out = []
    for i, line in enumerate(DATATURKS.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        text = row["content"]
        out.append((RealResume(f"dataturks:{i}", None, text, as_of_for(text)), row["annotation"]))
    return out


def gold() -> dict[str, dict]:
    """Our own hand annotations (years, roles, skills) of 79 of the real resumes, by resume id."""
    if not GOLD.is_file():
        return {}
    return {row["id"]: row for row in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()) if row}
