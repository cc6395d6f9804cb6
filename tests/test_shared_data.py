"""The shared-folder helper: present -> the path; absent -> skipped on a clone alone, failed in CI."""

import pytest

from tests import services, shared_data


def test_a_missing_shared_folder_skips_locally_and_fails_in_ci(monkeypatch, tmp_path):
    monkeypatch.setattr(shared_data, "SHARED_ROOT", tmp_path / "no-shared-folder")
    monkeypatch.setattr(services, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception, match="not available"):
        shared_data.shared_path("job-descriptions")
    monkeypatch.setattr(services, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        shared_data.shared_path("job-descriptions")


def test_a_present_shared_folder_is_returned(monkeypatch, tmp_path):
    (tmp_path / "job-descriptions").mkdir()
    monkeypatch.setattr(shared_data, "SHARED_ROOT", tmp_path)
    monkeypatch.setattr(services, "IN_CI", True)
    assert shared_data.shared_path("job-descriptions") == tmp_path / "job-descriptions"


def test_our_own_postings_are_in_the_repository():
    for name in ("customer-care-specialist.txt", "customer-care-representative.txt"):
        text = shared_data.own_posting(name).read_text(encoding="utf-8")
        assert "$35,000" in text and "weekends" in text and "background check" in text
