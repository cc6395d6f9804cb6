"""The recruiter's own title lists and the posting's lines of work: whether a role title is one of them."""

from __future__ import annotations

import re
from functools import lru_cache

from .occupations import core_of, normalise_title
from .title_words import RANKS

_GENERIC_WORK = frozenset({"marketing", "management", "sales", "services", "operations", "administration", "support"})


class TitleMatcher:
    """Does a role title count as one of a list of titles (the recruiter's own lists)?"""

    def __init__(self, titles: tuple[str, ...]) -> None:
        self.keys = {normalise_title(t) for t in titles} - {""}
        # 'social media marketing' is the work of a 'Social Media Manager' too: a line of work named by its
        # field and a generic kind of work also matches the field when that is two words or more
        fields = {k.rsplit(" ", 1)[0] for k in self.keys if k.split()[-1] in _GENERIC_WORK and len(k.split()) >= 3}
        self.multi = sorted({k for k in self.keys if " " in k} | fields, key=len, reverse=True)
        self.cores = {c for c in (core_of(k) for k in self.keys) if " " in c}
        self.stems = {tuple(map(worker_stem, k.split())) for k in self.keys}
        self._cache: dict[str, bool] = {}

    @staticmethod
    @lru_cache(maxsize=64)
    def for_titles(titles: tuple[str, ...]) -> TitleMatcher:
        """Cached per distinct title set, so rescoring thousands stays fast."""
        return TitleMatcher(titles)

    def matches(self, role_title: str) -> bool:
        """Exact normalised match, a multi-word listed title inside the role title, the same field, or the
        same by stem (a line of work such as 'media buying' for a 'Media Buyer')."""
        hit = self._cache.get(role_title)
        if hit is None:
            key = normalise_title(role_title)
            padded = f" {key} "
            hit = bool(key) and (
                key in self.keys or any(f" {k} " in padded for k in self.multi) or core_of(key) in self.cores
            )
            parts = re.split(r"\s*[/&]\s*", role_title)  # "Cashier/Stocker", "Barista & Lead"
            if not hit and len(parts) > 1:
                hit = any(normalise_title(p) in self.keys for p in parts)
            if not hit and key:
                hit = self._same_stems(key)
            self._cache[role_title] = hit
        return hit

    def _same_stems(self, key: str) -> bool:
        """'graphic design' in 'Graphic Designer', 'telemarketing' for a 'Telemarketing Manager': a listed
        line of work of several words inside the title, or of one word that is the whole title but its rank
        (a 'Server Administrator' is no 'Server')."""
        words = tuple(map(worker_stem, key.split()))
        field = tuple(worker_stem(w) for w in key.split() if w not in RANKS)
        for k in self.stems:
            if len(k) == 1:
                if field == k:
                    return True
            elif any(words[i : i + len(k)] == k for i in range(len(words) - len(k) + 1)):
                return True
        return False


_SUFFIXES = ("ment", "ing", "ant", "ent", "acy", "ate", "ist", "ian", "er", "or", "y")


@lru_cache(maxsize=65536)
def worker_stem(word: str) -> str:
    """A crude stem that makes the work and the worker one word: design/designer, buying/buyer,
    teaching/teacher. The Porter2 stem of terms.py keeps 'buyer', 'teacher' and 'trainer' whole."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word
