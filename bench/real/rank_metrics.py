"""Ranking metrics with ties broken at random and averaged, so a coarse score gains nothing from order."""

from __future__ import annotations

import random
from collections.abc import Mapping

SHUFFLES = 30


def _ranked(scores: Mapping[str, float], rng: random.Random) -> list[str]:
    ids = list(scores)
    rng.shuffle(ids)
    return sorted(ids, key=lambda i: -scores[i])  # stable: the shuffle decides within a tie


def average_precision(scores: Mapping[str, float], relevant: set[str], seed: int = 7) -> float:
    """Expected AP over random tie-breaks."""
    if not relevant:
        return 0.0
    rng, total = random.Random(seed), 0.0
    for _ in range(SHUFFLES):
        hits, ap = 0, 0.0
        for pos, rid in enumerate(_ranked(scores, rng), start=1):
            if rid in relevant:
                hits += 1
                ap += hits / pos
        total += ap / len(relevant)
    return total / SHUFFLES


def precision_at(scores: Mapping[str, float], relevant: set[str], k: int = 10, seed: int = 7) -> float:
    """Expected share of relevant resumes in the top k over random tie-breaks."""
    rng = random.Random(seed)
    return sum(sum(1 for rid in _ranked(scores, rng)[:k] if rid in relevant) / k for _ in range(SHUFFLES)) / SHUFFLES


def auc(scores: Mapping[str, float], relevant: set[str]) -> float:
    """Probability that a relevant resume outscores an irrelevant one (ties count half)."""
    pos = sorted(scores[i] for i in scores if i in relevant)
    neg = sorted(scores[i] for i in scores if i not in relevant)
    if not pos or not neg:
        return 0.0
    wins, j, k = 0.0, 0, 0
    for p in pos:  # both lists sorted: count negatives below and equal to p
        while j < len(neg) and neg[j] < p:
            j += 1
        k = max(k, j)
        while k < len(neg) and neg[k] == p:
            k += 1
        wins += j + 0.5 * (k - j)
    return wins / (len(pos) * len(neg))


def distinct(scores: Mapping[str, float]) -> int:
    """How many different score values the ranking has."""
    return len(set(scores.values()))
