"""End-to-end resume analysis and JSON round trip."""

from __future__ import annotations

import json

from ats.screening.analyse import analyse
from ats.screening.results import ResumeAnalysis


def test_analysis_findings(analysis: ResumeAnalysis, resume_text: str) -> None:
    assert [r.title for r in analysis.roles] == [
        "Customer Service Representative", "Call Center Agent", "Barista"]
    assert analysis.total_years is not None and 9.0 < analysis.total_years < 9.4
    assert analysis.stated_years == 5.0
    assert analysis.stated_years_evidence.text == "5+ years of experience"
    assert analysis.highest_education == "bachelor"
    assert {c.name for c in analysis.certifications} >= {"HDI Customer Service Representative"}
    assert {(lg.language, lg.proficiency) for lg in analysis.languages} == {
        ("English", "native"), ("Spanish", "fluent")}
    assert analysis.contact.email == "jane.doe@example.com"
    assert analysis.has_cover_letter and analysis.cover_letter_chars > 300
    skills = {m.skill for m in analysis.skills}
    assert {"Zendesk", "CRM", "Salesforce Service Cloud", "Billing", "Active Listening"} <= skills
    for m in analysis.skills:
        doc = resume_text if m.evidence.source == "resume" else None
        if doc:
            assert doc[m.evidence.start:m.evidence.end] == m.evidence.text


def test_json_round_trip_is_exact(analysis: ResumeAnalysis) -> None:
    d = json.loads(json.dumps(analysis.to_dict()))
    back = ResumeAnalysis.from_dict(d)
    assert back == analysis
    assert back.to_dict() == analysis.to_dict()
    assert isinstance(d["roles"][0]["start"], str)


def test_huge_and_empty_inputs(as_of) -> None:
    big = ("Customer service with Zendesk. " * 10_000)
    a = analyse(big, as_of=as_of)
    assert any(m.skill == "Zendesk" for m in a.skills)
    assert max(m.evidence.end for m in a.skills) <= 100_000
    empty = analyse("", None, as_of=as_of)
    assert empty.skills == () and empty.total_years is None and not empty.has_cover_letter


def test_as_of_is_the_reference_date(resume_text: str) -> None:
    from datetime import date
    a1 = analyse(resume_text, as_of=date(2024, 6, 30))
    a2 = analyse(resume_text, as_of=date(2025, 6, 30))
    assert a2.total_years - a1.total_years == __import__("pytest").approx(1.0, abs=0.01)
