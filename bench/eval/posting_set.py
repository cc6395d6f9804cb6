"""The postings of the evaluation: two shared ones (read in place) and three written for the bench.

Each posting also carries its fit rule, a human reading of what the posting asks for, applied to the hand-read
jobs of a labelled resume (kinds and spans, never the library's output). It grades every resume 0-3:
  3 strong fit   at least FIT_YEARS in the posting's own line of work (strong_kinds): for the care postings,
                 customer service or support jobs ("Proven customer support experience or experience as a
                 Customer Service Representative"; "Proven call center or customer service experience")
  2 fit          at least FIT_YEARS of work that counts for the posting (relevant_kinds): for the care postings,
                 any job "that involves direct interaction with customers" (retail, hospitality, sales)
  1 possible     some work that counts, under FIT_YEARS, or a human judged the resume fitting (labels.relevant)
  0 not a fit
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .model import LabelledResume

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[3] / "shared" / "job-descriptions"  # the team folder beside the checkout
CUSTOMER_FACING = frozenset({"care", "retail", "hospitality", "sales"})
FIT_YEARS = 1.0  # every posting here asks for about a year: target tier 1-3, "proven", "professional experience"
STRONG_FIT = 3

CARE, DEV, NURSE, WAREHOUSE = (frozenset({k}) for k in ("care", "dev", "nurse", "warehouse"))

Ladder = tuple[tuple[str, float, float | None], ...]  # (tier, min_years, max_years or None)


@dataclass(frozen=True)
class Posting:
    """One job posting, with the experience ladder a human reads in it and the kinds of work that count."""

    pid: str
    path: Path
    ladder: Ladder | None  # None: the posting states no experience tiers
    relevant_kinds: frozenset[str]
    strong_kinds: frozenset[str]

    def text(self) -> str:
        """The posting text as published."""
        return self.path.read_text(encoding="utf-8")

    def fit_grade(self, resume: LabelledResume) -> int:
        """0-3 by the fit rule of the module docstring, from the hand-read jobs only."""
        if resume.expected_years(self.strong_kinds) >= FIT_YEARS:
            return STRONG_FIT
        counted = resume.expected_years(self.relevant_kinds)
        if counted >= FIT_YEARS:
            return 2
        return 1 if counted > 0 or self.pid in resume.labels.relevant else 0


POSTINGS: tuple[Posting, ...] = (
    Posting(
        "ccs",
        SHARED / "customer-care-specialist.txt",
        (("entry", 0, 1), ("1-3 years", 1, 3), ("supervisory", 3, 5), ("managerial", 5, None)),
        CUSTOMER_FACING,
        CARE,
    ),
    Posting("ccr", SHARED / "customer-care-representative.txt", None, CUSTOMER_FACING, CARE),
    Posting(
        "swe",
        HERE / "postings" / "software-developer.txt",
        (("junior", 0, 2), ("mid-level", 2, 5), ("senior", 5, None)),
        DEV,
        DEV,
    ),
    Posting(
        "rn",
        HERE / "postings" / "registered-nurse.txt",
        (("new graduate", 0, 1), ("experienced", 1, 5), ("senior", 5, None)),
        NURSE,
        NURSE,
    ),
    Posting(
        "wh",
        HERE / "postings" / "warehouse-associate.txt",
        (("entry", 0, 1), ("associate", 1, 3), ("lead", 3, None)),
        WAREHOUSE,
        WAREHOUSE,
    ),
)


def tier_for(ladder: Ladder, years: float) -> str:
    """Name of the ladder tier whose [min, max) range holds these years."""
    for name, low, high in ladder:
        if years >= low and (high is None or years < high):
            return name
    return ladder[0][0]
