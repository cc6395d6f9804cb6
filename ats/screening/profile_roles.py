"""Employers as a profile PDF (LinkedIn's) writes them: the company on the line above the title, or above the
company's total tenure ('2 years 3 months') when several posts were held there; the later posts of such a
group have no company line of their own and keep the one above. Its date lines carry their own length in
brackets ('March 2020 - Present (4 years 9 months)'), which is how the layout is told from others."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .dates import RANGE
from .results import Role
from .sections import heading_of

_LENGTH = r"(?:\d+\s+years?(?:\s+\d+\s+months?)?|\d+\s+months?|less than a year)"
_DATED_LENGTH = re.compile(rf"\(\s*{_LENGTH}\s*\)\s*$", re.I)
_TENURE = re.compile(rf"^{_LENGTH}$", re.I)
_PLACE = re.compile(r",\s*[A-Z]|\b(?:Area|Remote|United States)\b")  # 'Chicago, Illinois', 'Greater Boston Area'
_COMPANY_FORM = re.compile(r",?\s*(?:Inc|LLC|Ltd|Corp|Co|GmbH|PLC|LLP)\.?$", re.I)


def profile_employers(text: str, roles: Sequence[Role], title_score: Callable[[str], float]) -> list[Role]:
    """Each role of a profile PDF with its company; roles of other layouts as they are."""
    if not any(_DATED_LENGTH.search(r.evidence.sentence) for r in roles):
        return list(roles)  # no date line of this layout: the text's lines need not be read
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    starts = [at for at, _ in lines]
    out: list[Role] = []
    group: str | None = None  # the company of the posts above, while no section heading comes between
    last_line = -1
    for role in roles:
        k = _line_of(starts, role.evidence.start)
        if role.employer or role.evidence.source != "resume" or k < 2 or not _DATED_LENGTH.search(lines[k][1]):
            out.append(role)
            continue
        if any(heading_of(line) for _, line in lines[last_line + 1 : k]):
            group = None
        last_line = k
        above = k - 2  # the line above the title
        if _TENURE.match(lines[above][1]) and above > 0:
            above -= 1
        company = _company(lines[above][1], title_score)
        group = company or group
        out.append(role._replace(employer=group) if group else role)
    return out


def _line_of(starts: list[int], pos: int) -> int:
    """Index of the line holding a character offset."""
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def _company(line: str, title_score: Callable[[str], float]) -> str | None:
    """A short name, no sentence, date, heading, town or job title."""
    words = line.split()
    if not 1 <= len(words) <= 6 or len(line) > 60 or line.endswith((".", ":", ";")) or RANGE.search(line):
        return None
    if heading_of(line) or _TENURE.match(line) or line[:1].islower():
        return None
    if _PLACE.search(line) and not _COMPANY_FORM.search(line):
        return None
    return line if title_score(line) < 1.0 else None  # 'Northwind Traders' may sound like work, 'Sales Manager' is
