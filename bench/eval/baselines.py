"""The two baselines the screening must beat: TF-IDF cosine ranking and naive (unmerged) years."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#.\-]*[a-z0-9+#]|[a-z0-9]")
_STOP = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the their this to was were will with "
    "you your we our they them i my me he she his her not but can may also more all any such other".split()
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without stop words."""
    return [t for t in _TOKEN.findall(text.lower()) if t not in _STOP]


def tfidf_rank(query: str, docs: dict[str, str]) -> list[str]:
    """Doc ids sorted by TF-IDF cosine similarity to the query (idf over the docs and the query)."""
    bags = {doc_id: Counter(tokens(text)) for doc_id, text in docs.items()}
    query_bag = Counter(tokens(query))
    df: Counter[str] = Counter()
    for bag in (*bags.values(), query_bag):
        df.update(bag.keys())
    n = len(bags) + 1
    idf = {term: math.log((1 + n) / (1 + count)) + 1 for term, count in df.items()}
    query_vec = _weights(query_bag, idf)
    scores = {doc_id: _cosine(query_vec, _weights(bag, idf)) for doc_id, bag in bags.items()}
    return sorted(scores, key=lambda doc_id: (-scores[doc_id], doc_id))


def _weights(bag: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear tf times idf."""
    return {term: (1 + math.log(count)) * idf[term] for term, count in bag.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse vectors."""
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def naive_years(spans: Iterable[tuple[date | None, date | None]], as_of: date) -> float:
    """Sum of every role's length in years, overlaps counted twice (open end = as_of)."""
    days = 0
    for start, end in spans:
        if start is None:
            continue
        days += max(0, ((end or as_of) - start).days)
    return round(days / 365.25, 2)


def naive_from_roles(roles: Sequence[object], as_of: date) -> float:
    """Naive years over the roles the library found (objects with .start/.end dates)."""
    return naive_years(((getattr(r, "start", None), getattr(r, "end", None)) for r in roles), as_of)
