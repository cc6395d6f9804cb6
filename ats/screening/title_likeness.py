"""How much a piece of a line looks like a job title: O*NET's titles, words that name posts, and what marks a
place, a duty, an award or a sentence instead."""

from __future__ import annotations

import re
from functools import lru_cache

from .occupations import resolve_title, title_openers
from .title_words import INSTITUTION_WORDS, JOINING_WORDS

MIN_TITLE_SCORE = 0.45
TITLE_WORDS = re.compile(
    r"\b(representative|rep|specialist|agent|associate|manager|assistant|clerk|analyst|engineer|"
    r"developer|coordinator|supervisor|nurse|cashier|officer|consultant|administrator|technician|"
    r"lead|director|intern|advisor|adviser|receptionist|accountant|driver|operator|teller|server|"
    r"designer|executive|csr|head|owner|founder|programmer|architect|scientist|bookkeeper|"
    r"auditor|attendant|worker|handler|picker|packer|dispatcher|recruiter|teacher|tutor|"
    r"therapist|aide|caregiver|host|hostess|barista|cook|chef|crew|member|trainee|apprentice|"
    r"volunteer|professional|expert|planner|buyer|merchandiser|stocker|loader|secretary|"
    r"concierge|banker|steward|stewardess|ambassador|guard|mechanic|electrician|plumber|carpenter|"
    r"welder|machinist|assembler|inspector|pharmacist|hygienist|paralegal|attorney|lawyer|writer|"
    r"editor|photographer|researcher|strategist|counselor|counsellor|coach|trainer|instructor|"
    r"professor|lecturer|librarian|nanny|housekeeper|janitor|custodian|lifeguard|valet|"
    r"bartender|busser|dishwasher|waiter|waitress|runner|greeter|porter|courier|mover|laborer|"
    r"labourer|journeyman|foreman|superintendent|scheduler|telemarketer|collector|biller|coder|"
    r"processor|examiner|interviewer|translator|interpreter|stylist|barber|cosmetologist|"
    r"technologist|phlebotomist|paramedic|emt|medic|soldier|sergeant|underwriter|adjuster|"
    r"broker|realtor|marketer|partner|president|vp|principal|estimator|controller|generalist|"
    r"educator|clinician|physician|surgeon|dentist|pilot|navigator|maintainer|specialists|"
    r"officers|managers|associates|leader|chair|chairman|chairwoman|chairperson|co-op)\b",
    re.I,
)
# an organisation's name: an institution, or a word companies and public bodies end in
ORG = re.compile(
    r"\b("
    + "|".join(
        sorted(
            INSTITUTION_WORDS
            | {"co", "group", "gmbh", "plc", "services", "solutions", "technologies", "store", "stores"}
            | {"associates", "partners", "department", "county", "district", "llp", "lp"}
        )
    )
    + r")\b(?!-)\.?",  # 'Co.' is a company, 'Co-op' a student's post
    re.I,
)
PLACEHOLDER = re.compile(r"\b(?:company name|city\s*,\s*state|employer name)\b", re.I)
LOCATION = re.compile(
    r"^(?:[A-Z][a-zA-Z.\- ]{1,30},\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)|remote|"
    r"(?:[A-Z][a-z]+ ?){1,3},\s*(?:USA|US|India|UK|Canada))$"
)


@lru_cache(maxsize=100_000)
def title_score(segment: str) -> float:
    """How much a piece of a line looks like a job title: an O*NET title, a title word, a short name. A
    long piece of several posts ('Vice President and Director of Human Resources') is as title-like as its
    best post, less a little for each other one."""
    s = segment.strip(" .:-–—*•,;")
    if not s or PLACEHOLDER.fullmatch(s) or LOCATION.match(s):
        return 0.0
    if len(s) > 70 or len(s.split()) > 8:
        return 0.0 if segment.rstrip().endswith(".") else _posts_score(s)
    return _one_title_score(s)


MAX_POSTS = 4  # a title line names at most this many posts held at once
POST_COST = 0.05  # each post beyond the first makes the whole a little less surely a title
# where one post ends and the next begins: a slash, or "and"/"&" before a capital ("Trainer and Assistant Coach")
_POST_BREAK = re.compile(r"\s*/\s*|\s+(?:and|&)\s+(?=[A-Z])")


def _posts_score(s: str) -> float:
    """A long piece scored by its posts, when every one of them is short and written as a title is (its
    words capitalised but for joiners): 'Worked beside the Store Manager' is a sentence."""
    posts = [p.strip(" ,") for p in _POST_BREAK.split(s) if p.strip(" ,")]
    if not 1 < len(posts) <= MAX_POSTS or any(len(p) > 70 or len(p.split()) > 8 for p in posts):
        return 0.0
    if any(w[0].islower() and w not in JOINING_WORDS for p in posts for w in p.split()):
        return 0.0
    return max(_one_title_score(p) for p in posts) - POST_COST * (len(posts) - 1)


def _one_title_score(s: str) -> float:
    """How title-like one post is: its O*NET titles and title words, less what marks a place or a duty."""
    words = s.split()
    if s.endswith(".") and len(words) > 4 or _AWARD.search(s):
        return 0.0
    matches = resolve_title(s)
    score = max((conf for _, conf in matches), default=0.0)
    if TITLE_WORDS.search(s):
        score = max(score, 0.5) + 0.15
    head = _head_word(words)
    if words[-1].lower().rstrip(".") in INSTITUTION_WORDS and score < 0.95 and not _headed_by_title_word(head):
        score -= 0.5  # 'Turner Elementary School' is a place, though 'Elementary School' names teachers
    elif ORG.search(s) and not matches and not _headed_by_title_word(head):
        score -= 0.3  # 'Community Health Center' is a place; 'Avionics Work Center Supervisor' a post
    if _opens_with_a_deed(words) and not _headed_by_title_word(head):
        score -= 0.5  # 'Created dynamic financial models' is a duty, not the Models occupation
    if not s[0].isupper() and not s[0].isdigit():
        score -= 0.3
    if re.search(r"\d{3,}|@|https?:|www\.", s):
        score -= 0.4
    if len(words) > 5:
        score -= 0.1 * (len(words) - 5)
    return score


def _opens_with_a_deed(words: list[str]) -> bool:
    """The first word is a past-tense verb no O*NET title opens with ('Configured', not 'Certified')."""
    first = words[0].lower()
    return len(words) > 1 and first.endswith("ed") and first not in title_openers()


_AWARD = re.compile(r"(?i)\bof the (?:year|month|quarter)\b")  # 'Teacher of the Year' is an award, not a post
_GRADE = re.compile(r"(?i)^(?:[ivx]{1,4}|\d)$")  # 'Relationship Associate III', 'Analyst 2'


def _head_word(words: list[str]) -> str:
    """The word that says what a title is: the last, less a grade after it ('Associate III'), or the one
    before 'of' ('Coordinator of Student Services', 'Director of Nursing')."""
    lower = [w.lower() for w in words]
    if "of" in lower[1:]:
        return words[lower.index("of", 1) - 1]
    return words[-2] if len(words) > 1 and _GRADE.match(words[-1]) else words[-1]


def _headed_by_title_word(head: str) -> bool:
    """The title's head word names a post and not an organisation ('Supervisor', not 'Associates')."""
    return bool(TITLE_WORDS.fullmatch(head)) and not ORG.fullmatch(head)
