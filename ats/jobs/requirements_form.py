"""The job form as typed: built from a job, a parsed description or request.form; validated into job data.

Hand-written instead of WTForms FieldLists because rows (skills, tiers, knockouts) are added freely
and everything typed must come back unchanged after a validation error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ats.jobs.models import DEFAULT_STAGES, EMPLOYMENT_TYPES, duty_lines
from ats.jobs.occupation_choice import choose, form_text, parse_titles
from ats.jobs.posting_place import PLACE_FIELDS, place_text, validate_place
from ats.jobs.services import TEXT_FIELDS
from ats.screening import Weights

EDUCATION_CHOICES = (
    ("", "None"),
    ("high_school", "High school"),
    ("associate", "Associate degree"),
    ("bachelor", "Bachelor's degree"),
    ("master", "Master's degree"),
    ("doctorate", "Doctorate"),
)
WEIGHT_LABELS = {
    "required_skills": "Required skills",
    "preferred_skills": "Preferred skills",
    "experience": "Experience",
    "duties": "Duties",
    "vocabulary": "Vocabulary of the occupation",
    "education": "Education",
    "knockouts": "Knockouts",
    "cover_letter": "Cover letter",
}
DEFAULT_WEIGHTS = Weights().as_dict()  # the library's defaults, in its display order
WEIGHT_NAMES = tuple((key, WEIGHT_LABELS[key]) for key in DEFAULT_WEIGHTS)
TITLE_BOXES = ("occupation", "related_occupations", "extra_titles", "related_titles")
SPARE_ROWS = 3
MAX_ROWS = 100


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _num_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number)


@dataclass
class JobForm:
    """Everything on the job form as strings, plus the errors keyed by input name."""

    values: dict[str, str] = field(default_factory=dict)
    skills: list[dict[str, str]] = field(default_factory=list)
    tiers: list[dict[str, str]] = field(default_factory=list)
    knockouts: list[dict[str, str]] = field(default_factory=list)
    weights: dict[str, str] = field(default_factory=lambda: {k: _num_text(v) for k, v in DEFAULT_WEIGHTS.items()})
    stages: str = "\n".join(name for name, _kind in DEFAULT_STAGES if _kind == "active" or name == "Hired")
    errors: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # requirement keys the form does not edit (kept)

    def v(self, name: str) -> str:
        return self.values.get(name, "")

    def padded(self, rows: list[dict[str, str]]) -> list[dict[str, str]]:
        """The typed rows plus blank ones to add more without JavaScript."""
        return rows + [{} for _ in range(SPARE_ROWS)]

    @property
    def tier_names(self) -> list[str]:
        return [t["name"] for t in self.tiers if t.get("name", "").strip()]

    # --- constructors -------------------------------------------------------------------------

    @classmethod
    def blank(cls) -> JobForm:
        form = cls(
            values={
                "employment_type": "full_time",
                "salary_currency": "USD",
                "salary_period": "year",
                "screening_enabled": "y",
                "salary_published": "y",
                "status": "draft",
            }
        )
        return form

    @classmethod
    def from_requirements(cls, form: JobForm, req: dict[str, Any]) -> JobForm:
        form.skills = [
            {
                "name": _s(s.get("name")),
                "kind": "required" if s.get("required", True) else "preferred",
                "weight": _num_text(s.get("weight", 1)),
                "aliases": ", ".join(s.get("aliases") or ()),
            }
            for s in req.get("skills") or ()
        ]
        form.tiers = [
            {"name": _s(t.get("name")), "min": _num_text(t.get("min_years")), "max": _num_text(t.get("max_years"))}
            for t in req.get("experience_tiers") or ()
        ]
        form.knockouts = [
            {
                "id": _s(k.get("id")),
                "question": _s(k.get("question")),
                "failing": _s(k.get("failing_answer") or "no"),
                "auto": "y" if k.get("auto_reject") else "",
            }
            for k in req.get("knockouts") or ()
        ]
        form.values["target_tier"] = _s(req.get("target_tier"))
        form.values["education_minimum"] = _s(req.get("education_minimum"))
        form.values["education_preferred"] = _s(req.get("education_preferred"))
        if req.get("weights"):
            stored = Weights.from_dict(req["weights"]).as_dict()  # a job saved before a component existed
            form.weights = {k: _num_text(stored.get(k, 0)) for k, _ in WEIGHT_NAMES}
        form.extra = {k: req[k] for k in ("custom_skills",) if req.get(k)}
        form.values.update(form_text(req))
        return form

    @classmethod
    def from_job(cls, job) -> JobForm:
        form = cls.blank()
        for name in TEXT_FIELDS:
            form.values[name] = _s(getattr(job, name))
        form.values.update(
            employment_type=job.employment_type,
            salary_min=_num_text(job.salary_min),
            salary_max=_num_text(job.salary_max),
            salary_currency=job.salary_currency,
            salary_period=job.salary_period,
            status=job.status,
            remote="y" if job.remote else "",
            screening_enabled="y" if job.screening_enabled else "",
            salary_published="y" if job.salary_published else "",
            **place_text(job),
        )
        return cls.from_requirements(form, job.requirements_data or {})

    @classmethod
    def from_draft(cls, draft) -> JobForm:
        """Prefill from ats.screening.jobdesc.JobDraft for the recruiter to review."""
        form = cls.blank()
        req = draft.requirements.to_dict()
        form.values.update(
            title=draft.title,
            summary=draft.summary,
            responsibilities="\n".join(draft.responsibilities),
            qualifications="\n".join(draft.qualifications),
            benefits="\n".join(draft.benefits),
            location=_s(req.get("location")),
            remote="y" if req.get("remote") else "",
        )
        if req.get("employment_type") in EMPLOYMENT_TYPES:
            form.values["employment_type"] = req["employment_type"]
        salary = req.get("salary") or {}
        form.values.update(salary_min=_num_text(salary.get("min")), salary_max=_num_text(salary.get("max")))
        if salary.get("currency"):
            form.values["salary_currency"] = salary["currency"]
        if salary.get("period"):
            form.values["salary_period"] = salary["period"]
        return cls.from_requirements(form, req)

    @classmethod
    def from_request(cls, data) -> JobForm:
        """Read request.form (a MultiDict) exactly as typed."""
        form = cls(
            values={
                k: data.get(k, "")
                for k in (
                    *TEXT_FIELDS,
                    "employment_type",
                    "salary_min",
                    "salary_max",
                    "salary_currency",
                    "salary_period",
                    "target_tier",
                    "education_minimum",
                    "education_preferred",
                    "status",
                    *PLACE_FIELDS,
                    *TITLE_BOXES,
                )
            }
        )
        for flag in ("remote", "screening_enabled", "salary_published"):
            form.values[flag] = "y" if data.get(flag) else ""
        form.skills = _rows(data, "skill", ("name", "kind", "weight", "aliases"), "name")
        form.tiers = _rows(data, "tier", ("name", "min", "max"), "name")
        form.knockouts = _rows(data, "ko", ("id", "question", "failing", "auto"), "question")
        form.weights = {k: data.get(f"weight_{k}", "") for k, _ in WEIGHT_NAMES}
        form.stages = data.get("stages", form.stages)
        return form

    # --- validation ---------------------------------------------------------------------------

    def validate(self, *, with_stages: bool = False) -> dict[str, Any] | None:
        """Job data for the services, or None with self.errors filled (one message per input)."""
        self.errors = {}
        err = self.errors
        v = {k: val.strip() for k, val in self.values.items()}
        if not v.get("title"):
            err["title"] = "Enter a title."
        if v.get("employment_type") not in EMPLOYMENT_TYPES:
            err["employment_type"] = "Choose an employment type."
        salary_min = self._number("salary_min", minimum=0)
        salary_max = self._number("salary_max", minimum=0)
        if salary_min is not None and salary_max is not None and salary_min > salary_max:
            err["salary_max"] = "The maximum must be at least the minimum."
        skills = []
        seen: set[str] = set()
        for i, row in enumerate(self.skills):
            name = row.get("name", "").strip()
            weight = self._number(f"skill-{i}-weight", row.get("weight") or "1", minimum=0)
            if name.casefold() in seen:
                err[f"skill-{i}-name"] = f"{name} is listed twice."
            seen.add(name.casefold())
            aliases = [a.strip() for a in row.get("aliases", "").split(",") if a.strip()]
            skills.append(
                {
                    "name": name,
                    "required": row.get("kind", "required") != "preferred",
                    "weight": weight if weight is not None else 1.0,
                    "aliases": aliases,
                }
            )
        tiers = []
        for i, row in enumerate(self.tiers):
            lo = self._number(f"tier-{i}-min", row.get("min") or "0", minimum=0)
            hi = self._number(f"tier-{i}-max", row.get("max", ""), minimum=0)
            if lo is not None and hi is not None and hi <= lo:
                err[f"tier-{i}-max"] = "The maximum years must be above the minimum."
            tiers.append({"name": row.get("name", "").strip(), "min_years": lo or 0.0, "max_years": hi})
        target = v.get("target_tier") or None
        if target and target not in {t["name"] for t in tiers}:
            err["target_tier"] = "Choose one of the tiers above."
        knockouts, ids = [], set()
        for i, row in enumerate(self.knockouts):
            if row.get("failing") not in ("yes", "no"):
                err[f"ko-{i}-failing"] = "Choose the answer that fails: yes or no."
            kid = row.get("id") or _slug(row.get("question", "")) or f"q{i + 1}"
            while kid in ids:
                kid += "-2"
            ids.add(kid)
            knockouts.append(
                {
                    "id": kid,
                    "question": row.get("question", "").strip(),
                    "failing_answer": row.get("failing") or "no",
                    "auto_reject": bool(row.get("auto")),
                }
            )
        weights = {}
        for key, _label in WEIGHT_NAMES:
            weights[key] = self._number(f"weight_{key}", self.weights.get(key, ""), minimum=0, required=True)
        given = [w for w in weights.values() if w is not None]
        if len(given) == len(weights) and abs(sum(given) - 100) > 1e-6:
            err["weights"] = f"The weights must add up to 100 (now {sum(given):g})."
        for key in ("education_minimum", "education_preferred"):
            if v.get(key) and v[key] not in {c for c, _ in EDUCATION_CHOICES}:
                err[key] = "Choose a level from the list."
        place = validate_place(v, err)
        stages = _stage_lines(self.stages) if with_stages else None
        if with_stages and not stages:
            err["stages"] = "List at least one stage, one per line."
        if err:
            return None
        data: dict[str, Any] = {name: v.get(name, "") for name in TEXT_FIELDS}
        data.update(
            employment_type=v["employment_type"],
            salary_min=salary_min,
            salary_max=salary_max,
            salary_currency=(v.get("salary_currency") or "USD")[:3].upper(),
            salary_period=v.get("salary_period") if v.get("salary_period") in ("year", "month", "hour") else "year",
            remote=bool(v.get("remote")),
            screening_enabled=bool(v.get("screening_enabled")),
            salary_published=bool(v.get("salary_published")),
            **place,
        )
        duties = duty_lines(data.get("responsibilities"))
        occupations, occupation_errors = choose(
            data["title"], " ".join(duties), v.get("occupation", ""), v.get("related_occupations", "")
        )
        if occupation_errors:
            err.update(occupation_errors)
            return None
        data["requirements_data"] = {
            **self.extra,
            **occupations,
            "occupation_titles": parse_titles(v.get("extra_titles", "")),
            "related_titles": parse_titles(v.get("related_titles", "")),
            "duties": duties,
            "title": data["title"],
            "skills": skills,
            "experience_tiers": tiers,
            "target_tier": target,
            "education_minimum": v.get("education_minimum") or None,
            "education_preferred": v.get("education_preferred") or None,
            "knockouts": knockouts,
            "salary": None
            if salary_min is None and salary_max is None
            else {
                "min": salary_min,
                "max": salary_max,
                "currency": data["salary_currency"],
                "period": data["salary_period"],
            },
            "employment_type": data["employment_type"],
            "location": data["location"] or None,
            "remote": data["remote"],
            "weights": weights,
        }
        if with_stages:
            data["_stages"] = stages
        return data

    def _number(
        self, key: str, raw: str | None = None, *, minimum: float | None = None, required: bool = False
    ) -> float | None:
        text = (self.values.get(key, "") if raw is None else raw).strip()
        if not text:
            if required:
                self.errors[key] = "Enter a number."
            return None
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            self.errors[key] = "Enter a number, e.g. 3 or 2.5."
            return None
        if number != number or number in (float("inf"), float("-inf")) or (minimum is not None and number < minimum):
            self.errors[key] = f"Enter a number of at least {minimum:g}."
            return None
        return number


def _rows(data, prefix: str, keys: tuple[str, ...], main: str) -> list[dict[str, str]]:
    """Rows named prefix-<n>-<key>; rows whose main input is blank are dropped (that is how rows are removed)."""
    numbers = sorted({int(m.group(1)) for k in data.keys() if (m := re.fullmatch(rf"{prefix}-(\d+)-\w+", k))})
    rows = []
    for n in numbers[:MAX_ROWS]:
        row = {key: data.get(f"{prefix}-{n}-{key}", "") for key in keys}
        if row[main].strip():
            rows.append(row)
    return rows


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def _stage_lines(text: str) -> list[tuple[str, str]]:
    """Stage names one per line; the exits Rejected and Withdrawn are always added."""
    names = [line.strip()[:80] for line in (text or "").splitlines() if line.strip()]
    stages, seen = [], set()
    for name in names:
        if name.casefold() in seen or name.casefold() in ("rejected", "withdrawn"):
            continue
        seen.add(name.casefold())
        stages.append((name, "hired" if name.casefold() == "hired" else "active"))
    if not stages or all(kind != "active" for _, kind in stages):
        return []
    return stages + [("Rejected", "rejected"), ("Withdrawn", "withdrawn")]
