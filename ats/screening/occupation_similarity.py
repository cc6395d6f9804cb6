"""Occupations by closeness of wording: a posting's occupation from its title and text, the occupations
related to one, and a search box over them (TF-IDF over O*NET titles and descriptions)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from .occupations import (
    HUB_PENALTY,
    RELATED_LIMIT,
    RELATED_MAX,
    Occupation,
    OccupationChoice,
    best_codes,
    core_of,
    index,
    normalise_title,
    resolve_title,
)
from .terms import terms
from .title_words import INSTITUTION_WORDS


@lru_cache(maxsize=1)
def _vectors() -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """A TF-IDF vector per occupation from its titles and description, and the term IDF."""
    bags = {code: Counter(terms(profile_text(code))) for code in index().occ}
    df: Counter[str] = Counter()
    for bag in bags.values():
        df.update(bag.keys())
    n = len(bags)
    idf = {t: math.log(n / c) for t, c in df.items()}
    return {code: _unit({t: (1 + math.log(c)) * idf[t] for t, c in bag.items()}) for code, bag in bags.items()}, idf


def profile_text(code: str) -> str:
    """The words an occupation's vector is made of: its title (three times), up to 39 other titles, its
    description."""
    idx = index()
    return " ".join([idx.occ[code].title] * 3 + idx.titles[code][1:40] + [idx.occ[code].description])


@lru_cache(maxsize=1024)
def profile_words(code: str) -> frozenset[str]:
    """The occupation's words as written (lower case), for telling 'accounting' from 'accounts', which
    share a stem."""
    return frozenset(re.findall(r"[a-z][a-z+#-]*", profile_text(code).lower()))


def _unit(v: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def vector_of(code: str) -> dict[str, float]:
    """The occupation's unit TF-IDF vector (empty for an unknown code)."""
    return _vectors()[0].get(code, {})


def text_vector(text: str, stemmed: Sequence[str] | None = None) -> dict[str, float]:
    """A unit TF-IDF vector of any text in the occupation space (its terms, when already stemmed)."""
    _, idf = _vectors()
    bag = Counter(filter(idf.__contains__, terms(text) if stemmed is None else stemmed))
    return _unit({t: (1 + math.log(c)) * idf[t] for t, c in bag.items()})


def similar_to_text(text: str, limit: int = 5) -> list[tuple[str, float]]:
    """Occupations whose titles and description are closest to a text."""
    vecs, _ = _vectors()
    q = text_vector(text)
    scored = sorted(((code, _cos(q, v)) for code, v in vecs.items()), key=lambda kv: -kv[1])
    return [(c, round(s, 3)) for c, s in scored[:limit]]


TITLE_SLACK = 0.2  # an occupation the title names within this much of its best confidence may be chosen...
WORDS_OVER_TITLE = 2.0  # ...when the posting's words fit it this many times better than the title's best
MIN_WORDS_FIT = 0.15  # and fit it at least this well
FUZZY_TITLE = 0.7  # below this confidence the title matched no O*NET title, only one like it


def resolve_posting(title: str, text: str = "") -> OccupationChoice:
    """A posting's primary occupation (its title first, its text to choose among equals or when the
    title names none) and up to RELATED_LIMIT related ones, closest first."""
    vecs, _ = _vectors()
    q = text_vector(f"{title} {title} {text}")
    matches = resolve_title(title)
    primary: str | None
    if matches:
        top = best_codes(matches, slack=0.1)
        conf = dict(matches)
        # the broad occupation (.00) before its specialisations when the title names both, unless the
        # posting's words fit one of its specialisations clearly better
        primary = max(sorted(top), key=lambda c: conf[c] + 0.5 * _cos(q, vecs[c]) + 0.1 * c.endswith(".00"))
        # an occupation the title names a little less surely, when the words fit it far better ('Data Analyst'
        # is a reported title of survey researchers and an alternate one of business intelligence analysts: a
        # posting of SQL, dashboards and KPIs is the latter)
        fit = {c: _cos(q, vecs[c]) for c in best_codes(matches, slack=TITLE_SLACK) - top} if text else {}
        far_better = [
            c for c, x in fit.items() if x >= MIN_WORDS_FIT and x >= WORDS_OVER_TITLE * _cos(q, vecs[primary])
        ]
        if far_better:
            primary = max(sorted(far_better), key=fit.__getitem__)
            top = frozenset()  # the title's surest occupations are not this job: no reason to call them related
        if max(conf.values()) < FUZZY_TITLE and text:
            # no O*NET title is this one ('UX Designer' is only like 'Industrial Designer'): the words decide
            # when they fit another occupation far better
            near = similar_to_text(f"{title} {title} {text}", 1)
            if near and near[0][1] >= MIN_WORDS_FIT and near[0][1] >= WORDS_OVER_TITLE * _cos(q, vecs[primary]):
                return OccupationChoice(near[0][0], related_to(near[0][0], text, title=title))
        primary = _narrowest(primary, q)
    else:
        near = similar_to_text(f"{title} {title} {text}", 1)
        primary = near[0][0] if near and near[0][1] > 0.15 else None
    if primary is None:
        return OccupationChoice(None, ())
    closest = related_to(primary, text, title=title)
    if not matches:
        return OccupationChoice(primary, closest)
    # the other occupations the title names as surely ('Engineering Technician': civil, electrical,
    # mechanical...) are the same job to whoever wrote it: related before any merely close one
    named = sorted(top - {primary}, key=lambda c: -_cos(vecs[primary], vecs[c]))
    related = tuple(dict.fromkeys([*named, *closest]))
    return OccupationChoice(primary, related[: min(RELATED_MAX, RELATED_LIMIT + len(named))])


NARROWER_BY = 0.05  # how much closer to the posting's words a specialisation must be to replace its occupation


def _narrowest(code: str, q: dict[str, float]) -> str:
    """A specialisation of the broad occupation that the posting's words fit better than the broad one: a
    "Digital Marketing Specialist" who runs paid search and SEO is a Search Marketing Strategist (13-1161.01),
    not every Marketing Specialist and Market Research Analyst (13-1161.00)."""
    if not code.endswith(".00"):
        return code
    vecs, _ = _vectors()
    fits = {c: _cos(q, vecs[c]) for c in sorted(vecs) if c[:7] == code[:7] and c != code}
    best = max(fits, key=fits.__getitem__, default=code)
    return best if best != code and fits[best] > _cos(q, vecs[code]) + NARROWER_BY else code


@lru_cache(maxsize=1)
def _hubness() -> dict[str, float]:
    """How close each occupation is to all the others on average: generic work ('General and Operations
    Managers') is close to everything and would otherwise be 'related' to every job."""
    vecs, _ = _vectors()
    total: dict[str, float] = defaultdict(float)
    for v in vecs.values():
        for t, x in v.items():
            total[t] += x
    n = len(vecs)
    return {code: (sum(x * total[t] for t, x in v.items()) - 1.0) / (n - 1) for code, v in vecs.items()}


FIELD_WORD_WEIGHT = 4.5  # a title word this rare among O*NET titles can name a field ('construction', 'sales')
SIGNATURE_SCORE = 1.5  # share of an occupation's titles holding the word, times the word's rarity


@lru_cache(maxsize=2048)
def signature_words(code: str) -> frozenset[str]:
    """Words that mark an occupation's own titles: 'construction' and 'superintendent' for Construction
    Managers, 'fitness' for Exercise Trainers, 'chef' for Chefs and Head Cooks."""
    idx = index()
    titles = [normalise_title(t) for t in idx.titles.get(code, ())]
    if not titles:
        return frozenset()
    counts = Counter(w for t in titles for w in set(core_of(t).split()))
    return frozenset(
        w
        for w, c in counts.items()
        if c / len(titles) * idx.weight(w) >= SIGNATURE_SCORE
        and idx.weight(w) >= FIELD_WORD_WEIGHT
        and w not in INSTITUTION_WORDS  # 'center' of 'Call Center Agent' would also mark 'Work Center Supervisor'
    )


@lru_cache(maxsize=1)
def _generic_occupations() -> frozenset[str]:
    """O*NET's catch-all occupations ('General and Operations Managers', 'Office Clerks, General',
    '..., All Other'): work that names no field, so it is related to no job by closeness alone."""
    return frozenset(c for c, o in index().occ.items() if re.search(r"\bGeneral\b|\bAll Other\b", o.title))


def field_words(title: str) -> set[str]:
    """Distinctive words of a title's field: 'construction' in 'Construction Project Manager'."""
    idx = index()
    words = core_of(normalise_title(title)).split()
    return {w for w in words if idx.weight(w) >= FIELD_WORD_WEIGHT}


def related_to(code: str, text: str = "", limit: int = RELATED_LIMIT, title: str = "") -> tuple[str, ...]:
    """Occupations closest to one: similar titles and description (less the closeness generic work has
    to everything), nudged by the posting's text, and a bonus for sharing the field's own word."""
    vecs, _ = _vectors()
    if code not in vecs:
        return ()
    base = vecs[code]
    hub = _hubness()
    q = text_vector(text) if text else {}
    field = field_words(title) | field_words(index().occ[code].title)
    generic = _generic_occupations()
    scored = []
    for other, v in vecs.items():
        if other == code:
            continue
        shares_field = bool(field & set(normalise_title(index().occ[other].title).split()))
        if other in generic and not shares_field:
            continue
        s = _cos(base, v) - HUB_PENALTY * hub[other] + (0.3 * _cos(q, v) if q else 0.0) + 0.15 * shares_field
        scored.append((s, other))
    scored.sort(reverse=True)
    return tuple(o for s, o in scored[:limit] if s >= 0.15)


def find_occupations(query: str, limit: int = 5) -> list[str]:
    """Codes for what someone typed: a job title first by its O*NET titles, then by similar wording."""
    return [o.code for o in search(query, limit)]


def search(query: str, limit: int = 10) -> list[Occupation]:
    """Occupations for a search box: codes, exact and close titles, then similar descriptions."""
    q = query.strip()
    if not q:
        return []
    idx = index()
    if re.fullmatch(r"\d{2}-\d{4}(\.\d{2})?", q):
        return [o for c, o in idx.occ.items() if c.startswith(q)][:limit]
    codes = [c for c, _ in resolve_title(q)]
    codes += [c for c, sim in similar_to_text(q, limit) if sim >= 0.1]  # words that mean something
    return [idx.occ[c] for c in dict.fromkeys(codes)][:limit]
