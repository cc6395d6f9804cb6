"""Screening on real resumes nobody here wrote (../shared/resumes-dev): floors a little below what
bench/screening_real.py measures on the whole set, on a sample small enough for every test run.

The files never enter the repository; without the shared folder these tests skip (in CI they fail).
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.real import annotated, data  # noqa: E402
from bench.real.baselines import phrase_count_scores, tfidf_scores  # noqa: E402
from bench.real.lost_breaks import as_exported  # noqa: E402
from bench.real.rank_metrics import auc, average_precision  # noqa: E402
from bench.real.tasks import FRESH_TASKS, TASKS, TITLED_TASKS, UNSEEN_TASKS  # noqa: E402
from tests.shared_data import shared_path  # noqa: E402

SAMPLE_EVERY = 3  # a third of the 528 files (176): every category, about 20 s of extraction on two cores
# Measured on this sample (2026-12-06, one deterministic run, analyser 2026.12.12 and scorer 2026.12.8; the 12
# tasks of bench/real/tasks.py): macro AP 0.821, TF-IDF 0.707, phrase count 0.356; lowest AUC 0.796 (call centre,
# 2 relevant files), mean 0.958 (scorer 2026.12.7: 0.802, lowest AUC 0.782, mean 0.956). On the whole set (README
# "Quality on real resumes"): macro AP 0.81 vs TF-IDF 0.67.
MACRO_MARGIN_TFIDF = 0.05  # measured 0.114 above it
MACRO_MARGIN_PHRASES = 0.3  # measured 0.45 above it
# The six postings nobody tuned on (UNSEEN_TASKS), same run: macro AP 0.575, TF-IDF 0.520, phrase count 0.288
# (0.536 with scorer 2026.12.7, 0.533 with 2026.12.6, 0.529 with analyser 2026.12.10; 0.531, 0.525 and 0.295
# before the label fix).
# Both changes of scorer 2026.12.6 lowered this sample (0.555 -> 0.538 -> 0.531) while they raised the whole set
# (0.546 -> 0.555 -> 0.564) and every second file (0.601 -> 0.616 -> 0.631). The lines of work: two files here
# outside the labels rose, a "Lab Tech" and a "Materials Testing Technician", whom the posting's "lab or test
# technician" names, and the four fitting files that rose most are not in this sample. The narrower occupation
# for digital marketing: Advertising and Promotions Managers are no longer related, and two of this sample's six
# fitting files for it hold titles O*NET files there ("Account Director", "Media / Advertising Coordinator").
# With 6 to 12 fitting files a task, the floor only says "not below TF-IDF" here; the bench on the whole set is
# the measure.
UNSEEN_MARGIN_TFIDF = 0.0  # measured 0.055 above it (0.016 with scorer 2026.12.7)
UNSEEN_MARGIN_PHRASES = 0.2  # measured 0.29 above it (0.25 with scorer 2026.12.7)
# The five fresh postings (FRESH_TASKS, written a session later), same run: macro AP 0.638, TF-IDF 0.564, phrase
# count 0.271 (scorer 2026.12.7 and analyser 2026.12.11, measured before any change of this stop: 0.610 on this
# sample, 0.543 against 0.512 on the whole set). 1 to 23 fitting files a task: the floor says "above TF-IDF".
FRESH_MARGIN_TFIDF = 0.02  # measured 0.074 above it
FRESH_MARGIN_PHRASES = 0.25  # measured 0.37 above it
# The five postings labelled by title alone (TITLED_TASKS, written this stop and committed before measuring), same
# sample (2026-12-06, analyser 2026.12.14, scorer 2026.12.10): macro AP 0.735, TF-IDF 0.567, phrase count 0.334.
TITLED_MARGIN_TFIDF = 0.08  # measured 0.168 above it
TITLED_MARGIN_PHRASES = 0.25  # measured 0.40 above it
MIN_AUC = 0.75
MEAN_AUC = 0.93
YEARS_MAE = 0.5  # measured 0.19 on the 79 hand-annotated resumes (naive sum of ranges 3.26)
SKILL_F1 = 0.61  # measured 0.638 against our annotation (hard and soft skills), analyser 2026.12.13 (0.606 before)
# shares of the PDF's roles and headlines kept by a resume without line breaks: at layout gaps 0.99 and 1.0, in one
# run-on line 0.80 and 0.93
LOST_GAPS_KEPT = 0.95
LOST_SPACES_KEPT = 0.75


def _extract(path: str) -> tuple[str, str | None]:
    from ats.screening.extract import ExtractionError, extract_text

    try:
        return path, extract_text(Path(path).read_bytes(), Path(path).name).text
    except ExtractionError:
        return path, None


@pytest.fixture(scope="module")
def sample() -> list[data.RealResume]:
    """Every third livecareer PDF, extracted with the product's own extractor."""
    folder = shared_path("resumes-dev", "livecareer")
    files = sorted(folder.glob("*/*.pdf"))[::SAMPLE_EVERY]
    with ProcessPoolExecutor(2) as pool:
        texts = dict(pool.map(_extract, [str(f) for f in files]))
    out = []
    for f in files:
        text = texts[str(f)]
        assert text, f"{f.name} gave no text"
        out.append(data.RealResume(f"livecareer:{f.parent.name}/{f.name}", f.parent.name, text, data.as_of_for(text)))
    return out


def test_every_sampled_file_screens_and_no_role_is_impossible(sample: list[data.RealResume]) -> None:
    from ats.screening import analyse, parse_job_description, score

    req = parse_job_description(TASKS[0].text()).requirements
    for resume in sample:
        a = analyse(resume.text, as_of=resume.as_of)
        s = score(a, req)
        assert 0 <= s.total <= 100
        for role in a.roles:
            assert role.start is not None and role.end is not None
            assert role.start.year >= resume.as_of.year - 50, (resume.rid, role)
            assert role.end <= resume.as_of
        assert a.total_years is None or a.total_years <= 50


@pytest.mark.parametrize("spaces,floor", [(False, LOST_GAPS_KEPT), (True, LOST_SPACES_KEPT)])
def test_resumes_that_lost_their_line_breaks_keep_their_roles_and_headline(
    sample: list[data.RealResume], spaces: bool, floor: float
) -> None:
    """Each sampled resume without its line breaks (bench/real/lost_breaks.py), as an HTML export leaves it
    (layout gaps) or as a text box does (one run-on line), read as a .txt file through our extractor, keeps
    the roles (title and start) and the headline read from its PDF. Measured on this sample (2026-12-07,
    analyser 2026.12.16): gaps 825 of 831 roles and 158 of 158 headlines; run-on 673 of 831 and 147 of 158
    (most of the rest are untitled: the title's line ran into the bullets above it). Before, both were one
    line: no role and no headline."""
    from ats.screening import analyse

    roles = kept = heads = same = 0
    for resume in sample:
        pdf = analyse(resume.text, as_of=resume.as_of)
        lost = analyse(as_exported(resume, spaces=spaces).text, as_of=resume.as_of)
        want = {(r.title, r.start) for r in pdf.roles}
        roles += len(want)
        kept += len(want & {(r.title, r.start) for r in lost.roles})
        heads += pdf.headline is not None
        same += pdf.headline is not None and pdf.headline == lost.headline
    assert kept >= floor * roles, (kept, roles)
    assert same >= floor * heads, (same, heads)


@pytest.fixture(scope="module")
def ranked(sample: list[data.RealResume]) -> dict[str, dict[str, Any]]:
    """Every task's ranking of the sample: ours, TF-IDF cosine and the phrase count, with the relevant files."""
    from ats.screening import analyse, parse_job_description, score

    out = {}
    docs = {r.rid: r.text for r in sample}
    for task in TASKS + UNSEEN_TASKS + FRESH_TASKS + TITLED_TASKS:
        req = parse_job_description(task.text()).requirements
        extra = req.skill_defs()
        ours = {r.rid: score(analyse(r.text, as_of=r.as_of, custom_skills=extra), req).total for r in sample}
        phrases = [p for s in req.skills for p in (s.name, *s.aliases)]
        out[task.tid] = {
            "relevant": {r.rid for r in sample if task.fits(r)},
            "ours": ours,
            "tfidf": tfidf_scores(task.text(), docs),
            "phrases": phrase_count_scores(phrases, docs),
        }
    return out


def _macro(ranked: dict[str, dict[str, Any]], tasks: tuple) -> dict[str, float]:
    """Each scorer's mean AP over some tasks."""
    rows = [ranked[t.tid] for t in tasks]
    assert all(r["relevant"] for r in rows)
    return {
        name: sum(average_precision(r[name], r["relevant"]) for r in rows) / len(rows)
        for name in ("ours", "tfidf", "phrases")
    }


def test_ranking_beats_both_baselines_over_the_tasks(ranked: dict[str, dict[str, Any]]) -> None:
    """Mean AP over the twelve postings is above TF-IDF's and far above the phrase count's."""
    macro = _macro(ranked, TASKS)
    assert macro["ours"] >= macro["tfidf"] + MACRO_MARGIN_TFIDF, macro
    assert macro["ours"] >= macro["phrases"] + MACRO_MARGIN_PHRASES, macro


def test_ranking_beats_both_baselines_on_postings_nobody_tuned_on(ranked: dict[str, dict[str, Any]]) -> None:
    """The six postings written to check that the screening carries to other work."""
    macro = _macro(ranked, UNSEEN_TASKS)
    assert macro["ours"] >= macro["tfidf"] + UNSEEN_MARGIN_TFIDF, macro
    assert macro["ours"] >= macro["phrases"] + UNSEEN_MARGIN_PHRASES, macro


def test_ranking_beats_both_baselines_on_the_fresh_postings(ranked: dict[str, dict[str, Any]]) -> None:
    """The five postings written after the tuning of the first eighteen (three labelled by title alone)."""
    macro = _macro(ranked, FRESH_TASKS)
    assert macro["ours"] >= macro["tfidf"] + FRESH_MARGIN_TFIDF, macro
    assert macro["ours"] >= macro["phrases"] + FRESH_MARGIN_PHRASES, macro


def test_ranking_beats_both_baselines_on_the_postings_labelled_by_title(ranked: dict[str, dict[str, Any]]) -> None:
    """The five postings for work that crosses folders, labelled by headline and roles alone."""
    macro = _macro(ranked, TITLED_TASKS)
    assert macro["ours"] >= macro["tfidf"] + TITLED_MARGIN_TFIDF, macro
    assert macro["ours"] >= macro["phrases"] + TITLED_MARGIN_PHRASES, macro


def test_every_task_separates_fitting_from_other_resumes(ranked: dict[str, dict[str, Any]]) -> None:
    """AUC: a fitting resume outscores another one most of the time, for every posting we tuned on."""
    aucs = {t.tid: auc(ranked[t.tid]["ours"], ranked[t.tid]["relevant"]) for t in TASKS}
    assert min(aucs.values()) >= MIN_AUC, aucs
    assert sum(aucs.values()) / len(aucs) >= MEAN_AUC, aucs


def test_scores_are_fine_grained(ranked: dict[str, dict[str, Any]]) -> None:
    """Ties are rare: a recruiter can tell the tenth applicant from the eleventh."""
    for r in ranked.values():  # every posting, the six unseen ones too
        totals = list(r["ours"].values())
        assert len(set(totals)) >= 0.8 * len(totals)


@pytest.fixture(scope="module")
def annotated_runs() -> list[tuple[Any, dict, str]]:
    from ats.screening import analyse

    shared_path("resumes-dev", "dataturks", "testdata.json")
    gold = data.gold()
    resumes = {r.rid: r for r, _ in data.dataturks()}
    folder = data.LIVECAREER
    runs = []
    for rid, row in gold.items():
        if rid.startswith("livecareer:"):
            path = folder / rid.split(":", 1)[1]
            text = _extract(str(path))[1] or ""
        else:
            text = resumes[rid].text
        runs.append((analyse(text, as_of=annotated.gold_as_of(row) or data.LATEST_AS_OF), row, text))
    return runs


def test_years_of_experience_on_hand_annotated_resumes(annotated_runs) -> None:
    years = annotated.years_errors(annotated_runs)
    assert years["resumes"] >= 75
    assert years["mae"] <= YEARS_MAE and years["mae"] < years["naive_mae"]


def test_skills_on_hand_annotated_resumes(annotated_runs) -> None:
    skills = annotated.skills_vs_gold([(a, row) for a, row, _ in annotated_runs])
    assert skills["all"]["f1"] >= SKILL_F1
