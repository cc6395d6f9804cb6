"""The lines of work a posting's experience requirement names: "3+ years of experience in public
relations, media relations or corporate communications" says which roles' years the recruiter counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .jobdesc_rules import asks_for_years
from .occupations import core_of, normalise_title, worker_nouns
from .role_kinds import is_distinctive
from .title_words import GENERIC_TITLES

_CUE = re.compile(r"\b(?:previous|prior|proven)\b", re.I)
_AFTER = re.compile(r"\b(?:experience|years?)\s+(?:working\s+)?(?:in|as)\s+(?:an?\s+|the\s+)?(?P<list>[^.;:()]+)", re.I)
_BEFORE = re.compile(
    r"\b(?:years?\s+of|previous|prior|proven)\s+(?:(?:progressive|relevant|professional|hands-on|paid)\s+)?"
    r"(?P<list>[A-Za-z][A-Za-z0-9 ,/&'-]*?)\s+experience\b",
    re.I,
)
_STOP = re.compile(
    r"\s+(?:in|at|with|within|for|from|on|including|includ\w*|preferably|ideally|plus|and\s+a|is|are|"
    r"counts?|where|who|that|which|using|preferred|required|desired|mandatory|minimum|an\s+asset)(?=\W|$).*$",
    re.I,
)
_SPLIT = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and/or\s+|\s*/\s*")
_LEAD = re.compile(r"^(?:(?:as|in|working\s+as)\s+)?(?:(?:an?|the|some|any)\s+)?(?:(?:field|area)s?\s+of\s+)?", re.I)
_VAGUE = re.compile(
    r"^(?:another|other|similar|related|relevant|equivalent|comparable|\d)|"
    r"^(?:progressive|professional|previous|prior|proven|paid|work|working|industry|hands-on)$",
    re.I,
)
_SETTING = re.compile(r"\s+(?:role|roles|position|positions|environment|setting|field|industry|capacity)$", re.I)
MAX_WORDS = 4
RANK_ONLY = frozenset({"leader", "senior", "junior", "lead", "shift", "project"})  # ranks and scopes, no line of work


def experience_lines(sents: Sequence[str]) -> tuple[str, ...]:
    """Lines of work named where the posting asks for experience ('telemarketing', 'HR generalist')."""
    out: dict[str, None] = {}
    for s in sents:
        if not (asks_for_years(s) or _CUE.search(s)):
            continue
        found = sorted((m.start(), _items(m.group("list"))) for rx in (_AFTER, _BEFORE) for m in rx.finditer(s))
        first = next((items for _, items in found if items), [])  # one list a sentence: later ones are settings
        out.update(dict.fromkeys(first))
    return tuple(t for t in out if _narrow(t))


def _narrow(line: str) -> bool:
    """Several words ('media relations'), or one word few occupations' titles hold ('telemarketing'), and
    more than a rank: 'accounting', 'finance', 'IT' or 'team leader' alone would count every clerk and
    manager of any field in full."""
    key = normalise_title(line)
    if not core_of(key) or key in GENERIC_TITLES or core_of(key) in RANK_ONLY:
        return False  # 'team lead', 'assistant manager': a rank in any line of work
    return len(line.split()) > 1 or is_distinctive(key)


def _names_worker(part: str, noun: str) -> bool:
    """A one-word part that is a worker already ('teller' in 'as a teller or personal banker') keeps its own noun."""
    return part.lower() == noun.lower() or normalise_title(part) in worker_nouns()


def _items(listed: str) -> list[str]:
    """The parts of 'engineering, lab or test technician' ('test technician' lends its worker noun to the rest;
    'sales or customer service' are two lines of work)."""
    listed = _STOP.sub("", listed.strip())
    parts = [_SETTING.sub("", _LEAD.sub("", p.strip())) for p in _SPLIT.split(listed) if p.strip()]
    parts = [p for p in parts if p and not _VAGUE.match(p) and len(p.split()) <= MAX_WORDS]
    noun = parts[-1].split()[-1] if parts else ""
    if len(parts) > 1 and len(parts[-1].split()) >= 2 and normalise_title(noun) in worker_nouns():
        parts = [f"{p} {noun}" if len(p.split()) == 1 and not _names_worker(p, noun) else p for p in parts]
    return [p for p in parts if re.search(r"[A-Za-z]{2}", p)]
