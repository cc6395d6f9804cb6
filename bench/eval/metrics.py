"""Plain metric functions: micro precision/recall/F1, MAE, average precision, precision@k."""
from __future__ import annotations

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
