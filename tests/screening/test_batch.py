"""Batch screening: process pool, input order, per-file errors, JSON-able rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ats.screening.batch import screen_files, screen_texts
from ats.screening.results import Requirements, SkillRequirement


class FakeExtractionError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def fake_extract(data: bytes, filename: str) -> str:
    """Module-level so it pickles into worker processes."""
    if filename.endswith(".bad"):
        raise FakeExtractionError("not a supported document")
    return data.decode("utf-8")


REQ = Requirements(
    title="Customer Care Specialist",
    occupation_titles=("Customer Service Representative",),
    skills=(SkillRequirement("CRM", True), SkillRequirement("Python", True)),
)


def _files(tmp_path: Path, resume_text: str, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        p = tmp_path / (f"r{i:03d}.bad" if i % 7 == 3 else f"r{i:03d}.txt")
        p.write_text(resume_text if i % 2 else "Cashier, Foo, 2020-2022\nPython", "utf-8")
        paths.append(p)
    return paths


@pytest.mark.parametrize("workers", [1, 2])
def test_screen_files_in_input_order_with_errors(tmp_path, resume_text, as_of, workers) -> None:
    paths = _files(tmp_path, resume_text, 23)
    rows = list(screen_files(paths, REQ, as_of=as_of, workers=workers, extract=fake_extract))
    assert [r["file"] for r in rows] == [str(p) for p in paths]
    for i, row in enumerate(rows):
        json.dumps(row)
        if i % 7 == 3:
            assert row["error"] == "not a supported document" and row["score"] is None
            continue
        assert row["error"] is None
        assert {"score", "years_experience", "stated_years", "tier", "skills", "components"} <= row.keys()
        if i % 2:
            assert row["stated_years"] == 5.0 and row["years_experience"] > 9
            assert {"name": "CRM", "text": "Zendesk", "via": "Zendesk"} in row["skills"]
            assert {"name": "Zendesk", "text": "Zendesk"} in row["skills"]
            req = row["components"][0]
            assert req["name"] == "required_skills" and req["missing"] == ["Python"]
            assert req["matched"][0]["skill"] == "CRM" and req["matched"][0]["snippet"]
        else:
            assert row["years_experience"] == pytest.approx(2.08, abs=0.01)


def test_many_files_in_small_chunks_keep_input_order(tmp_path, as_of, monkeypatch) -> None:
    import ats.screening.batch as batch

    monkeypatch.setattr(batch, "CHUNK_PER_WORKER", 2)  # 4 tasks in flight: many chunks
    paths = []
    for i in range(40):
        p = tmp_path / f"{i:02d}.txt"
        p.write_text(f"Customer Service Representative, Acme, {2000 + i % 20}-2024\nZendesk", "utf-8")
        paths.append(p)
    rows = list(screen_files(paths, REQ, as_of=as_of, workers=2, extract=fake_extract))
    assert [r["file"] for r in rows] == [str(p) for p in paths]
    assert [round(r["years_experience"]) for r in rows] == [24 - i % 20 for i in range(40)]


def test_screen_texts_matches_single_analysis(resume_text, as_of) -> None:
    from ats.screening.analyse import analyse
    from ats.screening.score import score

    (row,) = screen_texts([("a.txt", resume_text)], REQ, as_of=as_of)
    assert row["score"] == score(analyse(resume_text, as_of=as_of), REQ).total


def test_default_extract_reads_text_files(tmp_path, as_of) -> None:
    p = tmp_path / "cv.txt"
    p.write_text("Customer Service Representative, Acme Corp, 2019-2021\nZendesk", "utf-8")
    (row,) = screen_files([p], REQ, as_of=as_of, workers=1)
    assert row["error"] is None and row["years_experience"] == pytest.approx(2.08, abs=0.01)
