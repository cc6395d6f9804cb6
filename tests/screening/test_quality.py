"""Screening quality on the labelled evaluation set (bench/eval): floors reached, and both baselines beaten."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.eval.baselines import naive_years, tfidf_rank  # noqa: E402
from bench.eval.metrics import average_precision, ndcg_at, precision_at, prf  # noqa: E402
from bench.eval.model import Job, LabelledResume, Labels  # noqa: E402
from bench.eval.posting_set import POSTINGS  # noqa: E402
from bench.eval.resumes import ALL, file_format  # noqa: E402
from bench.eval.taxonomy import expected_ids  # noqa: E402
from tests.shared_data import shared_path  # noqa: E402

# Floors: a little below the figures measured on 2026-12-05 (bench/screening_quality.py, one run; the output
# is deterministic): skill P/R/F1 0.806/0.876/0.839, years MAE 0.22 (naive 0.45), tier accuracy on fitting
# candidates 0.675, education 0.98, MAP 0.987 (TF-IDF 0.953), mean P@5 0.92 (TF-IDF 0.88), strong-fit AP 0.993
# (TF-IDF 0.843), nDCG@10 of the fit grades 1.0 (TF-IDF 0.918).
# The floors of 2026-12-04 were higher for skills and tiers: that scorer was tuned on these resumes and ranked
# below a phrase count on real ones. The scorer now counts the years of the job's own occupation in full and of
# related occupations in half (issue 13), where these labels count every customer-facing job in full; and the
# skill finder was rebuilt for real resumes (bench/real). The real-resume floors are in test_real_resumes.py.
SKILL_F1 = 0.81
SKILL_PRECISION = 0.78
SKILL_RECALL = 0.84
YEARS_MAE = 0.3
TIER_ACCURACY = 0.62
EDUCATION_ACCURACY = 0.94
MEAN_AP = 0.96
MEAN_P5 = 0.88
STRONG_AP = 0.96
NDCG = 0.97


@pytest.fixture(scope="module")
def metrics() -> dict[str, Any]:
    """Run the whole benchmark once: render, extract, analyse, score, compare with the labels."""
    from bench.screening_quality import measure

    shared_path("job-descriptions")  # two of the five postings ranked are the real shared ones
    return measure()[0]


def test_dataset_is_large_varied_and_rotates_formats() -> None:
    """At least 48 resumes, a third per file format, and most skill labels exist in the taxonomy."""
    assert len(ALL) >= 48
    counts = {fmt: sum(1 for i in range(len(ALL)) if file_format(i) == fmt) for fmt in ("pdf", "docx", "txt")}
    assert min(counts.values()) >= len(ALL) // 3
    mapped = sum(len(expected_ids(r.labels.skills)[0]) for r in ALL)
    assert mapped >= 400


def test_skill_extraction_floors(metrics: dict[str, Any]) -> None:
    """Micro precision, recall and F1 of taxonomy skills stay at or above the measured floors."""
    skills = metrics["skills"]
    assert skills["f1"] >= SKILL_F1
    assert skills["precision"] >= SKILL_PRECISION
    assert skills["recall"] >= SKILL_RECALL


def test_years_beat_the_naive_sum(metrics: dict[str, Any]) -> None:
    """Merged years are closer to the labels than summing the same roles without merging overlaps."""
    years = metrics["years"]
    assert years["mae"] <= YEARS_MAE
    assert years["mae"] < years["naive_mae"]


def test_tier_and_education_floors(metrics: dict[str, Any]) -> None:
    """Tier (on the ladder a human reads in the posting) and highest education accuracy."""
    assert metrics["tiers"]["accuracy_fitting"] >= TIER_ACCURACY
    assert metrics["education"]["accuracy"] >= EDUCATION_ACCURACY


def test_ranking_floors(metrics: dict[str, Any]) -> None:
    """Mean AP and P@5 of the fitting resumes, AP of the strong fits and nDCG@10 of the fit grades."""
    mean = metrics["ranking"]["mean"]
    assert mean["ap"] >= MEAN_AP
    assert mean["p5"] >= MEAN_P5
    assert mean["strong_ap"] >= STRONG_AP
    assert mean["ndcg10"] >= NDCG


def test_ranking_beats_tfidf(metrics: dict[str, Any]) -> None:
    """Our ranking beats TF-IDF cosine on MAP, on the strong fits' AP and on nDCG@10."""
    mean = metrics["ranking"]["mean"]
    for key in ("ap", "strong_ap", "ndcg10"):
        assert mean[key] > mean["tfidf_" + key], key


def test_naive_years_double_counts_overlaps() -> None:
    """The baseline really is naive: two overlapping years count as two."""
    spans = [(date(2020, 1, 1), date(2021, 1, 1)), (date(2020, 1, 1), date(2021, 1, 1))]
    assert naive_years(spans, date(2026, 11, 1)) == pytest.approx(2.0, abs=0.01)


def test_metric_helpers() -> None:
    """AP, P@k, PRF and TF-IDF behave as defined."""
    assert average_precision(["a", "x", "b"], {"a", "b"}) == pytest.approx((1 + 2 / 3) / 2)
    assert precision_at(["a", "x", "b", "y", "z"], {"a", "b"}, 5) == pytest.approx(0.4)
    assert prf(3, 1, 1) == pytest.approx((0.75, 0.75, 0.75))
    assert tfidf_rank("python developer", {"n": "registered nurse", "d": "python developer django"})[0] == "d"
    grades = {"a": 3, "b": 1, "c": 0}
    assert ndcg_at(["a", "b", "c"], grades, 10) == pytest.approx(1.0)
    assert ndcg_at(["c", "b", "a"], grades, 10) < ndcg_at(["b", "a", "c"], grades, 10) < 1.0
    assert ndcg_at(["x"], {}, 10) == 0.0


def _person(*jobs: Job, relevant: frozenset[str] = frozenset()) -> LabelledResume:
    return LabelledResume("t1", "test", "T", "", (), jobs, (), Labels((), None, relevant))


def test_fit_grades_follow_the_posting_rule() -> None:
    """A year of customer support is a strong fit for the care postings; retail a fit; a month possible."""
    ccs = next(p for p in POSTINGS if p.pid == "ccs")
    care = Job("", "CSR", "", (2024, 1), (2025, 6), "care")
    retail = Job("", "Cashier", "", (2020, 1), (2022, 12), "retail")
    month = Job("", "Host", "", (2025, 6), (2025, 6), "hospitality")
    nurse = Job("", "RN", "", (2015, 1), (2025, 1), "nurse")
    assert ccs.fit_grade(_person(care)) == 3
    assert ccs.fit_grade(_person(retail)) == 2
    assert ccs.fit_grade(_person(month)) == 1
    assert ccs.fit_grade(_person(nurse)) == 0
    assert ccs.fit_grade(_person(nurse, relevant=frozenset({"ccs"}))) == 1
