"""Screening library: pure Python + spaCy; no Flask, no SQLAlchemy, nothing else from ats.

Heavy pieces (spaCy, the taxonomy) load lazily on first use. The app imports only the names below.
"""

from .analyse import analyse
from .batch import screen_files
from .contact import find_contact
from .extract import ExtractionError
from .filetypes import check_zip, detect_kind
from .jobdesc import JobDraft, parse_job_description
from .nlp import LOCK as NLP_LOCK
from .occupations import occupation_names, occupation_titles_for, related_titles_for
from .results import (Component, Contact, EducationFinding, Evidence, ExperienceTier,
                      KnockoutQuestion, Match, Requirements, ResumeAnalysis, Role, Salary, Score,
                      SkillDef, SkillMention, SkillRequirement, Weights)
from .sandbox import extract_in_sandbox
from .score import SCORER_VERSION, score

__all__ = ["Component", "Contact", "EducationFinding", "Evidence", "ExperienceTier",
           "KnockoutQuestion", "Match", "Requirements", "ResumeAnalysis", "Role", "Salary",
           "Score", "SkillDef", "SkillMention", "SkillRequirement", "Weights",
           # functions and constants the app uses (through ats/screening_adapter.py where a lock or
           # the sandbox limits apply)
           "ExtractionError", "JobDraft", "NLP_LOCK", "SCORER_VERSION", "analyse", "check_zip",
           "detect_kind", "extract_in_sandbox", "find_contact", "occupation_names",
           "occupation_titles_for", "parse_job_description", "related_titles_for", "score",
           "screen_files"]
