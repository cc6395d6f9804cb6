"""A score's result types: the matches that earned points, the weighted components, and the score itself."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, overload


class Match(NamedTuple):
    """One piece of evidence that earned points."""

    label: str
    snippet: str
    source: str
    start: int
    end: int
    via: str = ""  # "shown by": the specific skill that evidences a broader one
    where: str = ""  # where the evidence stands: "in a role", "in the summary", "listed in Skills", ...


def _match_from(m: dict[str, Any]) -> Match:
    return Match(m["label"], m["snippet"], m["source"], m["start"], m["end"], m.get("via", ""), m.get("where", ""))


def _match_dict(m: Match) -> dict[str, Any]:
    d = {"label": m.label, "snippet": m.snippet, "source": m.source, "start": m.start, "end": m.end}
    if m.via:
        d["via"] = m.via
    if m.where:
        d["where"] = m.where
    return d


def _matches_dict(matched: Sequence[Match]) -> list[dict[str, Any]]:
    """Matches as stored; carried-over ones are written back as they were read."""
    return matched.stored if isinstance(matched, StoredMatches) else [_match_dict(m) for m in matched]


class StoredMatches(Sequence[Match]):
    """A carried-over component's matches as stored: a rescore writes them back as they were read, so
    they are decoded only if someone looks (most of a 10,000-row rescore's components are carried)."""

    __slots__ = ("stored",)

    def __init__(self, stored: list[dict[str, Any]]) -> None:
        self.stored = stored

    def __len__(self) -> int:
        return len(self.stored)

    @overload
    def __getitem__(self, i: int) -> Match: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Match, ...]: ...

    def __getitem__(self, i: int | slice) -> Match | tuple[Match, ...]:
        if isinstance(i, slice):
            return tuple(_match_from(m) for m in self.stored[i])
        return _match_from(self.stored[i])

    def __iter__(self) -> Iterator[Match]:
        return (_match_from(m) for m in self.stored)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


@dataclass(frozen=True, slots=True)
class Component:
    """One weighted part of a score, explained."""

    name: str
    weight: float
    points: float
    matched: Sequence[Match] = ()
    missing: tuple[str, ...] = ()
    detail: str = ""


def component_from_dict(c: dict[str, Any], weight: float | None = None, points: float | None = None) -> Component:
    """A stored component (Score.as_dict) read back, at another weight and points when carried over."""
    return Component(
        c["name"],
        c["weight"] if weight is None else weight,
        c["points"] if points is None else points,
        StoredMatches(c.get("matched") or []),
        tuple(c.get("missing", ())),
        c.get("detail", ""),
    )


@dataclass(frozen=True)
class Score:
    """A candidate's score against one version of a job's requirements."""

    total: float
    components: tuple[Component, ...]
    tier: str | None
    total_years: float | None
    relevant_years: float | None
    stated_years: float | None
    required_coverage: float
    knockout_failed: bool
    auto_reject: bool
    scorer_version: str
    requirements_hash: str
    # component -> (fingerprint of what it read from the job, its share of the weight): a later score of
    # the same analysis carries a component over when the job's part it reads has not changed
    inputs: dict[str, tuple[str, float]] = field(default_factory=dict)
    has_cover_letter: bool = False  # kept so that a rescore of the duties need not read the analysis back

    def as_dict(self) -> dict[str, Any]:
        """JSON-able dict, the hand-off to the database."""
        return {
            "inputs": {k: list(v) for k, v in self.inputs.items()},
            "total": self.total,
            "components": [
                {
                    "name": c.name,
                    "weight": c.weight,
                    "points": c.points,
                    "matched": _matches_dict(c.matched),
                    "missing": list(c.missing),
                    "detail": c.detail,
                }
                for c in self.components
            ],
            "tier": self.tier,
            "total_years": self.total_years,
            "relevant_years": self.relevant_years,
            "stated_years": self.stated_years,
            "required_coverage": self.required_coverage,
            "knockout_failed": self.knockout_failed,
            "auto_reject": self.auto_reject,
            "scorer_version": self.scorer_version,
            "requirements_hash": self.requirements_hash,
            "has_cover_letter": self.has_cover_letter,
        }

    to_dict = as_dict

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Score:
        """Inverse of as_dict."""
        comps = tuple(component_from_dict(c) for c in d.get("components", ()))
        return cls(
            d["total"],
            comps,
            d.get("tier"),
            d.get("total_years"),
            d.get("relevant_years"),
            d.get("stated_years"),
            d.get("required_coverage", 0.0),
            bool(d.get("knockout_failed")),
            bool(d.get("auto_reject")),
            d.get("scorer_version", ""),
            d.get("requirements_hash", ""),
            {k: (v[0], v[1]) for k, v in (d.get("inputs") or {}).items()},
            bool(d.get("has_cover_letter")),
        )
