"""Skills that share one head noun: 'interpersonal, analytical and negotiation skills' names three skills,
though only the last stands next to 'skills'. Each conjunct is read as if the head followed it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

HEADS = {"skills": "skills", "skill": "skills", "abilities": "skills", "ability": "skills", "capabilities": "skills"}
SEPARATORS = {",", "and", "or", "&", "/", "as", "well"}  # "as well as"
MAX_CONJUNCT = 3  # tokens in one conjunct: "problem - solving", "strong analytical"


def _word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return (tok.is_alpha or tok.text == "-") and tok.lower_ not in SEPARATORS


def _conjuncts(doc: Doc, head: int) -> list[tuple[int, int]]:
    """The (start, end) token spans of the coordinated modifiers before a head, nearest first."""
    out: list[tuple[int, int]] = []
    end = head
    while end > 0:
        start = end
        while start > 0 and end - start < MAX_CONJUNCT and _word(doc, start - 1):
            start -= 1
        if start == end:
            break
        out.append((start, end))
        sep = start
        while sep > 0 and doc[sep - 1].lower_ in SEPARATORS:
            sep -= 1
        if sep == start:
            break
        end = sep
    return out


def shared_head_spans(
    doc: Doc, covered: set[int], phrases: Mapping[str, str], lowers: Sequence[int]
) -> list[tuple[int, int, str]]:
    """(start, end, skill id) for each conjunct that names a skill once the shared head is added to it
    ('analytical' + 'skills' = Analytical Skills), where no other match already covers it. `lowers`: each
    token's LOWER hash (doc.to_array("LOWER"))."""
    out: list[tuple[int, int, str]] = []
    strings = doc.vocab.strings
    wanted = {strings.add(word) for word in HEADS}  # compared as hashes: no Token made for most words
    for h, lower in enumerate(lowers):
        if lower not in wanted or h == 0:
            continue
        head = HEADS[doc[h].lower_]
        conjuncts = _conjuncts(doc, h)
        if len(conjuncts) < 2:  # one modifier is the plain phrase the phrase matcher already reads
            continue
        for start, end in conjuncts:
            for s in range(start, end):  # "strong analytical": the longest phrase the taxonomy knows
                if any(i in covered for i in range(s, end)):
                    continue
                sid = phrases.get(f"{doc[s:end].text.lower()} {head}")
                if sid is not None:
                    out.append((s, end, sid))
                    covered.update(range(s, end))
                    break
    return out


FIRST_WORD_SEPARATORS = {"and", "&", "/", "or"}
# words that may follow the second conjunct without making it part of a longer phrase
_PHRASE_ENDS = {"for", "in", "of", "to", "at", "with", "on", "by", "from", "as", "and", "or", "including", "within"}


def _ends_phrase(doc: Doc, i: int) -> bool:
    """A punctuation mark, a number or a joining word ends the phrase before token i."""
    return not doc[i].is_alpha or doc[i].lower_ in _PHRASE_ENDS


def shared_first_word_spans(
    doc: Doc, kept: Sequence[tuple[int, int, str]], covered: set[int], phrases: Mapping[str, str]
) -> list[tuple[int, int, str]]:
    """(start, end, skill id) for a word after a two-word skill that shares its first word: 'accounts
    receivable and payable' names Accounts Payable too, 'market research and analysis' Market Analysis.
    The span runs from the shared word to the second conjunct, so the quote shows both."""
    out: list[tuple[int, int, str]] = []
    for s, e, _ in kept:
        k = e + 1
        if e - s != 2 or k >= len(doc) or doc[e].lower_ not in FIRST_WORD_SEPARATORS:
            continue
        if k in covered or not doc[k].is_alpha or (k + 1 < len(doc) and not _ends_phrase(doc, k + 1)):
            continue  # 'accounts receivable and payable clerk' is a title; a longer phrase is its own
        sid = phrases.get(f"{doc[s].lower_} {doc[k].lower_}")
        if sid is not None:
            out.append((s, k + 1, sid))
            covered.add(k)
    return out
