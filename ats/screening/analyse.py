"""Resume (+ cover letter) text -> ResumeAnalysis; every finding carries its evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .contact import find_contact
from .duties import postings, sentences
from .education import find_certifications, find_education, find_languages, highest, name_spans
from .experience import find_stated_years, years_of
from .listed_skills import find_listed
from .nlp import cap, make_doc
from .placement import limit, place_mentions
from .profile_block import identity_block, split_marks
from .results import Contact, ResumeAnalysis, SkillDef, SkillMention, TextIndex
from .role_context import narrow_by_context
from .roles import employer_spans, find_headline, find_roles
from .run_on import mark_run_on_breaks
from .sections import all_sections
from .skills import find_skills
from .strength import best_mentions
from .textclean import mark_layout_breaks
from .vocabulary import term_profile, without_headings

# 2026.12.11: + tool names as resumes write them and items of a labelled list; whole dates with a day; career
# breaks, form-like entries and "worked as X in Y from ..." sentences; stated years by label; degrees as India
# and Britain write them. 2026.12.12: the plural of a worker noun ("designers") is people, not a skill or tool;
# a letter after "grade" or "part" is no language ("grade C/4"); "till now", "until today" end a current role;
# "BA (Hons) Marketing", "MBA (Finance)", and "Master of Science (MSc)" is one degree; a resume keeps one order of
# day and month; a duty sentence ends the search for a title above the dates. 2026.12.13: headings of other
# layouts ("Highlights", "Education Details", "Educational Qualifications", "Company Details", "Publications")
# and "B.E" with no last dot; "Mar-2014", "June 2018 onwards", a table's "From | To" cells, a dash a PDF left
# as "Â"; a sentence of ten words or fewer with a year ("Since 1995, the company has grown...") is no role
# either; the skills a skills section lists that the taxonomy does not name are kept as "listed" skills;
# "Total Experience: 5 Year(s) 3 Month(s)", "Exp: 4.2 Yrs", "Work Experience (3 Years)" state years.
# 2026.12.14: tools by the short names people write ("Vagrant", "Webex", "Splunk", "WebLogic", "SVN"); a
# profile PDF's name, headline and town below its sidebar are read as such (no certification, no skill), and
# its companies above the titles or above a group of posts; the field after a degree's name and a comma
# ("Bachelor of Science - BS, Marketing", "B.A. , General Studies"); "2015 - 2015" is half a year, not none;
# a word two skills share names both ("accounts receivable and payable"). 2026.12.15: a text that lost its line
# breaks is read with them back, at its layout gaps (an HTML page saved as text) or, in one run-on line, at its
# dates, headings and sentences. 2026.12.16: in a run-on line, a heading word that starts a title O*NET holds,
# just before the dates, is the title's ("Software Engineer", "Language Arts Teacher"), unless it is the work
# history's own heading ("Experience Designer / Technical Designer"); no sentence ends at "Sr." or "e.g." 2026.12.17:
# a product's one-word name in lower case in a sentence is the ordinary word ("managed the calendar", "set forth
# by"), unless tools stand next to it or it is an item of a list of tools. 2026.12.18: abbreviated titles are read
# as spelled out ("Dept Manager", "VP of Sales", "Admin Asst"); after "to" a title names whom the post serves; a
# lead before another rank is seniority ("Lead Supervisor"). 2026.12.19: a long title of several posts ("Vice President
# and Director of Human Resources and Administration") is as title-like as its best post; a qualifier in brackets
# may run to 70 characters; "Leader", "Chair" and "Co-op" name posts; a grade after a post ("Associate III") or a
# department after "of" ("Coordinator of Student Services") is no organisation's name; "of the Year" is an award.
# 2026.12.20: managing customer relationships no longer shows CRM software ("partner relationship management")
# 2026.12.21: the words of the section headings ("Skills", "Experience") are left out of the vocabulary's terms
ANALYSER_VERSION = "2026.12.21"
_NOT_FROM_DEGREES = ("soft skills", "languages", "tools and software", "channels")
_NOT_ROLES = (
    "education",
    "certifications",
    "languages",
    "references",
    "interests",
    "projects",
    "affiliations",
    "publications",
)


def analyse(
    resume_text: str, cover_letter_text: str | None = None, *, as_of: date, custom_skills: Sequence[SkillDef] = ()
) -> ResumeAnalysis:
    """Analyse one application's documents.

    Args:
        resume_text: extracted resume text (capped at nlp.MAX_CHARS).
        cover_letter_text: extracted cover letter text, if any.
        as_of: reference date for 'Present' and for clipping future dates; never the clock.
        custom_skills: job-specific skills to look for as well as the taxonomy.
    Returns:
        A ResumeAnalysis whose offsets index into the (capped) texts given.
    """
    text = mark_run_on_breaks(mark_layout_breaks(cap(resume_text or "")))  # a text may have lost its line breaks
    letter = cap(cover_letter_text or "")
    letter = letter if letter.strip() else ""
    marks = all_sections(text)
    heading_starts = [start for _, start, _ in marks]  # before the identity split, which adds no heading
    identity = identity_block(text, marks)
    if identity:
        marks = split_marks(marks, identity)
    sections: dict[str, tuple[int, int]] = {}
    for name, a, b in marks:
        sections.setdefault(name, (a, b))
    mentions = find_skills(make_doc(text), "resume", custom_skills)
    mentions += find_listed(text, marks, mentions)
    if letter:
        mentions += find_skills(make_doc(letter), "cover_letter", custom_skills)
    blocked = [(a, b) for k, a, b in marks if k in _NOT_ROLES]
    roles = find_roles(text, as_of, _complement(blocked, len(text)) if blocked else None)
    stated = find_stated_years(text) or (find_stated_years(letter, "cover_letter") if letter else None)
    edu_span = sections.get("education")
    education = find_education(text, [edu_span] if edu_span else None, as_of=as_of)
    names = sorted(
        [(a, b, "employer") for a, b in employer_spans(text, roles)]
        + name_spans(text, education, [edu_span] if edu_span else None)
    )
    mentions = limit(place_mentions([m for m in mentions if not _inside(m, names)], text, marks, roles, as_of))
    resume_mentions = [m for m in mentions if m.evidence.source == "resume"]
    headline = find_headline(text) or (find_headline(text, start=identity[0]) if identity else None)
    resume_sentences, sentence_terms, resume_terms = sentences(text, "resume")
    if letter:
        letter_sentences, letter_terms, _ = sentences(letter, "cover_letter")
        resume_sentences += letter_sentences
        sentence_terms += letter_terms
    roles = narrow_by_context(roles, resume_sentences, sentence_terms)  # resume sentences come first
    profile = term_profile(without_headings(resume_terms, text, heading_starts), text)
    index = TextIndex(tuple(resume_sentences), postings(sentence_terms), profile)
    analysis = ResumeAnalysis(
        skills=tuple(mentions),
        skill_index=best_mentions(mentions),
        roles=tuple(roles),
        total_years=years_of(roles),
        stated_years=stated[0] if stated else None,
        stated_years_evidence=stated[1] if stated else None,
        education=tuple(education),
        highest_education=highest(education),
        certifications=tuple(find_certifications(text, sections.get("certifications"), resume_mentions)),
        languages=tuple(find_languages(text, resume_mentions)),
        contact=_with_name(find_contact(text), identity),
        sections=sections,
        has_cover_letter=bool(letter),
        cover_letter_chars=len(letter.strip()) if letter else 0,
        analyser_version=ANALYSER_VERSION,
        headline=headline[0] if headline else None,
        headline_evidence=headline[1] if headline else None,
        as_of=as_of,
        text_json=index.to_json(),
    )
    analysis.__dict__["text"] = index  # the index just built, so scoring it now need not parse its JSON back
    return analysis


def _with_name(contact: Contact, identity: tuple[int, int, str] | None) -> Contact:
    """A profile PDF's name stands below its sidebar, past the lines the contact search reads."""
    return replace(contact, name=identity[2]) if identity and not contact.name else contact


def _inside(m: SkillMention, names: list[tuple[int, int, str]]) -> bool:
    """Resume mention inside an employer/school name, or a non-domain skill in a degree name."""
    if m.evidence.source != "resume":
        return False
    s, e = m.evidence.start, m.evidence.end
    return any(a <= s and e <= b and (kind != "degree" or m.category in _NOT_FROM_DEGREES) for a, b, kind in names)


def _complement(blocked: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """Spans of the text outside the blocked sections."""
    out, pos = [], 0
    for s, e in sorted(blocked):
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < n:
        out.append((pos, n))
    return out
