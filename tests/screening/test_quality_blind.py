"""Screening quality on the BLIND set (bench/eval/pool_a.py, pool_b.py): a realistic applicant pool written and
labelled by teammates who never ran the library, measured once before and once after the change that added it.

These floors are the ones to trust for new applicants; nothing in the library was tuned on these resumes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.eval.resumes import SETS, file_format  # noqa: E402
from tests.shared_data import shared_path  # noqa: E402

# Floors: a little below the figures measured on 2026-12-05 (bench/screening_quality.py --set blind, one
# deterministic run): skill P/R/F1 0.733/0.842/0.784, years MAE 0.29 (naive 0.40), within 0.5 y 0.932, tier
# accuracy on fitting candidates 0.500, education 0.955, MAP 0.893 (TF-IDF 0.892), mean P@5 0.760 (TF-IDF 0.640),
# strong-fit AP 0.906 (TF-IDF 0.794), strong-fit P@5 0.640 (TF-IDF 0.320), nDCG@10 of the fit grades 0.940
# (TF-IDF 0.820).
# On 2026-12-04 MAP was 0.974 and tier accuracy 0.786. The labels here count every customer-facing job (bank
# teller, barista, hotel front desk, pharmacy counter) as years of customer care in full; the scorer now counts
# the posting's own occupation in full, a few related occupations and the titles the posting names in half, and
# nothing else (issue 13). The customer-care applicants from other counters rank lower for it, so MAP is level
# with TF-IDF and only the precision-at-the-top and fit-grade metrics must beat it.
SKILL_F1 = 0.76
SKILL_PRECISION = 0.71
SKILL_RECALL = 0.8
YEARS_MAE = 0.35
YEARS_WITHIN_HALF = 0.9
TIER_ACCURACY = 0.45
EDUCATION_ACCURACY = 0.9
MEAN_AP = 0.87
STRONG_AP = 0.88
NDCG = 0.92


@pytest.fixture(scope="module")
def metrics() -> dict[str, Any]:
    """Run the benchmark once on the blind set."""
    from bench.screening_quality import measure

    shared_path("job-descriptions")  # two of the five postings ranked are the real shared ones
    return measure("blind")[0]


def test_blind_set_is_separate_and_mostly_an_applicant_pool_for_customer_care() -> None:
    """44 resumes, no rid or name shared with the other sets, half customer-facing applicants, formats rotated."""
    blind = SETS["blind"]
    assert len(blind) == 44
    others = SETS["tuning"] + SETS["holdout"]
    assert not {r.rid for r in blind} & {r.rid for r in others}
    assert not {r.name for r in blind} & {r.name for r in others}
    assert sum(r.rid.startswith("pa") for r in blind) == 22
    counts = {fmt: sum(1 for i in range(len(blind)) if file_format(i) == fmt) for fmt in ("pdf", "docx", "txt")}
    assert min(counts.values()) >= 14


def test_blind_skill_years_tier_education_floors(metrics: dict[str, Any]) -> None:
    """Extraction on unseen resumes: skills, merged years (better than the naive sum), tiers, education."""
    skills, years = metrics["skills"], metrics["years"]
    assert skills["f1"] >= SKILL_F1 and skills["precision"] >= SKILL_PRECISION and skills["recall"] >= SKILL_RECALL
    assert years["mae"] <= YEARS_MAE and years["within_half_year"] >= YEARS_WITHIN_HALF
    assert years["mae"] < years["naive_mae"]
    assert metrics["tiers"]["accuracy_fitting"] >= TIER_ACCURACY
    assert metrics["education"]["accuracy"] >= EDUCATION_ACCURACY


def test_blind_ranking_beats_tfidf(metrics: dict[str, Any]) -> None:
    """On an applicant pool, our ranking puts the fitting and the strong candidates first, ahead of TF-IDF."""
    mean = metrics["ranking"]["mean"]
    assert mean["ap"] >= MEAN_AP and mean["strong_ap"] >= STRONG_AP and mean["ndcg10"] >= NDCG
    for key in ("p5", "strong_ap", "strong_p5", "ndcg10"):
        assert mean[key] > mean["tfidf_" + key], key
