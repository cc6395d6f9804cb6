"""Build the library's large read-only indexes once, up front, and take them out of the garbage
collector's sight (they never die, and every full collection would otherwise walk them all)."""

from __future__ import annotations

import gc
from functools import lru_cache


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load spaCy, the skill matchers, the O*NET titles, vectors and word weights, then gc.freeze().

    Long-running processes (workers, `flask rescore`) call it before heavy work: reading thousands of
    stored analyses back runs about twice as fast when the collector no longer walks the indexes.
    """
    from .skills import default_matcher

    default_matcher()
    warm_scorer()


@lru_cache(maxsize=1)
def warm_scorer() -> None:
    """The indexes scoring a stored analysis reads (no spaCy): what a process that only rescores needs."""
    from .duties import idf
    from .occupation_similarity import _generic_occupations, _hubness, _vectors
    from .occupations import index, worker_nouns
    from .role_kinds import own_name_fields
    from .skills import _name_index

    index()
    own_name_fields()
    worker_nouns()
    _name_index()
    _vectors()
    _hubness()
    _generic_occupations()
    idf("customer")
    gc.collect()
    gc.freeze()
