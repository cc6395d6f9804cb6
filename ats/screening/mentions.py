"""Skill mentions and the evidence behind them: the records a score quotes, and their lazy read-back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple, overload


class Evidence(NamedTuple):
    """Where a finding came from, so every point can be quoted back to a reviewer."""

    source: str  # "resume" | "cover_letter" | "answers"
    start: int
    end: int
    text: str  # the words as written
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON storage."""
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        """Inverse of to_dict."""
        return cls(d["source"], d["start"], d["end"], d["text"], d["sentence"])


class StoredMentions(Sequence["SkillMention"]):
    """Skill mentions read back from their row tables one at a time: a rescore looks at the few a job
    asks for, not at the sixty or so a resume holds (decoding them all was a third of its time)."""

    __slots__ = ("_rows", "_evidence", "_quotes", "_made", "_shared")

    def __init__(self, rows: Sequence[Sequence[Any]], evidence: Sequence[Sequence[Any]], quotes: Sequence[str]):
        self._rows, self._evidence, self._quotes = rows, evidence, quotes
        self._made: dict[int, SkillMention] = {}
        self._shared: dict[int, Evidence] = {}  # implied skills share their evidence

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> SkillMention: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[SkillMention, ...]: ...

    def __getitem__(self, i: int | slice) -> SkillMention | tuple[SkillMention, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        if i < 0:
            i += len(self._rows)
        made = self._made.get(i)
        if made is None:
            skill, category, ref, via, place, times = self._rows[i]
            ev = self._shared.get(ref)
            if ev is None:
                src, a, b, text, q = self._evidence[ref]
                ev = self._shared[ref] = Evidence(src, a, b, text, self._quotes[q])
            made = self._made[i] = SkillMention(skill, category, ev, via, place, times)
        return made

    def __iter__(self) -> Iterator[SkillMention]:
        return (self[i] for i in range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"StoredMentions({len(self)} mentions)"


def skills_from(d: dict[str, Any]) -> Sequence[SkillMention]:
    """Skill mentions from the row tables (or the per-mention dicts of analyses stored before them)."""
    sm, e_ = SkillMention, Evidence
    if "skill_rows" in d:
        return StoredMentions(d["skill_rows"], d.get("evidence", ()), d.get("quotes", ()))
    seen: dict[tuple[str, int, int], Evidence] = {}  # implied skills share their evidence
    mentions = []
    for s in d.get("skills", ()):
        x = s["evidence"]
        key = (x["source"], x["start"], x["end"])
        e = seen.get(key)
        if e is None:
            e = seen[key] = e_(x["source"], x["start"], x["end"], x["text"], x["sentence"])
        mentions.append(sm(s["skill"], s["category"], e, s.get("via"), s.get("place", ""), s.get("times", 1)))
    return tuple(mentions)


class SkillMention(NamedTuple):
    """One skill found in a document."""

    skill: str  # canonical label
    category: str
    evidence: Evidence
    via: str | None = None  # the specific skill this broader one was implied by (Zendesk -> CRM)
    place: str = ""  # where it stands: "role" (recent role), "old_role", "summary", "skills" (a list), "other"
    times: int = 1  # how many times the document names it
