"""Duty match: each duty of the posting against the resume's best sentence, by BM25 over stemmed terms.

Word weights (IDF) come from a background corpus we ship: one document per O*NET occupation (titles,
description, technology examples), so 'reconcile' and 'menu' weigh more than 'ensure' and 'provide'.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .placement import is_list_like
from .results import Component, Match, ResumeAnalysis, SentenceTerms
from .terms import term_words, terms

DF_DATA = Path(__file__).with_name("data") / "term_df.json"
K1, B = 1.2, 0.75  # the usual BM25 constants
AVG_TERMS = 10.0  # terms in an average resume sentence
FULL_AT = 0.5  # a sentence carrying half a duty's weighted terms meets the duty in full
MIN_SHARE = 0.15  # below this share a duty counts as not shown
MAX_SENTENCE_CHARS = 400
Hit = tuple[int, int]  # (sentence number, times a term stands in it)
_BREAK = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'])|\n\s*\n|\n(?=\s*(?:[-•●▪◦·*]|\d+[.)])\s)")


@lru_cache(maxsize=1)
def _background() -> tuple[int, dict[str, int]]:
    data = json.loads(DF_DATA.read_text(encoding="utf-8"))
    return int(data["docs"]), data["df"]


@lru_cache(maxsize=100_000)
def idf(term: str) -> float:
    """BM25 IDF from the background corpus; a term it never saw weighs like the rarest."""
    n, df = _background()
    d = df.get(term, 0)
    return math.log(1 + (n - d + 0.5) / (d + 0.5))


def sentences(text: str, source: str) -> tuple[list[SentenceTerms], list[list[str]], list[str]]:
    """The text cut into sentences and bullets (lines joined where a sentence wraps) and their terms;
    and every term of the text (short lines included), stemmed once for the vocabulary too."""
    out, their_terms, every = [], [], []
    for start, end in _spans(text):
        ts = terms(text[start:end])
        every += ts
        if len(ts) >= 3:
            quote = " ".join(text[start:end].split())[:MAX_SENTENCE_CHARS]
            out.append(SentenceTerms(source, start, end, quote, len(ts)))
            their_terms.append(ts)
    return out, their_terms, every


def postings(sentence_terms: Sequence[Sequence[str]]) -> dict[str, str]:
    """term -> 'sentence count sentence count ...': built once, so scoring never reads every word, and
    kept as text so that reading thousands of stored analyses back creates few objects."""
    out: dict[str, list[str]] = {}
    for i, ts in enumerate(sentence_terms):
        sentence = str(i)
        counts: dict[str, int] = {}  # Counter(ts), without its overhead on a dozen terms
        for t in ts:
            counts[t] = counts.get(t, 0) + 1
        for t, c in counts.items():
            found = out.get(t)
            if found is None:
                out[t] = [sentence, str(c)]
            else:
                found += (sentence, str(c))
    return {t: " ".join(v) for t, v in out.items()}


def hits(a: ResumeAnalysis, term: str) -> list[Hit]:
    """(sentence, count) pairs of one term."""
    flat = a.postings.get(term)
    if not flat:
        return []
    nums = map(int, flat.split())
    return list(zip(nums, nums, strict=True))  # pairs: one iterator read twice a step


def _spans(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences: breaks at sentence ends, blank lines and bullets; a line that
    starts in lower case continues the one before."""
    spans, pos = [], 0
    for m in _BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        cut = s
        for line in re.finditer(r"\n(?=[A-Z])", chunk):  # a capitalised new line starts a new item
            prev = text[cut : s + line.start()].rstrip()
            if prev and (prev[-1] in ".:!?" or len(prev) < 60):
                out.append((cut, s + line.start()))
                cut = s + line.end()
        out.append((cut, e))
    kept = []
    for a, b in out:
        if b - a <= MAX_SENTENCE_CHARS * 3:
            chunk = text[a:b]
            if chunk.strip():
                kept.append((a + len(chunk) - len(chunk.lstrip()), b))
    return kept


def _best(
    a: ResumeAnalysis,
    query: Sequence[str],
    allowed: set[int] | None,
    norms: Sequence[float],
    seen: dict[str, list[Hit]],
) -> tuple[int, float]:
    """(sentence number, BM25) of the best allowed sentence (any, when `allowed` is None) for a query, (-1, 0)
    when none shares a term. `norms` holds each sentence's length norm, and `seen` the hits of terms already
    read for this resume (duties share terms: a rescore after a change to the duties matches thousands)."""
    scores: dict[int, float] = {}
    get = scores.get
    for t in query:
        weight = idf(t) * (K1 + 1)
        found = seen.get(t)
        if found is None:
            found = seen[t] = hits(a, t)
        for i, tf in found:
            if allowed is None or i in allowed:
                scores[i] = get(i, 0.0) + weight * tf / (tf + norms[i])
    if not scores:
        return -1, 0.0
    i = max(scores, key=lambda k: (scores[k], -k))
    return i, scores[i]


@lru_cache(maxsize=4096)
def _query(duty: str) -> tuple[tuple[str, ...], float, dict[str, str]]:
    """A duty's terms, the BM25 a sentence made of exactly those terms would earn (its ceiling), and the
    duty's own word for each term (to say which words a sentence shares with it)."""
    words = term_words(duty)
    q = tuple(words)
    norm = K1 * (1 - B + B * len(q) / AVG_TERMS)
    return q, sum(idf(t) * (K1 + 1) / (1 + norm) for t in q), words


def _shared(query: Sequence[str], words: dict[str, str], sentence: int, seen: dict[str, list[Hit]]) -> list[str]:
    """The duty's words whose terms stand in the sentence, in the duty's order (`_best` read every term's hits)."""
    out = []
    for t in query:
        for i, _ in seen[t]:
            if i == sentence:
                out.append(words[t])
                break
    return out


def duty_component(
    a: ResumeAnalysis, duties: Sequence[str], weight: float, source: str = "resume"
) -> tuple[Component, float]:
    """(component, share of the weight): how well the resume's best sentence meets each duty, quoted."""
    duties = [d for d in duties if _query(d)[0]]
    if not duties:
        return Component("duties", weight, 0.0, (), (), "the job lists no duties: no points"), 0.0
    allowed: set[int] | None = None  # every sentence, when all are the resume's
    if source != "resume" or any(s.source != "resume" for s in a.sentences):
        allowed = {
            i
            for i, s in enumerate(a.sentences)
            if s.source == source and (source == "resume" or not is_list_like(s.sentence))
        }  # a letter's keyword list proves nothing
    norms = [K1 * (1 - B + B * s.length / AVG_TERMS) for s in a.sentences]
    seen: dict[str, list[Hit]] = {}
    shares, matched, missing = [], [], []
    single = 0  # duties met on one shared word alone: thin evidence, said so
    for duty in duties:
        q, ceiling, words = _query(duty)
        i, got = _best(a, q, allowed, norms, seen)
        share = min(1.0, got / (FULL_AT * ceiling)) if ceiling else 0.0
        if share < MIN_SHARE or i < 0:
            shares.append(0.0)
            missing.append(duty)
            continue
        shares.append(share)
        s = a.sentences[i]
        on = _shared(q, words, i, seen)
        single += len(on) == 1 and len(q) > 1
        how = f"shares {', '.join(on)} ({share:.0%} of the duty)"
        how = how if source == "resume" else f"in the cover letter, {how}"
        matched.append(Match(_short(duty), s.sentence, s.source, s.start, s.end, where=how))
    mean = sum(shares) / len(shares)
    thin = f"; {single} of them on one shared word" if single else ""
    return Component(
        "duties",
        weight,
        round(weight * mean, 2),
        tuple(matched),
        tuple(missing),
        f"{len(matched)} of {len(duties)} duties met by a sentence of the "
        f"{'resume' if source == 'resume' else 'cover letter'} ({mean:.0%} on average{thin})",
    ), mean


def _short(duty: str, limit: int = 80) -> str:
    d = " ".join(duty.split())
    return d if len(d) <= limit else d[: limit - 1].rsplit(" ", 1)[0] + "…"
