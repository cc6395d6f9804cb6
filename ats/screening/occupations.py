"""O*NET occupations (29.2): job titles -> occupations, and a posting's own and related occupations."""

from __future__ import annotations

import bisect
import difflib
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .title_words import ABBREVIATIONS, BEFORE_A_POST, EMPTY_WORDS, GENERIC_TITLES, RANKS, ROLE_NOUNS

DATA = Path(__file__).with_name("data") / "occupations.json"
MIN_CONFIDENCE = 0.55  # below this a title names no occupation we can trust
RELATED_LIMIT = 4  # related occupations chosen by closeness
RELATED_MAX = 6  # with the others a posting's title names as surely
_SENIOR_RANKS = frozenset({"lead", "head", "chief"})
_OVER = frozenset({"supervisor", "manager", "director", "foreman", "superintendent"})
SURE_POST = 0.8  # a piece of 'A/B' matched this well is a post of its own, not a weak guess beside one
CORE_TITLES, CORE_EXTRA, CORE_SHARE = 3, 2, 0.6  # a core: in 3+ titles of at most 2 more words, 60% of one's
CORE_CONFIDENCE = 0.7  # surer than a near-match at the bar, less than an exact title
HEAD_TITLES = 3  # a word that ends this many O*NET titles can be a title's head noun ('Store Trainer')
WORKER_NOUN_TITLES = 20  # a noun that ends this many O*NET titles names a worker ('technician'), not work ('service')
HUB_PENALTY = 4.0  # generic work (close to every occupation) must be much closer to count as related


@dataclass(frozen=True, slots=True)
class Occupation:
    """One O*NET-SOC occupation."""

    code: str
    title: str
    description: str
    zone: int | None


@dataclass(frozen=True, slots=True)
class OccupationChoice:
    """A posting's own occupation and the few related ones whose years count in part."""

    primary: str | None
    related: tuple[str, ...] = ()


@lru_cache(maxsize=100_000)
def normalise_title(title: str) -> str:
    """Lower case, abbreviations expanded, seniority dropped: 'Sr. Cust. Svc Rep II' -> 'customer
    service representative'."""
    t = re.sub(r"\([^)]*\)", " ", title.lower()).replace("&", " and ")
    words: list[str] = []
    raw = re.findall(r"[a-z0-9]+", t)
    for i, w in enumerate(raw):
        w = _before_a_post(w, raw[i + 1] if i + 1 < len(raw) else "") if w in BEFORE_A_POST else ABBREVIATIONS.get(w, w)
        for part in w.split():
            if len(part) > 3 and part.endswith("s") and not part.endswith(("ss", "us", "is", "ics")):
                part = part[:-1]  # "Registered Nurses" and "Registered Nurse" are one title
            if part not in EMPTY_WORDS:
                words.append(part)
    if not _SENIOR_RANKS.isdisjoint(words):
        # a lead before another rank is seniority: a 'Lead Supervisor' is a supervisor (no O*NET title holds both)
        nexts = [*words[1:], ""]
        words = [w for w, nxt in zip(words, nexts, strict=True) if not (w in _SENIOR_RANKS and nxt in _OVER)]
    return " ".join(words)


def _before_a_post(word: str, following: str) -> str:
    """'Admin' before 'Assistant' is administrative, alone an administrator."""
    spelled, posts = BEFORE_A_POST[word]
    return spelled if ABBREVIATIONS.get(following, following) in posts else ABBREVIATIONS.get(word, word)


def core_of(normalised: str) -> str:
    """The field of a title without its rank: 'customer service manager' -> 'customer service'."""
    return " ".join(w for w in normalised.split() if w not in ROLE_NOUNS)


class _Index:
    """Every O*NET title by its normalised key, an inverted word index, and occupation term vectors."""

    def __init__(self) -> None:
        raw = json.loads(DATA.read_text(encoding="utf-8"))["occupations"]
        self.occ = {code: Occupation(code, o["title"], o["description"], o.get("zone")) for code, o in raw.items()}
        self.titles: dict[str, list[str]] = {
            code: [o["title"], *o["reported"], *o["titles"]] for code, o in raw.items()
        }
        strong: dict[str, set[str]] = defaultdict(set)  # the occupation's own and reported titles
        exact: dict[str, list[str]] = defaultdict(list)
        for code, o in raw.items():
            for t in (o["title"], *o["reported"], *o["titles"]):
                key = normalise_title(t)
                if key and code not in exact[key]:
                    exact[key].append(code)
            strong[code] = {normalise_title(t) for t in (o["title"], *o["reported"])}
        words: dict[str, list[str]] = defaultdict(list)
        for key in exact:
            for w in set(key.split()):
                words[w].append(key)
        self.words = dict(words)
        n = len(exact)
        self.idf = {w: math.log(n / len(keys)) for w, keys in self.words.items()}
        self.weights = {w: x * (0.35 if w in ROLE_NOUNS else 1.0) for w, x in self.idf.items()}
        self.key_words = {k: frozenset(k.split()) for k in exact}
        self.heads = Counter(k.split()[-1] for k in exact)  # how many titles end in a word: 'trainer' 64, 'sale' 0
        self.key_weight = {k: sum(self.weights[w] for w in ws) for k, ws in self.key_words.items()}
        self._by_weight: dict[str, tuple[list[float], list[str]]] = {}
        by_initial: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        for w in self.words:
            by_initial[w[:3]][len(w)].append(w)
        self.vocab_by_initial = {k: dict(v) for k, v in by_initial.items()}
        main = {code: set(normalise_title(o["title"]).split()) for code, o in raw.items()}
        # An alternate title shared by several occupations belongs most to the one whose own name it echoes
        # ('Customer Service Representative' is listed under three; it is the CSR's own name).
        self.exact: dict[str, tuple[tuple[str, float], ...]] = {}
        for key, codes in exact.items():
            kw = set(key.split())
            scored = [
                (c, 1.0 if key in strong[c] else round(0.95 * (0.85 + 0.15 * len(kw & main[c]) / len(kw | main[c])), 3))
                for c in codes
            ]
            self.exact[key] = tuple(sorted(scored, key=lambda cs: -cs[1]))

    def keys_by_weight(self, word: str) -> tuple[list[float], list[str]]:
        """The title keys holding a word, by their total weight (so a weight range is two bisections)."""
        found = self._by_weight.get(word)
        if found is None:
            pairs = sorted((self.key_weight[k], k) for k in self.words.get(word, ()))
            found = ([w for w, _ in pairs], [k for _, k in pairs])
            self._by_weight[word] = found
        return found

    def weight(self, word: str) -> float:
        """Rare words weigh most; rank words weigh little ('support' says more than 'officer')."""
        w = self.weights.get(word)
        if w is None:
            w = math.log(len(self.exact)) * (0.35 if word in ROLE_NOUNS else 1.0)
        return w


@lru_cache(maxsize=1)
def index() -> _Index:
    """Built once per process (about half a second)."""
    return _Index()


@lru_cache(maxsize=1)
def title_openers() -> frozenset[str]:
    """The words O*NET titles open with ('certified', 'licensed'), to tell a title from a duty."""
    return frozenset(k.split()[0] for k in index().exact)


def occupation(code: str) -> Occupation | None:
    """One occupation by its O*NET-SOC code."""
    return index().occ.get(code)


def titles_of(code: str) -> tuple[str, ...]:
    """The occupation's title, then its reported and alternate titles."""
    return tuple(index().titles.get(code, ()))


@lru_cache(maxsize=100_000)
def resolve_title(title: str, fuzzy: bool = True) -> tuple[tuple[str, float], ...]:
    """O*NET codes a job title names, best first, each with a confidence in (0, 1].

    An exact title (after normalising) is certain; otherwise the closest titles by weighted word
    overlap count, so 'IT Support Officer' finds 'IT Support Specialist'. Generic titles ('Manager',
    'Consultant') name no occupation. Without `fuzzy` only exact titles count (cheap: for pieces of
    lines that may not be titles at all).
    """
    title = _post_before_to(title)
    parts = [p for p in re.split(r"\s*(?:/|\||;|\bor\b)\s*", title) if p.strip()]
    per_part = [m for m in (_resolve_one(part, fuzzy) for part in parts or [title]) if m]
    # posts held at once ('Finance Manager/ Operations Manager') each name their work, as sure as the weaker
    posts = {i for i, m in enumerate(per_part) if m[0][1] >= SURE_POST}
    sure = min(per_part[i][0][1] for i in posts) if len(posts) > 1 else None
    found: dict[str, float] = {}
    for i, m in enumerate(per_part):
        scale = sure / m[0][1] if sure is not None and i in posts else 1.0
        for code, conf in m:
            found[code] = max(found.get(code, 0.0), round(conf * scale, 3))
    if not found and fuzzy:
        # two posts held at once ('Lead Bartender & Store Trainer'), read when the whole names nothing, so
        # 'Research and Development Manager' stays one title
        named = [m for m in (_resolve_one(p, fuzzy) for p in _posts(title)) if m]
        sure = round(0.95 * min((m[0][1] for m in named), default=0.0), 3)  # each post as sure as the weaker
        for m in named:
            for code in best_codes(tuple(m)):
                found[code] = sure
    return tuple(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


_TO = re.compile(r"\s+to\s+", re.I)


def _post_before_to(title: str) -> str:
    """'Executive Assistant to the CEO' is an executive assistant: after 'to' comes whom the post serves (an
    O*NET title that holds 'to', 'Door to Door Sales Representative', stays whole)."""
    m = _TO.search(title)
    if m is None or normalise_title(title) in index().exact:
        return title
    before = normalise_title(title[: m.start()]).split()
    return title[: m.start()] if before and (before[-1] in ROLE_NOUNS or _can_head(before[-1])) else title


def _posts(title: str) -> list[str]:
    """The posts a title joins with 'and' or '&', each with its own head noun: 'Lead Bartender & Store
    Trainer' is two posts, and 'Summer Programs and Arts Coordinator' coordinates both (the last head
    shared by the pieces that have none)."""
    pieces = [p.strip() for p in re.split(r"\s*(?:&|\+|,|\band\b)\s*", title, flags=re.I) if p.strip()]
    if len(pieces) < 2:
        return []
    shared = pieces[-1].split()[-1]
    own = [p if _can_head((normalise_title(p).split() or [""])[-1]) else f"{p} {shared}" for p in pieces[:-1]]
    return [*own, pieces[-1]]


@lru_cache(maxsize=1)
def worker_nouns() -> frozenset[str]:
    """Nouns that end many O*NET titles ('manager', 'designer', 'cashier'): they, and their plurals, name people."""
    return frozenset(word for word, n in index().heads.items() if n >= WORKER_NOUN_TITLES)


def _can_head(word: str) -> bool:
    """Whether a word ends enough O*NET titles to be a title's head noun ('trainer', not 'marketing')."""
    return index().heads[word] >= HEAD_TITLES


def _resolve_one(title: str, fuzzy: bool = True) -> list[tuple[str, float]]:
    idx = index()
    words = normalise_title(title).split()
    key = " ".join(words)
    if not key or key in GENERIC_TITLES or len(words) > 8:
        return []
    if key in idx.exact:
        return list(idx.exact[key])
    if not fuzzy or len(words) == 1:
        return []  # one unknown word ('Target', 'Presence') is no title
    raw, words = words, [_known(w) for w in words]
    key = " ".join(words)
    if key in idx.exact:
        return list(idx.exact[key])
    found = _common_core(words) or _trusted(_closest(words)) or _head_of(words, raw, 1)
    # Words after the title ('Cashier Zaxbys', 'Licensed Practical Nurse- Step-down Unit'): drop them, trusting less.
    for end in range(len(words) - 1, 0, -1):
        if found or "and" in words or words[end] == "s":
            break  # posts joined by 'and' are read one by one; "Dean's List" names no dean
        if end == 1 and not _can_head(words[0]):
            break  # one word left must be a title's head noun: 'Cashier Zaxbys', not 'Extra-Curricular'
        found = [(c, round(conf * 0.9 ** (len(words) - end), 3)) for c, conf in _head_of(words[:end], raw[:end], 0)]
        found = _trusted(found)
    return found[:5]


def _head_of(words: list[str], raw: list[str], first_cut: int) -> list[tuple[str, float]]:
    """Titles are head-final: 'Pre-Service Teacher' is a teacher. The exact title left after dropping the
    fewest leading modifiers (from first_cut on), trusting it less the more were dropped."""
    idx = index()
    decay = 0.85**first_cut
    for cut in range(first_cut, len(words)):
        rest = words[cut:]
        if " ".join(rest) in GENERIC_TITLES or (len(rest) == 1 and (rest[0] in ROLE_NOUNS or rest[0] != raw[-1])):
            break  # 'Healthcare Representative' is not every kind of representative, 'Highlights' no 'Highlighter'
        hit = idx.exact.get(" ".join(rest))
        found = _trusted([(c, round(conf * decay, 3)) for c, conf in hit] if hit else [])
        if found:
            return found
        decay *= 0.85
    return []


def _common_core(words: list[str]) -> list[tuple[str, float]]:
    """The occupation most O*NET titles holding every word of a title belong to: 'Engineering Manager' is
    no title of its own, but 15 of the 19 titles holding both words ('Civil Engineering Manager',
    'Engineering Design Manager') are Architectural and Engineering Managers'."""
    idx = index()
    if any(w not in idx.words for w in words):
        return []
    q = set(words)
    rarest = min(q, key=lambda w: (len(idx.words[w]), w))
    keys = [k for k in idx.words[rarest] if q <= idx.key_words[k] and len(idx.key_words[k]) <= len(q) + CORE_EXTRA]
    if len(keys) < CORE_TITLES:
        return []
    votes: dict[str, float] = defaultdict(float)
    for k in keys:
        top = best_codes(idx.exact[k])
        for code in top:
            votes[code] += 1 / len(top)
    code, n = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(code, CORE_CONFIDENCE)] if n >= CORE_SHARE * len(keys) else []


def _trusted(found: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Only matches sure enough to name the work: a weak near-match must not stop the search for a shorter title."""
    return [(c, conf) for c, conf in found if conf >= MIN_CONFIDENCE]


@lru_cache(maxsize=20_000)
def _known(word: str) -> str:
    """A word of the title vocabulary, or its closest spelling ('representactive' -> 'representative')."""
    idx = index()
    if word in idx.words or len(word) < 6 or not word.isalpha():
        return word
    near = idx.vocab_by_initial.get(word[:3], {})  # a typo rarely hits the first three letters
    pool = [w for n in range(len(word) - 2, len(word) + 3) for w in near.get(n, ())]
    close = difflib.get_close_matches(word, pool, n=1, cutoff=0.88)
    return close[0] if close else word


def _closest(words: list[str]) -> list[tuple[str, float]]:
    """Codes of the titles with the largest weighted word overlap."""
    idx = index()
    # every tie is broken by name, never by set order (which changes with the process's hash seed)
    rare = sorted(set(words), key=lambda w: (-idx.weight(w), w))[:2]
    q = set(words)
    qw = sum(idx.weight(w) for w in q)
    # overlap/union >= MIN_CONFIDENCE bounds a candidate's weight cw: at least MIN * qw (the overlap is at
    # most cw), at most shareable * (1 + MIN) / MIN - qw (the overlap is at most the known words' weight)
    shareable = sum(idx.weight(w) for w in q if w in idx.words)
    top = min(qw / MIN_CONFIDENCE, shareable * (1 + MIN_CONFIDENCE) / MIN_CONFIDENCE - qw)
    if top < MIN_CONFIDENCE * qw:
        return []  # too much of the title is words no O*NET title holds
    # a word heavier than (1 - MIN) of the query must be in the title: without it the overlap falls short
    required = [w for w in q if idx.weight(w) > (1 - MIN_CONFIDENCE) * qw]
    if any(w not in idx.words for w in required):
        return []
    if required:
        rare = [min(required, key=lambda w: (len(idx.words[w]), w))]
    candidates: set[str] = set()
    for w in rare:
        weights, keys = idx.keys_by_weight(w)
        lo = bisect.bisect_left(weights, MIN_CONFIDENCE * qw - 1e-9)
        hi = bisect.bisect_right(weights, top + 1e-9)
        candidates.update(keys[lo:hi])
    best: dict[str, float] = {}
    qweight = {w: idx.weight(w) for w in q}  # each query word weighed once, not once a candidate
    key_weight, key_words = idx.key_weight, idx.key_words
    for cand in candidates:
        cw = key_weight[cand]
        if (cw < MIN_CONFIDENCE * qw) if cw <= qw else (qw < MIN_CONFIDENCE * cw):  # min < MIN * max
            continue  # the weighted overlap cannot reach the bar
        if RANKS & key_words[cand] - q:
            continue  # a rank the title does not hold is other work: an 'Auto Mechanic' is no mechanics' supervisor
        shared = sum(map(qweight.__getitem__, sorted(q & key_words[cand])))
        sim = shared / (qw + cw - shared)
        if sim >= MIN_CONFIDENCE:
            for code, conf in idx.exact[cand]:
                best[code] = max(best.get(code, 0.0), round(sim * conf, 3))
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))


def best_codes(matches: tuple[tuple[str, float], ...], slack: float = 0.05) -> frozenset[str]:
    """The codes tied at the top of a resolution (a title may name more than one occupation)."""
    if not matches:
        return frozenset()
    top = matches[0][1]
    return frozenset(c for c, conf in matches if conf >= top - slack)


def describe_occupation(code: str) -> str | None:
    """The occupation's name for people to read, or None for an unknown code."""
    found = index().occ.get(code)
    return found.title if found else None
