"""Skills and years measured on annotated real resumes: the dataset's own spans and our gold file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from bench.eval.metrics import prf

from .tasks import _RANGE

_SPLIT = re.compile(r"[,\n•❖;|]|\s\u2022\s|\band\b|/(?!\w{1,3}\b)")
_NOISE = re.compile(r"\((?:less than )?\d*\+?\s*(?:year|month)s?\)|\(\s*\)|\[…\]", re.I)


def norm(s: str) -> str:
    """Lower case, one space, no punctuation at the ends."""
    return " ".join(re.sub(r"[^\w+#.& ]", " ", s.casefold()).split()).strip(" .")


def span_items(text: str) -> set[str]:
    """Skill items in an annotated Skills span: list items, 'Label: a, b' keeps a and b."""
    items = set()
    for line in text.splitlines():
        line = _NOISE.sub(" ", line)
        if ":" in line:
            line = line.split(":", 1)[1]
        for part in _SPLIT.split(line):
            p = norm(part)
            if p and len(p.split()) <= 5 and not p.isdigit():
                items.add(p)
    return items


def matches(pred: str, gold: str) -> bool:
    """Same name (spaces aside: 'angular js' ~ 'angularjs'), or one is the other with words around it
    ('excel' ~ 'microsoft excel')."""
    if pred == gold or pred.replace(" ", "") == gold.replace(" ", ""):
        return True
    a, b = f" {pred} ", f" {gold} "
    return (len(pred) >= 3 and a in b) or (len(gold) >= 3 and b in a)


def count(preds: Iterable[Sequence[str]], gold: set[str]) -> tuple[int, int, int]:
    """(tp, fp, fn): a prediction is its names (canonical name, the words as written)."""
    preds = list(preds)
    tp_pred = sum(1 for names in preds if any(matches(n, g) for n in names for g in gold))
    found = sum(1 for g in gold if any(matches(n, g) for names in preds for n in names))
    return tp_pred, len(preds) - tp_pred, len(gold) - found


def predicted_skills(analysis: Any, *, soft: bool) -> list[tuple[str, ...]]:
    """One entry per distinct skill found in the resume: its canonical name and the words as written."""
    by_skill: dict[str, set[str]] = {}
    for m in analysis.skills:
        if m.evidence.source != "resume" or m.via is not None:
            continue
        if (m.category == "soft skills") != soft and soft is not None:
            continue
        by_skill.setdefault(m.skill, set()).update({norm(m.skill), norm(m.evidence.text)})
    return [tuple(v) for v in by_skill.values()]


def skills_vs_spans(runs: list[tuple[Any, list[dict]]]) -> dict[str, float]:
    """Micro P/R/F1 of every non-implied skill found against the dataset's Skills spans (noisy)."""
    tp = fp = fn = 0
    for analysis, annotation in runs:
        gold: set[str] = set()
        for a in annotation:
            if "Skills" in a["label"]:
                for p in a["points"]:
                    gold |= span_items(p["text"])
        t, f, n = count(predicted_skills(analysis, soft=False) + predicted_skills(analysis, soft=True), gold)
        tp, fp, fn = tp + t, fp + f, fn + n
    p, r, f1 = prf(tp, fp, fn)
    return {"precision": p, "recall": r, "f1": f1, "resumes": len(runs)}


def skills_vs_gold(runs: list[tuple[Any, dict]]) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 against our gold: hard skills alone, and hard plus soft skills."""
    out = {}
    for label, with_soft in (("hard", False), ("all", True)):
        tp = fp = fn = 0
        for analysis, row in runs:
            gold = {norm(s) for s in row.get("skills", [])}
            preds = predicted_skills(analysis, soft=False)
            if with_soft:
                gold |= {norm(s) for s in row.get("soft_skills", [])}
                preds += predicted_skills(analysis, soft=True)
            t, f, n = count(preds, gold)
            tp, fp, fn = tp + t, fp + f, fn + n
        p, r, f1 = prf(tp, fp, fn)
        out[label] = {"precision": p, "recall": r, "f1": f1, "resumes": len(runs)}
    return out


def gold_as_of(row: dict) -> date | None:
    """The month the annotator read the resume as of."""
    if not row.get("as_of"):
        return None
    y, m = row["as_of"].split("-")
    return date(int(y), int(m), 1)


def naive_years(text: str, as_of: date) -> float:
    """Baseline: every date range in the text summed, overlaps and study included."""
    total = 0.0
    for m in _RANGE.finditer(text):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group())]
        end = years[1] if len(years) > 1 else as_of.year
        if years:
            total += max(0, end - years[0])
    return total


def years_errors(runs: list[tuple[Any, dict, str]]) -> dict[str, Any]:
    """MAE of our merged years and of the naive sum against the gold totals."""
    ours, naive, rows = [], [], []
    for analysis, row, text in runs:
        gold = row.get("total_years")
        if gold is None:
            continue
        got = analysis.total_years if analysis.total_years is not None else (analysis.stated_years or 0.0)
        ours.append(abs(got - gold))
        naive.append(abs(naive_years(text, gold_as_of(row) or date(2021, 8, 1)) - gold))
        rows.append((row["id"], gold, got))
    n = len(ours) or 1
    return {
        "mae": sum(ours) / n,
        "naive_mae": sum(naive) / n,
        "resumes": len(ours),
        "within_1y": sum(1 for e in ours if e <= 1.0) / n,
        "worst": sorted(rows, key=lambda r: -abs(r[1] - r[2]))[:8],
    }


def _month(value: str | None, as_of: date) -> tuple[int, int] | None:
    if not value:
        return None
    if value == "current":
        return as_of.year, as_of.month
    y, m = value.split("-")
    return int(y), int(m)


def _near(a: tuple[int, int] | None, b: tuple[int, int] | None, months: int = 1) -> bool:
    return a is not None and b is not None and abs((a[0] * 12 + a[1]) - (b[0] * 12 + b[1])) <= months


def _same_title(found: str, gold: str | None) -> bool:
    f, g = norm(found), norm(gold or "")
    return bool(f and g) and (f == g or f" {f} " in f" {g} " or f" {g} " in f" {f} ")


def roles_vs_gold(runs: list[tuple[Any, dict, str]]) -> dict[str, Any]:
    """Dated roles found against the annotated ones: recall, precision, titles right, empty and polluted."""
    gold_n = found_n = matched = titled_right = untitled = polluted = 0
    for analysis, row, _ in runs:
        as_of = gold_as_of(row) or date(2021, 8, 1)
        golds = [(_month(g["start"], as_of), _month(g["end"], as_of), g.get("title")) for g in row.get("roles", [])]
        gold_n += len(golds)
        found_n += len(analysis.roles)
        free = list(golds)
        for r in analysis.roles:
            s = (r.start.year, r.start.month) if r.start else None
            e = (as_of.year, as_of.month) if r.current else ((r.end.year, r.end.month) if r.end else None)
            hit = next((g for g in free if _near(s, g[0]) and _near(e, g[1])), None)
            if hit is None:
                continue
            free.remove(hit)
            matched += 1
            if not r.title:
                untitled += 1
            elif _same_title(r.title, hit[2]):
                titled_right += 1
            elif hit[2]:
                polluted += 1
    return {
        "gold_roles": gold_n,
        "found_roles": found_n,
        "recall": matched / gold_n if gold_n else 0.0,
        "precision": matched / found_n if found_n else 0.0,
        "title_right": titled_right / matched if matched else 0.0,
        "untitled": untitled / matched if matched else 0.0,
        "title_wrong": polluted / matched if matched else 0.0,
    }
