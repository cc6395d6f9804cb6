"""A posting's skills as draft requirements: required or preferred, alternatives as one requirement,
exclusions and skills the employer will teach left out."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .jobdesc_rules import PREFERRED
from .results import SkillDef, SkillMention, SkillRequirement

SOFT_SKILL_WEIGHT = 0.5  # resumes seldom state soft skills and stating them proves little
# "no experience needed", "excludes sales", "not required": the skill is not asked for.
_EXCLUDED = re.compile(r"\b(no|not|without|excluding|excludes?|except|other than|never)\b[^.;,]{0,40}$", re.I)
_NOT_NEEDED = re.compile(
    r"^[^.;]{0,60}\b(not (?:required|necessary|needed)|no (?:prior )?(?:experience|"
    r"knowledge) (?:needed|required|necessary))\b",
    re.I,
)
# "we will train", "training provided", "you will learn": taught on the job, so a plus at most.
_TAUGHT = re.compile(
    r"\b(we(?:'ll| will) (?:train|teach)|training (?:is )?provided|will be trained|"
    r"you(?:'ll| will) learn|on[- ]the[- ]job training|we provide training)\b",
    re.I,
)
# "QuickBooks, Sage or Xero": alternatives, one requirement met by any.
_ITEM = r"[A-Z0-9][\w.+#&-]*(?:\s+[\w.+#&-]+){0,2}"  # an item the taxonomy may not know ("Sage")
_OR_GAP = re.compile(
    rf"^\s*(?:,\s*(?:or\s+)?|\s+or\s+|\s*/\s*|,?\s+and/or\s+)(?:{_ITEM}"
    rf"(?:,\s*(?:or\s+)?|\s+or\s+|\s*/\s*))*\s*$",
    re.I,
)
# "Bachelor's degree in finance or accounting": the fields of a degree, which the education component reads.
_DEGREE_FIELD = re.compile(
    r"\b(?:degree|bachelor'?s?|master'?s?|diploma|associate'?s? degree|mba|b\.?[as]\.?|m\.?[as]\.?)\s+"
    r"(?:degree\s+)?(?:in|of)\s+(?:[\w&/-]+(?:,?\s+(?:or|and)?\s*|\s+)){0,8}$",
    re.I,
)
_KNOCKOUT = re.compile(r"\b(background check|drug (?:screen|test)|weekend|holiday|shift|relocat|travel)\w*", re.I)


def _clause(s: str, a: int, b: int) -> str:
    """The comma/semicolon-delimited clause holding a span: 'X preferred, must have Y'."""
    lo = max(s.rfind(c, 0, a) for c in ",;:•") + 1
    his = [i for i in (s.find(c, b) for c in ",;•") if i >= 0]
    return s[lo : min(his) if his else len(s)]


def _groups(sentence: str, mentions: Sequence[SkillMention]) -> list[list[SkillMention]]:
    """Mentions in order, those joined by 'or' (or a list ending in 'or') grouped as alternatives."""
    groups: list[list[SkillMention]] = []
    for m in mentions:
        if groups:
            prev = groups[-1][-1]
            gap = sentence[prev.evidence.end : m.evidence.start]
            tail = sentence[m.evidence.end : m.evidence.end + 12]
            if _OR_GAP.match(gap) and (
                " or " in f" {gap} " or "/" in gap or _or_follows(sentence, m) or re.match(r"\s+or\b", tail)
            ):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def _or_follows(sentence: str, m: SkillMention) -> bool:
    """Whether the list this mention is in ends with 'or' ('A, B or C')."""
    rest = sentence[m.evidence.end :]
    stop = re.search(r"[.;:]|\band\b(?!/)", rest)
    return bool(re.search(r"\bor\b", rest[: stop.start() if stop else len(rest)]))


def draft_skills(
    required_sents: Sequence[str],
    duty_sents: Sequence[str],
    find: Callable[[str], list[SkillMention]],
    lookup: Callable[[str], SkillDef | None],
    duties_required: bool = False,
    wished: frozenset[str] = frozenset(),
) -> tuple[SkillRequirement, ...]:
    """Skills a posting asks for, in order: qualifications are required unless marked as a plus, duties
    are preferred (required when the posting has no qualifications of its own), taught skills are a
    plus, excluded ones dropped, alternatives ('QuickBooks, Sage or Xero') one requirement.

    Args:
        required_sents: the qualifications (or sentences that read like them).
        duty_sents: the duties.
        find: text -> stated skill mentions (the library's matcher).
        lookup: skill name -> taxonomy entry or None.
        duties_required: the posting has no qualifications: its core duties become required.
        wished: qualifications listed under a heading that makes them a plus ("Nice to have:").
    """
    out: dict[str, SkillRequirement] = {}
    for sents, default_required in ((required_sents, True), (duty_sents, duties_required)):
        for s in sents:
            if _NOT_NEEDED.search(s):
                continue
            mentions = [m for m in find(s) if m.via is None and m.skill != "English"]
            for group in _groups(s, mentions):
                first = group[0]
                before = s[max(0, first.evidence.start - 50) : first.evidence.start]
                clause = _clause(s, first.evidence.start, group[-1].evidence.end)
                if (
                    _DEGREE_FIELD.search(s[: first.evidence.start])
                    or _EXCLUDED.search(before)
                    or (_KNOCKOUT.search(clause) and len(group) == 1 and _KNOCKOUT.search(first.evidence.text))
                ):
                    continue
                required = (
                    default_required and s not in wished and not PREFERRED.search(clause) and not _TAUGHT.search(s)
                )
                names = list(dict.fromkeys(m.skill for m in group))
                name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
                if name in out or any(n in out for n in names):
                    continue
                weight = SOFT_SKILL_WEIGHT if all(_soft(lookup, n) for n in names) else 1.0
                out[name] = SkillRequirement(name, required, weight, tuple(names) if len(names) > 1 else ())
    req = [r for r in out.values() if r.required]
    pref = [r for r in out.values() if not r.required and r.name not in {x.name for x in req}]
    return tuple(req + pref)


def _soft(lookup: Callable[[str], SkillDef | None], name: str) -> bool:
    sd = lookup(name)
    return sd is not None and sd.category == "soft skills"
