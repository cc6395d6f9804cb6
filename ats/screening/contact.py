"""Contact details (name, email, phone, links) from the top of a resume."""

from __future__ import annotations

import re

from .results import Contact
from .sections import heading_of

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# r"(?<![\w/])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)|\d{3,4})[\s.\-]?\d{3}[\s.\-]?\d{3,4}(?![\w/])", opening on
# its first character ('+', '(' or a digit, the lookbehind read back past it) so that the scan skips to the
# next candidate: under half the time
PHONE = re.compile(
    r"[+(\d](?<![\w/].)(?:(?<=\+)\d{1,3}[\s.\-]?(?:\(\d{2,4}\)|\d{3,4})|(?<=\()\d{2,4}\)|(?<=\d)\d{2,3})"
    r"[\s.\-]?\d{3}[\s.\-]?\d{3,4}(?![\w/])"
)
INTL = re.compile(r"(?<![\w/])\+\d{1,3}(?:[\s.\-]?\(?\d{1,4}\)?){2,5}(?![\w/])")
LINK = re.compile(
    r"(?:https?://|www\.)[^\s,;|<>()]+|"
    r"\b(?:linkedin\.com|github\.com|gitlab\.com)/[^\s,;|<>()]+",
    re.I,
)
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'’\-]*\.?$|^[A-Z]{2,}$")
_NOT_NAME = {
    "resume",
    "curriculum",
    "vitae",
    "cv",
    "profile",
    "contact",
    "page",
    "email",
    "phone",
    "address",
    "street",
    "road",
    "avenue",
    "customer",
    "service",
    "representative",
}


def find_contact(text: str) -> Contact:
    """Email, phone and links anywhere near the top; the name from the first name-like line."""
    head = text[:3000]
    email = _email(head) or _email(text)
    phone = next(
        (
            m
            for rx in ((INTL, PHONE) if "+" in head else (PHONE,))  # an international number starts with '+'
            for m in rx.finditer(head)
            if 10 <= len(re.sub(r"\D", "", m.group())) <= 15
        ),
        None,
    )
    links = tuple(dict.fromkeys(m.group().rstrip(".") for m in LINK.finditer(head) if "@" not in m.group()))
    return Contact(
        name=_name(head),
        email=email.group() if email else None,
        phone=phone.group().strip() if phone else None,
        links=links,
    )


def _email(text: str) -> re.Match[str] | None:
    """The first address; a text without an '@' holds none (the pattern is slow to try everywhere)."""
    return EMAIL.search(text) if "@" in text else None


def _name(head: str) -> str | None:
    """A 2-4 word capitalised line near the top that is not a heading or an address."""
    for line in [ln.strip() for ln in head.splitlines() if ln.strip()][:6]:
        line = re.split(r"\s*[|•,]\s*|\s{3,}", line)[0].strip()
        if looks_like_name(line):
            return as_name(line)
    return None


def looks_like_name(line: str) -> bool:
    """Two to four capitalised words, no digits, no heading, address or resume word."""
    words = line.split()
    if not 2 <= len(words) <= 4 or heading_of(line) or any(c.isdigit() for c in line):
        return False
    if "@" in line or any(w.lower().strip(".") in _NOT_NAME for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def as_name(line: str) -> str:
    """'JANE DOE' -> 'Jane Doe' (initials kept)."""
    return " ".join(w if not w.isupper() or len(w) <= 2 else w.title() for w in line.split())
