"""Occupation titles (O*NET 29.2): expand a job title into related titles and match role titles."""

from __future__ import annotations

import json
import re
from collections import defaultdict
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
               "and", "vp", "vice", "president", "chief", "analyst", "administrator"}
_EXTRA = {"csr": "customer service representative", "ccr": "customer care representative"}
# Curated related occupation families (O*NET-SOC code prefixes): experience in a related
# occupation counts as relevant. Customer service postings ask for "any role that involves
# direct interaction with customers", so customer-facing SOC codes count for them.
_CUSTOMER_FACING = ("41-2011", "41-2021", "41-2031", "41-3091", "41-9041", "43-3011", "43-3071",
                    "43-4051", "43-4081", "43-4141", "43-4171", "43-4181", "15-1232",
                    "35-3023", "35-3031", "35-3041", "35-9031", "11-9051")  # + food service
RELATED_FAMILIES: dict[str, tuple[str, ...]] = {"43-4051": _CUSTOMER_FACING}


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


def occupation_titles_for(title: str, limit: int = 200) -> tuple[str, ...]:
    """Related titles for relevant-experience matching, e.g. 'Customer Care Specialist' ->
    Customer Service Representative, Call Center Agent, Client Services Representative, ...

    Args:
        title: a job title as posted.
        limit: cap on the number of titles of the job's own occupations.
    Returns:
        The title itself first, then titles of the matching O*NET occupations, with the
        role noun swapped among representative/agent/associate/specialist/advisor (capped
        at limit), then the titles of related occupation families (RELATED_FAMILIES).
    """
    occ, _ = _data()
    out: dict[str, None] = {title.strip(): None}
    base = re.split(r"\s+[-–—|/]\s+|\s*[,(:]", title.strip())[0]
    codes = occupations_for(title) if normalise_title(title) in _data()[1] else []
    codes = codes or occupations_for(base) or occupations_for(title)
    for code in codes:
        for t in occ[code]:
            out[t] = None
    for t in list(out):
        words = t.split()
        if words and words[-1].lower() in _SYNONYMS:
            for syn in _SYNONYMS:
                out[" ".join([*words[:-1], syn.title()])] = None
    out = dict.fromkeys(tuple(out)[:limit])
    for code in related_codes(codes):
        out.update(dict.fromkeys(occ[code]))
    return tuple(out)


def related_codes(codes: list[str]) -> list[str]:
    """O*NET codes of the occupation families related to these codes (curated map)."""
    occ, _ = _data()
    prefixes = [p for c in codes for fam, rel in RELATED_FAMILIES.items() if c.startswith(fam)
                for p in rel]
    return [c for c in occ if c not in codes and any(c.startswith(p) for p in prefixes)]


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
