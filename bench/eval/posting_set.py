"""The postings of the evaluation: two shared ones (read in place) and three written for the bench."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[3] / "shared" / "job-descriptions"  # the team folder beside the checkout
CUSTOMER_FACING = frozenset({"care", "retail", "hospitality", "sales"})

Ladder = tuple[tuple[str, float, float | None], ...]  # (tier, min_years, max_years or None)


@dataclass(frozen=True)
class Posting:
    """One job posting, with the experience ladder a human reads in it and the kinds of work that count."""

    pid: str
    path: Path
    ladder: Ladder | None  # None: the posting states no experience tiers
    relevant_kinds: frozenset[str]

    def text(self) -> str:
        """The posting text as published."""
        return self.path.read_text(encoding="utf-8")


POSTINGS: tuple[Posting, ...] = (
    Posting("ccs", SHARED / "customer-care-specialist.txt",
            (("entry", 0, 1), ("1-3 years", 1, 3), ("supervisory", 3, 5), ("managerial", 5, None)),
            CUSTOMER_FACING),
    Posting("ccr", SHARED / "customer-care-representative.txt", None, CUSTOMER_FACING),
    Posting("swe", HERE / "postings" / "software-developer.txt",
            (("junior", 0, 2), ("mid-level", 2, 5), ("senior", 5, None)), frozenset({"dev"})),
    Posting("rn", HERE / "postings" / "registered-nurse.txt",
            (("new graduate", 0, 1), ("experienced", 1, 5), ("senior", 5, None)), frozenset({"nurse"})),
    Posting("wh", HERE / "postings" / "warehouse-associate.txt",
            (("entry", 0, 1), ("associate", 1, 3), ("lead", 3, None)), frozenset({"warehouse"})),
)


def tier_for(ladder: Ladder, years: float) -> str:
    """Name of the ladder tier whose [min, max) range holds these years."""
    for name, low, high in ladder:
        if years >= low and (high is None or years < high):
            return name
    return ladder[0][0]
