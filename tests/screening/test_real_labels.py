"""The rule that labels the real resumes (bench/real/tasks.py) reads role lines as a person would."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.real.tasks import role_lines  # noqa: E402


def test_a_title_on_the_dates_line_is_read_whatever_its_length() -> None:
    # livecareer's one-line layout: the dates and "Company Name - City , State" follow the title
    text = (
        "Summary\nCustomer Service Specialist , 05/2012 to 12/2013 Company Name - City , State\n"
        "Answered calls and emails from customers about their orders and returns.\n"
        "Teller , 02/2010 - 05/2012 Company Name - City , State\n"
    )
    lines = role_lines(text)
    assert any(ln.startswith("Customer Service Specialist") for ln in lines)
    assert any(ln.startswith("Teller") for ln in lines)
    assert not any(ln.startswith("Answered") for ln in lines)  # a sentence under the dates is no title


def test_the_error_listing_sets_tfidf_rank_beside_ours_and_lists_the_fits_it_ranks_higher() -> None:
    from datetime import date

    from bench.real.data import RealResume
    from bench.screening_real import errors

    def resume(rid: str, folder: str, headline: str) -> RealResume:
        return RealResume(rid, folder, f"{headline}\nSummary\n", date(2020, 12, 1))

    # three chefs by folder; our scorer puts one of them last, TF-IDF puts it first
    resumes = {
        r.rid: r
        for r in (
            resume("a", "CHEF", "Executive Chef"),
            resume("b", "CHEF", "Sous Chef"),
            resume("c", "CHEF", "Line Cook"),
            resume("d", "TEACHER", "Teacher"),
        )
    }
    ours = {"a": 90.0, "b": 80.0, "d": 70.0, "c": 10.0}
    tfidf = {"c": 0.9, "a": 0.8, "b": 0.7, "d": 0.1}
    rows = {rid: {"chef": {"components": {"experience": 1.0}, "detail": {"experience": "x"}}} for rid in ours}
    m = {"tasks": [{"task": "chef", "_scores": {"ours": ours, "tfidf": tfidf}}], "_ours": rows}
    text = errors(m, "chef", resumes=resumes)
    misfits, lowest, behind = text.split("== chef: ")[1:]
    assert [ln.split()[6] for ln in misfits.splitlines() if ln.startswith("#")] == ["d"]  # the teacher only
    assert misfits.splitlines()[1].startswith("#  3 (TF-IDF #  4)")
    assert lowest.splitlines()[1].startswith("#  4 (TF-IDF #  1)")  # the line cook: last of ours, first of TF-IDF
    # of the fits, only the line cook stands higher in TF-IDF's ranking than in ours
    assert [ln.split()[6] for ln in behind.splitlines() if ln.startswith("#")] == ["c"]
