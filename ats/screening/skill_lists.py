"""Where a word names a skill only inside a list: tools and traits are listed, prose uses the same words."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

_CONTEXT_WORDS = {"programming", "language", "languages", "lang", "developer", "development"}
_LETTER_LABELS = {"grade", "grades", "level", "class", "type", "part", "section", "plan", "tier", "vitamin", "category"}
LIST_MARKS = {",", "/", "|", ";", "•", "*", "●", "❖", "◦", "▪", "■", "☑", "〓", "➢", "·", "♦", "✓"}


def _listed(near: list[Token], item_line: bool) -> bool:
    """List marks and at least two capitalised words around a match: a list of tools or traits."""
    punct = sum(1 for t in near if t.text in LIST_MARKS or (item_line and "\n" in t.text))
    return punct >= 1 and _capitalised(near) >= 2


def _capitalised(tokens: list[Token]) -> int:
    """Capitalised words: tool names and list items are written so, prose mostly is not."""
    return sum(1 for t in tokens if t.text[:1].isupper() and t.is_alpha)


def _same_line(doc: Doc, s: int, e: int, reach: int) -> list[Token]:
    """Up to `reach` tokens each side of a match on its own line: the line above is another list."""
    before, after = [], []
    for i in range(s - 1, max(-1, s - 1 - reach), -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            break
        before.append(doc[i])
    for i in range(e, min(len(doc), e + reach)):
        if "\n" in doc[i].text:
            break
        after.append(doc[i])
        if "\n" in doc[i].whitespace_:
            break
    return before[::-1] + after


def alone_on_line(doc: Doc, s: int, e: int) -> bool:
    """Whether a match is all of its line: 'Flexible' between 'Fast learner' and 'Friendly'."""
    before = s == 0 or "\n" in doc[s - 1].text or "\n" in doc[s - 1].whitespace_
    after = e >= len(doc) or "\n" in doc[e].text or "\n" in doc[e - 1].whitespace_
    return before and after


def in_tool_list(doc: Doc, s: int, e: int) -> bool:
    """Whether a match stands in a list of tools or traits, or before 'programming': where short and
    word-like names ("R", "Go", "Project", "Flexible") count."""
    if e - s == 1 and len(doc[s].text) == 1 and s > 0 and doc[s - 1].lower_ in _LETTER_LABELS:
        return False  # "grade C/4", "Part B": a letter that labels something, not the C or R language
    if e < len(doc) and doc[e].lower_ in _CONTEXT_WORDS:
        return True
    lo, hi = max(0, s - 6), min(len(doc), e + 6)
    near = [t for t in doc[lo:hi] if t.i < s or t.i >= e]
    item_line = alone_on_line(doc, s, e)  # one item a line: the line breaks separate the list
    if any("\n" in t.text for t in near):
        near = [t for t in near if abs(t.i - s) <= 3]
    if _listed(near, item_line):
        return True
    # an item of a list on one line after its label ("Frameworks: Spring 4 & Struts 2", "Source Control
    # Management: SVN, GIT"), whatever the lines around
    line = _same_line(doc, s, e, 6)
    item = s > 0 and (doc[s - 1].text in LIST_MARKS or doc[s - 1].text in {":", "&"})
    return item and any(t.text == ":" and t.i < s for t in line) and _capitalised(line) >= 2
