"""Which past job titles count as experience for a job: derived from its title, widened by the recruiter."""

from __future__ import annotations

from typing import Any

from ats.screening import occupation_names, occupation_titles_for, related_titles_for

MAX_EXTRA_TITLES = 100
EXAMPLES = 6


def parse_extra(text: str) -> list[str]:
    """One title per line (commas also split), blanks and repeats dropped, as typed otherwise."""
    out: dict[str, None] = {}
    for line in (text or "").replace(",", "\n").splitlines():
        title = " ".join(line.split())[:120]
        if title and title.casefold() not in {t.casefold() for t in out}:
            out[title] = None
    return list(out)[:MAX_EXTRA_TITLES]


def requirement_titles(title: str, extra: list[str]) -> dict[str, Any]:
    """The requirements keys the scorer reads: own titles (O*NET plus the recruiter's) and related ones."""
    own = dict.fromkeys(occupation_titles_for(title) if title.strip() else ())
    own.update(dict.fromkeys(extra))
    related = [t for t in (related_titles_for(title) if title.strip() else ()) if t not in own]
    return {"occupation_titles": list(own), "related_titles": related, "extra_titles": list(extra)}


def extra_from_draft(title: str, occupation_titles: list[str]) -> list[str]:
    """Titles a parsed posting named itself ('experience as a ...'), beyond those its title gives."""
    derived = set(occupation_titles_for(title)) if title.strip() else set()
    return [t for t in occupation_titles if t not in derived and t != title][:MAX_EXTRA_TITLES]


def describe(title: str) -> dict[str, Any]:
    """What the form shows: the O*NET occupations behind the title and how many titles each side has."""
    if not title.strip():
        return {"own": [], "full": [], "partial": [], "own_count": 0, "related_count": 0}
    names = occupation_names(title)
    return {
        **{k: v[:EXAMPLES] for k, v in names.items()},
        "more_full": max(0, len(names["full"]) - EXAMPLES),
        "more_partial": max(0, len(names["partial"]) - EXAMPLES),
        "own_count": len(occupation_titles_for(title)),
        "related_count": len(related_titles_for(title)),
    }
