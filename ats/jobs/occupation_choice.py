"""The job's line of work: its O*NET occupation and related ones, taken from the title and duties,
confirmed or changed by the recruiter, plus the roles the recruiter lists by name."""

from __future__ import annotations

import re
from typing import Any

from ats.screening import RELATED_MAX, describe_occupation, find_occupations, related_occupations, resolve_posting

MAX_TITLES = 100
MAX_RELATED = RELATED_MAX
_CODE = re.compile(r"\b(\d{2}-\d{4}\.\d{2})\b")


def parse_titles(text: str) -> list[str]:
    """One title per line (commas also split), blanks and repeats dropped, as typed otherwise."""
    out: dict[str, None] = {}
    for line in (text or "").replace(",", "\n").splitlines():
        title = " ".join(line.split())[:120]
        if title and title.casefold() not in {t.casefold() for t in out}:
            out[title] = None
    return list(out)[:MAX_TITLES]


def label(code: str) -> str:
    """'Customer Service Representatives (43-4051.00)': what the form shows for a code."""
    name = describe_occupation(code)
    return f"{name} ({code})" if name else code


def _one(text: str) -> str | None:
    """A code typed or pasted (with its name or alone), else the occupation a title names."""
    m = _CODE.search(text)
    if m:
        return m.group(1) if describe_occupation(m.group(1)) else None
    found = find_occupations(text, 1)
    return found[0] if found else None


def choose(title: str, duties: str, occupation_text: str, related_text: str) -> tuple[dict[str, Any], dict[str, str]]:
    """(requirement keys, errors by input): what the recruiter typed wins; an empty box takes the
    occupation from the title and duties; 'none' in the related box means no related work counts."""
    errors: dict[str, str] = {}
    occupation_text = occupation_text.strip()
    auto = resolve_posting(title, duties) if title.strip() else None
    if occupation_text:
        primary = _one(occupation_text)
        if primary is None:
            errors["occupation"] = (
                f"No O*NET occupation matches “{occupation_text[:80]}”. Type a job title such as "
                "“Customer Service Representative” or a code such as 43-4051.00."
            )
    else:
        primary = auto.primary if auto else None
    related: list[str] = []
    lines = [line for line in related_text.splitlines() if line.strip()]
    if len(lines) == 1 and lines[0].strip().lower() == "none":
        lines = []
    elif not lines and primary:
        related = list(auto.related) if auto and auto.primary == primary else []
        if not related:
            related = list(related_occupations(primary, duties))
    for line in lines:
        code = _one(line)
        if code is None:
            errors["related_occupations"] = f"No O*NET occupation matches “{line.strip()[:80]}”."
        elif code != primary and code not in related:
            related.append(code)
    return {"occupation": primary, "related_occupations": related[:MAX_RELATED]}, errors


def form_text(req: dict[str, Any]) -> dict[str, str]:
    """The boxes of the form for stored requirements."""
    return {
        "occupation": label(req["occupation"]) if req.get("occupation") else "",
        "related_occupations": "\n".join(label(c) for c in req.get("related_occupations") or ()),
        "extra_titles": "\n".join(req.get("occupation_titles") or ()),
        "related_titles": "\n".join(req.get("related_titles") or ()),
    }
