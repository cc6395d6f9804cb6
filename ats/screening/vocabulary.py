"""Vocabulary of the occupation: how much the resume speaks the language of the job's line of work.

The resume's terms are weighed like the O*NET occupation profiles (titles, description), and compared
with the profile of the job's occupation. Explained by the shared terms that weigh most and the resume
sentence that holds most of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .duties import hits
from .occupation_similarity import text_vector, vector_of
from .results import Component, Match, ResumeAnalysis, SentenceTerms
from .terms import stem, terms

_WORD = re.compile(r"[A-Za-z][\w+#-]*")
PROFILE_TERMS = 60  # the heaviest terms of a resume kept with its analysis
FULL_SIMILARITY = 0.25  # a resume this close to the occupation's profile earns full points (a typical
# resume of the occupation is at 0.15-0.2; one of other work below 0.1)
TERMS_SHOWN = 8


def term_profile(stemmed: Sequence[str], text: str) -> tuple[tuple[str, float, str], ...]:
    """The resume's heaviest terms, their weights in the occupation space (unit vector, truncated) and a
    word of the resume each came from ('subcontractors' for 'subcontractor'), to show people."""
    vec = text_vector("", stemmed)
    top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE_TERMS]
    wanted = {t for t, _ in top}
    surface: dict[str, str] = {}
    # each distinct word once, in order of first use: a later repeat is never the first word of its stem
    for st, lower in map(_stem_lower, dict.fromkeys(_WORD.findall(text))):
        if st in wanted and st not in surface:
            surface[st] = lower
            if len(surface) == len(wanted):
                break
    return tuple((t, round(w, 4), surface.get(t, t)) for t, w in top)


def without_headings(stemmed: Sequence[str], text: str, heading_starts: Sequence[int]) -> list[str]:
    """The resume's terms less one use of each word of its section headings ('Skills', 'Experience', 'Work
    History'): they name the sections every resume has, not the work, and O*NET's profiles use them so rarely
    that they would weigh much ('skills' is a heavy term of elementary teachers, 'experience' of search
    marketers). What follows a heading's colon ('Hobbies: Reading') is kept."""
    drop: Counter[str] = Counter()
    for start in heading_starts:
        end = text.find("\n", start)
        drop.update(terms(text[start : end if end >= 0 else len(text)].split(":", 1)[0]))
    out = []
    for t in stemmed:
        if drop[t] > 0:
            drop[t] -= 1
        else:
            out.append(t)
    return out


@lru_cache(maxsize=200_000)
def _stem_lower(word: str) -> tuple[str, str]:
    """(stem, lower case) of a word as written: one cached look-up a word of the resume."""
    lower = word.lower()
    return stem(lower), lower


def vocabulary_component(
    a: ResumeAnalysis, occupation: str | None, occupation_title: str, weight: float
) -> tuple[Component, float]:
    """(component, share of the weight): the resume's closeness to the occupation's profile, full at
    FULL_SIMILARITY."""
    occ = vector_of(occupation) if occupation else {}
    if not occ or not a.term_profile:
        why = "no occupation set for the job" if not occ else "no text to compare"
        return Component("vocabulary", weight, 0.0, (), (), f"{why}: no points"), 0.0
    shared = sorted(((w * occ[t], t, word) for t, w, word in a.term_profile if t in occ), reverse=True)
    sim = sum(x for x, _, _ in shared)
    share = min(1.0, sim / FULL_SIMILARITY)
    best = _richest_sentence(a, {t for _, t, _ in shared[:TERMS_SHOWN]})
    words = [word for _, _, word in shared[:TERMS_SHOWN]]
    matched = (Match("terms of the occupation", best.sentence, best.source, best.start, best.end),) if best else ()
    detail = (
        f"similarity {sim:.2f} to {occupation_title} (full points at {FULL_SIMILARITY:.2f}); "
        f"shared terms: {', '.join(words) or 'none'}"
    )
    return Component("vocabulary", weight, round(weight * share, 2), matched, (), detail), share


def _richest_sentence(a: ResumeAnalysis, words: set[str]) -> SentenceTerms | None:
    """The resume sentence holding the most of the heaviest shared terms (the first on a tie)."""
    found: dict[int, int] = {}
    for w in words:
        for i, _ in hits(a, w):
            if a.sentences[i].source == "resume":
                found[i] = found.get(i, 0) + 1
    if not found:
        return None
    return a.sentences[max(found, key=lambda i: (found[i], -i))]
