"""The full-text index follows screening, can be rebuilt, and forgets deleted applications."""

from __future__ import annotations

from sqlalchemy import select, text

from ats.applications.models import Application
from ats.extensions import db
from ats.search import backfill, matching_application_ids
from ats.search.index import terms


def _ids(job_id, q):
    sub = matching_application_ids(job_id, q)
    return set(db.session.scalars(select(Application.id).where(Application.id.in_(sub))))


def test_screened_text_is_searchable_by_word_and_prefix(app, make_job, make_application):
    job = make_job()
    application = make_application(job)
    assert _ids(job.id, "Zendesk") == {application.id}
    assert _ids(job.id, "zende") == {application.id}
    assert _ids(job.id, "Zendesk billing") == {application.id}
    assert _ids(job.id, "Zendesk kubernetes") == set()
    assert matching_application_ids(job.id, "  ()*:  ") is None


def test_terms_drop_operators():
    assert terms('"Zendesk" OR (chat) NEAR/2 -x') == ["Zendesk", "OR", "chat", "NEAR", "2", "x"]


def test_backfill_rebuilds_and_delete_forgets(app, make_job, make_application):
    job = make_job()
    application = make_application(job)
    db.session.execute(text("DELETE FROM search_fts"))
    db.session.commit()
    assert _ids(job.id, "Zendesk") == set()
    assert backfill() == 1
    db.session.commit()
    assert _ids(job.id, "Zendesk") == {application.id}
    db.session.delete(application)
    db.session.commit()
    assert db.session.execute(text("SELECT count(*) FROM search_fts")).scalar() == 0
    assert _ids(job.id, "Zendesk") == set()
