"""Skills a resume lists that the taxonomy does not name, and requirements the taxonomy does not know."""

from __future__ import annotations

from datetime import date

from ats.screening import Requirements, analyse, score
from ats.screening.listed_skills import LISTED
from ats.screening.results import ResumeAnalysis
from ats.screening_adapter import analyse_and_score

AS_OF = date(2020, 1, 1)

RESUME = """Jane Doe
Technical Skills
Teradata, IDCAMS, DFSORT, z/OS, CA-7 (3 years)
Month-end close | Vendor setup
Tools: Symitar, Java
Managed the budget and the clients of a team of ten people
Receptionist, Excellent written, Accounts And
Experience
Analyst, Acme Bank, 2015 - 2019
Ran nightly batch jobs on nCino.
"""


def _listed(a: ResumeAnalysis) -> list[str]:
    return [m.skill for m in a.skills if m.category == LISTED]


def test_a_skills_list_keeps_the_names_the_taxonomy_does_not_know() -> None:
    a = analyse(RESUME, as_of=AS_OF)
    assert _listed(a) == ["Teradata", "IDCAMS", "DFSORT", "z/OS", "CA-7", "Vendor setup", "Symitar"]
    for m in a.skills:
        if m.category == LISTED:
            assert RESUME[m.evidence.start : m.evidence.end] == m.evidence.text == m.skill  # verbatim
            assert m.place == "skills"
    java = next(m for m in a.skills if m.skill == "Java")
    assert java.category == "tools and software"  # the taxonomy's skills stay what they were
    assert "Month-end close" not in _listed(a)  # the taxonomy reads it (General Ledger)


def test_a_list_line_that_is_no_skill_gives_none() -> None:
    """A sentence, a job title, a claim about oneself and a piece of a wrapped line are not skills; a role
    bullet outside the skills section is not read as a list."""
    listed = _listed(analyse(RESUME, as_of=AS_OF))
    for not_a_skill in ("Managed the budget", "Receptionist", "Excellent written", "Accounts And", "nCino"):
        assert not any(not_a_skill.lower() in s.lower() for s in listed)


def test_listed_skills_survive_the_stored_round_trip() -> None:
    a = analyse(RESUME, as_of=AS_OF)
    again = ResumeAnalysis.from_dict(a.to_dict())
    assert _listed(a) and _listed(again) == _listed(a)


def test_a_stored_analysis_meets_a_skill_the_job_adds_later() -> None:
    """The job asks for Teradata after the resume was analysed (no custom skills then): a rescore of the
    stored analysis finds it in the candidate's list and quotes the line."""
    stored = ResumeAnalysis.from_dict(analyse(RESUME, as_of=AS_OF).to_dict())
    req = Requirements.from_dict({"title": "Data Analyst", "skills": [{"name": "Teradata", "required": True}]})
    required = next(c for c in score(stored, req).components if c.name == "required_skills")
    assert [(m.label, m.snippet) for m in required.matched] == [
        ("Teradata", "Teradata, IDCAMS, DFSORT, z/OS, CA-7 (3 years)")
    ]
    assert required.points > 0


def test_a_required_skill_the_taxonomy_does_not_know_is_looked_for_as_written() -> None:
    """A recruiter's 'nCino' (no taxonomy entry, no aliases) is found in a role's bullet when the resume is
    screened for the job, and quoted from there."""
    req = Requirements.from_dict({"title": "Analyst", "skills": [{"name": "nCino", "required": True}]})
    assert [d.label for d in req.skill_defs()] == ["nCino"]
    _, s = analyse_and_score(RESUME, None, req, {}, as_of=AS_OF)
    required = next(c for c in s.components if c.name == "required_skills")
    assert [(m.label, m.snippet, m.where) for m in required.matched] == [
        ("nCino", "Ran nightly batch jobs on nCino.", "in a recent role")
    ]
    assert "nCino" not in {m.skill for m in analyse(RESUME, as_of=AS_OF).skills}  # only the job's search finds it


def test_a_rescore_finds_a_skill_added_later_in_a_role_sentence() -> None:
    """nCino is named only in a role's bullet: the stored analysis (made before the job asked for it) has no
    mention of it, so the rescore must read the stored sentences, and finds it there."""
    from ats.screening.score_plan import rescore_reads

    analysis = analyse(RESUME, as_of=AS_OF)
    stored = analysis.to_dict()
    text_index = stored.pop("text_index")
    before = Requirements.from_dict({"title": "Analyst", "skills": [{"name": "Java", "required": True}]})
    old = score(ResumeAnalysis.from_dict({**stored, "text_index": text_index}), before).as_dict()
    after = Requirements.from_dict(
        {"title": "Analyst", "skills": [{"name": "Java", "required": True}, {"name": "nCino", "required": True}]}
    )
    assert rescore_reads(after, old, False).text  # the new skill must be looked for in the sentences
    again = score(ResumeAnalysis.from_dict({**stored, "text_index": text_index}), after, {}, old)
    required = next(c for c in again.components if c.name == "required_skills")
    assert ("nCino", "Ran nightly batch jobs on nCino.", "in the resume") in [
        (m.label, m.snippet, m.where) for m in required.matched
    ]
    assert not required.missing
    same = Requirements.from_dict({"title": "Analyst", "skills": [{"name": "Java", "required": True}]})
    assert not rescore_reads(same, old, False).text  # nothing new to look for: no sentences read


def test_notes_of_use_after_a_listed_skill_are_no_part_of_its_name() -> None:
    """Job boards write how long each skill was used: the name is the skill, the note is dropped."""
    text = (
        "Skill Details\nStatsmodels- Exprience - 12 months\nTeradata- Exprience - Less than 1 year months\n"
        "Keras (2 years), Plotly: 3 yrs\n"
    )
    a = analyse(text, as_of=AS_OF)
    assert _listed(a) == ["Statsmodels", "Teradata", "Keras", "Plotly"]
    assert all(text[m.evidence.start : m.evidence.end] == m.skill for m in a.skills if m.category == LISTED)


def test_a_list_ends_at_a_sentence() -> None:
    """LinkedIn's profile PDF puts 'Top Skills' in a sidebar that runs on into the headline and the town:
    the list ends at the first sentence, so the town is no skill."""
    text = (
        "Contact\njane@example.org\nTop Skills\nSalesforce\nOutreach.io\n"
        "Account Executive at Northwind Traders since 2020\nChicago, Illinois, United States\nSummary\nSeller.\n"
    )
    listed = _listed(analyse(text, as_of=AS_OF))
    assert "Outreach.io" in listed
    assert not {"Chicago", "Illinois", "United States"} & set(listed)


def _stored_with_sentences(*sentences: str) -> ResumeAnalysis:
    """A stored analysis whose sentence index holds these resume sentences (and no skill mentions)."""
    from ats.screening.results import SentenceTerms, TextIndex

    index = TextIndex(tuple(SentenceTerms("resume", 10 * i, 10 * i + len(s), s, 5) for i, s in enumerate(sentences)))
    return ResumeAnalysis.from_dict({**ResumeAnalysis().to_dict(), "text_index": index.to_json()})


def _required(analysis: ResumeAnalysis, name: str) -> tuple[list[str], list[str]]:
    req = Requirements.from_dict({"skills": [{"name": name, "required": True}]})  # no duties, no occupation
    c = next(c for c in score(analysis, req).components if c.name == "required_skills")
    return [m.snippet for m in c.matched], list(c.missing)


def test_a_skill_added_later_is_found_in_stored_sentences_however_json_writes_them() -> None:
    """The stored index's JSON text is searched first; quotes, backslashes and control characters next to
    the name, and letters that only match in any case ('İ' for 'i', the Kelvin sign for 'K'), still find it."""
    for name, sentence in (
        ("nCino", 'Ran "nCino" reports.'),
        ("nCino", "Ran \\nCino reports."),
        ("nCino", "Ran \bnCino reports."),
        ("nCino", "Ran NCİNO reports."),
        ("Kinaxis", "Ran \u212ainaxis plans."),
    ):
        assert _required(_stored_with_sentences("Managed the branch team.", sentence), name) == ([sentence], [])
    assert _required(_stored_with_sentences("Ran \bxnCino reports."), "nCino") == ([], ["nCino"])  # no whole word


def test_a_skill_no_stored_sentence_names_is_missing_without_decoding_the_index() -> None:
    stored = _stored_with_sentences("Managed the branch team.", "Reconciled the nightly batch totals.")
    assert _required(stored, "nCino") == ([], ["nCino"])
    assert "text" not in stored.__dict__  # the JSON text held no 'nCino': no sentence was built (nor read)
    assert _required(stored, "branch") == (["Managed the branch team."], [])
