"""Skill taxonomy (data/skills.jsonl) and the spaCy matchers that find skills in text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .nlp import get_nlp, phrase_matcher, sentence_around
from .results import Evidence, SkillDef, SkillMention
from .skill_coordination import shared_first_word_spans, shared_head_spans
from .skill_lists import in_tool_list
from .skill_rules import CHANNEL_WORDS, rule_spans
from .skill_rules import WORDS as RULE_WORDS
from .skill_spellings import variants, with_case_forms

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

DATA = Path(__file__).with_name("data") / "skills.jsonl"  # curated + O*NET tools (scripts/build_skills.py)
DOMAIN = DATA.with_name("domain_skills.jsonl")  # professional skills of every occupational family
TOOL_ALIASES = DATA.with_name("tool_aliases.jsonl")  # short names and versions of known tools
CATEGORIES = ("soft skills", "tools and software", "channels", "domain knowledge", "languages", "certifications")
# Capitalised nouns that make a preceding tool-like word part of a name: "Travis High School".
_NAME_HEADS = {
    "High",
    "School",
    "Academy",
    "College",
    "University",
    "Bakery",
    "Pizza",
    "Cafe",
    "Café",
    "Restaurant",
    "Grill",
    "Diner",
    "Kitchen",
    "Bar",
    "Pub",
    "Inn",
    "Hotel",
    "Hospital",
    "Clinic",
    "Bank",
    "Store",
    "Stores",
    "Market",
    "Foods",
    "Farms",
    "Inc",
    "LLC",
    "Ltd",
    "Corp",
    "Company",
    "Co",
    "Group",
    "Street",
    "Avenue",
    "County",
    "City",
    "Church",
    "Center",
    "Centre",
    "Salon",
    "Auto",
    "Motors",
}
_GLUED_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # the version the tokenizer cut from a name
TOOLS = "tools and software"
_POSSESSIVE = {"'s", "’s", "'", "’"}
# Broad requirements that any skill of a category evidences: "strong soft skills", "computer skills".
UMBRELLA_CATEGORIES: dict[str, str] = {"soft-skills": "soft skills", "computer-skills": TOOLS}


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=1)
def load_taxonomy() -> dict[str, SkillDef]:
    """All taxonomy skills by id, read once per process: the base file, the domain skills (which win a
    phrase over an O*NET software category of the same name), then extra tool aliases."""
    out = {d["id"]: SkillDef.from_dict(d) for d in _read(DATA)}
    domain = [SkillDef.from_dict(d) for d in _read(DOMAIN)] if DOMAIN.is_file() else []
    claimed = {_norm(n) for d in domain for n in (d.label, *d.aliases)}
    for sid, sd in list(out.items()):
        if not sid.startswith("onet-"):
            continue
        if _norm(sd.label) in claimed:
            del out[sid]  # "Menu planning" is the skill, not O*NET's menu planning software category
        elif any(_norm(a) in claimed for a in sd.aliases):
            out[sid] = replace(sd, aliases=tuple(a for a in sd.aliases if _norm(a) not in claimed))
    for d in domain:
        out.setdefault(d.id, d)
    if TOOL_ALIASES.is_file():
        for row in _read(TOOL_ALIASES):
            tool = out.get(row["id"])
            if tool is not None:
                out[tool.id] = replace(
                    tool,
                    aliases=tuple(dict.fromkeys((*tool.aliases, *row.get("aliases", ())))),
                    case_sensitive=tuple(dict.fromkeys((*tool.case_sensitive, *row.get("case_sensitive", ())))),
                    needs_context=tuple(dict.fromkeys((*tool.needs_context, *row.get("needs_context", ())))),
                )
    return {sid: with_case_forms(sd) for sid, sd in out.items()}


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for sd in load_taxonomy().values():
        for name in (*sd.aliases, *sd.case_sensitive, *sd.needs_context, sd.label):
            idx.setdefault(_norm(name), sd.id)
        idx[_norm(sd.label)] = sd.id
        idx[sd.id] = sd.id
    return idx


def _norm(name: str) -> str:
    return re.sub(r"[\s\-_/]+", " ", name.casefold()).strip()


def lookup(name: str) -> SkillDef | None:
    """Find a taxonomy skill by id, label or alias (case-insensitive)."""
    sid = _name_index().get(_norm(name)) or _name_index().get(name)
    return load_taxonomy().get(sid) if sid else None


def canonical(name: str) -> str:
    """Canonical label for a skill name, or the name itself when unknown."""
    sd = lookup(name)
    return sd.label if sd else name.strip()


class SkillMatcher:
    """PhraseMatchers (LOWER and ORTH) plus Matcher rules over a set of skill definitions."""

    def __init__(self, defs: Iterable[SkillDef], rules: bool = True) -> None:
        nlp = get_nlp()
        self.defs = {d.id: d for d in defs}
        self.lower = phrase_matcher("LOWER")
        self.orth = phrase_matcher("ORTH")
        self.context_ids: set[str] = set()
        self.phrases = 0
        lower: dict[str, set[str]] = {}
        orth: dict[str, set[str]] = {}
        for d in self.defs.values():
            exact = set(d.case_sensitive) | set(d.needs_context)
            names = {d.label, *d.aliases} - exact
            lower[d.id] = {v for n in names for v in variants(n)}
            orth[d.id] = set(d.case_sensitive)
            if d.needs_context:
                orth["ctx:" + d.id] = set(d.needs_context)
                self.context_ids.add("ctx:" + d.id)
        for matcher, table in ((self.lower, lower), (self.orth, orth)):
            for key, phrases in table.items():
                if phrases:
                    docs = [nlp.make_doc(p) for p in sorted(phrases)]
                    matcher.add(key, docs)
                    self.phrases += len(docs)
        self.rules = rules
        # lower-case phrase -> skill id, for conjuncts read with a shared head ("analytical ... skills")
        self.phrase_ids = {p.lower(): sid for sid, forms in lower.items() for p in forms}
        strings = nlp.vocab.strings
        self.rule_words = {strings.add(w): w for w in RULE_WORDS}  # hash of the lower form -> word

    def find(self, doc: Doc, source: str) -> list[SkillMention]:
        """Skill mentions in a tokenised document, longest match first, no overlaps."""
        strings = doc.vocab.strings
        raw: list[tuple[int, int, str]] = []
        for mid, s, e in self.lower(doc):
            key = strings[mid]
            if not (e - s == 1 and key.startswith("onet-") and _in_name(doc, s)) and not _heading(doc, e, key):
                raw.append((s, e, key))
        raw = _without_common_words(doc, raw, self.defs)
        for mid, s, e in self.orth(doc):
            key = strings[mid]
            if key in self.context_ids:
                if not in_tool_list(doc, s, e):
                    continue
                key = key[4:]
            elif e - s == 1 and (_looks_like_verb(doc, s) or key.startswith("onet-") and _in_name(doc, s)):
                continue
            raw.append((s, e, key))
        raw.sort(key=lambda m: (m[0], m[0] - m[1], m[2].startswith("onet-"), m[2]))
        kept: list[tuple[int, int, str]] = []
        last_end = -1
        for s, e, key in raw:
            if s >= last_end:
                kept.append((s, e, key))
                last_end = e
        covered = {i for s, e, _ in kept for i in range(s, e)}
        if self.rules:
            lowers = doc.to_array("LOWER").tolist()  # each token's lower-case form (a hash), read once for both
            kept.extend(self._rules(doc, covered, lowers))
            kept.extend(shared_head_spans(doc, covered, self.phrase_ids, lowers))
            kept.extend(shared_first_word_spans(doc, list(kept), covered, self.phrase_ids))
        text = doc.user_data.get("text") or doc.text  # make_doc keeps the text: rebuilding it is slow
        out = []
        for s, e, key in kept:
            d = self.defs.get(key)
            if d is None:
                continue
            last = doc[e - 1]  # a few dozen matches: two tokens each, cheaper than whole-document arrays
            if e < len(doc) and not last.whitespace_ and _GLUED_VERSION.fullmatch(doc[e].text):
                last = doc[e]  # quote the whole word: "HTML5", not "HTML"
            a, b = doc[s].idx, last.idx + len(last)
            out.append(
                SkillMention(d.label, d.category, Evidence(source, a, b, text[a:b], sentence_around(text, a, b)))
            )
        return out

    def _rules(self, doc: Doc, covered: set[int], lowers: list[int]) -> list[tuple[int, int, str]]:
        """Rules: one mention per channel word in 'phone, email and chat support', and 'trained new
        hires'-style actions, where the first word is not already matched."""
        lower = list(map(self.rule_words.get, lowers))

        def gap(j: int) -> bool:  # asked of the few tokens after an action word, not of every token
            tok = doc[j]
            return tok.is_punct or tok.is_space

        out: dict[tuple[int, str], int] = {}
        for s, e, key in rule_spans(lower, gap):
            if key.startswith("rule:"):
                sid = key[5:]
                if s not in covered and sid in self.defs:
                    out[(s, sid)] = max(out.get((s, sid), e), e)
                continue
            for k in range(s, e):
                channel = CHANNEL_WORDS.get(lower[k] or "")
                i = k
                if lower[k] in ("mail", "mails") and k >= 2 and lower[k - 1] == "-":
                    i -= 2 if lower[k - 2] == "e" else 0  # "e-mail" is three tokens
                if channel and channel in self.defs and i not in covered and (i, channel) not in out:
                    out[(i, channel)] = k + 1
        for (s, _), e in out.items():
            covered.update(range(s, e))
        return [(s, e, sid) for (s, sid), e in sorted(out.items())]


def _in_name(doc: Doc, i: int) -> bool:
    """An ambiguous tool name used as (part of) a proper name: "Ruby's", "Travis High School"."""
    tok = doc[i]
    if not tok.is_title or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.text in _POSSESSIVE or (nxt.text in _NAME_HEADS and bool(tok.whitespace_))


def _without_common_words(
    doc: Doc, found: list[tuple[int, int, str]], defs: dict[str, SkillDef]
) -> list[tuple[int, int, str]]:
    """A product's one-word name written in lower case in a sentence is the ordinary word ('managed the
    calendar', 'as set forth by'), unless tools stand next to it or it is an item of a list of tools."""
    named = {i for s, e, key in found if key in defs and defs[key].category == TOOLS for i in range(s, e)}
    out = []
    for s, e, key in found:
        if e - s == 1 and key.startswith("onet-") and doc[s].text.islower() and not _among_tools(doc, s, named):
            continue
        out.append((s, e, key))
    return out


def _among_tools(doc: Doc, i: int, named: set[int]) -> bool:
    """Another tool within three words on the same line ('git maven jenkins vagrant'), or a list of tools."""
    for j in (i - 3, i - 2, i - 1, i + 1, i + 2, i + 3):
        if j in named and "\n" not in doc[min(i, j) : max(i, j) + 1].text:
            return True
    return in_tool_list(doc, i, i + 1)


def _heading(doc: Doc, e: int, key: str) -> bool:
    """A kind of tool before a colon heads a list ("Operating Systems: Windows, Linux"): the list names
    the skills, the heading claims none."""
    return key.startswith("onet-c-") and e < len(doc) and doc[e].text == ":"


def _looks_like_verb(doc: Doc, i: int) -> bool:
    """'Excel at' / 'React to' at a sentence start is a verb, not the product."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if nxt not in {"at", "in", "to", "with", "under", "quickly"}:
        return False
    prev = doc[i - 1] if i > 0 else None
    return prev is None or prev.is_space or prev.is_punct or "\n" in prev.whitespace_ + prev.text


@lru_cache(maxsize=1)
def default_matcher() -> SkillMatcher:
    """Matcher over the whole taxonomy; built once per process (about a second)."""
    return SkillMatcher(load_taxonomy().values())


@lru_cache(maxsize=64)
def custom_matcher(custom: tuple[SkillDef, ...]) -> SkillMatcher:
    """Small matcher for a job's own skills, cached per distinct set."""
    return SkillMatcher(custom, rules=False)


def find_skills(doc: Doc, source: str, custom: Sequence[SkillDef] = ()) -> list[SkillMention]:
    """All skill mentions in a document, job-specific skills first on ties, plus implied ones.

    Args:
        doc: a tokenised document from nlp.make_doc.
        source: "resume" | "cover_letter" | "answers".
        custom: job-specific skills with aliases.
    Returns:
        Mentions in document order; a tool that implies a broader skill (Zendesk -> CRM)
        also yields a mention of the broader skill with the same evidence.
    """
    found = default_matcher().find(doc, source)
    if custom:
        extra = custom_matcher(tuple(custom)).find(doc, source)
        taken = {(m.evidence.start, m.evidence.end) for m in extra}
        found = extra + [m for m in found if (m.evidence.start, m.evidence.end) not in taken]
    return add_implied(found)


def add_implied(mentions: list[SkillMention]) -> list[SkillMention]:
    """Add broader skills implied by specific ones, keeping the original evidence."""
    tax = load_taxonomy()
    by_label = _label_ids()
    seen = {(m.skill, m.evidence.start) for m in mentions}
    out = list(mentions)
    for m in out:  # grows while iterating, so implications chain (Talkdesk -> contact centre -> ...)
        sid = by_label.get(m.skill)
        for imp in tax[sid].implies if sid in tax else ():
            parent = tax.get(imp)
            if parent and (parent.label, m.evidence.start) not in seen:
                seen.add((parent.label, m.evidence.start))
                out.append(SkillMention(parent.label, parent.category, m.evidence, m.via or m.skill))
    out.sort(key=lambda m: (m.evidence.start, m.evidence.end, m.skill))
    return out


@lru_cache(maxsize=1)
def _label_ids() -> dict[str, str]:
    return {sd.label: sd.id for sd in load_taxonomy().values()}


def taxonomy_stats() -> dict[str, Any]:
    """Counts for diagnostics and the benchmark."""
    tax = load_taxonomy()
    return {
        "skills": len(tax),
        "phrases": default_matcher().phrases,
        "by_category": {c: sum(1 for s in tax.values() if s.category == c) for c in CATEGORIES},
    }
