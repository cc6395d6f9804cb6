"""Small shared pieces (levels, hashing, SkillDef) that both result modules need."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

EDUCATION_LEVELS: tuple[str, ...] = ("high_school", "associate", "bachelor", "master", "doctorate")


def education_rank(level: str | None) -> int:
    """Order education levels so 'at least X' comparisons are simple (-1 for unknown)."""
    return EDUCATION_LEVELS.index(level) if level in EDUCATION_LEVELS else -1


def canonical_json(obj: Any) -> str:
    """Stable JSON used for hashing."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def sha256_hex(text: str) -> str:
    """Hex digest helper."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class SkillDef:
    """A taxonomy entry; jobs may add their own with aliases."""

    id: str
    label: str
    aliases: tuple[str, ...] = ()
    category: str = "domain knowledge"
    implies: tuple[str, ...] = ()  # ids of broader skills this one also counts for
    case_sensitive: tuple[str, ...] = ()  # ambiguous aliases that must match exactly as cased
    needs_context: tuple[str, ...] = ()  # very short aliases ("R", "Go") kept only near other tools

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON storage."""
        return {
            "id": self.id,
            "label": self.label,
            "aliases": list(self.aliases),
            "category": self.category,
            "implies": list(self.implies),
            "case_sensitive": list(self.case_sensitive),
            "needs_context": list(self.needs_context),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SkillDef:
        """Inverse of to_dict, tolerant of missing optional keys."""
        return cls(
            d["id"],
            d.get("label", d["id"]),
            tuple(d.get("aliases", ())),
            d.get("category", "domain knowledge"),
            tuple(d.get("implies", ())),
            tuple(d.get("case_sensitive", ())),
            tuple(d.get("needs_context", ())),
        )
