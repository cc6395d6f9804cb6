"""Whether a role was held under the posting's own title, or in a line of work it lists: within one occupation,
a 'Recruiter' posting is closer to a recruiter's years than to an HR generalist's, though O*NET files both as HR
specialists."""

from __future__ import annotations

import re
from functools import lru_cache

from .occupations import normalise_title
from .results import Requirements
from .role_kinds import head_noun
from .title_lists import TitleMatcher, worker_stem

_PARTS = re.compile(r"\s*(?:/|\||\s-\s|\s–\s|,)\s*")  # 'Personal Trainer / Group Fitness Instructor'


@lru_cache(maxsize=1024)
def title_parts(title: str) -> tuple[tuple[str, ...], ...]:
    """The posts a title names, each as its normalised words (seniority and filler dropped)."""
    parts = (_without_charge(tuple(normalise_title(p).split())) for p in _PARTS.split(title))
    return tuple(dict.fromkeys(p for p in parts if p))


def _without_charge(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Recruiter-in-Charge', 'Nurse in Charge': the post is the recruiter, the nurse; being in charge is a rank."""
    return words[:-2] if len(words) > 2 and words[-2:] == ("in", "charge") else words


@lru_cache(maxsize=65536)
def holds_posting_title(role_title: str, posting_title: str) -> bool:
    """The role names the posting's own post: the same profession word, and either every word of the
    posting's post ('Senior Staff Accountant' for 'Staff Accountant'), or fewer words that keep the post's last
    two ('Sales Representative' for 'Outside Sales Representative', but no 'Information Technology Specialist'
    for an 'IT Support Specialist'), or the profession word alone ('Accountant' for 'Staff Accountant'; never a
    bare rank such as 'Manager' for 'IT Manager')."""
    wanted = title_parts(posting_title)
    for role in title_parts(role_title):
        for post in wanted:
            if worker_stem(role[-1]) != worker_stem(post[-1]):
                continue
            if set(post) <= set(role):
                return True
            narrower = set(post[-2:]) <= set(role) or (len(role) == 1 and bool(head_noun(role[0])))
            if set(role) < set(post) and narrower:
                return True
    return False


def names_the_posting(role_title: str, req: Requirements) -> bool:
    """The role holds the posting's own title or one of the titles and lines of work the job lists as its own
    ('customer service' for a Customer Care Specialist: a synonym no word of the title gives away)."""
    if holds_posting_title(role_title, req.title):
        return True
    return bool(req.occupation_titles) and TitleMatcher.for_titles(tuple(req.occupation_titles)).matches(role_title)
