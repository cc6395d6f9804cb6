"""Screening quality on the HELD-OUT set (bench/eval/holdout.py): resumes the library was never tuned on.

The floors here are the honest ones; the tuning-set floors (test_quality.py) are optimistic by construction.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.eval.holdout import HOLDOUT  # noqa: E402
from bench.eval.resumes import ALL, SETS, file_format  # noqa: E402
from bench.eval.taxonomy import skill_id  # noqa: E402
from tests.shared_data import shared_path  # noqa: E402

# Floors: a little below the figures measured on the held-out set (bench/screening_quality.py --set holdout,
# one deterministic run) on 2026-12-05: skill P/R/F1 0.754/0.886/0.815, years MAE 0.19 (naive 1.15), within
# 0.5 y 0.958, tier accuracy on fitting candidates 0.667, education 1.0, MAP 0.991 (TF-IDF 0.996), mean P@5 0.640
# (TF-IDF 0.640), strong-fit AP 1.0 (TF-IDF 0.971), nDCG@10 1.0 (TF-IDF 0.975).
# On the human "fitting" labels TF-IDF is level with us here (both near 1.0: the fitting resumes are
# the customer-care ones, and their words alone find them), so only the fit-grade metrics must beat it.
# (P@5 is capped at 0.4 for swe, rn and wh, which have two relevant resumes each.)
# Why skills and tiers are below the floors of 2026-12-04: see test_quality.py.
SKILL_F1 = 0.8
SKILL_PRECISION = 0.74
SKILL_RECALL = 0.86
YEARS_MAE = 0.3
YEARS_WITHIN_HALF = 0.9
TIER_ACCURACY = 0.6
EDUCATION_ACCURACY = 0.95
MEAN_AP = 0.96
MEAN_P5 = 0.6
STRONG_AP = 0.97
NDCG = 0.97


@pytest.fixture(scope="module")
def metrics() -> dict[str, Any]:
    """Run the benchmark once on the held-out set."""
    from bench.screening_quality import measure

    shared_path("job-descriptions")  # two of the five postings ranked are the real shared ones
    return measure("holdout")[0]


def test_holdout_is_separate_varied_and_fully_labelled() -> None:
    """24 resumes, none shared with the tuning set, about half customer care, formats rotated, labels in taxonomy."""
    assert len(HOLDOUT) == 24
    assert SETS["holdout"] == HOLDOUT and SETS["tuning"] == ALL
    assert len(SETS["all"]) == len(ALL) + len(HOLDOUT) + len(SETS["blind"])
    assert not {r.rid for r in HOLDOUT} & {r.rid for r in ALL}
    assert not {r.name for r in HOLDOUT} & {r.name for r in ALL}
    assert 10 <= sum(r.role.startswith("care-") for r in HOLDOUT) <= 14
    counts = {fmt: sum(1 for i in range(len(HOLDOUT)) if file_format(i) == fmt) for fmt in ("pdf", "docx", "txt")}
    assert set(counts.values()) == {8}
    assert [label for r in HOLDOUT for label in r.labels.skills if not skill_id(label)] == []


def test_holdout_skill_extraction_floors(metrics: dict[str, Any]) -> None:
    """Micro precision, recall and F1 of taxonomy skills on unseen resumes."""
    skills = metrics["skills"]
    assert skills["f1"] >= SKILL_F1
    assert skills["precision"] >= SKILL_PRECISION
    assert skills["recall"] >= SKILL_RECALL


def test_holdout_years_beat_the_naive_sum(metrics: dict[str, Any]) -> None:
    """Merged years stay close to the labels and closer than the naive unmerged sum."""
    years = metrics["years"]
    assert years["mae"] <= YEARS_MAE
    assert years["within_half_year"] >= YEARS_WITHIN_HALF
    assert years["mae"] < years["naive_mae"]


def test_holdout_tier_and_education_floors(metrics: dict[str, Any]) -> None:
    """Tier accuracy on fitting candidates (human ladder) and highest-education accuracy."""
    assert metrics["tiers"]["accuracy_fitting"] >= TIER_ACCURACY
    assert metrics["education"]["accuracy"] >= EDUCATION_ACCURACY


def test_holdout_ranking_floors(metrics: dict[str, Any]) -> None:
    """Mean AP and P@5 over the five postings; strong fits and fit grades ranked better than TF-IDF does."""
    mean = metrics["ranking"]["mean"]
    assert mean["ap"] >= MEAN_AP
    assert mean["p5"] >= MEAN_P5
    assert mean["strong_ap"] >= STRONG_AP and mean["strong_ap"] > mean["tfidf_strong_ap"]
    assert mean["ndcg10"] >= NDCG and mean["ndcg10"] > mean["tfidf_ndcg10"]
