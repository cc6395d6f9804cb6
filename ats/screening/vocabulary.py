"""Vocabulary of the occupation: how much the resume speaks the language of the job's line of work.

The resume's terms are weighed like the O*NET occupation profiles (titles, description), and compared
with the profile of the job's occupation. Explained by the shared terms that weigh most and the resume
sentence that holds most of them.
"""

from __future__ import annotations

import re

from .occupations import text_vector, vector_of
from .results import Component, Match, ResumeAnalysis, SentenceTerms
from .terms import stem

PROFILE_TERMS = 60  # the heaviest terms of a resume kept with its analysis
FULL_SIMILARITY = 0.25  # a resume this close to the occupation's profile earns full points (a typical
# resume of the occupation is at 0.15-0.2; one of other work below 0.1)
TERMS_SHOWN = 8


def term_profile(text: str) -> tuple[tuple[str, float], ...]:
    """The resume's heaviest terms and their weights in the occupation space (unit vector, truncated)."""
    vec = text_vector(text)
    top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE_TERMS]
    return tuple((t, round(w, 4)) for t, w in top)


def vocabulary_component(a: ResumeAnalysis, occupation: str | None, occupation_title: str, weight: float) -> Component:
    """Points in proportion to the resume's closeness to the occupation's profile, up to FULL_SIMILARITY."""
    occ = vector_of(occupation) if occupation else {}
    if not occ or not a.term_profile:
        why = "no occupation set for the job" if not occ else "no text to compare"
        return Component("vocabulary", weight, 0.0, (), (), f"{why}: no points")
    shared = sorted(((w * occ[t], t) for t, w in a.term_profile if t in occ), reverse=True)
    sim = sum(x for x, _ in shared)
    share = min(1.0, sim / FULL_SIMILARITY)
    stems = [t for _, t in shared[:TERMS_SHOWN]]
    best = _richest_sentence(a, set(stems))
    words = [_surface(a, t) for t in stems]
    matched = (Match("terms of the occupation", best.sentence, best.source, best.start, best.end),) if best else ()
    detail = (
        f"similarity {sim:.2f} to {occupation_title} (full points at {FULL_SIMILARITY:.2f}); "
        f"shared terms: {', '.join(words) or 'none'}"
    )
    return Component("vocabulary", weight, round(weight * share, 2), matched, (), detail)


def _surface(a: ResumeAnalysis, stem_: str) -> str:
    """A word of the resume that the stem came from ('subcontractors' for 'subcontractor')."""
    for s in a.sentences:
        for word in re.findall(r"[A-Za-z][\w+#-]*", s.sentence):
            if stem(word.lower()) == stem_:
                return str(word).lower()
    return stem_


def _richest_sentence(a: ResumeAnalysis, words: set[str]) -> SentenceTerms | None:
    """The resume sentence holding the most of the heaviest shared terms."""
    best, hits = None, 0
    for s in a.sentences:
        if s.source != "resume":
            continue
        n = len(words & set(s.terms.split()))
        if n > hits:
            best, hits = s, n
    return best
