"""Plausible roles: none before a career could have started, and the same role listed twice counted once."""

from __future__ import annotations

import re
from datetime import date

from .occupations import normalise_title
from .results import Role

MAX_CAREER_YEARS = 50  # no role starts more than fifty years before the resume's date
EARLIEST_AGE_YEARS = 14  # nobody works before about fourteen: a role before (first school year - 4) is not real

# r"(?i)(?:high school|secondary school)[^\n]{0,80}?\b((?:19|20)\d\d)\b", opening on the first letter in every
# case (re.I lets 'ſ' stand for 's'), so that the scan skips to the next H or S: a third of the time.
_SCHOOL_YEAR = re.compile(
    r"[HhSs\u017f](?:(?<=[Hh])(?i:igh school)|(?<=[Ss\u017f])(?i:econdary school))[^\n]{0,80}?\b((?:19|20)\d\d)\b"
)


def earliest_plausible(text: str, as_of: date) -> date:
    """No role before the resume's date minus a career, nor before about age fourteen, read from the
    high-school year (leaving at about 18; two years of slack for early leavers)."""
    floor = as_of.year - MAX_CAREER_YEARS
    years = [int(m.group(1)) for m in _SCHOOL_YEAR.finditer(text) if int(m.group(1)) <= as_of.year]
    if years:
        floor = max(floor, min(years) - 18 + EARLIEST_AGE_YEARS - 2)
    return date(floor, 1, 1)


def dedupe_roles(roles: list[Role]) -> list[Role]:
    """The same role listed twice is kept once: the same title inside the same dates, or an untitled
    copy of a titled role's exact dates."""
    out: list[Role] = []
    for r in roles:
        key = normalise_title(r.title)
        same = [o for o in out if o.start == r.start and o.end == r.end]
        if r.title == "" and same:
            continue
        out = [o for o in out if not (o.title == "" and o.start == r.start and o.end == r.end)]
        dup = next(
            (
                o
                for o in out
                if normalise_title(o.title) == key
                and o.start
                and r.start
                and o.end
                and r.end
                and o.start <= r.start
                and r.end <= o.end
            ),
            None,
        )
        if dup is None:
            out.append(r)
    return sorted(out, key=lambda r: r.evidence.start)
