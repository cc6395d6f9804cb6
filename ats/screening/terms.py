"""Word terms for weighted overlap (duty match, occupation similarity): lower case, stemmed, no stop words."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*+(?:[.\-'][a-z0-9+#]++)*+")  # possessive: the same words, no backtracking
STOP = frozenset(
    """
a about above across after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each either etc few for from further
had has have having he her here hers him his how i if in into is it its itself just may me might more
most must my no nor not now of off on once only or other our ours out over own per same she should so
some such than that the their them then there these they this those through to too under until up upon
us very via was we were what when where which while who whom why will with within without would yet you
your yours able ability including include includes like use used using year years month months day days
company name city state etc. e.g. i.e.
""".split()
)
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter2 stem (cached: resumes repeat their words), so 'reconciled' meets 'reconciling'."""
    return str(_STEMMER.stemWord(word))


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    """A word's term, or None for a stop word, a single character or a number (one cached look-up a word)."""
    return None if word in STOP or len(word) <= 1 or word.isdigit() else stem(word)


def terms(text: str) -> list[str]:
    """Stemmed content words of a text, in order (repeats kept)."""
    return [t for t in map(_term, _WORD.findall(text.lower())) if t is not None]


def term_words(text: str) -> dict[str, str]:
    """Each distinct term of a text, in order, with the first word it came from ('reconcile' for 'reconcil')."""
    out: dict[str, str] = {}
    for word in _WORD.findall(text.lower()):
        t = _term(word)
        if t is not None and t not in out:
            out[t] = word
    return out
