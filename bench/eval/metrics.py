"""Plain metric functions: micro precision/recall/F1, MAE, average precision, precision@k."""

from __future__ import annotations

import math
from collections.abc import Sequence


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from micro counts (0.0 when undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def mae(pairs: Sequence[tuple[float, float]]) -> float:
    """Mean absolute error of (predicted, expected) pairs."""
    return sum(abs(p - e) for p, e in pairs) / len(pairs) if pairs else 0.0


def average_precision(ranked_ids: Sequence[str], relevant: set[str]) -> float:
    """Average precision of a ranking against the set of relevant ids."""
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for position, rid in enumerate(ranked_ids, start=1):
        if rid in relevant:
            hits += 1
            total += hits / position
    return total / len(relevant)


def precision_at(ranked_ids: Sequence[str], relevant: set[str], k: int) -> float:
    """Share of the top k that is relevant."""
    top = list(ranked_ids[:k])
    return sum(1 for rid in top if rid in relevant) / k if top else 0.0


def ndcg_at(ranked_ids: Sequence[str], grades: dict[str, int], k: int) -> float:
    """Normalised discounted cumulative gain of the top k, with gain 2^grade - 1 (graded relevance)."""

    def dcg(gs: Sequence[int]) -> float:
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gs[:k]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(rid, 0) for rid in ranked_ids]) / ideal if ideal else 0.0
