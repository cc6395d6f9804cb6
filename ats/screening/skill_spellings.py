"""How resumes spell a skill's names: other cases of a case-sensitive name, hyphens, '&', plurals, a coined
name written apart."""

from __future__ import annotations

import re
from dataclasses import replace

from .occupations import worker_nouns
from .results import SkillDef

_CAMEL = re.compile(r"[a-z][A-Z]")
# the parts of a coined name written apart: JavaScript, PowerPoint, MongoDB (never LinkedIn: 'linked in')
_CAMEL_PARTS = re.compile(r"(?<![\w.])([A-Z][a-z]{2,})([A-Z](?:[A-Z]+|[a-z]{2,}[A-Za-z]*))\b")
_VOWEL = re.compile(r"[AEIOUY]")


def with_case_forms(sd: SkillDef) -> SkillDef:
    """The other ways resumes write a name kept case-sensitive: a coined name ("MySQL") in any case
    ("Mysql", "MYSQL"), as no English word is spelled so; a software acronym with no vowel ("PHP") in lower
    and title case ("php", "Php", never "PMs"; acronyms of methods and credentials stay in capitals: "dbt"
    is a data tool, not DBT therapy); and a word-like name ("Git", "Java") in capitals only in a list of
    tools ("SVN, GIT"), since a capitalised headline reads "EXECUTIVE CHEF"."""
    coined, spelled, listed = [], [], []
    for form in sd.case_sensitive:
        if len(form) < 3:
            continue
        if _CAMEL.search(form):
            coined.append(form)
        elif form.isalpha() and form.isupper() and not _VOWEL.search(form):
            if sd.category == "tools and software":
                spelled += [form.lower(), form.capitalize()]
        elif form.isalpha() and not form.isupper():
            listed.append(form.upper())
    if not (coined or spelled or listed):
        return sd
    return replace(
        sd,
        aliases=tuple(dict.fromkeys((*sd.aliases, *coined))),
        case_sensitive=tuple(dict.fromkeys([f for f in sd.case_sensitive if f not in coined] + spelled)),
        needs_context=tuple(dict.fromkeys((*sd.needs_context, *listed))),
    )


def variants(alias: str) -> set[str]:
    """Spellings to match: hyphen/space/joined forms, '&'/'and', and a simple plural."""
    base = " ".join(alias.split())
    forms = {base}
    if "-" in base:
        forms |= {base.replace("-", " "), base.replace("-", "")}
    words = base.split()
    if len(words) == 2 and words[0].isalpha() and words[1].isalpha():
        forms.add("-".join(words))
    if " and " in base:
        forms.add(base.replace(" and ", " & "))
    split = _CAMEL_PARTS.sub(r"\1 \2", base)
    if split != base:
        forms.add(split)  # "Java Script", "Power Point", "Mongo DB": a coined name written apart
    for f in list(forms):
        last = f.split()[-1] if f.split() else ""
        if last.lower() in worker_nouns():
            continue  # "product managers", "designers": the people one works with, not a skill or a tool
        if last.isalpha() and not last.isupper() and len(last) >= 4 and not last.endswith(("s", "ing")):
            ies = last.endswith("y") and last[-2] not in "aeiou"
            forms.add(f[:-1] + "ies" if ies else f + "s")
    return forms
