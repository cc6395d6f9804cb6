"""Screening library: pure Python + spaCy; no Flask, no SQLAlchemy, nothing else from ats.

Heavy pieces (spaCy, the taxonomy) load lazily on first use.
"""

from .results import (Component, Contact, EducationFinding, Evidence, ExperienceTier,
                      KnockoutQuestion, Match, Requirements, ResumeAnalysis, Role, Salary, Score,
                      SkillDef, SkillMention, SkillRequirement, Weights)

__all__ = ["Component", "Contact", "EducationFinding", "Evidence", "ExperienceTier",
           "KnockoutQuestion", "Match", "Requirements", "ResumeAnalysis", "Role", "Salary",
           "Score", "SkillDef", "SkillMention", "SkillRequirement", "Weights"]
