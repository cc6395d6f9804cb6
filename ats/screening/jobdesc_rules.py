"""Rules that pull tiers, education, knockouts, salary and job type out of posting sentences."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .education import LEVEL_PATTERNS
from .experience import NUMBER_WORDS
from .requirements import ExperienceTier
from .results import KnockoutQuestion, Salary, education_rank

PREFERRED = re.compile(
    r"\b(preferred|a plus|is a plus|nice to have|bonus|beneficial|desirable|"
    r"ideally|an advantage|an added advantage|advantageous|helpful|good to have)\b",
    re.I,
)
REQUIRED = re.compile(r"\b(required|must|need|needs|necessary|essential|mandatory|minimum)\b", re.I)
_BARRIER = re.compile(r"\b(though|although|but|however|while|whereas)\b|;", re.I)
_SENT = re.compile(r"(?<=[.!?])\s+|\n+")
_N = r"(\d+(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)"
_LESS = re.compile(rf"\b(?:less than|under|fewer than)\s+(?:an?\s+)?{_N}?\s*years?", re.I)
_TIER_SENT = re.compile(
    r"experience|experienced|\bgraduates?\b|entry[\s-]level|\bjunior\b|"
    r"\bsenior\b|\blevels?\b|"
    r"\byears?\s+as\s|\byears?\s+in\s+(?:a|an|the)\s+(?:similar\s+|comparable\s+)?(?:role|position|job)",
    re.I,
)  # '4+ years as a data analyst' and '2 years in a similar role' ask for experience without the word
_RANGE = re.compile(rf"\b{_N}\s*(?:-|–|—|to)\s*{_N}\+?\s*years?", re.I)
_MIN = re.compile(rf"\b(?:(over|more than|at least|minimum of|min\.?)\s+)?{_N}\s*(\+)?\s*years?", re.I)
# a line about pay ('$4,000 bonus after 2 years'); a sum alone is no pay ('projects with budgets over $1M')
_PAY_LINE = re.compile(r"\b(?:salary|pay|wages?|compensation|bonus|per (?:hour|year|annum)|hourly)\b", re.I)
_TIER_WORDS = (
    ("entry", re.compile(r"\bentry[\s-]level|\bjunior\b|\bgraduate\b", re.I)),
    ("supervisory", re.compile(r"\bsupervis", re.I)),
    ("managerial", re.compile(r"\bmanag(?:er|erial)\b|\bleadership\b", re.I)),
    ("senior", re.compile(r"\bsenior\b", re.I)),
    ("lead", re.compile(r"\blead\b", re.I)),
)


def asks_for_years(sentence: str) -> bool:
    """Whether a sentence names a number of years ('3+ years', '2-4 years', 'at least one year')."""
    return bool(_MIN.search(sentence))


def sentences(text: str) -> list[str]:
    """Sentences and lines, whitespace-collapsed."""
    return [" ".join(s.split()) for s in _SENT.split(text) if s.strip()]


def _n(s: str | None) -> float:
    return 1.0 if s is None else float(NUMBER_WORDS.get(s.lower(), s))


def find_tiers(sents: Sequence[str]) -> list[ExperienceTier]:
    """Named year bands from sentences about experience ('1 to 3 years', 'over 5 years')."""
    bands: list[tuple[float, float | None, str, int]] = []  # (min, max, clause, sentence index)
    for i, s in enumerate(sents):
        if not _TIER_SENT.search(s) or _PAY_LINE.search(s):
            continue
        for clause in re.split(r";|,\s+(?:and|while|whereas)\s+|\.\s", s):
            rest = clause
            for m in _LESS.finditer(rest):
                bands.append((0.0, _n(m.group(1)), clause, i))
            rest = _LESS.sub(" ", rest)
            for m in _RANGE.finditer(rest):
                bands.append((_n(m.group(1)), _n(m.group(2)), clause, i))
            rest = _RANGE.sub(" ", rest)
            for m in _MIN.finditer(rest):
                bands.append((_n(m.group(2)), None, clause, i))
    out: list[ExperienceTier] = []
    seen: set[tuple[float, float | None]] = set()
    for lo, hi, clause, i in sorted(bands, key=lambda b: (b[0], b[1] or 99)):
        if (lo, hi) in seen or lo > 40 or (hi is not None and hi <= lo):
            continue
        seen.add((lo, hi))
        nxt = sents[i + 1] if i + 1 < len(sents) else ""
        nxt = "" if re.search(r"\d+\+?\s*years?|\byears? of", nxt, re.I) else nxt
        name = _tier_name(sents[i], clause, nxt, lo, hi)
        if name in {t.name for t in out}:
            name = f"{name} ({_band(lo, hi)})"
        out.append(ExperienceTier(name, lo, hi))
    return out


def _band(lo: float, hi: float | None) -> str:
    if hi is None:
        return f"{lo:g}+ years"
    return "<1 year" if lo == 0 and hi == 1 else f"{lo:g}-{hi:g} years"


_GENERIC_LABEL = re.compile(
    r"^(?:requirements?|qualifications?|experience(?: requirements| levels?)?|"
    r"notes?|must haves?|you have|preferred|required|skills|about you|"
    r"education|minimum|responsibilities|details|position)$",
    re.I,
)


def _tier_name(sent: str, clause: str, nxt: str, lo: float, hi: float | None) -> str:
    """A 'Senior nurse: 5+ years' label, else a keyword in the clause or the next sentence."""
    label = re.match(r"^[-•*\s]*([A-Z][\w /&-]{2,40}?)\s*:\s", sent)
    if label and not re.search(r"\d", label.group(1)) and not _GENERIC_LABEL.search(label.group(1)):
        return label.group(1).strip()
    for text in (clause, nxt):
        for name, rx in _TIER_WORDS:
            if rx.search(text):
                return name
    return "entry" if lo == 0 else _band(lo, hi)


def pick_target(tiers: Sequence[ExperienceTier], title: str, text: str) -> str | None:
    """Target tier: by title word, else the first non-zero tier when experience is required."""
    if not tiers:
        return None
    if len(tiers) == 1:
        return tiers[0].name
    for word, name in (
        ("manager", "managerial"),
        ("supervisor", "supervisory"),
        ("lead", "supervisory"),
        ("senior", "senior"),
        ("junior", "entry"),
        ("entry", "entry"),
    ):
        if word in title.lower() and any(t.name == name for t in tiers):
            return name
    if re.search(r"(?:entry[\s-]level|new grad\w*)[^.\n]{0,80}\bwelcome", text, re.I):
        return tiers[0].name
    if re.search(
        r"proven[^.\n]{0,60}experience|experience (?:is )?required|"
        r"professional experience",
        text,
        re.I,
    ):
        return next((t.name for t in tiers if t.min_years > 0), tiers[0].name)
    return tiers[0].name


def find_education(sents: Sequence[str], plus: Collection[str] = ()) -> tuple[str | None, str | None]:
    """(minimum, preferred) levels; the cue word nearest each degree decides which, and a degree in `plus`
    (listed under "Nice to have:") is preferred."""
    required: list[str] = []
    preferred: list[str] = []
    for s in [*sents, *plus]:
        for level, rx in LEVEL_PATTERNS:
            for m in rx.finditer(s):
                if level == "bachelor" and "college degree" in m.group().lower() and "not" in s.lower():
                    continue
                wished = s in plus or _is_preferred(s, m.start(), m.end())
                (preferred if wished else required).append(level)
    lo = min(required, key=education_rank, default=None)
    higher = [p for p in preferred if education_rank(p) > education_rank(lo)]
    return lo, min(higher, key=education_rank, default=None)


def _is_preferred(s: str, a: int, b: int) -> bool:
    """Look forward to the next cue within the clause, else backward."""
    bar = _BARRIER.search(s, b)
    fwd = s[b : bar.start() if bar else len(s)]
    p, r = PREFERRED.search(fwd), REQUIRED.search(fwd)
    if p is not None:
        return r is None or p.start() < r.start()
    if r is not None:
        return False
    bars = list(_BARRIER.finditer(s, 0, a))
    back = s[bars[-1].end() if bars else 0 : a]
    ps, rs = list(PREFERRED.finditer(back)), list(REQUIRED.finditer(back))
    return bool(ps) and (not rs or ps[-1].start() > rs[-1].start())


KNOCKOUTS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    (
        "weekends_holidays",
        re.compile(r"\bweekends?\b|\bholidays?\b", re.I),
        "Are you available to work weekends and holidays?",
        "no",
    ),
    (
        "shift_work",
        re.compile(
            r"\b(?:multiple|rotating|night|evening|overnight|split)\s+shifts?\b|"
            r"\bshift work\b",
            re.I,
        ),
        "Are you able to work multiple or rotating shifts?",
        "no",
    ),
    (
        "background_check",
        re.compile(r"background (?:check|screening|investigation)", re.I),
        "Are you willing to undergo a background check?",
        "no",
    ),
    (
        "drug_screening",
        re.compile(r"drug (?:screen|screening|test|testing)", re.I),
        "Are you willing to take a drug screening test?",
        "no",
    ),
    (
        "initial_training",
        re.compile(
            r"(?:initial|required|mandatory|paid) training|"
            r"training (?:period|program) (?:is )?(?:required|mandatory)",
            re.I,
        ),
        "Are you able to attend the required initial training?",
        "no",
    ),
    (
        "work_authorisation",
        re.compile(
            r"authori[sz]ed to work|work authori[sz]ation|right to work|"
            r"legally (?:eligible|able) to work",
            re.I,
        ),
        "Are you legally authorised to work in this country?",
        "no",
    ),
    (
        "sponsorship",
        re.compile(r"visa sponsorship|require sponsorship|sponsorship", re.I),
        "Will you now or in the future require visa sponsorship?",
        "yes",
    ),
    (
        "travel",
        re.compile(
            r"travel (?:may be |is |will be )?required|willing(?:ness)? to travel|"
            r"travel up to|some travel",
            re.I,
        ),
        "Are you willing to travel occasionally for work?",
        "no",
    ),
    (
        "lifting",
        re.compile(r"lift (?:up to )?\d+\s*(?:lbs?|pounds|kg)", re.I),
        "Are you able to lift the weight stated in the posting?",
        "no",
    ),
    (
        "drivers_license",
        re.compile(r"driver[’']?s licen[cs]e|driving licen[cs]e", re.I),
        "Do you hold a valid driver's license?",
        "no",
    ),
    (
        "minimum_age",
        re.compile(r"\b(?:at least|must be|minimum age)\s+(?:of\s+)?18\b", re.I),
        "Are you at least 18 years old?",
        "no",
    ),
)


def find_knockouts(sents: Sequence[str]) -> list[KnockoutQuestion]:
    """Knockout questions for the conditions the posting states, in a fixed order."""
    joined = "\n".join(sents)
    return [KnockoutQuestion(kid, q, fail) for kid, rx, q, fail in KNOCKOUTS if rx.search(joined)]


_MONEY = re.compile(
    r"(?P<cur>[$£€₹]|USD|EUR|GBP|CAD|AUD|INR|Rs\.?)?\s?"
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:\.\d+)?)"
    r"\s?(?:(?P<k>[kK]\b)|(?P<lakh>lakhs?\b|lacs?\b|LPA\b|L\b))?(?:\s*\(?(?P<cur2>USD|EUR|GBP|CAD|AUD|INR)\)?)?"
)  # "5,00,000" is Indian grouping, "45.000" a European thousand, "18 LPA" eighteen lakh (100,000) a year
_CUR = {"$": "USD", "£": "GBP", "€": "EUR", "₹": "INR", "Rs": "INR", "Rs.": "INR"}
_PAY = re.compile(
    r"\b(pay|salary|compensation|wage|wages|rate|range|earn|per hour|per year|"
    r"hourly|annual|ctc|lpa|per annum)\b",
    re.I,
)
_CURRENCY = re.compile(r"[$£€₹]|USD|EUR|GBP|CAD|AUD|INR|\bRs\.?|\d\s?(?:lakhs?|lacs?|LPA)\b")
_AVG = re.compile(r"\b(average|approximately|median|typically earn|national)\b", re.I)


def _amounts(s: str) -> list[re.Match[str]]:
    """Amounts marked as money, with the other end of a range they close ('45.000 - 55.000 EUR', '18 - 24 LPA')."""
    found = [m for m in _MONEY.finditer(s) if m.group("num")]
    keep = {i for i, m in enumerate(found) if m.group("cur") or m.group("cur2") or m.group("k") or m.group("lakh")}
    for i in sorted(keep):
        for j in (i - 1, i + 1):
            if 0 <= j < len(found) and j not in keep:
                a, b = sorted((found[i], found[j]), key=lambda m: m.start())
                if _RANGE_GAP.fullmatch(s[a.end() : b.start()]):
                    keep.add(j)
    return [found[i] for i in sorted(keep)]


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to)\s*")


def _amount(m: re.Match[str], lakh: bool) -> float:
    """One amount as a number: thousands in any grouping, 'k' a thousand, a lakh 100,000."""
    raw = m.group("num")
    european = re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw)  # "45.000 EUR"
    num = float(raw.replace(".", "") if european else raw.replace(",", ""))
    if m.group("k"):
        return num * 1000
    return num * 100_000 if lakh and num < 1000 else num


def find_salary(sents: Sequence[str]) -> Salary | None:
    """The posted pay range; averages quoted for context are ignored when a range exists."""
    best: tuple[int, Salary] | None = None
    for s in sents:
        if not _PAY.search(s) or not _CURRENCY.search(s):
            continue
        amounts = _amounts(s)
        vals = [_amount(m, lakh=any(x.group("lakh") for x in amounts)) for m in amounts]
        if not vals:
            continue
        cur = next(
            (
                _CUR.get(m.group("cur") or "", m.group("cur") or m.group("cur2"))
                for m in amounts
                if m.group("cur") or m.group("cur2")
            ),
            "INR" if any(m.group("lakh") for m in amounts) else "USD",
        )
        period = (
            "hour"
            if re.search(r"hour|/hr\b|hourly", s, re.I)
            else "month"
            if re.search(r"month", s, re.I)
            else "year"
            if re.search(r"year|annual|annum|/yr\b", s, re.I) or max(vals) >= 10000
            else "hour"
        )
        lo, hi = (
            (min(vals[:2]), max(vals[:2]))
            if len(vals) >= 2
            else ((None, vals[0]) if re.search(r"up to", s, re.I) else (vals[0], vals[0]))
        )
        rank = (2 if len(vals) >= 2 else 1) - (2 if _AVG.search(s) else 0)
        if best is None or rank > best[0]:
            best = (rank, Salary(lo, hi, cur, period))
    return best[1] if best else None


_TYPE = re.compile(
    r"\b(full[\s-]?time|part[\s-]?time|contract(?:or)?|temporary|"
    r"temp[\s-]to[\s-]hire|"
    r"internship|seasonal|per diem)\b",
    re.I,
)


def find_employment_type(labelled: dict[str, str], sents: Sequence[str]) -> str | None:
    """'Employment Type: Full-time' wins; else a type word in a sentence about the position."""
    for key in ("employment type", "job type", "type", "schedule", "position type"):
        m = _TYPE.search(labelled.get(key, ""))
        if m:
            return _norm_type(m.group(1))
    for s in sents:  # the posting describes one job: its first type word not about past experience
        m = _TYPE.search(s)
        if m and not re.search(r"experience|internships\b|previous|prior", s, re.I):
            return _norm_type(m.group(1))
    return None


def _norm_type(t: str) -> str:
    """Values the jobs module stores: full_time, part_time, contract, temporary, internship."""
    t = re.sub(r"[\s-]+", "_", t.lower())
    return {
        "contractor": "contract",
        "temp_to_hire": "temporary",
        "seasonal": "temporary",
        "per_diem": "part_time",
    }.get(t, t)
