"""Permission matrix: every route x every actor x objects of job A and job B, from ONE table.

Actors: anonymous, a candidate holding the portal status token of job A's application, the
interviewer and the hiring manager assigned to job A, a recruiter and an admin. Job B has no
assignments, so everything of job B must be 404 for the interviewer and the hiring manager, and
no page they can open (lists, dashboards, search, exports, counts) may contain job B's data.
GET routes are visited for real; POST routes are sent by every actor that must be refused, and
must change nothing. A route that is not in ROUTES fails the test with its name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, select, text

from ats import create_app
from ats.extensions import db
from tests.conftest import PG_URL, base_config, fresh_database_url
from tests.permissions_world import build_world

ACTORS = ("anonymous", "candidate", "interviewer", "hiring_manager", "recruiter", "admin")
OK, LOGIN, NOT_FOUND, NO_TOKEN = "ok", "login", "404", "401"
# What identifies job B in a page: none of it may reach someone who only sees job A.
JOB_B_MARKERS = ("Zebulon Quartz", "zebulon@example.org", "Warehouse Lead", "JOB-B-ONLY-NOTE")


def _public(actor, obj):
    return OK


def _staff(actor, obj):
    return LOGIN if actor in ("anonymous", "candidate") else OK


def _job(actor, obj):
    """Staff who can see the object's job: recruiters/admins always, assignees only on job A."""
    if actor in ("anonymous", "candidate"):
        return LOGIN
    if actor in ("interviewer", "hiring_manager"):
        return OK if obj == "A" else NOT_FOUND
    return OK


def _manage(actor, obj):
    """Scheduling, planning and decisions: like _job, but interviewers never."""
    result = _job(actor, obj)
    return NOT_FOUND if actor == "interviewer" and result == OK else result


def _recruiting(actor, obj):
    return LOGIN if actor in ("anonymous", "candidate") else (OK if actor in ("recruiter", "admin") else NOT_FOUND)


def _admin(actor, obj):
    return LOGIN if actor in ("anonymous", "candidate") else (OK if actor == "admin" else NOT_FOUND)


def _nobody_by_default(actor, obj):
    """Admins who were granted an extra permission (adverse impact): none in this world."""
    return LOGIN if actor in ("anonymous", "candidate") else NOT_FOUND


def _token(actor, obj):
    """Only the holder of the status token; job B's documents are not reachable with job A's token."""
    return OK if actor == "candidate" and obj in ("A", None) else NOT_FOUND


def _api_token(actor, obj):
    """The JSON API takes bearer tokens only: a signed-in browser session is not enough (no CSRF surface).
    Its permissions per token and per job are in tests/api/test_permissions.py."""
    return NO_TOKEN


def _mention_owner(actor, obj):
    """A mention can be marked read by the person mentioned (the HM on A, the recruiter on B)."""
    if actor in ("anonymous", "candidate"):
        return LOGIN
    return OK if (actor, obj) in (("hiring_manager", "A"), ("recruiter", "B")) else NOT_FOUND


@dataclass(frozen=True)
class Rule:
    """How one endpoint is protected; `get`/`post` name the policy per method."""

    get: object = None
    post: object = None
    ok_status: tuple[int, ...] = (200,)
    aggregate: bool = False  # a list/dashboard/search/export: also visited with ?q=<job B's candidate>
    public_page: bool = False  # job B's public posting may legitimately appear
    query: dict = field(default_factory=dict)  # query string every GET needs


# THE table. Classify every new route here (read its view: decorator and *_or_404 calls).
ROUTES: dict[str, Rule] = {
    "static": Rule(get=_public, public_page=True),
    "auth.login": Rule(get=_public, post=_public, ok_status=(200, 302), public_page=True),
    "auth.logout": Rule(post=_staff),
    "auth.second_factor": Rule(get=_public, post=_public, ok_status=(200, 302), public_page=True),
    "auth.account": Rule(get=_staff),
    "auth.change_password": Rule(post=_staff),
    "auth.two_factor_setup": Rule(get=_staff, post=_staff),
    "auth.recovery_codes": Rule(post=_staff),
    "auth.two_factor_off": Rule(post=_staff),
    "oidc.start": Rule(get=_public, ok_status=(302,), public_page=True),
    "oidc.callback": Rule(get=_public, ok_status=(302,), public_page=True),
    # staff accounts: the admins' user pages; the public invitation and password reset pages
    "staff_accounts.users": Rule(get=_admin, aggregate=True),
    "staff_accounts.invite": Rule(get=_admin, post=_admin),
    "staff_accounts.edit": Rule(get=_admin, post=_admin),
    "staff_accounts.deactivate": Rule(post=_admin),
    "staff_accounts.reactivate": Rule(post=_admin),
    "staff_accounts.resend_invite": Rule(post=_admin),
    "staff_accounts.reset_two_factor": Rule(post=_admin),
    "staff_accounts.security": Rule(post=_admin),
    "staff_accounts.forgot_password": Rule(get=_public, post=_public, public_page=True),
    "staff_accounts.invite_link": Rule(get=_public, ok_status=(302,), public_page=True),
    "staff_accounts.reset_link": Rule(get=_public, ok_status=(302,), public_page=True),
    "staff_accounts.accept_invite": Rule(get=_public, post=_public, ok_status=(200, 404), public_page=True),
    "staff_accounts.reset_password": Rule(get=_public, post=_public, ok_status=(200, 404), public_page=True),
    "staff.index": Rule(get=_public, ok_status=(302,), public_page=True),
    "staff.home": Rule(get=_staff, aggregate=True),
    # review: the ranked list, its CSV, the application page, the staff download
    "review.download": Rule(get=_job),
    "review.application": Rule(get=_job),
    "review.applicants": Rule(get=_job, aggregate=True),
    "review.export": Rule(get=_recruiting, aggregate=True),
    "review.export_selected": Rule(post=_recruiting),
    "review.panel": Rule(get=_job),
    "review.panel_action": Rule(post=_recruiting),
    # candidates across jobs: search, the candidates page, saved views, tags
    "talent.search": Rule(get=_staff, aggregate=True),
    "talent.candidates": Rule(get=_staff, aggregate=True),
    "talent.save_view": Rule(post=_staff),
    "talent.delete_view": Rule(post=_staff),
    "talent.tag_admin": Rule(get=_recruiting, post=_recruiting, aggregate=True),
    # interviews (this area)
    "interviews.dashboard": Rule(get=_staff, aggregate=True),
    "interviews.mentions": Rule(get=_staff, aggregate=True),
    "interviews.mention_read": Rule(post=_mention_owner),
    "interviews.application": Rule(get=_job),
    "interviews.decide": Rule(post=_manage),
    "interviews.add_note": Rule(post=_job),
    "interviews.plan": Rule(get=_job, post=_manage),
    "interviews.schedule": Rule(get=_manage, post=_manage),
    "interviews.reschedule": Rule(get=_manage, post=_manage),
    "interviews.cancel": Rule(post=_manage),
    "interviews.calendar": Rule(get=_job),
    # interview A's panel is the interviewer and the HM; scorecard A is the interviewer's own
    "interviews.scorecard": Rule(get=_job, post=_job),
    "interviews.scorecard_view": Rule(get=_job),
    # jobs
    "jobs.index": Rule(get=_recruiting, aggregate=True),
    "jobs.new": Rule(get=_recruiting, post=_recruiting),
    "jobs.import_description": Rule(get=_recruiting, post=_recruiting),
    "jobs.edit": Rule(get=_recruiting, post=_recruiting),
    "jobs.duplicate": Rule(post=_recruiting),
    "jobs.status": Rule(post=_recruiting),
    "jobs.team": Rule(get=_recruiting, post=_recruiting),
    # pipeline
    "pipeline.move": Rule(post=_recruiting),
    "pipeline.reject": Rule(post=_recruiting),
    "pipeline.unreject": Rule(post=_recruiting),
    "pipeline.reopen": Rule(post=_recruiting),
    "pipeline.board": Rule(get=_recruiting, aggregate=True),
    "pipeline.board_move": Rule(post=_recruiting),
    "pipeline.bulk": Rule(post=_recruiting),
    "pipeline.stages": Rule(get=_recruiting, post=_recruiting),
    "pipeline_admin.reasons": Rule(get=_admin, post=_admin),
    # resume imports
    "imports.upload": Rule(get=_recruiting, post=_recruiting),
    "imports.status_page": Rule(get=_recruiting),
    "imports.progress": Rule(get=_recruiting),
    # notifications, privacy
    "notifications.outbox": Rule(get=_recruiting, aggregate=True),
    "notifications.templates": Rule(get=_admin),
    "notifications.edit_template": Rule(get=_admin, post=_admin),
    "privacy.queue": Rule(get=_admin, aggregate=True),
    "privacy.close": Rule(post=_admin),
    # retention: a candidate's privacy page (legal hold, erase) and the admins' download of a built export
    "retention.candidate": Rule(get=_admin),
    "retention.hold": Rule(post=_admin),
    "retention.erase": Rule(post=_admin),
    "retention.export_download": Rule(get=_admin, ok_status=(200, 404)),  # 404 until an export is built
    # reports (aggregates across jobs), adverse impact (a granted permission), the audit log
    "reports.index": Rule(get=_recruiting, aggregate=True),
    "reports.show": Rule(get=_recruiting, aggregate=True),
    "reports.download": Rule(get=_recruiting, aggregate=True),
    "reports.adverse_impact": Rule(get=_nobody_by_default, aggregate=True),
    "reports.adverse_impact_csv": Rule(get=_nobody_by_default, aggregate=True),
    "reports.audit_log": Rule(get=_admin, aggregate=True),
    "jobs.blind_review": Rule(post=_recruiting),
    # public portal
    "portal.careers": Rule(get=_public, public_page=True),
    "portal.job": Rule(get=_public, public_page=True),
    "portal.apply": Rule(get=_public, post=_public, public_page=True),
    "portal.applied": Rule(get=_public, public_page=True),
    "portal.privacy": Rule(get=_public, public_page=True),
    # the emailed link swaps its token for a /status cookie and redirects; the pages after it need that cookie
    "portal.status": Rule(get=_token, ok_status=(303,)),
    "portal.status_page": Rule(get=_token),
    "portal.withdraw": Rule(get=_token, post=_token),
    "portal.document": Rule(get=_token),
    "portal.data_request": Rule(get=_token, post=_token, query={"kind": "export"}),
    "portal.my_data": Rule(post=_token),
    # links emailed to candidates: a page with one button (POST); a wrong token is a 404
    "portal_links.verify": Rule(get=_public, post=_public, ok_status=(200, 404), public_page=True),
    "portal_links.confirm": Rule(get=_public, post=_public, ok_status=(200, 404), public_page=True),
    "portal_links.renew": Rule(get=_public, post=_public, ok_status=(200, 404), public_page=True),
    # JSON API (tokens only), its document, public feeds for job boards, admin pages for tokens and webhooks
    "api-docs.openapi_json": Rule(get=_public, public_page=True),
    "api_jobs.list_jobs": Rule(get=_api_token),
    "api_jobs.create_job": Rule(post=_api_token),
    "api_jobs.get_job": Rule(get=_api_token),
    "api_jobs.update_job": Rule(),  # PATCH and PUT: tests/api/test_permissions.py
    "api_jobs.publish_job": Rule(post=_api_token),
    "api_jobs.close_job": Rule(post=_api_token),
    "api_jobs.get_requirements": Rule(get=_api_token),
    "api_jobs.put_requirements": Rule(),
    "api_jobs.draft_job": Rule(post=_api_token),
    "api_applications.ranked": Rule(get=_api_token),
    "api_applications.get_application": Rule(get=_api_token),
    "api_applications.move": Rule(post=_api_token),
    "api_applications.moves": Rule(get=_api_token),
    "api_applications.notes": Rule(get=_api_token),
    "api_applications.create_note": Rule(post=_api_token),
    "api_applications.interviews": Rule(get=_api_token),
    "api_applications.scorecards": Rule(get=_api_token),
    "api_people.candidates": Rule(get=_api_token),
    "api_people.candidate": Rule(get=_api_token),
    "api_people.download_document": Rule(get=_api_token),
    "api_people.funnel": Rule(get=_api_token, query={"job_id": 1}),
    "api_people.me": Rule(get=_api_token),
    "api_public.jobs": Rule(get=_public, public_page=True),
    "api_public.jobs_rss": Rule(get=_public, public_page=True),
    "api_public.jobs_xml": Rule(get=_public, public_page=True),
    "api_public.apply": Rule(post=_public),
    "feeds.sitemap": Rule(get=_public, public_page=True),
    "feeds.robots": Rule(get=_public, public_page=True),
    "api_admin.api_tokens": Rule(get=_admin, post=_admin),
    "api_admin.revoke_token": Rule(post=_admin),
    "api_admin.webhooks_page": Rule(get=_admin, post=_admin),
    "api_admin.webhook": Rule(get=_admin, post=_admin),
    "api_admin.replay": Rule(post=_admin),
    # operations: probes for load balancers (no data), failed background tasks (admins retry them)
    "ops.healthz": Rule(get=_public, public_page=True),
    "ops.readyz": Rule(get=_public, public_page=True, ok_status=(200, 503)),
    "ops_admin.failed_tasks": Rule(get=_admin, aggregate=True),
    "ops_admin.retry_task": Rule(post=_admin),
}

# URL arguments: how to fill each name for object A / B (None: the route has no object).
OBJECT_ARGS = (
    "job_id",
    "application_id",
    "document_id",
    "interview_id",
    "scorecard_id",
    "mention_id",
    "slug",
    "submission_id",
    "task_id",
    "candidate_id",
)
OTHER_ARGS = {
    "filename": "css/app.css",
    "request_id": 1,
    "key": None,
    "token": None,
    "action": "advance",
    "view_id": 1,
    "user_id": 1,
    "report": "funnel",
}
WORLD_ARGS = ("hook_id", "token_id", "delivery_id")  # admin-only objects, one of each in the world


def _url_map():
    return create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE_URL": "sqlite://"}).url_map


def _route_cases():
    cases = []
    for rule in sorted(_url_map().iter_rules(), key=lambda r: (r.endpoint, r.rule)):
        for method in ("GET", "POST"):
            if method in rule.methods:
                cases.append(pytest.param(rule.endpoint, rule.rule, method, id=f"{method} {rule.rule}"))
    return cases


@pytest.fixture(scope="module")
def world(tmp_path_factory, migrated_template):
    """One database for the whole matrix: the actors, jobs A and B and an object of every kind on each."""
    folder = tmp_path_factory.mktemp("permissions")
    app = create_app(base_config(folder, fresh_database_url(folder, migrated_template, "perm.sqlite")))
    ctx = app.app_context()
    ctx.push()
    try:
        yield build_world(app)
    finally:
        from ats import worker

        worker.wait_idle(app)
        db.session.remove()
        if PG_URL:
            from tests.conftest import _empty_postgres

            _empty_postgres()
        db.engine.dispose()
        ctx.pop()


def _fill(world, rule_args, actor: str, obj: str | None) -> dict:
    values = {}
    for name in rule_args:
        if name in OBJECT_ARGS:
            values[name] = world[obj][name]
        elif name == "token":
            values[name] = world["tokens"]["A"] if actor == "candidate" else "not-a-real-token-0123456789abcdef"
        elif name == "key":
            values[name] = world["key"]
        elif name in WORLD_ARGS:
            values[name] = world[name]
        elif name in OTHER_ARGS:
            values[name] = OTHER_ARGS[name]
        else:
            pytest.fail(
                f"URL argument {name!r} is unknown to tests/test_permissions.py: add it to OBJECT_ARGS "
                "(an object of job A and of job B) or OTHER_ARGS"
            )
    return values


def _snapshot() -> tuple:
    """Row counts of every table plus the mutable columns a refused request could still touch."""
    counts = tuple(db.session.execute(select(func.count()).select_from(t)).scalar() for t in db.metadata.sorted_tables)
    apps = tuple(db.session.execute(text("SELECT id, stage_id, version FROM applications ORDER BY id")).all())
    jobs = tuple(db.session.execute(text("SELECT id, status, title FROM jobs ORDER BY id")).all())
    db.session.rollback()
    return counts, apps, jobs


def _objects(rule_args) -> tuple:
    return ("A", "B") if set(rule_args) & set(OBJECT_ARGS) else (None,)


def _check(response, expected: str, rule: Rule) -> str | None:
    status = response.status_code
    if expected == LOGIN:
        if status != 302 or "/login" not in response.headers.get("Location", ""):
            return f"expected a redirect to the login page, got {status} {response.headers.get('Location', '')}"
    elif expected == NOT_FOUND:
        if status != 404:
            return f"expected 404, got {status}"
    elif expected == NO_TOKEN:
        if status != 401 or response.mimetype != "application/problem+json":
            return f"expected a 401 problem document, got {status} {response.mimetype}"
    elif status not in rule.ok_status:
        return f"expected {rule.ok_status}, got {status}"
    return None


def test_every_route_is_classified():
    endpoints = {r.endpoint for r in _url_map().iter_rules()}
    missing = sorted(endpoints - set(ROUTES))
    assert not missing, (
        "routes missing from ROUTES in tests/test_permissions.py (classify each one: who may "
        f"open it, for which job): {', '.join(missing)}"
    )
    stale = sorted(set(ROUTES) - endpoints)
    assert not stale, f"ROUTES names endpoints that no longer exist (renamed?): {', '.join(stale)}"


@pytest.mark.parametrize("endpoint,path,method", _route_cases())
def test_route_permissions(world, endpoint, path, method):
    rule_def = ROUTES.get(endpoint)
    if rule_def is None:
        pytest.fail(f"{method} {path} ({endpoint}) is not classified in ROUTES of tests/test_permissions.py")
    policy = rule_def.get if method == "GET" else rule_def.post
    if policy is None:
        pytest.fail(f"{endpoint} accepts {method} but ROUTES gives no {method.lower()} policy")
    app = world["app"]
    url_rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint and r.rule == path)
    failures = []
    for actor in ACTORS:
        client = world["clients"][actor]
        for obj in _objects(url_rule.arguments):
            expected = policy(actor, obj)
            with app.test_request_context():
                from flask import url_for

                url = url_for(endpoint, **_fill(world, url_rule.arguments, actor, obj))
            where = f"{actor:>14} {method} {url} (job {obj or '-'})"
            try:
                problem = _visit(client, method, url, expected, rule_def, actor)
            except Exception as exc:  # a crash is a failure of this cell, reported with the others
                db.session.rollback()
                problem = f"raised {type(exc).__name__}: {exc}"
            if problem:
                failures.append(f"{where}: {problem}")
    assert not failures, "\n" + "\n".join(failures)


def _visit(client, method: str, url: str, expected: str, rule_def: Rule, actor: str) -> str | None:
    """One request of the matrix; returns what went wrong, if anything."""
    if method == "POST":
        if expected == OK:
            return None  # allowed writes are covered by each area's own tests
        before = _snapshot()
        response = client.post(url, data={"action": "advance", "reason": "x", "body": "x"})
        problem = _check(response, expected, rule_def)
        if _snapshot() != before:
            problem = (problem or "") + " and the refused request changed the database"
        return problem
    response = client.get(url, query_string=rule_def.query)
    problem = _check(response, expected, rule_def)
    if not problem and rule_def.aggregate and actor in ("interviewer", "hiring_manager"):
        response = client.get(url, query_string={**rule_def.query, "q": "Zebulon"})
        problem = _check(response, expected, rule_def)
    if (
        not problem
        and response.status_code == 200
        and not rule_def.public_page
        and actor in ("interviewer", "hiring_manager", "candidate")
    ):
        leaked = [m for m in JOB_B_MARKERS if m in response.get_data(as_text=True)]
        if leaked:
            problem = f"shows job B data {leaked}"
    return problem
