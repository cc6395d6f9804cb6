"""Build ats/screening/data/{occupations.json,term_df.json} from O*NET 29.2.

Usage: python scripts/build_occupations.py [ONET_DIR]   (default: ../shared/onet beside the checkout)

occupations.json: code -> title, description, job zone, reported titles (what incumbents call their job) and
alternate titles.
term_df.json: document frequencies of stemmed terms over one document per occupation (title, titles,
description, technology examples), the background corpus that weighs words in the duty match.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "ats" / "screening" / "data"

from ats.screening.terms import terms  # noqa: E402


def read_tsv(path: Path) -> list[dict[str, str]]:
    """O*NET text files are UTF-8, tab-separated, with a header row."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def build(onet: Path) -> tuple[dict[str, object], dict[str, object]]:
    """(occupations, term document frequencies)."""
    occ: dict[str, dict[str, object]] = {}
    for row in read_tsv(onet / "Occupation Data.txt"):
        occ[row["O*NET-SOC Code"]] = {
            "title": row["Title"],
            "description": row["Description"],
            "zone": None,
            "reported": [],
            "titles": [],
        }
    for row in read_tsv(onet / "Job Zones.txt"):
        if row["O*NET-SOC Code"] in occ:
            occ[row["O*NET-SOC Code"]]["zone"] = int(row["Job Zone"])
    for fname, col, key in (
        ("Sample of Reported Titles.txt", "Reported Job Title", "reported"),
        ("Alternate Titles.txt", "Alternate Title", "titles"),
    ):
        for row in read_tsv(onet / fname):
            code = row["O*NET-SOC Code"]
            t = re.sub(r"\s*\([^)]*\)", "", row[col]).strip()
            seen = [occ[code]["title"], *occ[code]["reported"], *occ[code]["titles"]]  # type: ignore[misc]
            if t and t not in seen:
                occ[code][key].append(t)  # type: ignore[union-attr]
    tech: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(onet / "Technology Skills.txt"):
        tech[row["O*NET-SOC Code"]].append(row["Example"])
    df: Counter[str] = Counter()
    for code, o in occ.items():
        doc = " ".join(
            [
                str(o["title"]),
                *o["reported"],
                *o["titles"],
                str(o["description"]),  # type: ignore[misc]
                *tech.get(code, []),
            ]
        )
        df.update(set(terms(doc)))
    return (
        {"source": "O*NET 29.2", "occupations": dict(sorted(occ.items()))},
        {"source": "O*NET 29.2", "docs": len(occ), "df": dict(sorted(df.items()))},
    )


def main(argv: list[str]) -> int:
    """Write both files."""
    onet = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "onet"
    occupations, df = build(onet)
    for name, data in (("occupations.json", occupations), ("term_df.json", df)):
        (OUT / name).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(occupations['occupations'])} occupations, {len(df['df'])} terms -> {OUT}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
