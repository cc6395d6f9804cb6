"""How much a skill mention proves, and the strongest mention of each skill (kept with the analysis, so
scoring thousands of stored analyses only looks names up)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .placement import PLACE_ORDER
from .results import SkillMention

# How much a mention proves, by where it stands: a recent role's bullets prove most, a list least.
PLACE_STRENGTH = {"role": 1.0, "old_role": 0.85, "summary": 0.7, "other": 0.6, "skills": 0.5, "": 0.6}
LETTER_STRENGTH = 0.5  # a claim in a cover letter
SOFT_FACTOR = 0.6  # soft skills are easy to claim: stated ones prove less
REPEAT_BONUS = 0.1  # named three times or more


@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    """Case/hyphen-insensitive key for comparing skill names."""
    return " ".join(s.casefold().replace("-", " ").split())


def strength(m: SkillMention) -> float:
    """How much one mention proves (0-1): its place, soft or not, how often it is named."""
    base = LETTER_STRENGTH if m.evidence.source == "cover_letter" else PLACE_STRENGTH.get(m.place, 0.6)
    if m.category == "soft skills" and m.via is None:
        base *= SOFT_FACTOR
    if m.times >= 3:
        base += REPEAT_BONUS
    return min(1.0, base)


def rank(m: SkillMention) -> tuple[float, int]:
    """Stronger first; on a tie the more specific place (a role before a list)."""
    return strength(m), -PLACE_ORDER.get(m.place, 5)


def best_mentions(mentions: Sequence[SkillMention]) -> dict[str, int]:
    """key -> position of the strongest mention, by skill name, by the words as written (stated mentions
    only: an implied mention's words are the specific skill's) and by 'category:<name>'."""
    best: dict[str, tuple[float, int, int]] = {}
    for i, m in enumerate(mentions):
        r = rank(m)
        keys = [norm(m.skill), "category:" + m.category]
        if m.via is None:
            keys.append(norm(m.evidence.text))
        for k in keys:
            held = best.get(k)
            if held is None or r > held[:2]:
                best[k] = (*r, i)
    return {k: v[2] for k, v in best.items()}
