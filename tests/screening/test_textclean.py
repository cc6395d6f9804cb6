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
