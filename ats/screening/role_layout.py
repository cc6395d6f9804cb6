"""Titles the resume's own layout gives: when most of its roles put the title in one place (before the
dates on their line, the line above...), a plain name in that place of an untitled role is its title too
('Bookseller , 08/2016 to Current', where no list of titles knows 'Bookseller')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .results import Role
from .title_words import JOINING_WORDS

Slot = tuple[str, int]  # where a piece sits: 'before' / 'after' the dates, 'above0', 'below1'..., and its index
MIN_TITLED = 2  # roles titled in one place before that place says where this resume writes its titles
MIN_SHARE = 0.6  # of the titled roles
MAX_WORDS = 5


class Picked(NamedTuple):
    """What the reading of one date range found: the title, the employer, where the title sat, every piece."""

    title: str
    employer: str | None
    slot: Slot | None
    pieces: dict[Slot, str]


def titled_by_layout(
    roles: Sequence[Role],
    picks: Sequence[Picked],
    codes: Callable[[str], tuple[str, ...]],
    score: Callable[[str], float],
) -> list[Role]:
    """The roles, with an untitled one titled by the piece in the place where this resume writes titles
    (`codes` names a title's occupations, `score` says how title-like a piece is)."""
    slots = Counter(p.slot for p in picks if p.slot is not None)
    if not slots or all(r.title for r in roles):
        return list(roles)
    slot, n = slots.most_common(1)[0]
    if n < MIN_TITLED or n < MIN_SHARE * sum(slots.values()):
        return list(roles)
    dated = {(r.start, r.end) for r in roles if r.title}  # an untitled copy of a titled role's dates is that role
    out = []
    for role, picked in zip(roles, picks, strict=True):
        piece = picked.pieces.get(slot, "")
        if (
            not role.title
            and (role.start, role.end) not in dated
            and piece
            and piece != picked.employer
            and plain_name(piece, score)
        ):
            role = role._replace(title=piece, occupations=codes(piece))
        out.append(role)
    return out


_NOT_A_NAME = re.compile(
    r"\d|@|https?:|www\.|company name|city\s*,\s*state|employer name|^(?:from|since|to|until|between|dates?)$", re.I
)


def plain_name(piece: str, score: Callable[[str], float]) -> bool:
    """A short name in capitals (joining words aside) with no digits, places, placeholders or date words,
    which no rule of `score` counts against: what a title looks like when no list of titles knows it."""
    words = piece.split()
    return (
        0 < len(words) <= MAX_WORDS
        and all(w[0].isupper() or w.lower() in JOINING_WORDS for w in words)  # a name, not 'Assist with projects'
        and not all(w.lower() in JOINING_WORDS for w in words)
        and not _NOT_A_NAME.search(piece)
        and not piece.rstrip().endswith(".")
        and score(piece) >= 0.0
    )
