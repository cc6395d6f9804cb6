"""Map hand-written skill labels and library output onto taxonomy ids (read from the data file directly)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

TAXONOMY = Path(__file__).resolve().parents[2] / "ats" / "screening" / "data" / "skills.jsonl"

# Generic names used in the hand labels -> the taxonomy entry a human picks for them.
SYNONYMS: dict[str, str] = {
    "training": "training-and-mentoring",
    "management": "leadership",
    "team management": "leadership",
    "organization": "organizational-skills",
    "safety": "workplace-safety",
    # product names written short on resumes; the taxonomy spells them out
    "j2ee": "onet-oracle-java-2-platform-enterprise-edition-j2ee",
    "pyxis": "onet-pyxis-medstation-software",
    "docusign": "onet-docusign-esignature",
}


def _norm(name: str) -> str:
    """Case-, hyphen- and space-insensitive key."""
    return re.sub(r"[\s\-_/]+", " ", name.casefold()).strip()


@lru_cache(maxsize=1)
def entries() -> dict[str, dict[str, Any]]:
    """Taxonomy entries by id (empty when the library has not shipped its data yet)."""
    if not TAXONOMY.exists():
        return {}
    rows = (json.loads(line) for line in TAXONOMY.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows}


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Normalised label/alias -> id; labels win over aliases."""
    index: dict[str, str] = {}
    for sid, row in entries().items():
        names = [*row.get("aliases", ()), *row.get("case_sensitive", ()), *row.get("needs_context", ())]
        for name in names:
            index.setdefault(_norm(name), sid)
    for sid, row in entries().items():
        index[_norm(row["label"])] = sid
        index[_norm(sid)] = sid
    return index


def skill_id(name: str) -> str | None:
    """Taxonomy id of a skill name (label, alias or hand-label synonym), or None when not in the taxonomy."""
    key = _norm(name)
    if key in SYNONYMS:
        return SYNONYMS[key]
    return _index().get(key)


def closure(ids: set[str]) -> set[str]:
    """The ids plus every broader skill they imply (Zendesk -> CRM), so both sides are compared alike."""
    out, todo = set(ids), list(ids)
    while todo:
        for parent in entries().get(todo.pop(), {}).get("implies", ()):
            if parent not in out:
                out.add(parent)
                todo.append(parent)
    return out


def expected_ids(labels: tuple[str, ...]) -> tuple[set[str], list[str]]:
    """Taxonomy ids of the hand labels (closed under implies), and the labels missing from the taxonomy."""
    ids = {sid for sid in map(skill_id, labels) if sid}
    missing = [label for label in labels if not skill_id(label)]
    return closure(ids), missing
