"""The one place that builds the spaCy pipeline: lazily, once per process."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

MAX_CHARS = 100_000  # spaCy raises E088 past nlp.max_length; resumes never need more

# spaCy's vocab is not thread-safe, and two threads building the pipeline at once would leave matchers
# on one vocab and documents on another (E018). Callers in threaded hosts hold LOCK around library calls.
LOCK = threading.RLock()


@lru_cache(maxsize=1)
def _build_nlp() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = MAX_CHARS + 1000
    return nlp


def get_nlp() -> Language:
    """Blank English tokenizer (no trained model needed); spaCy is imported only here, built once."""
    with LOCK:
        return _build_nlp()


def phrase_matcher(attr: str) -> PhraseMatcher:
    """A PhraseMatcher on the shared vocab ('LOWER' for case-insensitive, 'ORTH' for exact)."""
    from spacy.matcher import PhraseMatcher

    return PhraseMatcher(get_nlp().vocab, attr=attr)


def rule_matcher() -> Matcher:
    """A token-pattern Matcher on the shared vocab."""
    from spacy.matcher import Matcher

    return Matcher(get_nlp().vocab)


def cap(text: str) -> str:
    """Truncate text so spaCy never sees more than MAX_CHARS."""
    return text[:MAX_CHARS]


def make_doc(text: str) -> Doc:
    """Tokenise capped text; tokenisation is all the matchers need, and it is fast."""
    return get_nlp().make_doc(cap(text))


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(•\-])|\n\s*\n|\n(?=\s*[•\-*●▪◦·]\s)|\n")


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence (or line) holding a span, cheaply, for evidence quotes."""
    lo = max(0, start - limit)
    left = text[lo:start]
    cut = 0
    for m in _SENT_END.finditer(left):
        cut = m.end()
    s = lo + cut
    after = _SENT_END.search(text, end, min(len(text), end + limit))
    e = after.start() if after else min(len(text), end + limit)
    return " ".join(text[s:e].split()).strip(" •-*●▪◦·\t")
