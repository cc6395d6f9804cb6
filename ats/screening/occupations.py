"""Occupation titles (O*NET 29.2): expand a job title into related titles and match role titles."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "occupations.json"
_ABBREV = {"rep": "representative", "reps": "representative", "sr": "senior", "jr": "junior",
           "mgr": "manager", "asst": "assistant", "cust": "customer", "svc": "service",
           "svcs": "services", "assoc": "associate", "spec": "specialist", "exec": "executive",
           "coord": "coordinator", "admin": "administrator", "tech": "technician",
           "centre": "center", "representatives": "representative", "agents": "agent",
           "specialists": "specialist", "associates": "associate"}
_DROP = {"senior", "junior", "i", "ii", "iii", "iv", "1", "2", "3", "trainee", "entry", "level",
         "the", "a", "an", "of", "bilingual", "remote", "part", "time", "full", "temporary",
         "seasonal", "contract", "intern", "internship"}
_SYNONYMS = ("representative", "agent", "associate", "specialist", "advisor")
_ROLE_NOUNS = {"representative", "agent", "associate", "specialist", "advisor", "adviser",
               "manager", "supervisor", "lead", "head", "director", "team", "coordinator",
               "assistant", "officer", "consultant", "professional", "clerk", "executive", "of",
               "and", "vp", "vice", "president", "chief", "administrator"}  # analysts study the field
_EXTRA = {"csr": "customer service representative", "ccr": "customer care representative"}
# Curated related occupation families (O*NET-SOC code prefixes), keyed by the job's own occupation.
# "full": occupations doing the same work under other names, whose years count in full;
# "partial": work with something in common, whose years earn part of the experience points.
# Customer service postings take "customer support experience or experience as a Customer Service
# Representative" in full and "any role that involves direct interaction with customers" in part.
_CUSTOMER_SUPPORT = ("43-4051", "43-3011", "43-3071", "43-4081", "43-4141", "43-4171", "43-4181",
                     "15-1232")
_CUSTOMER_FACING = ("41-2011", "41-2031", "35-3031", "35-3023", "41-2021", "41-9041", "41-3091",
                    "35-9031", "35-3011", "35-3041", "35-9011", "41-1011", "35-1012", "11-9051",
                    "11-9081", "41-3021", "41-4012", "41-9022", "39-3031", "39-6012", "53-2031")
RELATED_FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "43-4051": {"full": _CUSTOMER_SUPPORT, "partial": _CUSTOMER_FACING},
    "15-1252": {"full": ("15-1251", "15-1253", "15-1254", "15-1299.08"),
                "partial": ("15-2051.00", "15-1211.00", "15-1221", "15-1244", "15-1255.00")},
    "29-1141": {"full": ("29-1141", "29-1151", "29-1171"), "partial": ("29-2061",)},
    "53-7062": {"full": ("53-7051", "53-7062", "53-7064", "53-7065", "43-5071"), "partial": ()},
}
# Titles the O*NET lists lack that name the same work (matched like the occupation's own titles).
_EXTRA_TITLES: dict[str, tuple[str, ...]] = {
    "43-4051": ("Customer Experience Specialist", "Customer Experience Representative",
                "Customer Experience Associate", "Customer Experience Agent",
                "Customer Success Specialist", "Customer Success Representative",
                "Customer Success Associate", "Customer Success Manager", "Retention Specialist",
                "Retention Agent", "Player Support Specialist", "Support Agent",
                "Support Specialist", "Customer Care Specialist", "Customer Care Manager",
                "Customer Support Manager", "Customer Service Manager", "Contact Center Manager",
                "Call Center Manager", "Customer Service Supervisor", "Call Center Supervisor",
                "Contact Center Supervisor", "Customer Service Team Lead",
                "Director of Customer Experience", "Help Desk Assistant"),
    "15-1252": ("Software Engineer", "Backend Developer", "Back-End Developer", "Full Stack Developer",
                "Full-Stack Engineer", "Front-End Developer", "Machine Learning Engineer",
                "Python Developer"),
    "53-7062": ("Warehouse Associate", "Order Picker", "Picker", "Packer", "Loader", "Unloader",
                "Fulfillment Associate", "Fulfillment Center Associate", "Material Handler",
                "Warehouse Lead", "Package Handler"),
}


def normalise_title(title: str) -> str:
    """Lower-case, expand abbreviations, drop seniority words: 'Sr. Cust. Svc Rep II' -> ..."""
    t = re.sub(r"\([^)]*\)", " ", title.lower()).replace("&", " and ")
    words = []
    for w in re.findall(r"[a-z0-9]+", t):
        if w in _EXTRA:
            words.extend(_EXTRA[w].split())
            continue
        w = _ABBREV.get(w, w)
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]  # "Registered Nurses" and "Registered Nurse" are the same title
        if w not in _DROP:
            words.append(w)
    return " ".join(words)


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    occ: dict[str, list[str]] = json.loads(DATA.read_text(encoding="utf-8"))["occupations"]
    index: dict[str, list[str]] = defaultdict(list)
    for code, titles in occ.items():
        for t in titles:
            key = normalise_title(t)
            if code not in index[key]:
                index[key].append(code)
    return occ, dict(index)


def occupations_for(title: str) -> list[str]:
    """O*NET-SOC codes whose titles match a job title (exact first, else best word overlap)."""
    occ, index = _data()
    key = normalise_title(title)
    if key in index:
        return list(index[key])
    words = set(key.split())
    if not words:
        return []
    best: list[tuple[float, str]] = []
    for k, codes in index.items():
        kw = set(k.split())
        j = len(words & kw) / len(words | kw)
        if j >= 0.5:
            best.extend((j, c) for c in codes)
    if not best:
        return []
    top = max(j for j, _ in best)
    return sorted({c for j, c in best if j == top})


@lru_cache(maxsize=256)
def _own_codes(title: str) -> tuple[str, ...]:
    """O*NET codes of the job itself: the whole title if known, else its head ('X - Night Shift').
    Cached: an unknown title costs a fuzzy scan of every O*NET title."""
    base = re.split(r"\s+[-–—|/]\s+|\s*[,(:]", title.strip())[0]
    codes = occupations_for(title) if normalise_title(title) in _data()[1] else []
    return tuple(codes or occupations_for(base) or occupations_for(title))


@lru_cache(maxsize=256)
def occupation_titles_for(title: str, limit: int = 200) -> tuple[str, ...]:
    """Titles whose years count in full, e.g. 'Customer Care Specialist' -> Customer Service
    Representative, Call Center Agent, Client Services Representative, Bank Teller, ...

    Args:
        title: a job title as posted.
        limit: cap on the number of titles of the job's own occupations.
    Returns:
        The title itself first, then titles of the matching O*NET occupations, with the
        role noun swapped among representative/agent/associate/specialist/advisor (capped
        at limit), then curated extra titles and the titles of the "full" related family
        that no "partial" occupation shares.
    """
    occ, _ = _data()
    out: dict[str, None] = {title.strip(): None}
    codes = _own_codes(title)
    for code in codes:
        for t in occ[code]:
            out[t] = None
    for t in list(out):
        words = t.split()
        if words and words[-1].lower() in _SYNONYMS:
            for syn in _SYNONYMS:
                out[" ".join([*words[:-1], syn.title()])] = None
    out = dict.fromkeys(tuple(out)[:limit])
    for fam in _families(codes):
        out.update(dict.fromkeys(_EXTRA_TITLES.get(fam, ())))
    partial = {t for code in related_codes(codes, "partial") for t in occ[code]}
    for code in related_codes(codes, "full"):  # a title shared with partial work ("Cashier") is partial
        out.update(dict.fromkeys(t for t in occ[code] if t not in partial))
    return tuple(out)


@lru_cache(maxsize=256)
def related_titles_for(title: str) -> tuple[str, ...]:
    """Titles of related work whose years earn part of the experience points
    ('Customer Care Specialist' -> Cashier, Retail Sales Associate, Barista, Server, ...)."""
    occ, _ = _data()
    codes = _own_codes(title)
    full = set(occupation_titles_for(title))
    return tuple(dict.fromkeys(t for code in related_codes(codes, "partial") for t in occ[code]
                               if t not in full))


def occupation_names(title: str) -> dict[str, list[str]]:
    """Names of the O*NET occupations behind a job title, for people to read: its own
    ('Customer Service Representatives'), the same work under other names ("full") and related
    work ("partial")."""
    occ, _ = _data()
    codes = _own_codes(title)
    return {"own": [occ[c][0] for c in codes],
            "full": [occ[c][0] for c in related_codes(codes, "full")],
            "partial": [occ[c][0] for c in related_codes(codes, "partial")]}


def _families(codes: Sequence[str]) -> list[str]:
    """Keys of RELATED_FAMILIES that these codes belong to."""
    return [fam for fam in RELATED_FAMILIES if any(c.startswith(fam) for c in codes)]


def related_codes(codes: Sequence[str], kind: str = "full") -> list[str]:
    """O*NET codes of the related families ("full" or "partial") of these codes (curated map)."""
    occ, _ = _data()
    prefixes = [p for fam in _families(codes) for p in RELATED_FAMILIES[fam][kind]]
    found = (c for p in prefixes for c in occ if c.startswith(p) and c not in codes)
    return list(dict.fromkeys(found))  # in the curated order: the commonest related work first


def core_of(normalised: str) -> str:
    """The field of a title without its rank: 'head of customer support' -> 'customer support'."""
    return " ".join(w for w in normalised.split() if w not in _ROLE_NOUNS)


class TitleMatcher:
    """Does a role title count as one of these occupation titles?"""

    def __init__(self, titles: tuple[str, ...]) -> None:
        self.keys = {normalise_title(t) for t in titles} - {""}
        self.multi = sorted((k for k in self.keys if " " in k), key=len, reverse=True)
        self.cores = {c for c in (core_of(k) for k in self.keys) if " " in c}
        self._cache: dict[str, bool] = {}

    @staticmethod
    @lru_cache(maxsize=64)
    def for_titles(titles: tuple[str, ...]) -> TitleMatcher:
        """Cached per distinct title set, so rescoring thousands stays fast."""
        return TitleMatcher(titles)

    def matches(self, role_title: str) -> bool:
        """Exact normalised match, or a multi-word occupation title inside the role title."""
        hit = self._cache.get(role_title)
        if hit is None:
            key = normalise_title(role_title)
            padded = f" {key} "
            hit = key in self.keys or any(f" {k} " in padded for k in self.multi) \
                or core_of(key) in self.cores
            parts = re.split(r"\s*[/&]\s*", role_title)  # "Cashier/Stocker", "Barista & Lead"
            if not hit and len(parts) > 1:
                hit = any(normalise_title(p) in self.keys for p in parts)
            self._cache[role_title] = hit
        return hit
