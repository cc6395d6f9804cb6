"""Clean-up repairs what extractors and encodings break, and leaves correct text alone."""

from __future__ import annotations

import pytest

from ats.screening.textclean import clean_text, repair_mojibake, truncate


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("CafÃ© crÃ¨me", "Café crème"),
        ("Donâ€™t stop", "Don’t stop"),
        ("2019 â€“ 2024", "2019 – 2024"),
        ("â€œquotedâ€\x9d", "“quoted”"),
        ("SalaryÂ 50k", "Salary 50k"),
        ("Â£100", "£100"),
        ("Ã¢â‚¬â„¢ twice", "’ twice"),
    ],
)
def test_mojibake_repaired(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Café São Paulo CHÂTEAU",
        "naïve résumé – “quoted” ’",
        "Ångström Øresund Œuvre",
        "日本語の履歴書",
        "PÂTE BRISÉE",
        "À bientôt",
        "Ã",
    ],
)
def test_correct_text_unchanged(text: str) -> None:
    assert repair_mojibake(text) == text
    assert clean_text(text) == clean_text(clean_text(text))


def test_nfc_and_ligatures() -> None:
    assert clean_text("Cafe\u0301 o\ufb03ce \ufb01le \ufb02ow e\ufb00ort") == "Café office file flow effort"


def test_hyphenation_at_line_end() -> None:
    assert clean_text("project manage-\nment skills") == "project management skills"
    assert clean_text("a self-\nmotivated agent") == "a self-motivated agent"
    assert clean_text("2019-\n2024") == "2019-\n2024"
    assert clean_text("Skills -\nZendesk") == "Skills -\nZendesk"


def test_bullets_normalised() -> None:
    raw = "• Zendesk\n  ▪ Salesforce\n\uf0b7 Excel\n* Word\n-5 degrees\n● Calls"
    assert clean_text(raw) == "- Zendesk\n- Salesforce\n- Excel\n- Word\n-5 degrees\n- Calls"


def test_whitespace_and_line_breaks_kept_meaningful() -> None:
    raw = "Name\r\n\r\n\r\n\r\nSkills:\t\tZendesk\u00a0 and\u2003Excel   \nEducation\fPage two\u200b"
    assert clean_text(raw) == "Name\n\nSkills: Zendesk and Excel\nEducation\n\nPage two"


def test_controls_removed() -> None:
    assert clean_text("a\x00b\x07c\x1bd") == "abcd"


def test_truncate_prefers_boundaries() -> None:
    text, cut = truncate("word " * 100, 52)
    assert cut and len(text) <= 52 and text.endswith("word")
    assert truncate("short", 10) == ("short", False)


# A resume page turned into text by an HTML export (livecareer's own pages, as in the public "Resume
# Dataset"): no line breaks, its blocks apart by runs of spaces, and spans inside a line apart by a few.
_EXPORTED = (
    "PAYROLL SPECIALIST       Summary     Payroll specialist with eight years of multi-state payroll for "
    "manufacturing firms, known for accurate and timely pay runs.     Highlights      ADP Workforce Now    "
    "Kronos   ,   Excel      Experience      Payroll Specialist    Mar 2016   to   Current      "
    "Company Name   \uff0d   City  ,   State     Process biweekly payroll for 900 employees across six states."
)


def test_a_line_that_lost_its_breaks_is_broken_at_its_layout_gaps() -> None:
    assert clean_text(_EXPORTED).split("\n") == [
        "PAYROLL SPECIALIST",
        "Summary",
        "Payroll specialist with eight years of multi-state payroll for manufacturing firms, known for accurate and "
        "timely pay runs.",
        "Highlights",
        "ADP Workforce Now",
        "Kronos , Excel",  # a comma keeps its neighbours
        "Experience",
        "Payroll Specialist",
        "Mar 2016 to Current",  # so does a joining word
        "Company Name \uff0d City , State",
        "Process biweekly payroll for 900 employees across six states.",
    ]


def test_gaps_in_lines_a_page_could_hold_stay_spaces() -> None:
    # a table's cells or right-aligned dates on a line of ordinary length are one line
    assert clean_text("Payroll Specialist        Mar 2016 - Current") == "Payroll Specialist Mar 2016 - Current"
    # and a long paragraph without layout gaps is left whole
    prose = "Processed payroll for a growing firm, " * 12
    assert clean_text(prose) == prose.strip()
