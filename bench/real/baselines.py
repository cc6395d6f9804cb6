"""The two simple baselines every figure stands beside: TF-IDF cosine and phrase counting."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from bench.eval.baselines import tokens


def tfidf_scores(query: str, docs: Mapping[str, str]) -> dict[str, float]:
    """Cosine of sublinear TF-IDF vectors, IDF over the resumes and the posting."""
    bags = {rid: Counter(tokens(text)) for rid, text in docs.items()}
    qbag = Counter(tokens(query))
    df: Counter[str] = Counter()
    for bag in (*bags.values(), qbag):
        df.update(bag.keys())
    n = len(bags) + 1
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}

    def vec(bag: Counter[str]) -> dict[str, float]:
        return {t: (1 + math.log(c)) * idf[t] for t, c in bag.items()}

    qv = vec(qbag)
    qn = math.sqrt(sum(w * w for w in qv.values())) or 1.0
    out = {}
    for rid, bag in bags.items():
        dv = vec(bag)
        dn = math.sqrt(sum(w * w for w in dv.values())) or 1.0
        out[rid] = sum(w * dv.get(t, 0.0) for t, w in qv.items()) / (qn * dn)
    return out


def phrase_count_scores(phrases: Iterable[str], docs: Mapping[str, str]) -> dict[str, float]:
    """How many times the posting's skill phrases (names and aliases) occur in each resume."""
    pats = [re.compile(rf"(?<!\w){re.escape(p.lower())}(?!\w)") for p in dict.fromkeys(phrases) if p.strip()]
    return {rid: float(sum(len(p.findall(text.lower())) for p in pats)) for rid, text in docs.items()}
