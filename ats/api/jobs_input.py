"""API job JSON <-> the job form: the API fills a JobForm and validates it, so both paths refuse the same input."""

from __future__ import annotations

import re
from typing import Any

from ats import screening_adapter
from ats.jobs.models import Job
from ats.jobs.occupation_choice import label
from ats.jobs.posting_place import PLACE_FIELDS
from ats.jobs.requirements_form import WEIGHT_NAMES, JobForm
from ats.jobs.services import TEXT_FIELDS

FLAGS = ("remote", "screening_enabled", "salary_published")
PLAIN = (*TEXT_FIELDS, "employment_type", "salary_currency", "salary_period", "region", "country", "status")
REQUIREMENT_KEYS = (
    "occupation", "related_occupations", "occupation_titles", "related_titles", "skills", "experience_tiers",
    "target_tier", "education_minimum", "education_preferred", "knockouts", "weights",
)  # fmt: skip
_ROW = re.compile(r"(skill|tier|ko)-(\d+)-(\w+)")
_ROW_POINTERS = {
    ("skill", "name"): "skills/{}/name",
    ("skill", "weight"): "skills/{}/weight",
    ("tier", "min"): "experience_tiers/{}/min_years",
    ("tier", "max"): "experience_tiers/{}/max_years",
    ("ko", "failing"): "knockouts/{}/failing_answer",
}
_IN_REQUIREMENTS = {
    "target_tier": "target_tier",
    "education_minimum": "education_minimum",
    "education_preferred": "education_preferred",
    "occupation": "occupation",
    "related_occupations": "related_occupations",
    "extra_titles": "occupation_titles",
    "related_titles": "related_titles",
    "weights": "weights",
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def fill_form(body: dict[str, Any], *, job: Job | None = None) -> JobForm:
    """The job form as if the fields of `body` had been typed over the job's current values (or a blank form)."""
    form = JobForm.from_job(job) if job is not None else JobForm.blank()
    for name in (*PLAIN, "salary_min", "salary_max", "valid_through"):
        if name in body:
            form.values[name] = _text(body[name])
    for name in FLAGS:
        if name in body:
            form.values[name] = "y" if body[name] else ""
    current = dict(job.requirements_data or {}) if job is not None else {}
    if "requirements" in body or job is None:
        given = body.get("requirements") or {}
        merged = {**current, **{k: v for k, v in given.items() if k in REQUIREMENT_KEYS}}
        if "weights" in given:  # typed as given, so the form's own rule (they add up to 100) judges them
            merged.pop("weights")
        form = JobForm.from_requirements(form, merged)
        if "weights" in given:
            form.weights = {key: _text((given["weights"] or {}).get(key)) for key, _ in WEIGHT_NAMES}
    if body.get("stages"):
        form.stages = "\n".join(body["stages"])
    return form


def pointer(key: str) -> str:
    """A JSON Pointer into the request body for an input name of the job form."""
    row = _ROW.fullmatch(key)
    if row and (row.group(1), row.group(3)) in _ROW_POINTERS:
        return "/requirements/" + _ROW_POINTERS[(row.group(1), row.group(3))].format(row.group(2))
    if key.startswith("weight_"):
        return f"/requirements/weights/{key[len('weight_') :]}"
    if key in _IN_REQUIREMENTS:
        return f"/requirements/{_IN_REQUIREMENTS[key]}"
    return "" if key == "form" else f"/{key}"


def form_errors(form: JobForm) -> list[dict[str, str]]:
    return [{"pointer": pointer(key), "detail": text} for key, text in form.errors.items()]


def requirements_out(job: Job) -> dict[str, Any]:
    """Stored requirements as the API shows them: the occupation's name and the duties screening matches."""
    data = dict(job.requirements_data or {})
    req = job.requirements()
    data["duties"] = list(req.duties)
    data["weights"] = req.weights.as_dict()
    data["occupation"] = req.occupation
    data["related_occupations"] = list(req.related_occupations)
    data["occupation_label"] = label(req.occupation) if req.occupation else None
    return data


def input_from_data(data: dict[str, Any]) -> dict[str, Any]:
    """Validated job data (from JobForm.validate) in the shape POST /jobs takes."""
    body = {k: data[k] for k in (*TEXT_FIELDS, *PLACE_FIELDS, *FLAGS, "employment_type") if k in data}
    body.update({k: data.get(k) for k in ("salary_min", "salary_max", "salary_currency", "salary_period")})
    req = data.get("requirements_data") or {}
    body["requirements"] = {k: req.get(k) for k in REQUIREMENT_KEYS if k in req}
    if data.get("_stages"):
        body["stages"] = [name for name, kind in data["_stages"] if kind in ("active", "hired")]
    return body


def draft(text: str) -> dict[str, Any]:
    """A posting's text -> the library's draft (through the screening adapter) -> the job form's rules."""
    found = screening_adapter.parse_posting(text)
    form = JobForm.from_draft(found)
    data = form.validate(with_stages=True)
    if data is not None:
        return {"job": input_from_data(data), "errors": []}
    req = found.requirements.to_dict()
    job: dict[str, Any] = {
        k: form.values.get(k, "") for k in ("title", "summary", "responsibilities", "qualifications", "benefits")
    }
    job["requirements"] = {k: req.get(k) for k in REQUIREMENT_KEYS if k in req}
    return {"job": job, "errors": form_errors(form)}
