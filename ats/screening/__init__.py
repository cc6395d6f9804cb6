"""Screening library: pure Python + spaCy; no Flask, no SQLAlchemy, nothing else from ats.

Heavy pieces (spaCy, the taxonomy) load lazily on first use. The app imports only the names below.
"""

from .analyse import ANALYSER_VERSION, analyse
from .batch import screen_files
from .contact import find_contact
from .extract import ExtractionError
from .filetypes import check_zip, detect_kind
from .jobdesc import JobDraft, parse_job_description
from .nlp import LOCK as NLP_LOCK
from .occupation_similarity import find_occupations, resolve_posting
from .occupation_similarity import related_to as related_occupations
from .occupations import RELATED_MAX, describe_occupation
from .results import (
    Component,
    Contact,
    EducationFinding,
    Evidence,
    ExperienceTier,
    KnockoutQuestion,
    Match,
    Requirements,
    ResumeAnalysis,
    Role,
    Salary,
    Score,
    SkillDef,
    SkillMention,
    SkillRequirement,
    Weights,
)
from .sandbox import extract_in_sandbox
from .score import score
from .score_plan import SCORER_VERSION, Reads, rescore_reads
from .warm import warm_scorer, warm_up

__all__ = [
    "Component",
    "Contact",
    "EducationFinding",
    "Evidence",
    "ExperienceTier",
    "KnockoutQuestion",
    "Match",
    "Requirements",
    "ResumeAnalysis",
    "Role",
    "Salary",
    "Score",
    "SkillDef",
    "SkillMention",
    "SkillRequirement",
    "Weights",
    # functions and constants the app uses (through ats/screening_adapter.py where a lock or
    # the sandbox limits apply)
    "ANALYSER_VERSION",
    "ExtractionError",
    "JobDraft",
    "NLP_LOCK",
    "SCORER_VERSION",
    "analyse",
    "check_zip",
    "describe_occupation",
    "detect_kind",
    "extract_in_sandbox",
    "find_contact",
    "find_occupations",
    "Reads",
    "rescore_reads",
    "parse_job_description",
    "related_occupations",
    "RELATED_MAX",
    "resolve_posting",
    "score",
    "screen_files",
    "warm_scorer",
    "warm_up",
]
