"""The one place that builds the spaCy pipeline: lazily, once per process."""

from __future__ import annotations

import bisect
import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

MAX_CHARS = 100_000  # spaCy raises E088 past nlp.max_length; resumes never need more

# spaCy's vocab is not thread-safe, and two threads building the pipeline at once would leave matchers
# on one vocab and documents on another (E018). Callers in threaded hosts hold LOCK around library calls.
LOCK = threading.RLock()


# A word: letters and digits, with inner dots, apostrophes and hyphens ('Node.js', "Macy's", 'e-mail',
# 'de-escalate') and trailing '+' or '#' ('C++', 'C#'); anything else that is not space is one token.
# A name with a short version glued on ('HTML5', 'CSS3', 'Python3.8') is the name, then the version.
# Written unrolled and possessive (nothing after a token can fail, so it never needs to give back): the
# same tokens as "[^\W_](?:[\w+#]|[.'’\-](?=[^\W_]))*", in two thirds of the time.
_TOKEN = re.compile(r"[A-Za-z]{2,}+(?=\d{1,2}(?:\.\d+)?(?![\w+#]))|[^\W_][\w+#]*+(?:[.'’\-](?=[^\W_])[\w+#]*+)*+|[^\s]")
_SPACE = re.compile(r"\s+")
# A token and the one space after it that is its own, or a run of other whitespace (a token of its own).
_PIECE = re.compile(rf"({_TOKEN.pattern})( ?)|(\s+)")


class RegexTokenizer:
    """Tokens by one regular expression: four times faster than spaCy's affix rules, and the same rule
    cuts the taxonomy's phrases and the resumes, so they always meet. Whitespace beyond a single space
    becomes its own token, so character offsets stay exact."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc  # spaCy loads with the pipeline, never on import

        pieces = _PIECE.findall(text)
        words = [token or space for token, _, space in pieces]
        spaces = [after == " " for _, after, _ in pieces]
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        """spaCy's tokenizer interface."""
        return (self(t) for t in texts)


# The lexical attributes the matchers and rules read. spaCy computes some twenty more (shape, prefix, norm,
# like_num...) in Python for every word it has not seen, which was a third of the time to tokenise a resume
# of new words, and keeps their strings for good. Reading another attribute means adding it here first
# (tests/screening/test_nlp.py checks the code reads no other).
LEX_ATTRS = ("LOWER", "IS_ALPHA", "IS_PUNCT", "IS_SPACE", "IS_TITLE")


@lru_cache(maxsize=1)
def _build_nlp() -> Language:
    import spacy
    from spacy.attrs import IDS  # with spaCy itself, never on import

    nlp = spacy.blank("en")
    nlp.max_length = MAX_CHARS + 1000
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    keep = {IDS[name] for name in LEX_ATTRS}
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]  # public, missing from spaCy's stubs
    nlp.vocab.lex_attr_getters = {k: f for k, f in getters.items() if k in keep}  # type: ignore[attr-defined]
    return nlp


def get_nlp() -> Language:
    """Blank English tokenizer (no trained model needed); spaCy is imported only here, built once."""
    with LOCK:
        return _build_nlp()


def phrase_matcher(attr: str) -> PhraseMatcher:
    """A PhraseMatcher on the shared vocab ('LOWER' for case-insensitive, 'ORTH' for exact)."""
    from spacy.matcher import PhraseMatcher

    return PhraseMatcher(get_nlp().vocab, attr=attr)


def cap(text: str) -> str:
    """Truncate text so spaCy never sees more than MAX_CHARS."""
    return text[:MAX_CHARS]


def make_doc(text: str) -> Doc:
    """Tokenise capped text; tokenisation is all the matchers need, and it is fast."""
    capped = cap(text)
    doc = get_nlp().make_doc(capped)
    doc.user_data["text"] = capped  # Doc.text rebuilds the string token by token
    return doc


# A space after a sentence's end, a blank line, a line break before a bullet, a line break. Each starts with
# a space, consumed first so that the scan skips to the next one: the same breaks as
# r"(?<=[.!?])\s+(?=[A-Z0-9\"'(•\-])|\n\s*\n|\n(?=\s*[•\-*●▪◦·]\s)|\n" in two thirds of the time.
_SENT_END = re.compile(r"\s(?:(?<=[.!?]\s)\s*(?=[A-Z0-9\"'(•\-])|(?<=\n)\s*\n|(?<=\n)(?=\s*[•\-*●▪◦·]\s)|(?<=\n))")


@lru_cache(maxsize=8)
def _breaks(text: str) -> tuple[list[int], list[int], dict[tuple[int, int], str]]:
    """Where the text's sentences and lines break (starts and ends), found once per text; and the quotes
    made so far (many mentions share one sentence)."""
    starts, ends = [], []
    for m in _SENT_END.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends, {}


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence (or line) holding a span, for evidence quotes (at most `limit` characters either side)."""
    starts, ends, quotes = _breaks(text)
    i = bisect.bisect_right(ends, start) - 1
    s = ends[i] if i >= 0 and ends[i] >= start - limit else max(0, start - limit)
    j = bisect.bisect_left(starts, end)
    e = starts[j] if j < len(starts) and starts[j] <= end + limit else min(len(text), end + limit)
    quote = quotes.get((s, e))
    if quote is None:
        quote = quotes[(s, e)] = " ".join(text[s:e].split()).strip(" •-*●▪◦·\t")
    return quote
