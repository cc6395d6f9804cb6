"""A title that names occupations of different kinds ('Account Manager': sales, fundraising or finance) is
read by what the role's own lines say it did."""

from __future__ import annotations

from collections.abc import Sequence

from .occupation_similarity import text_vector, vector_of
from .results import Role, SentenceTerms

CONTEXT_CHARS = 2000  # a role's lines: from its dates to the next role's, at most this far
KEEP_WITHIN = 0.8  # a kind of work stays when its closeness is at least this share of the closest one's
MIN_CLOSENESS = 0.05  # below this the lines say too little to choose, and every kind stays
GROUP = 4  # an O*NET minor group: "11-2" sales and marketing managers, "11-3" financial and other managers


def narrow_by_context(
    roles: Sequence[Role], sentences: Sequence[SentenceTerms], sentence_terms: Sequence[Sequence[str]]
) -> list[Role]:
    """Each role whose title names work of more than one kind (O*NET minor groups) keeps the kinds its
    lines are closest to."""
    out = []
    starts = sorted(r.evidence.start for r in roles)  # where each role's dates begin
    for r in roles:
        groups = {c[:GROUP] for c in r.occupations}
        if len(groups) < 2:
            out.append(r)
            continue
        begin = r.evidence.end
        later = [s for s in starts if s > begin]
        end = min([begin + CONTEXT_CHARS, *later[:1]])
        words = [
            t
            for s, ts in zip(sentences, sentence_terms, strict=True)
            if s.source == "resume" and begin <= s.start < end
            for t in ts
        ]
        out.append(r._replace(occupations=_closest_kinds(r.occupations, words)) if words else r)
    return out


def _closest_kinds(codes: tuple[str, ...], words: list[str]) -> tuple[str, ...]:
    """The codes of the minor groups the words are closest to (each group by its closest code)."""
    q = text_vector("", stemmed=words)
    by_group: dict[str, float] = {}
    for c in codes:
        v = vector_of(c)
        sim = sum(x * v.get(t, 0.0) for t, x in q.items())
        by_group[c[:GROUP]] = max(by_group.get(c[:GROUP], 0.0), sim)
    best = max(by_group.values(), default=0.0)
    if best < MIN_CLOSENESS:
        return codes
    return tuple(c for c in codes if by_group[c[:GROUP]] >= KEEP_WITHIN * best)
